#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"

namespace dkg {

// Which way a traversal may walk an edge: both ways (how are A and B connected), only from
// source to target (what does A lead to), or only against it (what leads to A).
enum class Direction { kBoth, kOut, kIn };

// Which edges a traversal may use. Empty `relations` means all of them.
struct TraversalOptions {
  int max_depth = 8;
  std::set<std::string> relations;
  Direction direction = Direction::kBoth;
  // Nodes a traversal may not enter (a time window's excluded meetings and agreements), as
  // sorted store ids; null or empty: none. Shared so that copies of the options stay cheap.
  std::shared_ptr<const std::vector<int64_t>> excluded;
};

// One hop of a path: the stored edge (source -relation-> target) and the way it was walked.
struct PathStep {
  int64_t source = 0;
  int64_t target = 0;
  std::string relation;
  bool forward = true;  // walked from source to target
};

// A path through the graph: nodes[0] -steps[0]- nodes[1] ... ; ids are store ids.
struct IndexPath {
  std::vector<int64_t> nodes;
  std::vector<PathStep> steps;
};

class GraphIndexBuilder;

// The graph's shape for path and neighbourhood queries: a Boost.Graph compressed sparse row
// graph over every node, each edge stored in both directions with its relation and direction in
// one byte (11-13 bytes an edge in all). It is the only place dkg uses Boost.Graph.
//
// It is derived data: saved in a file beside the store (`<store>.graph`) together with the
// store's identity and generation, and reused while both match, so a command on a large store
// opens a file instead of reading millions of rows. Immutable once built; queries may run from
// several threads (each takes its own scratch space).
class GraphIndex {
 public:
  // The index of `store`'s current state: the saved file when it matches the store, else built
  // from the store and saved (best effort: a read-only directory only costs the next command
  // the same rebuild).
  static Result<std::unique_ptr<GraphIndex>> Open(const Store& store);
  // Built from the store, never from or to a file.
  static Result<std::unique_ptr<GraphIndex>> Build(const Store& store);
  // Reads a saved index; nothing when the file is missing, not a regular file, damaged (its
  // checksum or structure does not hold), or of another store state (store id, generation or
  // Store::Fingerprint differ).
  static std::unique_ptr<GraphIndex> Load(const std::string& path, const std::string& store_id,
                                          int64_t generation, const std::string& fingerprint);
  // Builds the index from the store and saves it over the file, for a caller that found the
  // index it was given disagreeing with the store (a query met an edge or node the store lacks).
  static Result<std::unique_ptr<GraphIndex>> Rebuild(const Store& store);
  // The file an index of the store at `store_path` is saved in.
  static std::string PathFor(const std::string& store_path);

  ~GraphIndex();
  GraphIndex(const GraphIndex&) = delete;
  GraphIndex& operator=(const GraphIndex&) = delete;

  // Records which store state the index describes, for one built from rows that were then
  // stored (the bulk import builds it while the store is being written).
  void Stamp(int64_t generation, std::string store_id, std::string fingerprint) {
    generation_ = generation;
    store_id_ = std::move(store_id);
    fingerprint_ = std::move(fingerprint);
  }

  // Writes the index to `path` atomically (a temporary file renamed into place), with a
  // checksum over its header, relation names and arrays.
  Status Save(const std::string& path) const;

  size_t node_count() const;
  size_t edge_count() const;  // stored edges (each is held twice, once per direction)
  int64_t generation() const { return generation_; }
  const std::string& store_id() const { return store_id_; }
  const std::string& fingerprint() const { return fingerprint_; }
  // How many stored edges each relation has (those with none left out): `dkg stats`'s
  // edges_by_relation, counted in memory rather than by grouping every edge row.
  std::map<std::string, int64_t> EdgesByRelation() const;
  // Bytes held by the graph arrays (vertex ids, row starts, targets, relation bytes).
  size_t MemoryBytes() const;

  // A shortest path from `from` to `to` within options.max_depth hops, by bidirectional
  // breadth-first search (each round grows the smaller frontier by one level).
  std::optional<IndexPath> ShortestPath(int64_t from, int64_t to, const TraversalOptions& options = {}) const;
  // The length of that path, without rebuilding it; -1 when there is none.
  int PathLength(int64_t from, int64_t to, const TraversalOptions& options = {}) const;

  // Nodes within options.max_depth hops of `id`, with their distance, nearest first (in
  // discovery order within a distance); `id` itself excluded. The search stops at `max_nodes`
  // found: the first that many of the whole answer, at the cost of finding them only.
  std::vector<std::pair<int64_t, int>> Neighborhood(int64_t id, const TraversalOptions& options,
                                                    size_t max_nodes = SIZE_MAX) const;
  // How many nodes Neighborhood() would return, without listing them.
  size_t CountWithin(int64_t id, const TraversalOptions& options) const;

  // Every stored edge whose two ends are both in `ids` (as source, relation, target; `forward`
  // true), each once. Cost: the degrees of `ids`, however large the rest of the graph.
  std::vector<PathStep> EdgesAmong(const std::vector<int64_t>& ids) const;

 private:
  friend class GraphIndexBuilder;
  struct Graph;
  struct Scratch;
  class ScratchLease;
  GraphIndex();

  uint32_t VertexOf(int64_t id) const;  // kNoVertex when absent
  std::vector<bool> RelationMask(const std::set<std::string>& relations) const;
  // Per vertex, whether options.excluded names it; empty when it names nothing.
  std::vector<bool> ExcludedMask(const TraversalOptions& options) const;
  // The search behind ShortestPath and PathLength; fills `meet` (when given) for path rebuilding.
  int Search(uint32_t a, uint32_t b, const TraversalOptions& options, Scratch& s, uint32_t meet[3]) const;
  template <bool kRecord, typename Walk>
  int SearchWith(uint32_t a, uint32_t b, int max_depth, const Walk& walk, Scratch& s, uint32_t meet[3]) const;
  // Level-by-level search from `start` within options.max_depth, calling visit(vertex, depth)
  // once for each vertex reached (start excluded) until it returns false; behind Neighborhood
  // and CountWithin.
  template <typename Visit>
  void Within(uint32_t start, const TraversalOptions& options, Scratch& s, const Visit& visit) const;
  template <typename Walk, typename Visit>
  void WithinWith(uint32_t start, int max_depth, const Walk& walk, Scratch& s, const Visit& visit) const;

  std::unique_ptr<Graph> graph_;
  std::vector<int64_t> ids_;  // vertex -> store id, ascending
  bool dense_ids_ = false;    // ids_[v] == ids_[0] + v for every v
  std::vector<std::string> relations_;
  int64_t generation_ = 0;
  std::string store_id_;
  std::string fingerprint_;
  mutable std::mutex pool_mutex_;
  mutable std::vector<std::unique_ptr<Scratch>> pool_;
};

// Collects a graph's nodes and edges and builds its GraphIndex. Nodes must come in ascending id
// order, before the edges; at most 127 distinct relations.
class GraphIndexBuilder {
 public:
  GraphIndexBuilder();
  ~GraphIndexBuilder();
  void ReserveNodes(size_t n);
  void ReserveEdges(size_t n);
  void AddNode(int64_t id);
  // Fails for an endpoint that was not added or a 128th relation.
  Status AddEdge(int64_t source, int64_t target, std::string_view relation);
  // `fingerprint` is the store's (Store::Fingerprint) in the state the nodes and edges were read
  // from; empty means a store made by Store::CreateFromGraph from exactly these nodes and edges
  // (no write token, edge ids 1 to the edge count).
  std::unique_ptr<GraphIndex> Finish(int64_t generation, std::string store_id,
                                     std::string fingerprint = {});

 private:
  std::unique_ptr<GraphIndex> index_;
  std::vector<uint32_t> sources_, targets_;
  std::vector<uint8_t> relation_of_;
  std::string last_relation_;
  uint8_t last_code_ = 0;
};

}  // namespace dkg
