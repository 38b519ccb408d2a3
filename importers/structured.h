#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"

// Structured inputs: node and edge tables as CSV, and dkg's own JSON export. They carry a graph
// already made, so they bypass extraction and go to the store as GraphInputs.
namespace dkg {

enum class StructuredFormat { kNone, kNodeCsv, kEdgeCsv, kGraphJson };

// What a path holds, by its extension and, for .csv, its header: a node table has the columns
// id, kind and name; an edge table src, dst and relation (source and target are accepted for src
// and dst). Text and HTML documents are kNone. Fails for a .csv file whose header is neither.
Result<StructuredFormat> DetectStructured(const std::string& path);

// The node ids the node tables of one import command define, each with its position among all
// of that command's nodes. Ids that are plain decimal numbers (the common export of other tools)
// are kept in an array instead of a hash table.
class NodeIdTable {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;
  uint32_t Find(std::string_view id) const;
  // Adds `id` at position size(); false when it is already there.
  bool Add(std::string_view id);
  // Forgets every id added after the first `size` (a node table that failed part way).
  void Truncate(size_t size);
  size_t size() const { return order_.size(); }

 private:
  std::vector<uint32_t> dense_;  // by numeric value
  std::unordered_map<std::string, uint32_t> sparse_;
  std::vector<std::string> order_;
};

// A parsed edge table. Its edges name their endpoints through `graph.external`; entry i of that
// list is node `command_node[i]` of the command's node tables, or NodeIdTable::kMissing when no
// node table of the command has that id (it must then be in the store already).
struct EdgeTable {
  GraphInput graph;
  std::vector<uint32_t> command_node;
};

// Parses a node table into a GraphInput of nodes (xid = the id column; `date` and `aliases`
// (separated by '|') columns when present; every other non-empty column an attribute) and adds
// its ids to `ids`. Fails, adding nothing, on the first bad row with "FILE:LINE: problem": a
// wrong number of fields, an empty id, kind or name, an id seen before, a kind that is not a
// lower-case identifier, a date that is not ISO 8601, invalid UTF-8.
Result<GraphInput> ParseNodeCsv(std::string_view text, const std::string& source, NodeIdTable& ids);
Result<GraphInput> ReadNodeCsv(const std::string& path, NodeIdTable& ids);

// Parses an edge table (src, dst, relation; other non-empty columns become edge attributes).
// Repeated rows stay repeated here (the store keeps one edge). Fails on the first bad row with
// "FILE:LINE: problem".
Result<EdgeTable> ParseEdgeCsv(std::string_view text, const std::string& source, const NodeIdTable& ids);
Result<EdgeTable> ReadEdgeCsv(const std::string& path, const NodeIdTable& ids);
// The same in two steps, so edge tables can be read while the node tables still are: parsing
// leaves `command_node` empty, ResolveEdgeEndpoints fills it from the command's final ids.
Result<EdgeTable> ParseEdgeCsv(std::string_view text, const std::string& source);
Result<EdgeTable> ReadEdgeCsv(const std::string& path);
void ResolveEdgeEndpoints(EdgeTable& table, const NodeIdTable& ids);

// Parses dkg's JSON export (eval/ONTOLOGY.md) back into a graph: nodes resolve against the store
// by external id, name and alias like extracted ones; edges keep their evidence. The export holds
// only the cited sentences of each document, so a document's text is rebuilt with each
// evidence sentence at its offsets and spaces elsewhere: offsets stay valid and evidence reads
// back the same. Fails naming the element ("FILE: edges[3].source: ...").
Result<GraphInput> ParseGraphJson(std::string_view text, const std::string& source);
Result<GraphInput> ReadGraphJson(const std::string& path);

// Joins the node tables and edge tables of one command into a single graph for a new store:
// every edge endpoint must be a node of `nodes`. Fails with the file and line of the first
// endpoint that is not.
Result<GraphInput> JoinTables(std::vector<GraphInput> nodes, std::vector<EdgeTable> edges);
// The edges half of JoinTables: the edge tables' rows with endpoints numbered among the command's
// `node_count` nodes, relations merged; no nodes.
Result<GraphInput> JoinEdgeTables(std::vector<EdgeTable> tables, size_t node_count);

}  // namespace dkg
