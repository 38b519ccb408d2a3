#include "queries/graph_snapshot.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <limits>
#include <unordered_map>

namespace dkg {

namespace {

// Bundled properties: a vertex knows its store id; an edge its index into GraphData::edges and
// its relation as a small integer, so filters compare integers.
struct VertexProps {
  int64_t id = 0;
};
struct EdgeProps {
  size_t index = 0;
  int relation = 0;
};

// Undirected, because path and neighbourhood questions ("how are A and B connected") walk edges
// both ways; the direction stays in the EdgeRecord for display.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexProps,
                                    EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

// Passes edges whose relation is in the allowed set (all when the set is empty).
struct RelationFilter {
  const Graph* graph = nullptr;
  const std::vector<bool>* allowed = nullptr;
  bool operator()(const EdgeDesc& e) const {
    return allowed->empty() || (*allowed)[(*graph)[e].relation];
  }
};

// Stops the search once the target is discovered or the depth limit is passed.
struct Found {};

class PathVisitor : public boost::default_bfs_visitor {
 public:
  PathVisitor(Vertex target, int max_depth, std::vector<EdgeDesc>& via, std::vector<int>& depth,
              bool& reached)
      : target_(target), max_depth_(max_depth), via_(via), depth_(depth), reached_(reached) {}
  template <typename G>
  void tree_edge(const EdgeDesc& e, const G& g) const {
    Vertex u = boost::source(e, g), v = boost::target(e, g);
    via_[v] = e;
    depth_[v] = depth_[u] + 1;
    if (v == target_) {
      reached_ = true;  // BGL colours v only after tree_edge returns
      throw Found();
    }
  }
  template <typename G>
  void examine_vertex(Vertex u, const G&) const {
    if (depth_[u] >= max_depth_) throw Found();  // BFS order: nothing closer remains
  }

 private:
  Vertex target_;
  int max_depth_;
  std::vector<EdgeDesc>& via_;
  std::vector<int>& depth_;
  bool& reached_;
};

class DepthVisitor : public boost::default_bfs_visitor {
 public:
  DepthVisitor(int max_depth, std::vector<int>& depth, std::vector<Vertex>& order)
      : max_depth_(max_depth), depth_(depth), order_(order) {}
  template <typename G>
  void tree_edge(const EdgeDesc& e, const G& g) const {
    Vertex u = boost::source(e, g), v = boost::target(e, g);
    depth_[v] = depth_[u] + 1;
    order_.push_back(v);
  }
  template <typename G>
  void examine_vertex(Vertex u, const G&) const {
    if (depth_[u] >= max_depth_) throw Found();
  }

 private:
  int max_depth_;
  std::vector<int>& depth_;
  std::vector<Vertex>& order_;
};

}  // namespace

struct GraphSnapshot::Impl {
  Graph graph;
  std::unordered_map<int64_t, Vertex> vertex_of;
  std::unordered_map<int64_t, size_t> edge_of;
  std::vector<std::string> relation_names;
  std::unordered_map<std::string, int> relation_ids;

  std::vector<bool> Allowed(const std::set<std::string>& relations) const {
    if (relations.empty()) return {};
    std::vector<bool> allowed(relation_names.size(), false);
    for (const std::string& r : relations) {
      auto it = relation_ids.find(r);
      if (it != relation_ids.end()) allowed[it->second] = true;
    }
    return allowed;
  }
};

GraphSnapshot::GraphSnapshot(GraphData data) : data_(std::move(data)), impl_(std::make_unique<Impl>()) {
  Graph& g = impl_->graph;
  for (const NodeRecord& n : data_.nodes) {
    Vertex v = boost::add_vertex(VertexProps{n.id}, g);
    impl_->vertex_of[n.id] = v;
  }
  for (size_t i = 0; i < data_.edges.size(); ++i) {
    const EdgeRecord& e = data_.edges[i];
    impl_->edge_of[e.id] = i;
    auto s = impl_->vertex_of.find(e.source), t = impl_->vertex_of.find(e.target);
    if (s == impl_->vertex_of.end() || t == impl_->vertex_of.end()) continue;
    auto [it, inserted] = impl_->relation_ids.emplace(e.relation, static_cast<int>(impl_->relation_names.size()));
    if (inserted) impl_->relation_names.push_back(e.relation);
    boost::add_edge(s->second, t->second, EdgeProps{i, it->second}, g);
  }
}

GraphSnapshot::~GraphSnapshot() = default;

Result<std::unique_ptr<GraphSnapshot>> GraphSnapshot::Build(const Store& store) {
  auto data = store.LoadGraph();
  if (!data.ok()) return data.status();
  return std::make_unique<GraphSnapshot>(std::move(data).value());
}

const NodeRecord* GraphSnapshot::Node(int64_t id) const {
  auto it = impl_->vertex_of.find(id);
  return it == impl_->vertex_of.end() ? nullptr : &data_.nodes[it->second];
}

const EdgeRecord* GraphSnapshot::Edge(int64_t id) const {
  auto it = impl_->edge_of.find(id);
  return it == impl_->edge_of.end() ? nullptr : &data_.edges[it->second];
}

std::vector<const EdgeRecord*> GraphSnapshot::Incident(int64_t id) const {
  std::vector<const EdgeRecord*> out;
  auto it = impl_->vertex_of.find(id);
  if (it == impl_->vertex_of.end()) return out;
  for (auto [e, end] = boost::out_edges(it->second, impl_->graph); e != end; ++e) {
    out.push_back(&data_.edges[impl_->graph[*e].index]);
  }
  std::sort(out.begin(), out.end(), [](const EdgeRecord* a, const EdgeRecord* b) { return a->id < b->id; });
  return out;
}

std::optional<GraphPath> GraphSnapshot::ShortestPath(int64_t from, int64_t to,
                                                     const TraversalOptions& options) const {
  auto s = impl_->vertex_of.find(from), t = impl_->vertex_of.find(to);
  if (s == impl_->vertex_of.end() || t == impl_->vertex_of.end()) return std::nullopt;
  if (from == to) return GraphPath{{from}, {}};
  const Graph& g = impl_->graph;
  const std::vector<bool> allowed = impl_->Allowed(options.relations);
  RelationFilter filter{&g, &allowed};
  boost::filtered_graph<Graph, RelationFilter> view(g, filter);
  const size_t n = boost::num_vertices(g);
  std::vector<EdgeDesc> via(n);
  std::vector<int> depth(n, 0);
  std::vector<boost::default_color_type> color(n, boost::white_color);
  bool found = false;
  try {
    boost::breadth_first_search(
        view, s->second,
        boost::visitor(PathVisitor(t->second, options.max_depth, via, depth, found))
            .color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g))));
  } catch (const Found&) {
  }
  if (!found || depth[t->second] > options.max_depth) return std::nullopt;
  GraphPath path;
  for (Vertex v = t->second; v != s->second;) {
    const EdgeDesc& e = via[v];
    path.nodes.push_back(g[v].id);
    path.edges.push_back(data_.edges[g[e].index].id);
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  path.nodes.push_back(from);
  std::reverse(path.nodes.begin(), path.nodes.end());
  std::reverse(path.edges.begin(), path.edges.end());
  return path;
}

std::vector<std::pair<int64_t, int>> GraphSnapshot::Neighborhood(int64_t id,
                                                                 const TraversalOptions& options) const {
  std::vector<std::pair<int64_t, int>> out;
  auto s = impl_->vertex_of.find(id);
  if (s == impl_->vertex_of.end() || options.max_depth <= 0) return out;
  const Graph& g = impl_->graph;
  const std::vector<bool> allowed = impl_->Allowed(options.relations);
  RelationFilter filter{&g, &allowed};
  boost::filtered_graph<Graph, RelationFilter> view(g, filter);
  const size_t n = boost::num_vertices(g);
  std::vector<int> depth(n, 0);
  std::vector<Vertex> order;
  std::vector<boost::default_color_type> color(n, boost::white_color);
  try {
    boost::breadth_first_search(
        view, s->second,
        boost::visitor(DepthVisitor(options.max_depth, depth, order))
            .color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g))));
  } catch (const Found&) {
  }
  for (Vertex v : order) {
    if (depth[v] <= options.max_depth) out.push_back({g[v].id, depth[v]});
  }
  return out;
}

}  // namespace dkg
