#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// Plain value types that cross component boundaries: what importers hand to the store, and what
// the store hands to queries. No SQLite or Boost types appear here.
namespace dkg {

// Free-form string attributes of a node or edge (title, round, ...), exported as a JSON object.
using Attrs = std::map<std::string, std::string>;

// A byte range [start, end) of a document's UTF-8 text.
struct Span {
  int64_t start = 0;
  int64_t end = 0;
};

// A document ready to be stored. `text` is what every offset refers to.
struct DocumentInput {
  std::string source;  // where it came from: a file name or address
  std::string title;
  std::string date;  // publication date, ISO 8601, or empty
  std::string text;
  std::string sha256;  // of the original bytes; the identity used to skip re-imports
};

// A node as the extractor found it in one document. `mentions` are spans of the document.
struct ExtractedNode {
  std::string kind;
  std::string name;
  std::vector<std::string> aliases;
  std::string date;  // ISO 8601 at the precision the text gives, or empty
  Attrs attrs;
  std::vector<Span> mentions;
  std::string xid;  // an external id (structured imports), or empty
  // Identity keys: what makes this entity the same one across documents when names differ
  // ("series:IN-JP:2+2"). Not names: stored apart from aliases, never exported as names.
  std::vector<std::string> keys;
};

// The sentence or span an edge was read from, and the rule that produced it.
struct EvidenceInput {
  Span span;
  std::string rule;
};

// An edge between two nodes of the same ExtractedGraph, by index into its `nodes`.
struct ExtractedEdge {
  size_t source = 0;
  size_t target = 0;
  std::string relation;
  Attrs attrs;
  std::vector<EvidenceInput> evidence;
};

// Everything one document contributes to the graph.
struct ExtractedGraph {
  std::vector<ExtractedNode> nodes;
  std::vector<ExtractedEdge> edges;
};

struct NodeRecord {
  int64_t id = 0;
  std::string kind;
  std::string name;
  std::string date;
  Attrs attrs;
  std::vector<std::string> aliases;
  std::string xid;
};

struct EdgeRecord {
  int64_t id = 0;
  int64_t source = 0;
  int64_t target = 0;
  std::string relation;
  Attrs attrs;
};

struct EvidenceRecord {
  int64_t edge_id = 0;
  int64_t document_id = 0;
  Span span;
  std::string rule;
  std::string text;  // the document bytes at span
};

struct MentionRecord {
  int64_t node_id = 0;
  int64_t document_id = 0;
  Span span;
  std::string surface;
  std::string reason;  // why this mention joined the node
};

struct DocumentRecord {
  int64_t id = 0;
  std::string title;
  std::string date;
  std::string source;
  std::string sha256;
  int64_t bytes = 0;
};

// The whole graph as rows, the input of a graph snapshot.
struct GraphData {
  std::vector<NodeRecord> nodes;
  std::vector<EdgeRecord> edges;
};

struct StoreStats {
  int64_t documents = 0;
  int64_t nodes = 0;
  int64_t edges = 0;
  int64_t evidence = 0;
  int64_t mentions = 0;
  int64_t generation = 0;
  int schema_version = 0;
  std::map<std::string, int64_t> nodes_by_kind;
  std::map<std::string, int64_t> edges_by_relation;
};

}  // namespace dkg
