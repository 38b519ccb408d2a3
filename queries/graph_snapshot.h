#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "engine/types.h"
#include "queries/graph_index.h"

namespace dkg {

// A path through the graph: nodes[0] -edges[0]- nodes[1] ... ; edges may be walked either way.
struct GraphPath {
  std::vector<int64_t> nodes;
  std::vector<int64_t> edges;
};

// Every node and edge record of a store in memory, with a GraphIndex over them: what the
// questions that read many records (co-chairs, lineage, export) work on. Loading records costs
// time and memory in proportion to the store; path and neighbourhood commands on large stores
// use a GraphIndex alone. A snapshot is read-only once built and may be read from several threads.
class GraphSnapshot {
 public:
  static Result<std::unique_ptr<GraphSnapshot>> Build(const Store& store);
  // A partial snapshot for questions about a few nodes of a large store: the records of the
  // `core` nodes, every edge touching them, and the records of those edges' other ends. Incident()
  // is complete for core nodes only. For more than 20,000 core nodes it is Build(): every record.
  static Result<std::unique_ptr<GraphSnapshot>> Around(const Store& store, const std::vector<int64_t>& core);
  // The subgraph induced by `nodes`: their records and the edges between them, found on `index`
  // (so a hub among them costs its degree in the index, not its records).
  static Result<std::unique_ptr<GraphSnapshot>> Induced(const Store& store, const GraphIndex& index,
                                                        const std::vector<int64_t>& nodes);
  // Records a caller chose itself (a few relations around a few nodes): complete() is false.
  static std::unique_ptr<GraphSnapshot> Partial(GraphData data);
  explicit GraphSnapshot(GraphData data);
  ~GraphSnapshot();
  GraphSnapshot(const GraphSnapshot&) = delete;
  GraphSnapshot& operator=(const GraphSnapshot&) = delete;

  const std::vector<NodeRecord>& nodes() const { return data_.nodes; }
  const std::vector<EdgeRecord>& edges() const { return data_.edges; }
  // False for a snapshot made by Around(): it holds part of the store.
  bool complete() const { return complete_; }
  // The node or edge with this store id, or nullptr.
  const NodeRecord* Node(int64_t id) const;
  const EdgeRecord* Edge(int64_t id) const;

  // Edges touching node `id` in either direction, in store order.
  std::vector<const EdgeRecord*> Incident(int64_t id) const;

  // A shortest path from `from` to `to` (GraphIndex::ShortestPath), as edge records' ids.
  std::optional<GraphPath> ShortestPath(int64_t from, int64_t to,
                                        const TraversalOptions& options = {}) const;

  // Nodes within `options.max_depth` hops of `id`, with their distance, nearest first; `id`
  // itself is not included.
  std::vector<std::pair<int64_t, int>> Neighborhood(int64_t id, const TraversalOptions& options) const;

 private:
  // Builds index_ and edge_by_triple_ once, on the first path or neighbourhood question: most
  // snapshots (co-chairs, timelines, lineage) are only read record by record.
  void EnsureIndex() const;

  GraphData data_;
  std::vector<size_t> node_at_;                  // by id - min id, or npos
  std::vector<std::vector<size_t>> incident_;    // by node position: edge positions, in edge id order
  std::unordered_map<int64_t, size_t> edge_at_;  // by edge id
  std::vector<size_t> indexed_;                  // positions of the edges the index holds
  mutable std::once_flag index_once_;
  mutable std::unique_ptr<GraphIndex> index_;
  mutable std::unordered_map<std::string, size_t> edge_by_triple_;
  int64_t min_id_ = 0;
  bool complete_ = true;
};

}  // namespace dkg
