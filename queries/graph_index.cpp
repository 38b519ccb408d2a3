#include "queries/graph_index.h"

#include <unistd.h>

#include <algorithm>
#include <map>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <type_traits>
#include <unordered_map>

#include "engine/atomic_file.h"
#include "engine/huge_pages.h"

namespace dkg {

namespace {

constexpr uint32_t kNoVertex = std::numeric_limits<uint32_t>::max();
constexpr uint32_t kInfinity = std::numeric_limits<uint32_t>::max();
constexpr size_t kMaxRelations = 127;  // relation code in 7 bits, direction in the 8th
constexpr char kMagic[8] = {'D', 'K', 'G', 'I', 'N', 'D', 'X', '2'};

// A relation byte: the relation's code shifted left, and 1 when the entry walks its edge from
// target to source (the copy stored in the target's row).
constexpr uint8_t kReverse = 1;

// The saved file: this header, the relation names (each NUL-terminated), then the arrays
// vertex ids (int64), row starts (uint32, node_count + 1), targets (uint32, entry_count) and
// relation bytes (uint8, entry_count). Native byte order: the file is a cache of one machine's
// store, rebuilt when it does not fit. `checksum` is Checksum over the header (with checksum 0)
// and everything after it: a flipped bit in a target that stays in range would otherwise
// invent an edge that every query then trusts.
struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t relation_count;
  int64_t generation;
  uint64_t node_count;
  uint64_t entry_count;
  char store_id[64];
  uint64_t relation_bytes;
  char fingerprint[96];
  uint64_t checksum;
};
constexpr uint32_t kFileVersion = 2;

// A 64-bit checksum fed in pieces, eight bytes a step: h = rotl((h ^ word) * odd, 29). Each step
// is a bijection of h for a fixed word and of the word for a fixed h, so changing any one word
// (any single flipped bit, any burst within eight aligned bytes) always changes the result.
class Checksum {
 public:
  void Add(const void* data, size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    while (size > 0 && fill_ > 0) Byte(*p++), --size;  // finish a partial word first
    for (; size >= 8; p += 8, size -= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      Step(word);
    }
    while (size > 0) Byte(*p++), --size;
  }
  uint64_t Value() {
    if (fill_ > 0) Step(partial_ ^ (uint64_t{fill_} << 56));
    fill_ = 0;
    partial_ = 0;
    return h_;
  }

 private:
  void Byte(unsigned char c) {
    partial_ |= uint64_t{c} << (8 * fill_);
    if (++fill_ == 8) {
      Step(partial_);
      partial_ = 0;
      fill_ = 0;
    }
  }
  void Step(uint64_t word) {
    h_ = (h_ ^ word) * 0x9E3779B97F4A7C15ull;
    h_ = (h_ << 29) | (h_ >> 35);
  }
  uint64_t h_ = 0x243F6A8885A308D3ull;
  uint64_t partial_ = 0;
  unsigned fill_ = 0;
};

template <typename V>
void AddArray(Checksum& sum, const V& v) {
  sum.Add(v.data(), v.size() * sizeof(v[0]));
}

}  // namespace

// Directed CSR graph: each stored edge appears as an out-edge of both endpoints, so a
// vertex's row lists every edge touching it. Edge index = position in the row arrays, which is
// also the index into `relation` (a property map in BGL terms).
struct GraphIndex::Graph {
  using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                 boost::no_property, uint32_t, uint32_t>;
  Csr csr;
  std::vector<uint8_t> relation;

  std::vector<uint32_t>& rowstart() { return csr.m_forward.m_rowstart; }
  std::vector<uint32_t>& column() { return csr.m_forward.m_column; }
  const std::vector<uint32_t>& rowstart() const { return csr.m_forward.m_rowstart; }
  const std::vector<uint32_t>& column() const { return csr.m_forward.m_column; }
  // The vertex whose row holds entry `e`.
  uint32_t RowOf(uint32_t e) const {
    const auto& rs = rowstart();
    return static_cast<uint32_t>(std::upper_bound(rs.begin(), rs.end(), e) - rs.begin() - 1);
  }
};

// Per-search state, sized to the graph once and reused: a stamp per vertex and side instead of
// clearing arrays between queries.
struct GraphIndex::Scratch {
  explicit Scratch(size_t n) {
    for (int s = 0; s < 2; ++s) {
      stamp[s].assign(n, 0);
      depth[s].assign(n, 0);
      via[s].assign(n, 0);
    }
  }
  uint32_t NextEpoch() {
    if (++epoch == 0) {  // wrapped: forget every old stamp
      for (auto& st : stamp) std::fill(st.begin(), st.end(), 0);
      epoch = 1;
    }
    return epoch;
  }
  std::vector<uint32_t> stamp[2];
  std::vector<uint8_t> depth[2];
  std::vector<uint32_t> via[2];  // the entry a vertex was reached through
  std::vector<uint32_t> frontier[2], next;
  uint32_t epoch = 0;
};

class GraphIndex::ScratchLease {
 public:
  explicit ScratchLease(const GraphIndex& index) : index_(index) {
    std::lock_guard<std::mutex> lock(index_.pool_mutex_);
    if (!index_.pool_.empty()) {
      scratch_ = std::move(index_.pool_.back());
      index_.pool_.pop_back();
    }
    if (!scratch_) scratch_ = std::make_unique<Scratch>(index_.ids_.size());
  }
  ~ScratchLease() {
    std::lock_guard<std::mutex> lock(index_.pool_mutex_);
    index_.pool_.push_back(std::move(scratch_));
  }
  Scratch& operator*() { return *scratch_; }

 private:
  const GraphIndex& index_;
  std::unique_ptr<Scratch> scratch_;
};

GraphIndex::GraphIndex() : graph_(std::make_unique<Graph>()) {}
GraphIndex::~GraphIndex() = default;

size_t GraphIndex::node_count() const { return ids_.size(); }
size_t GraphIndex::edge_count() const { return graph_->column().size() / 2; }

std::map<std::string, int64_t> GraphIndex::EdgesByRelation() const {
  std::vector<int64_t> counts(relations_.size(), 0);
  for (uint8_t rel : graph_->relation) {
    if (!(rel & kReverse)) ++counts[rel >> 1];  // each edge once, from its source's row
  }
  std::map<std::string, int64_t> out;
  for (size_t r = 0; r < counts.size(); ++r) {
    if (counts[r] > 0) out[relations_[r]] += counts[r];
  }
  return out;
}

size_t GraphIndex::MemoryBytes() const {
  return ids_.size() * sizeof(int64_t) + graph_->rowstart().size() * sizeof(uint32_t) +
         graph_->column().size() * sizeof(uint32_t) + graph_->relation.size();
}

uint32_t GraphIndex::VertexOf(int64_t id) const {
  if (ids_.empty()) return kNoVertex;
  if (dense_ids_) {
    if (id < ids_.front() || id > ids_.back()) return kNoVertex;
    return static_cast<uint32_t>(id - ids_.front());
  }
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  return it != ids_.end() && *it == id ? static_cast<uint32_t>(it - ids_.begin()) : kNoVertex;
}


std::vector<bool> GraphIndex::RelationMask(const std::set<std::string>& relations) const {
  std::vector<bool> mask(relations_.size(), relations.empty());
  for (size_t r = 0; r < relations_.size(); ++r) {
    if (relations.count(relations_[r])) mask[r] = true;
  }
  return mask;
}

std::vector<bool> GraphIndex::ExcludedMask(const TraversalOptions& options) const {
  std::vector<bool> mask;
  if (!options.excluded || options.excluded->empty()) return mask;
  mask.assign(ids_.size(), false);
  for (int64_t id : *options.excluded) {
    const uint32_t v = VertexOf(id);
    if (v != kNoVertex) mask[v] = true;
  }
  return mask;
}

namespace {

// Whether side `side` (0 grows from the start, 1 from the goal) may walk an entry with
// relation byte `rel`.
inline bool Walkable(uint8_t rel, const std::vector<bool>& mask, Direction direction, int side) {
  if (!mask[rel >> 1]) return false;
  if (direction == Direction::kBoth) return true;
  // From the start, kOut walks edges forwards (entries in the source's row); from the goal it
  // walks them backwards (entries in the target's row). kIn is the mirror image.
  const bool reverse = rel & kReverse;
  const bool want_reverse = (direction == Direction::kOut) == (side == 1);
  return reverse == want_reverse;
}

// What a traversal may walk, checked per row entry. The unfiltered case (every relation, both
// ways) is its own type so that the common query never reads the relation bytes at all.
struct AnyEdge {
  bool operator()(uint32_t, int) const { return true; }
};
struct FilteredEdge {
  const std::vector<uint8_t>& relation;
  const std::vector<bool>& mask;
  Direction direction;
  bool operator()(uint32_t entry, int side) const { return Walkable(relation[entry], mask, direction, side); }
};

// A walk that also refuses entries leading into an excluded vertex (a time window's).
template <typename Walk>
struct ExcludingEdge {
  Walk walk;
  const std::vector<uint32_t>& column;
  const std::vector<bool>& excluded;
  bool operator()(uint32_t entry, int side) const {
    return !excluded[column[entry]] && walk(entry, side);
  }
};

bool Unfiltered(const TraversalOptions& options) {
  return options.relations.empty() && options.direction == Direction::kBoth;
}

}  // namespace

int GraphIndex::Search(uint32_t a, uint32_t b, const TraversalOptions& options, Scratch& s,
                       uint32_t meet[3]) const {
  if (a == b) return 0;
  // Parents are recorded only when the path itself is wanted (meet != nullptr).
  const std::vector<bool> excluded = ExcludedMask(options);
  if (!excluded.empty() && (excluded[a] || excluded[b])) return -1;
  auto run = [&](const auto& walk) {
    return meet ? SearchWith<true>(a, b, options.max_depth, walk, s, meet)
                : SearchWith<false>(a, b, options.max_depth, walk, s, nullptr);
  };
  auto run_excluding = [&](const auto& walk) {
    if (excluded.empty()) return run(walk);
    using Walk = std::decay_t<decltype(walk)>;
    return run(ExcludingEdge<Walk>{walk, graph_->column(), excluded});
  };
  if (Unfiltered(options)) return run_excluding(AnyEdge{});
  const std::vector<bool> mask = RelationMask(options.relations);
  return run_excluding(FilteredEdge{graph_->relation, mask, options.direction});
}

template <bool kRecord, typename Walk>
int GraphIndex::SearchWith(uint32_t a, uint32_t b, int max_depth, const Walk& walk, Scratch& s,
                           uint32_t meet[3]) const {
  const auto& g = graph_->csr;
  // Row entries are positions in the CSR's target array: that position is the edge index, the
  // key of the relation bytes.
  const auto column_begin = graph_->column().begin();
  const uint32_t epoch = s.NextEpoch();
  s.stamp[0][a] = epoch;
  s.depth[0][a] = 0;
  s.stamp[1][b] = epoch;
  s.depth[1][b] = 0;
  s.frontier[0].assign(1, a);
  s.frontier[1].assign(1, b);
  int depth[2] = {0, 0};
  while (!s.frontier[0].empty() && !s.frontier[1].empty() && depth[0] + depth[1] < max_depth) {
    const int side = s.frontier[0].size() <= s.frontier[1].size() ? 0 : 1, other = 1 - side;
    uint32_t best = kInfinity;
    s.next.clear();
    std::vector<uint32_t>& stamp = s.stamp[side];
    const std::vector<uint32_t>& other_stamp = s.stamp[other];
    for (uint32_t u : s.frontier[side]) {
      const uint8_t du = s.depth[side][u];
      for (auto [it, end] = boost::adjacent_vertices(u, g); it != end; ++it) {
        const uint32_t entry = static_cast<uint32_t>(it - column_begin);  // the edge index
        if (!walk(entry, side)) continue;
        const uint32_t v = *it;
        if (other_stamp[v] == epoch) {
          const uint32_t length = du + 1u + s.depth[other][v];
          if (length < best) {
            best = length;
            if constexpr (kRecord) {
              meet[0] = side;
              meet[1] = u;
              meet[2] = entry;
            }
          }
        }
        if (stamp[v] != epoch) {
          stamp[v] = epoch;
          s.depth[side][v] = static_cast<uint8_t>(du + 1);
          if constexpr (kRecord) s.via[side][v] = entry;
          s.next.push_back(v);
        }
      }
    }
    if (best != kInfinity) return best <= static_cast<uint32_t>(max_depth) ? static_cast<int>(best) : -1;
    ++depth[side];
    s.frontier[side].swap(s.next);
  }
  return -1;
}

int GraphIndex::PathLength(int64_t from, int64_t to, const TraversalOptions& options) const {
  const uint32_t a = VertexOf(from), b = VertexOf(to);
  if (a == kNoVertex || b == kNoVertex || options.max_depth < 0) return -1;
  if (options.max_depth > 255) {
    TraversalOptions capped = options;
    capped.max_depth = 255;  // depths are bytes
    return PathLength(from, to, capped);
  }
  ScratchLease lease(*this);
  return Search(a, b, options, *lease, nullptr);
}

std::optional<IndexPath> GraphIndex::ShortestPath(int64_t from, int64_t to, const TraversalOptions& options) const {
  const uint32_t a = VertexOf(from), b = VertexOf(to);
  if (a == kNoVertex || b == kNoVertex || options.max_depth < 0) return std::nullopt;
  TraversalOptions capped = options;
  capped.max_depth = std::min(options.max_depth, 255);
  ScratchLease lease(*this);
  Scratch& s = *lease;
  uint32_t meet[3] = {0, 0, 0};
  const int length = Search(a, b, capped, s, meet);
  if (length < 0) return std::nullopt;
  IndexPath path;
  if (length == 0) {
    path.nodes.push_back(from);
    return path;
  }
  const auto& column = graph_->column();
  // The stored edge behind entry `e` of vertex `row`'s row.
  auto step = [&](uint32_t row, uint32_t e, bool walked_from_row) {
    const bool reverse = graph_->relation[e] & kReverse;
    const uint32_t other = column[e];
    PathStep st;
    st.source = ids_[reverse ? other : row];
    st.target = ids_[reverse ? row : other];
    st.relation = relations_[graph_->relation[e] >> 1];
    // Walking from the row's vertex follows the edge forwards unless the entry is the reverse copy.
    st.forward = walked_from_row != reverse;
    return st;
  };
  // The meeting edge joins `left` (reached from the start) and `right` (reached from the goal).
  const uint32_t side = meet[0], u = meet[1], e = meet[2], v = column[e];
  const uint32_t left = side == 0 ? u : v, right = side == 0 ? v : u;
  std::vector<uint32_t> head{left};
  std::vector<PathStep> head_steps;
  for (uint32_t x = left; x != a;) {
    const uint32_t entry = s.via[0][x];
    const uint32_t parent = graph_->RowOf(entry);
    head_steps.push_back(step(parent, entry, true));
    head.push_back(parent);
    x = parent;
  }
  std::reverse(head.begin(), head.end());
  std::reverse(head_steps.begin(), head_steps.end());
  for (uint32_t x : head) path.nodes.push_back(ids_[x]);
  path.steps = std::move(head_steps);
  path.steps.push_back(step(u, e, side == 0));
  path.nodes.push_back(ids_[right]);
  for (uint32_t x = right; x != b;) {
    const uint32_t entry = s.via[1][x];
    const uint32_t parent = graph_->RowOf(entry);
    path.steps.push_back(step(parent, entry, false));
    path.nodes.push_back(ids_[parent]);
    x = parent;
  }
  return path;
}

std::vector<std::pair<int64_t, int>> GraphIndex::Neighborhood(int64_t id, const TraversalOptions& options,
                                                              size_t max_nodes) const {
  std::vector<std::pair<int64_t, int>> out;
  const uint32_t start = VertexOf(id);
  if (start == kNoVertex || options.max_depth <= 0 || max_nodes == 0) return out;
  ScratchLease lease(*this);
  Within(start, options, *lease, [&](uint32_t v, int depth) {
    out.emplace_back(ids_[v], depth);
    return out.size() < max_nodes;
  });
  return out;
}

size_t GraphIndex::CountWithin(int64_t id, const TraversalOptions& options) const {
  const uint32_t start = VertexOf(id);
  if (start == kNoVertex || options.max_depth <= 0) return 0;
  ScratchLease lease(*this);
  size_t count = 0;
  Within(start, options, *lease, [&count](uint32_t, int) {
    ++count;
    return true;
  });
  return count;
}

template <typename Visit>
void GraphIndex::Within(uint32_t start, const TraversalOptions& options, Scratch& s, const Visit& visit) const {
  const std::vector<bool> excluded = ExcludedMask(options);
  auto run = [&](const auto& walk) {
    if (excluded.empty()) return WithinWith(start, options.max_depth, walk, s, visit);
    using Walk = std::decay_t<decltype(walk)>;
    WithinWith(start, options.max_depth, ExcludingEdge<Walk>{walk, graph_->column(), excluded}, s, visit);
  };
  if (Unfiltered(options)) return run(AnyEdge{});
  const std::vector<bool> mask = RelationMask(options.relations);
  run(FilteredEdge{graph_->relation, mask, options.direction});
}

template <typename Walk, typename Visit>
void GraphIndex::WithinWith(uint32_t start, int max_depth, const Walk& walk, Scratch& s, const Visit& visit) const {
  const auto& g = graph_->csr;
  // Row entries are positions in the CSR's target array: that position is the edge index, the
  // key of the relation bytes.
  const auto column_begin = graph_->column().begin();
  const uint32_t epoch = s.NextEpoch();
  std::vector<uint32_t>& stamp = s.stamp[0];
  stamp[start] = epoch;
  s.frontier[0].assign(1, start);
  for (int depth = 1; depth <= max_depth && !s.frontier[0].empty(); ++depth) {
    s.next.clear();
    const bool last = depth == max_depth;  // its vertices are visited, not expanded
    for (uint32_t u : s.frontier[0]) {
      for (auto [it, end] = boost::adjacent_vertices(u, g); it != end; ++it) {
        if (!walk(static_cast<uint32_t>(it - column_begin), 0)) continue;
        const uint32_t v = *it;
        if (stamp[v] == epoch) continue;
        stamp[v] = epoch;
        if (!visit(v, depth)) return;
        if (!last) s.next.push_back(v);
      }
    }
    s.frontier[0].swap(s.next);
  }
}

std::vector<PathStep> GraphIndex::EdgesAmong(const std::vector<int64_t>& ids) const {
  std::vector<PathStep> out;
  ScratchLease lease(*this);
  Scratch& s = *lease;
  const uint32_t epoch = s.NextEpoch();
  std::vector<uint32_t> members;
  for (int64_t id : ids) {
    const uint32_t v = VertexOf(id);
    if (v == kNoVertex || s.stamp[0][v] == epoch) continue;
    s.stamp[0][v] = epoch;
    members.push_back(v);
  }
  const auto& g = graph_->csr;
  const auto column_begin = graph_->column().begin();
  for (uint32_t u : members) {
    for (auto [it, end] = boost::adjacent_vertices(u, g); it != end; ++it) {
      const uint8_t rel = graph_->relation[it - column_begin];
      if ((rel & kReverse) || s.stamp[0][*it] != epoch) continue;  // each edge from its source's row
      out.push_back({ids_[u], ids_[*it], relations_[rel >> 1], true});
    }
  }
  return out;
}

// ---- building ------------------------------------------------------------------------------

GraphIndexBuilder::GraphIndexBuilder() : index_(new GraphIndex()) {}
GraphIndexBuilder::~GraphIndexBuilder() = default;

void GraphIndexBuilder::ReserveNodes(size_t n) { index_->ids_.reserve(n); }
void GraphIndexBuilder::ReserveEdges(size_t n) {
  sources_.reserve(n);
  targets_.reserve(n);
  relation_of_.reserve(n);
}

void GraphIndexBuilder::AddNode(int64_t id) { index_->ids_.push_back(id); }

Status GraphIndexBuilder::AddEdge(int64_t source, int64_t target, std::string_view relation) {
  GraphIndex& x = *index_;
  if (sources_.empty()) {
    x.dense_ids_ = x.ids_.empty() || x.ids_.back() - x.ids_.front() == static_cast<int64_t>(x.ids_.size()) - 1;
  }
  const uint32_t s = x.VertexOf(source), t = x.VertexOf(target);
  if (s == kNoVertex || t == kNoVertex) {
    return Status::Corrupt("edge " + std::to_string(source) + " -> " + std::to_string(target) +
                           " refers to a node that does not exist");
  }
  if (relation != last_relation_ || x.relations_.empty()) {
    auto it = std::find(x.relations_.begin(), x.relations_.end(), relation);
    if (it == x.relations_.end()) {
      if (x.relations_.size() == kMaxRelations) {
        return Status::InvalidInput("the graph index holds at most 127 relations");
      }
      x.relations_.emplace_back(relation);
      it = x.relations_.end() - 1;
    }
    last_relation_ = std::string(relation);
    last_code_ = static_cast<uint8_t>(it - x.relations_.begin());
  }
  sources_.push_back(s);
  targets_.push_back(t);
  relation_of_.push_back(last_code_);
  return Status::Ok();
}

std::unique_ptr<GraphIndex> GraphIndexBuilder::Finish(int64_t generation, std::string store_id,
                                                      std::string fingerprint) {
  GraphIndex& x = *index_;
  x.dense_ids_ = x.ids_.empty() || x.ids_.back() - x.ids_.front() == static_cast<int64_t>(x.ids_.size()) - 1;
  x.generation_ = generation;
  x.store_id_ = std::move(store_id);
  x.fingerprint_ = !fingerprint.empty()
                       ? std::move(fingerprint)
                       : Store::FormatFingerprint("", x.ids_.empty() ? 0 : x.ids_.back(),
                                                  static_cast<int64_t>(sources_.size()));
  const size_t n = x.ids_.size(), m = sources_.size();
  // Counting sort into rows: both copies of every edge, in edge order within a row.
  auto& rowstart = x.graph_->rowstart();
  auto& column = x.graph_->column();
  auto& relation = x.graph_->relation;
  rowstart.assign(n + 1, 0);
  for (size_t i = 0; i < m; ++i) {
    ++rowstart[sources_[i] + 1];
    ++rowstart[targets_[i] + 1];
  }
  for (size_t v = 0; v < n; ++v) rowstart[v + 1] += rowstart[v];
  column.resize(2 * m);
  relation.resize(2 * m);
  std::vector<uint32_t> fill(rowstart.begin(), rowstart.end() - 1);
  for (size_t i = 0; i < m; ++i) {
    const uint32_t s = sources_[i], t = targets_[i];
    const uint8_t r = static_cast<uint8_t>(relation_of_[i] << 1);
    column[fill[s]] = t;
    relation[fill[s]++] = r;
    column[fill[t]] = s;
    relation[fill[t]++] = r | kReverse;
  }
  std::vector<uint32_t>().swap(sources_);
  std::vector<uint32_t>().swap(targets_);
  std::vector<uint8_t>().swap(relation_of_);
  return std::move(index_);
}

// ---- files ---------------------------------------------------------------------------------

std::string GraphIndex::PathFor(const std::string& store_path) { return store_path + ".graph"; }

Status GraphIndex::Save(const std::string& path) const {
  auto file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  AtomicFile& out = *file.value();
  FileHeader h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kFileVersion;
  h.relation_count = static_cast<uint32_t>(relations_.size());
  h.generation = generation_;
  h.node_count = ids_.size();
  h.entry_count = graph_->column().size();
  std::strncpy(h.store_id, store_id_.c_str(), sizeof h.store_id - 1);
  std::strncpy(h.fingerprint, fingerprint_.c_str(), sizeof h.fingerprint - 1);
  std::string names;
  for (const std::string& r : relations_) names += r + '\0';
  h.relation_bytes = names.size();
  Checksum sum;
  sum.Add(&h, sizeof h);
  sum.Add(names.data(), names.size());
  AddArray(sum, ids_);
  AddArray(sum, graph_->rowstart());
  AddArray(sum, graph_->column());
  AddArray(sum, graph_->relation);
  h.checksum = sum.Value();
  (void)out.Write(&h, sizeof h);
  (void)out.Write(names);
  auto write = [&](const auto& v) { (void)out.Write(v.data(), v.size() * sizeof(v[0])); };
  write(ids_);
  write(graph_->rowstart());
  write(graph_->column());
  write(graph_->relation);
  return out.Commit();  // reports the first failed write, if any
}

std::unique_ptr<GraphIndex> GraphIndex::Load(const std::string& path, const std::string& store_id,
                                             int64_t generation, const std::string& fingerprint) {
  std::error_code ec;
  // A FIFO or device at this name would block or never end: only a regular file is read.
  if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  FileHeader h{};
  if (!in.read(reinterpret_cast<char*>(&h), sizeof h)) return nullptr;
  const uint64_t saved_checksum = h.checksum;
  h.checksum = 0;
  Checksum sum;
  sum.Add(&h, sizeof h);
  h.store_id[sizeof h.store_id - 1] = '\0';
  h.fingerprint[sizeof h.fingerprint - 1] = '\0';
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kFileVersion ||
      h.generation != generation || store_id != h.store_id || fingerprint != h.fingerprint ||
      h.relation_count > kMaxRelations || h.relation_bytes > 1 << 20 || h.node_count >= kNoVertex ||
      h.entry_count >= std::numeric_limits<uint32_t>::max() || h.entry_count % 2) {
    return nullptr;
  }
  const uint64_t expected = sizeof h + h.relation_bytes + h.node_count * 8 + (h.node_count + 1) * 4 + h.entry_count * 5;
  if (std::filesystem::file_size(path, ec) != expected || ec) return nullptr;
  std::unique_ptr<GraphIndex> x(new GraphIndex());
  std::string names(h.relation_bytes, '\0');
  in.read(names.data(), static_cast<std::streamsize>(names.size()));
  for (size_t from = 0; from < names.size();) {
    const size_t end = names.find('\0', from);
    if (end == std::string::npos) return nullptr;
    x->relations_.push_back(names.substr(from, end - from));
    from = end + 1;
  }
  if (x->relations_.size() != h.relation_count) return nullptr;
  sum.Add(names.data(), names.size());
  // Each array is read a chunk at a time, summed while the chunk is in cache and appended: a
  // resize before one big read zero-filled the 71 MB of the 1M-node store's index first (a
  // sixth of a long dialogue's timeline), and summing afterwards read it all once more.
  auto read = [&](auto& v, size_t n) {
    using T = std::decay_t<decltype(v[0])>;
    std::vector<T> chunk(size_t{1 << 16} / sizeof(T));
    v.clear();
    v.reserve(n);
    AskHugePages(v.data(), n * sizeof(T));
    for (size_t left = n; left > 0;) {
      const size_t count = std::min(left, chunk.size());
      const size_t bytes = count * sizeof(T);
      if (!in.read(reinterpret_cast<char*>(chunk.data()), static_cast<std::streamsize>(bytes))) return false;
      sum.Add(chunk.data(), bytes);
      v.insert(v.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(count));
      left -= count;
    }
    return true;
  };
  auto& rowstart = x->graph_->rowstart();
  auto& column = x->graph_->column();
  auto& relation = x->graph_->relation;
  if (!read(x->ids_, h.node_count) || !read(rowstart, h.node_count + 1) || !read(column, h.entry_count) ||
      !read(relation, h.entry_count)) {
    return nullptr;
  }
  if (sum.Value() != saved_checksum) return nullptr;
  // A damaged file must not send a search out of bounds: check the structure once.
  if (rowstart.front() != 0 || rowstart.back() != h.entry_count) return nullptr;
  for (size_t v = 0; v + 1 < rowstart.size(); ++v) {
    if (rowstart[v] > rowstart[v + 1]) return nullptr;
  }
  for (size_t v = 1; v < x->ids_.size(); ++v) {
    if (x->ids_[v - 1] >= x->ids_[v]) return nullptr;
  }
  const uint32_t n = static_cast<uint32_t>(h.node_count);
  uint32_t bad = 0;
  for (uint32_t t : column) bad |= t >= n;
  for (uint8_t r : relation) bad |= (r >> 1) >= h.relation_count;
  if (bad) return nullptr;
  x->dense_ids_ = x->ids_.empty() || x->ids_.back() - x->ids_.front() == static_cast<int64_t>(x->ids_.size()) - 1;
  x->generation_ = generation;
  x->store_id_ = store_id;
  x->fingerprint_ = fingerprint;
  return x;
}

Result<std::unique_ptr<GraphIndex>> GraphIndex::Build(const Store& store) {
  GraphIndexBuilder builder;
  Status edge_error = Status::Ok();
  int64_t generation = 0;
  std::string fingerprint;
  Status s = store.ScanTopology([&](int64_t id) { builder.AddNode(id); },
                                [&](int64_t source, int64_t target, std::string_view relation) {
                                  if (!edge_error.ok()) return;
                                  edge_error = builder.AddEdge(source, target, relation);
                                },
                                generation, fingerprint);
  if (!s.ok()) return s;
  if (!edge_error.ok()) return Status::Corrupt(store.path() + ": " + edge_error.message());
  auto id = store.StoreId();
  if (!id.ok()) return id.status();
  return builder.Finish(generation, id.value(), fingerprint);
}

Result<std::unique_ptr<GraphIndex>> GraphIndex::Open(const Store& store) {
  auto generation = store.Generation();
  if (!generation.ok()) return generation.status();
  auto id = store.StoreId();
  if (!id.ok()) return id.status();
  auto fingerprint = store.Fingerprint();
  if (!fingerprint.ok()) return fingerprint.status();
  const std::string file = PathFor(store.path());
  // Left by killed writers: temporary index files, and a bulk import's index that was never put
  // in place (harmless to remove even if its writer lives: the index is only a cache).
  RemoveOrphanedTemporaries(file);
  RemoveOrphanedTemporaries(file + ".pending");
  std::error_code ec;
  std::filesystem::remove(file + ".pending", ec);
  if (auto saved = Load(file, id.value(), generation.value(), fingerprint.value())) return saved;
  return Rebuild(store);
}

Result<std::unique_ptr<GraphIndex>> GraphIndex::Rebuild(const Store& store) {
  auto built = Build(store);
  if (!built.ok()) return built.status();
  // Best effort: a cache that cannot be written is rebuilt next time.
  (void)built.value()->Save(PathFor(store.path()));
  return built;
}

}  // namespace dkg
