#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/atomic_file.h"
#include "engine/status.h"
#include "engine/store.h"
#include "queries/graph_index.h"
#include "queries/graph_snapshot.h"
#include "queries/time_window.h"

namespace dkg {

// Which part of the graph to export. Defaults: everything.
struct SubgraphSelection {
  std::optional<int64_t> around;  // only nodes within `depth` hops of this node
  int depth = 1;
  std::set<std::string> kinds;      // only nodes of these kinds (empty: all)
  std::set<std::string> relations;  // only edges of these relations (empty: all)
  // Only meetings and agreements within this window (TimeWindow::Excludes); a neighbourhood
  // does not pass through the others. Inactive: all.
  TimeWindow window;
};

// A selected part of a snapshot: pointers into it, valid while the snapshot lives.
struct Subgraph {
  std::vector<const NodeRecord*> nodes;
  std::vector<const EdgeRecord*> edges;
  bool whole = true;  // nothing was filtered out
};

Subgraph SelectSubgraph(const GraphSnapshot& graph, const SubgraphSelection& selection);

// The records SelectSubgraph() needs for `selection`: around a node, only the nodes within its
// depth and the edges among them (GraphSnapshot::Induced); else every record.
Result<std::unique_ptr<GraphSnapshot>> ExportSnapshot(const Store& store, const SubgraphSelection& selection);

// ExportSnapshot, unless SelectSubgraph would select more than `max_nodes` nodes from it (0: no
// limit): then no record is read, the snapshot is null and `*selected` is how many it would
// select. Counted on the store's counts by kind (less the events a window excludes) or on the
// graph index's walk around a node, so a picture of a whole large store is refused after a count,
// not after loading every record (1M nodes: 1 s rather than a minute and gigabytes).
Result<std::unique_ptr<GraphSnapshot>> ExportSnapshotAtMost(const Store& store, const SubgraphSelection& selection,
                                                            int64_t max_nodes, int64_t* selected);

// A selection cut to at most `max_nodes` nodes, for a face that must answer in bounded time and
// size on any store (the server). Around a node: its neighbourhood nearest first, cut; else the
// nodes in id order, cut. When nothing is cut the subgraph is exactly SelectSubgraph's on
// ExportSnapshot's (the command line's export). Edges are those among the kept nodes.
struct BoundedSubgraph {
  std::unique_ptr<GraphSnapshot> graph;
  Subgraph subgraph;  // points into `graph`
  size_t available = 0;  // nodes the selection reaches before the cut (kinds not yet applied)
  bool cut = false;
};
Result<BoundedSubgraph> SelectBounded(const Store& store, const GraphIndex& index,
                                      const SubgraphSelection& selection, size_t max_nodes);

enum class ExportFormat { kJson, kGraphml, kDot };

// Writes the subgraph in `format`: JSON exactly as eval/ONTOLOGY.md specifies (nodes, edges
// with evidence, documents); GraphML with every node and edge attribute as a typed key, readable
// by networkx.read_graphml and Gephi; DOT for Graphviz. Evidence and documents come from `store`.
Result<std::string> ExportSubgraph(const Store& store, const Subgraph& subgraph,
                                   ExportFormat format);

// How many records a streamed export wrote.
struct ExportCounts {
  int64_t nodes = 0;
  int64_t edges = 0;
};

// Writes the part of the store `selection` names in `format` through `write`, reading it record
// by record in store order from one snapshot (Store::Scan): memory does not grow with the store
// (around a node: 8 bytes a node of its neighbourhood, found on the graph index, and 8 bytes an
// edge among them; those records alone are read, by id). The bytes are
// exactly those of ExportSubgraph(SelectSubgraph(*ExportSnapshot(store, selection), selection)).
Status ExportStore(const Store& store, const SubgraphSelection& selection, ExportFormat format,
                   const ByteSink& write, ExportCounts* counts = nullptr);

// Refuses an output file that would overwrite the store at `store_path` or a file SQLite or dkg
// keeps beside it (its WAL, shared memory and rollback journal, its graph index), whether named
// directly, through a symbolic link or by a hard link. InvalidInput naming both files.
Status CheckOutputPath(const std::string& output, const std::string& store_path);

}  // namespace dkg
