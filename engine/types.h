#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
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

// An official's office as one document reports it: the title, and the country and body it was
// given with (indexes into ExtractedGraph::nodes, -1 for none); `status` what the text says of
// its timing: "held" (reported as held at the document's date), "former", "outgoing", "start" or
// "end"; `date` an explicit date of a start or end, or empty. Offices over time are read from
// these rows (queries/officials.h).
struct ExtractedOffice {
  size_t official = 0;
  std::string title;
  long country = -1;
  long body = -1;
  std::string status = "held";
  std::string date;
  EvidenceInput evidence;
};

// A stage of an agreement's life one document states: `stage` one of "announced", "negotiated",
// "signed", "in_force", "ended" (data/lexicon/agreement_stage.tsv); `date` the date the text
// gives the stage (ISO at its precision), or empty: the document's date is meant.
struct ExtractedStage {
  size_t agreement = 0;  // index into ExtractedGraph::nodes
  std::string stage;
  std::string date;
  EvidenceInput evidence;
};

// Everything one document contributes to the graph.
struct ExtractedGraph {
  std::vector<ExtractedNode> nodes;
  std::vector<ExtractedEdge> edges;
  std::vector<ExtractedOffice> offices;
  std::vector<ExtractedStage> stages;  // agreement lifecycle stages (issue 12)
};

// Who makes a correction and why (Store::MergeNodes and the other corrections).
struct CorrectionAuthor {
  std::string by;      // a user name ($USER or --by)
  std::string reason;  // free text, may be empty
  std::string at;      // when, ISO 8601 UTC; empty: now (the CLI honours $SOURCE_DATE_EPOCH)
};

// One correction as recorded: what was done, when, by whom and why.
struct CorrectionRecord {
  int64_t id = 0;
  std::string action;   // retract, merge, split, unlink, link, rename, set-date, undo
  std::string at;       // ISO 8601 UTC
  std::string by;
  std::string reason;   // empty when none was given
  std::string summary;  // one line for people
  std::string detail;   // the arguments and counts, a JSON object
  std::vector<int64_t> nodes;  // the nodes it concerns (they may no longer exist)
  int64_t undone_by = 0;       // the undo correction that reversed it, or 0
};

// A rule a correction leaves for later imports, as a JSON export carries it (engine tables
// name_redirects, document_redirects and suppressed_edges; docs/schema.md, Corrections).
struct CorrectionRule {
  std::string type;  // "redirect", "document_redirect" or "suppress"
  std::string kind, norm, target;  // redirect, document_redirect: nodes of kind and norm join `target`
  std::string sha256;              // document_redirect: only in this document
  std::string source_kind, source_norm, relation, target_kind, target_norm;  // suppress
};

// A graph read from a structured file (dkg's JSON export, or node and edge CSV files), stored as
// one unit. Unlike an ExtractedGraph it can be millions of edges, so edges are 16-byte rows with
// their relation as an index into `relations` and optional extras kept aside.
struct GraphInput {
  static constexpr uint32_t kNone = 0xffffffffu;

  struct Node {
    std::string xid;  // the external id (CSV `id`), or empty
    std::string kind;
    std::string name;
    std::vector<std::string> aliases;
    std::string date;
    Attrs attrs;
  };
  // An edge's endpoints are indexes: below nodes.size() a node of this input, otherwise
  // external[i - nodes.size()], a node already in the store named by its external id.
  struct Edge {
    uint32_t source = 0;
    uint32_t target = 0;
    uint32_t relation = 0;
    uint32_t extra = kNone;  // index into extras, or kNone
  };
  struct Evidence {
    uint32_t document = 0;  // index into documents
    Span span;
    std::string rule;
  };
  struct EdgeExtra {
    Attrs attrs;
    std::vector<Evidence> evidence;
  };
  struct External {
    std::string xid;
    int64_t line = 0;  // where the file first used it, for the error when it is unknown
  };

  std::string source;  // the file, for messages
  // How nodes find stored nodes: CSV nodes only by external id (the file's ids are its
  // identities); nodes of a dkg JSON export like extracted ones (external id, name, alias).
  bool resolve_by_name = false;
  // A stored node named by a known external id with another kind, name or date: false refuses
  // the whole input; true (import --update) changes the stored node and lists each change in
  // GraphImportReport::changes.
  bool update = false;
  std::vector<DocumentInput> documents;
  std::vector<Node> nodes;
  std::vector<External> external;
  std::vector<std::string> relations;
  std::vector<Edge> edges;
  std::vector<EdgeExtra> extras;
  // Set by Store::PrepareBulkEdges: edges sorted in storing order, repeats folded (and how many).
  bool edges_prepared = false;
  int64_t edges_folded = 0;
  // Corrections a dkg JSON export carries (its "corrections" key): the records, the nodes each
  // concerns (indexes into `nodes`; ids the file no longer has are left out) and the rules each
  // left. `record.id` and `record.undone_by` are the file's ids.
  struct Correction {
    CorrectionRecord record;
    std::vector<uint32_t> nodes;
    std::vector<CorrectionRule> rules;
  };
  std::vector<Correction> corrections;
};

// One field of a stored node that an import with GraphInput::update changed.
struct NodeChange {
  int64_t node_id = 0;
  std::string xid;
  std::string field;   // "kind", "name" or "date"
  std::string before;  // empty: no date
  std::string after;
};

// What storing a GraphInput did.
struct GraphImportReport {
  int64_t documents_added = 0;
  int64_t nodes_created = 0;
  int64_t nodes_merged = 0;  // input nodes that joined a stored node
  int64_t edges_created = 0;
  int64_t edges_existing = 0;  // already stored, or repeated in the input
  int64_t evidence_added = 0;
  std::vector<NodeChange> changes;  // GraphInput::update: what it changed, in input order
  int64_t corrections_added = 0;     // corrections of a JSON export recorded in the store
  int64_t corrections_existing = 0;  // already recorded (the same action, time, author, summary)
  // Corrections of a JSON export applied to rows this store held before the import (a merge of
  // two stored nodes, an unlinked stored edge, ...): (this store's correction id, what it did),
  // in the order done. Such a correction can be undone here (Store::Undo); the others cannot.
  std::vector<std::pair<int64_t, std::string>> corrections_applied;
};

// Reports progress of a long operation: a phase name ("nodes", "edges", "indexes") and how far
// it is. Called from the working thread, at most every few thousand rows.
using ProgressFn = std::function<void(const char* phase, uint64_t done, uint64_t total)>;

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

// One stored office report (ExtractedOffice, with store ids; 0 for no country or body), with the
// date of the document that made it.
struct OfficeRecord {
  int64_t official_id = 0;
  std::string title;
  int64_t country_id = 0;
  int64_t body_id = 0;
  int64_t document_id = 0;
  std::string document_date;
  std::string status;
  std::string date;
  Span span;
  std::string rule;
};

// One stored dated claim (the date_claims table): a date a document gave a meeting or agreement.
struct DateClaimRecord {
  std::string date;
  int64_t document_id = 0;  // 0: a set-date correction
  std::string document_date;
  std::string rule;
};

// One stored agreement stage (ExtractedStage, with store ids) and the date of its document.
struct StageRecord {
  int64_t agreement_id = 0;
  std::string stage;
  std::string date;  // as the text gave it, or empty: the document's date
  int64_t document_id = 0;
  std::string document_date;
  Span span;
  std::string rule;
  std::string text;  // the sentence, from the document
};

struct DocumentRecord {
  int64_t id = 0;
  std::string title;
  std::string date;
  std::string source;
  std::string sha256;
  int64_t bytes = 0;
  int64_t copy_of = 0;  // the first document of its near-copy group, or 0 (engine/near_copy.h)
  int64_t copies = 0;   // how many near-copies of it are stored (a group's first document)
};

// A document found by full-text search, with its matching words in context.
struct DocumentMatch {
  DocumentRecord document;
  std::string context;
};

// Which nodes Store::ListNodes returns; an empty field does not filter.
struct NodeListFilter {
  std::string kind;
  int64_t adjacent_to = 0;  // a node id: only nodes with an edge to or from it
  std::string name_like;    // a substring of the name or an alias, case-insensitive for ASCII
  int64_t limit = 0;
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
