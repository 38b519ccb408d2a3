#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "engine/types.h"

namespace dkg {

// A path through the graph: nodes[0] -edges[0]- nodes[1] ... ; edges may be walked either way.
struct GraphPath {
  std::vector<int64_t> nodes;
  std::vector<int64_t> edges;
};

// Which edges a traversal may use. Empty `relations` means all of them.
struct TraversalOptions {
  int max_depth = 8;
  std::set<std::string> relations;
};

// An in-memory, read-only view of the whole graph for path and relationship queries. It is the
// only place dkg uses Boost.Graph: the graph type and algorithms live in the .cpp, callers see
// node and edge records. Built once per command from the store (a cache, never the truth); safe
// to read from several threads once built.
class GraphSnapshot {
 public:
  static Result<std::unique_ptr<GraphSnapshot>> Build(const Store& store);
  explicit GraphSnapshot(GraphData data);
  ~GraphSnapshot();
  GraphSnapshot(const GraphSnapshot&) = delete;
  GraphSnapshot& operator=(const GraphSnapshot&) = delete;

  const std::vector<NodeRecord>& nodes() const { return data_.nodes; }
  const std::vector<EdgeRecord>& edges() const { return data_.edges; }
  // The node or edge with this store id, or nullptr.
  const NodeRecord* Node(int64_t id) const;
  const EdgeRecord* Edge(int64_t id) const;

  // Edges touching node `id` in either direction, in store order.
  std::vector<const EdgeRecord*> Incident(int64_t id) const;

  // A shortest path from `from` to `to`, walking edges in either direction (breadth-first
  // search), or nothing when none exists within `options.max_depth` hops.
  std::optional<GraphPath> ShortestPath(int64_t from, int64_t to,
                                        const TraversalOptions& options = {}) const;

  // Nodes within `options.max_depth` hops of `id` (either direction), with their distance,
  // nearest first; `id` itself is not included.
  std::vector<std::pair<int64_t, int>> Neighborhood(int64_t id,
                                                    const TraversalOptions& options) const;

 private:
  struct Impl;
  GraphData data_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg
