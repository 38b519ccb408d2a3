#include "queries/graph_snapshot.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace dkg {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMostRelations = 127;  // what a GraphIndex holds

std::string TripleKey(int64_t source, const std::string& relation, int64_t target) {
  return std::to_string(source) + ' ' + relation + ' ' + std::to_string(target);
}

}  // namespace

GraphSnapshot::GraphSnapshot(GraphData data) : data_(std::move(data)) {
  std::sort(data_.nodes.begin(), data_.nodes.end(), [](const NodeRecord& a, const NodeRecord& b) { return a.id < b.id; });
  if (!data_.nodes.empty()) {
    min_id_ = data_.nodes.front().id;
    node_at_.assign(static_cast<size_t>(data_.nodes.back().id - min_id_ + 1), kNone);
  }
  for (size_t i = 0; i < data_.nodes.size(); ++i) node_at_[static_cast<size_t>(data_.nodes[i].id - min_id_)] = i;
  incident_.resize(data_.nodes.size());
  // The edges the index can hold: both ends present, and one of the first 127 relations
  // (GraphIndexBuilder's limit), as if the index were built here; it is built on first use.
  std::vector<std::string_view> relations;
  std::string_view last;
  bool sorted = true;
  for (size_t i = 0; i < data_.edges.size(); ++i) {
    const EdgeRecord& e = data_.edges[i];
    edge_at_[e.id] = i;
    if (i > 0 && data_.edges[i - 1].id > e.id) sorted = false;
    if (!Node(e.source) || !Node(e.target)) continue;  // cannot happen with foreign keys on
    if (relations.empty() || e.relation != last) {
      if (std::find(relations.begin(), relations.end(), e.relation) == relations.end()) {
        if (relations.size() == kMostRelations) continue;
        relations.emplace_back(e.relation);
      }
      last = e.relation;
    }
    indexed_.push_back(i);
    incident_[node_at_[e.source - min_id_]].push_back(i);
    if (e.target != e.source) incident_[node_at_[e.target - min_id_]].push_back(i);
  }
  if (!sorted) {
    for (auto& edges : incident_) {
      std::sort(edges.begin(), edges.end(), [&](size_t a, size_t b) { return data_.edges[a].id < data_.edges[b].id; });
    }
  }
}

void GraphSnapshot::EnsureIndex() const {
  std::call_once(index_once_, [this] {
    GraphIndexBuilder builder;
    builder.ReserveNodes(data_.nodes.size());
    builder.ReserveEdges(indexed_.size());
    for (const NodeRecord& n : data_.nodes) builder.AddNode(n.id);
    for (size_t i : indexed_) {
      const EdgeRecord& e = data_.edges[i];
      if (!builder.AddEdge(e.source, e.target, e.relation).ok()) continue;  // cannot happen: checked above
      edge_by_triple_[TripleKey(e.source, e.relation, e.target)] = i;
    }
    index_ = builder.Finish(0, std::string());
  });
}

GraphSnapshot::~GraphSnapshot() = default;

Result<std::unique_ptr<GraphSnapshot>> GraphSnapshot::Build(const Store& store) {
  auto data = store.LoadGraph();
  if (!data.ok()) return data.status();
  return std::make_unique<GraphSnapshot>(std::move(data).value());
}

Result<std::unique_ptr<GraphSnapshot>> GraphSnapshot::Around(const Store& store, const std::vector<int64_t>& core) {
  // Reading a node's edges is one index search; past some tens of thousands of nodes one scan of
  // every record is cheaper (measured on the 1M-node benchmark store: 375k core nodes took 45 s
  // this way, every record 17 s).
  constexpr size_t kMostCoreNodes = 20000;
  if (core.size() > kMostCoreNodes) return Build(store);
  GraphData data;
  std::set<int64_t> node_ids(core.begin(), core.end());
  std::unordered_set<int64_t> edge_ids;
  auto edges = store.EdgesOfMany(core);  // in one read snapshot
  if (!edges.ok()) return edges.status();
  for (EdgeRecord& e : edges.value()) {
    if (!edge_ids.insert(e.id).second) continue;
    node_ids.insert(e.source);
    node_ids.insert(e.target);
    data.edges.push_back(std::move(e));
  }
  auto nodes = store.GetNodes(std::vector<int64_t>(node_ids.begin(), node_ids.end()));
  if (!nodes.ok()) return nodes.status();
  data.nodes = std::move(nodes).value();
  std::sort(data.edges.begin(), data.edges.end(), [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  auto snapshot = std::make_unique<GraphSnapshot>(std::move(data));
  snapshot->complete_ = false;
  return snapshot;
}

std::unique_ptr<GraphSnapshot> GraphSnapshot::Partial(GraphData data) {
  std::sort(data.edges.begin(), data.edges.end(), [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  auto snapshot = std::make_unique<GraphSnapshot>(std::move(data));
  snapshot->complete_ = false;
  return snapshot;
}

Result<std::unique_ptr<GraphSnapshot>> GraphSnapshot::Induced(const Store& store, const GraphIndex& index,
                                                              const std::vector<int64_t>& nodes) {
  std::vector<std::tuple<int64_t, std::string, int64_t>> triples;
  for (PathStep& e : index.EdgesAmong(nodes)) triples.emplace_back(e.source, std::move(e.relation), e.target);
  GraphData data;
  auto edges = store.FindEdges(triples);
  if (!edges.ok()) return edges.status();
  data.edges = std::move(edges).value();
  std::sort(data.edges.begin(), data.edges.end(), [](const EdgeRecord& a, const EdgeRecord& b) { return a.id < b.id; });
  std::vector<int64_t> ids(nodes);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto records = store.GetNodes(ids);
  if (!records.ok()) return records.status();
  data.nodes = std::move(records).value();
  auto snapshot = std::make_unique<GraphSnapshot>(std::move(data));
  snapshot->complete_ = false;
  return snapshot;
}

const NodeRecord* GraphSnapshot::Node(int64_t id) const {
  if (id < min_id_ || id - min_id_ >= static_cast<int64_t>(node_at_.size())) return nullptr;
  const size_t at = node_at_[static_cast<size_t>(id - min_id_)];
  return at == kNone ? nullptr : &data_.nodes[at];
}

const EdgeRecord* GraphSnapshot::Edge(int64_t id) const {
  auto it = edge_at_.find(id);
  return it == edge_at_.end() ? nullptr : &data_.edges[it->second];
}

std::vector<const EdgeRecord*> GraphSnapshot::Incident(int64_t id) const {
  std::vector<const EdgeRecord*> out;
  const NodeRecord* n = Node(id);
  if (!n) return out;
  for (size_t i : incident_[node_at_[id - min_id_]]) out.push_back(&data_.edges[i]);  // in id order
  return out;
}

std::optional<GraphPath> GraphSnapshot::ShortestPath(int64_t from, int64_t to, const TraversalOptions& options) const {
  EnsureIndex();
  auto path = index_->ShortestPath(from, to, options);
  if (!path) return std::nullopt;
  GraphPath out;
  out.nodes = path->nodes;
  for (const PathStep& step : path->steps) {
    auto it = edge_by_triple_.find(TripleKey(step.source, step.relation, step.target));
    if (it == edge_by_triple_.end()) return std::nullopt;  // cannot happen: the index is built from these edges
    out.edges.push_back(data_.edges[it->second].id);
  }
  return out;
}

std::vector<std::pair<int64_t, int>> GraphSnapshot::Neighborhood(int64_t id, const TraversalOptions& options) const {
  EnsureIndex();
  return index_->Neighborhood(id, options);
}

}  // namespace dkg
