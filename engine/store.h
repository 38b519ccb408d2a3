#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"

namespace dkg {

// How a store is opened. Defaults suit the CLI: create the file when missing, wait up to 30
// seconds for concurrent writers (SQLite's busy handler is not fair: with several importers on one
// store, a writer may have to let a few others' transactions pass before its turn).
struct StoreOptions {
  bool read_only = false;          // open without write access; never creates or migrates
  bool create_if_missing = true;   // create and initialise a missing file
  int busy_timeout_ms = 30000;     // how long a statement waits for another connection's lock
};

enum class ImportState { kImported, kSkipped };

// Points where Store::CreateFromGraph hands control back, so that a caller can work on the other
// core meanwhile. Both run on the loading thread.
struct BulkHooks {
  // Called once the documents and nodes are written (and their indexes built), before any edge
  // is: completes graph.edges, .relations and .extras (a caller parsing edge files on another
  // thread joins it here). The edges may only name nodes already in the graph.
  std::function<void(GraphInput& graph)> await_edges;
  // Called when graph.edges is final (sorted, repeats folded), before the edges are written, with
  // the new store's StoreId() (its Generation() will be 1). The graph stays unchanged until
  // CreateFromGraph returns, so it may be read on another thread.
  std::function<void(const GraphInput& graph, const std::string& store_id)> edges_final;
};

// What storing one document did.
struct ImportReport {
  ImportState state = ImportState::kImported;
  int64_t document_id = 0;
  int nodes_created = 0;
  int nodes_merged = 0;  // extracted nodes that joined an existing node
  int edges_created = 0;
  int evidence_added = 0;
  int64_t copy_of = 0;  // the document is a near-copy of this stored one (first of its group), or 0
};

// Whether every index in `graph` is in range (edge endpoints, relations, extras, evidence
// documents); with `allow_external` false, also that it names no stored node by external id.
// Store::ImportGraph and Store::CreateFromGraph check this before writing.
Status CheckGraphInput(const GraphInput& graph, bool allow_external);

class Store;

// What StoreScan::Edges reads with each edge.
struct EdgeScanOptions {
  std::set<std::string> relations;  // only edges of these relations (empty: all)
  bool attrs = true;                // parse each edge's attributes (else left empty)
  bool evidence = true;             // read each edge's evidence with its text
  // When given, only the edges it accepts are read further and visited (checked first, on the
  // row's ends and relation).
  std::function<bool(int64_t source, int64_t target, std::string_view relation)> want;
};

// Whole-store reads one record at a time, in store order, from one read snapshot: memory stays
// bounded however large the store (exports and whole-store queries on millions of rows). Made by
// Store::Scan(); it holds a read transaction until destroyed, so every pass over it sees the same
// state, and the Store it came from must outlive it and is not used for writes meanwhile. A
// visitor returning false stops that pass early (not an error).
class StoreScan {
 public:
  ~StoreScan();
  StoreScan(const StoreScan&) = delete;
  StoreScan& operator=(const StoreScan&) = delete;

  // Every node in id order, with its aliases when `aliases` is true; when `want` is given, only
  // the nodes whose id it accepts are read and visited (the others cost a step, not a record).
  Status Nodes(const std::function<bool(const NodeRecord&)>& visit, bool aliases = true,
               const std::function<bool(int64_t id)>& want = {});
  // Every edge in id order (as `options` selects) with its evidence ordered by document and start.
  Status Edges(const std::function<bool(const EdgeRecord&, const std::vector<EvidenceRecord>&)>& visit,
               const EdgeScanOptions& options = {});
  // Every evidence row's edge (source, target, relation) and document, in evidence order: which
  // documents an export's edges cite, at the cost of the evidence rather than of every edge.
  Status Citations(
      const std::function<bool(int64_t source, int64_t target, std::string_view relation, int64_t document)>& visit);
  // Every document in id order (without its text).
  Status Documents(const std::function<bool(const DocumentRecord&)>& visit);

  // The same reads for a part of the graph found elsewhere (the graph index): only the rows
  // named, each found through an index, so the cost is the part's size, not the store's.
  // REQUIRES: `ids` ascending. The nodes of `ids` that exist, in id order, as Nodes() gives them.
  Status NodesById(const std::vector<int64_t>& ids, const std::function<bool(const NodeRecord&)>& visit,
                   bool aliases = true);
  // The ids of the edges whose source is one of `sources` (REQUIRES: ascending) and that `want`
  // accepts (on the row's ends and relation), ascending.
  Result<std::vector<int64_t>> EdgeIdsFrom(
      const std::vector<int64_t>& sources,
      const std::function<bool(int64_t source, int64_t target, std::string_view relation)>& want);
  // The edges of `ids` (REQUIRES: ascending) that exist, in id order, each with its evidence,
  // as Edges() gives them (options.relations and options.want filter as there).
  Status EdgesById(const std::vector<int64_t>& ids,
                   const std::function<bool(const EdgeRecord&, const std::vector<EvidenceRecord>&)>& visit,
                   const EdgeScanOptions& options = {});
  // The documents the evidence of the edges `ids` cites, ascending, each once.
  Result<std::vector<int64_t>> DocumentsCitedBy(const std::vector<int64_t>& ids);
  // Store::Corrections() and Store::CorrectionRules() in this snapshot; each correction lists
  // only the nodes this snapshot holds (not those merged away or retracted since), so a whole
  // export's corrections name only nodes it exports.
  Result<std::vector<CorrectionRecord>> Corrections();
  Result<std::map<int64_t, std::vector<CorrectionRule>>> CorrectionRules();

 private:
  friend class Store;
  struct Impl;
  explicit StoreScan(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The dkg store: one SQLite file holding documents, the graph and its evidence. It is the only
// code in dkg that speaks SQL. It owns its connection; a Store is used from one thread at a time
// (open one Store per thread; SQLite's WAL mode lets readers run beside one writer).
class Store {
 public:
  // Opens (and, unless read-only, creates and migrates) the store at `path`. Refuses files that
  // are not dkg stores and stores written by a newer dkg, without modifying them.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores one document and its extracted graph in a single transaction: all of it or nothing.
  // Each extracted node joins an existing node of the same kind whose normalised name or alias
  // equals one of its names (meetings and agreements also need compatible dates), else becomes a
  // new node; the reason is recorded with each mention. A document whose sha256 is already
  // stored is skipped and changes nothing. A near-copy of a stored document (engine/near_copy.h)
  // is stored and recorded as a copy of its group's first document, without a graph of its own:
  // its evidence is the first document's, counted as "and N copies" (report.copy_of says so).
  Result<ImportReport> ImportDocument(const DocumentInput& document, const ExtractedGraph& graph);
  // The same, with the graph extracted only when the document needs one: `extract` is not called
  // for a document that is skipped or stored as a near-copy (most of a wire feed's repeats). It
  // runs inside the write transaction.
  Result<ImportReport> ImportDocument(const DocumentInput& document,
                                      const std::function<ExtractedGraph()>& extract);
  // What ImportDocument would do with `document`, read from this connection's latest snapshot
  // without writing: -1 skip it (its sha256 is stored), the id of the stored first document of
  // the group it is a near-copy of, or 0 (stored with a graph of its own). An importer extracting
  // on another thread asks a connection of its own and extracts only for 0; ImportDocument's
  // own answer is final (a later commit may turn a 0 into a copy, rarely the reverse).
  Result<int64_t> ImportPrecheck(const DocumentInput& document) const;
  // A second, read-only connection to this open store, for another thread of this process. Use
  // it rather than Open(): Open reads the file's header with a descriptor of its own, and closing
  // any descriptor of a file drops every POSIX lock the process holds on it, this connection's
  // too; another process may then checkpoint and reset the WAL under it (a corrupt store, seen
  // with four importers at once). InvalidInput for a store opened read-only.
  Result<std::unique_ptr<Store>> OpenReader() const;

  // Stores a structured graph (one CSV or JSON file) in a single transaction: all of it or
  // nothing. Documents already stored (same sha256) are reused. Nodes find stored nodes as
  // `graph.resolve_by_name` says, else become new nodes; edges already stored are kept (their
  // evidence grows). Fails, storing nothing, when an external id names no stored node; the
  // message gives the file and line.
  Result<GraphImportReport> ImportGraph(const GraphInput& graph, const ProgressFn& progress = {});

  // Creates a new store at `path` holding `graph` by the bulk path: the file is built beside
  // `path` without a journal, indexes are created after the rows, and it is renamed into place
  // only when complete, so a failure or a crash leaves no store at `path`. Node i of `graph`
  // gets id i + 1. `graph.edges` is left as stored: sorted by (source, relation, target), each
  // triple once (a repeated row adds its evidence to the first), edge k with id k + 1. `graph`
  // may not refer to external nodes. Fails with Status::Code::kExists when `path` exists or
  // another process publishes a store there first (nothing of `graph` is stored then; the
  // caller may import it into that store by ImportGraph). `hooks` let a caller overlap its
  // own work with the load (see BulkHooks).
  static Result<GraphImportReport> CreateFromGraph(const std::string& path, GraphInput& graph,
                                                   const ProgressFn& progress = {},
                                                   const BulkHooks& hooks = {});
  // Puts `graph.edges` in the order CreateFromGraph stores them (see there). CreateFromGraph does
  // it when the caller has not; a caller reading edges on another thread may do it there.
  static void PrepareBulkEdges(GraphInput& graph);

  // Adds the documents imported since the last call to the full-text index over document text,
  // in one transaction. Import commands call it once at their end rather than paying the index
  // update in every document's transaction; a crash in between only delays the indexing to the
  // next call.
  Status IndexDocuments();

  // Reads. Each is a consistent snapshot of the store at the time of the call.
  Result<GraphData> LoadGraph() const;
  Result<std::optional<NodeRecord>> GetNode(int64_t id) const;
  // The nodes of `ids` that exist, in that order; without `aliases`, their aliases are left
  // empty and not read (a co-chair table of 50,000 nodes prints none).
  Result<std::vector<NodeRecord>> GetNodes(const std::vector<int64_t>& ids, bool aliases = true) const;
  // Nodes whose normalised name or alias equals the normalised `text`.
  Result<std::vector<int64_t>> FindByName(const std::string& text) const;
  // Nodes whose name or an alias contains every word of `text` (full-text index), best first.
  Result<std::vector<int64_t>> Search(const std::string& text, int limit = 50) const;
  Result<std::optional<int64_t>> FindByXid(const std::string& xid) const;
  // Names and aliases a mistyped `text` may have meant, as (node id, name or alias): those sharing
  // the first three letters of one of its words (a full-text prefix query), and every name of a
  // store small enough to scan. Unranked; the caller measures the distance.
  Result<std::vector<std::pair<int64_t, std::string>>> NameCandidates(const std::string& text,
                                                                      int limit = 2000) const;
  // Documents whose title or text contains every word of `text` (full-text index), best first,
  // each with the words in context: `[word]` marks a match, "..." a cut.
  Result<std::vector<DocumentMatch>> SearchDocuments(const std::string& text, int limit = 50) const;
  // Nodes with a name or alias holding a word that starts with each word of `text` ("vik mis"
  // finds Vikram Misri), best first, at most `limit`: suggestions while a name is being typed.
  // Names not yet in the full-text index (a store being imported into) are not found.
  Result<std::vector<int64_t>> SearchNamePrefix(const std::string& text, int limit = 10) const;
  // The text of document `id`, or nothing when there is no such document.
  Result<std::optional<std::string>> DocumentText(int64_t id) const;
  // Nodes by kind, neighbour and name, in id order; at most `limit` (0: all). A `name_like`
  // longer than kMaxNameLike bytes is InvalidInput.
  static constexpr size_t kMaxNameLike = 1000;
  Result<std::vector<NodeRecord>> ListNodes(const NodeListFilter& filter) const;
  // (id, date) of every node of one of `kinds`, in id order; an undated node has an empty date.
  // What a time window needs to know of a large store without loading its records. With
  // `at_least` or `below` (ISO text, compared as text), only the dated nodes whose date is
  // >= at_least and < below, found on the index nodes_kind_date.
  Result<std::vector<std::pair<int64_t, std::string>>> NodeDates(const std::set<std::string>& kinds,
                                                                 const std::string& at_least = "",
                                                                 const std::string& below = "") const;
  // Every stored office report (see ExtractedOffice), by official and document. With `country`:
  // the reports naming it, and the reports naming no country of officials with one that does.
  Result<std::vector<OfficeRecord>> OfficeRecords(std::optional<int64_t> country = std::nullopt) const;
  // The dates documents gave `node` (a meeting or an agreement), oldest claim first, each with
  // its document (0 and rule 'correction:set-date' for an analyst's set-date, whose date may be
  // empty: cleared). nodes.date is the one chosen from them (engine/date_claims.h).
  Result<std::vector<DateClaimRecord>> DateClaims(int64_t node) const;
  // The stages of `agreement`'s life documents state (agreement_stages), in the order stored,
  // each with its document's date and sentence.
  Result<std::vector<StageRecord>> AgreementStages(int64_t agreement) const;
  // The node kinds and the relations present in the store.
  Result<std::set<std::string>> Kinds() const;
  Result<std::set<std::string>> Relations() const;
  Result<std::vector<EdgeRecord>> EdgesOf(int64_t node_id) const;
  // EdgesOf() of each of `nodes` (ascending, duplicates read once), concatenated, read in one
  // snapshot: a statement outside a transaction takes the read lock anew each time.
  Result<std::vector<EdgeRecord>> EdgesOfMany(const std::vector<int64_t>& nodes) const;
  // (edge, document) of the evidence of each of `edge_ids`, in one snapshot and without the
  // sentences: which documents report an edge, for timelines.
  Result<std::vector<std::pair<int64_t, int64_t>>> EvidenceDocuments(const std::vector<int64_t>& edge_ids) const;
  // The edges of one of `relations` whose source (`from_source`) or target is one of `nodes`,
  // in the order of `nodes`, then relation and id. Reads only those relations' entries of each
  // node (the unique index on source, relation, target; edges_target_relation for targets): the
  // represents edge of an official with 30,000 meetings without its meetings. Without `attrs`
  // the edges' attributes are left empty and no edge row is read, only the index: a one-year
  // window's 24,000 co-chairs cost index pages instead of 170,000 scattered rows.
  Result<std::vector<EdgeRecord>> EdgesWith(const std::vector<int64_t>& nodes, bool from_source,
                                            const std::set<std::string>& relations,
                                            bool attrs = true) const;
  // EdgesOf() of each of `nodes`, one list per node in the order of `nodes` (each by relation,
  // then id; a self-loop once), without attributes: read from the indexes alone (the unique
  // index out of a node, edges_target_relation into it), no edge row, in one snapshot. What a
  // busy node's timeline reads of its 30,000 meetings and of a page of them.
  Result<std::vector<std::vector<EdgeRecord>>> EdgeEndsOf(const std::vector<int64_t>& nodes) const;
  // The same ends without records, for hundreds of thousands of edges (a country's and its
  // officials' for a timeline): per node, (edge id, the other end, whether the node is the
  // target) with the relation as an index into `relations`, which the call fills.
  struct EdgeEnd {
    int64_t id = 0;
    int64_t other = 0;        // the end that is not the node (the node itself for a self-loop)
    uint32_t relation = 0;    // index into `relations`
    bool node_is_target = false;
  };
  Result<std::vector<std::vector<EdgeEnd>>> EdgeEndsOf(const std::vector<int64_t>& nodes,
                                                       std::vector<std::string>& relations) const;
  // EdgeEndsOf(sources, relations) of the sources of the `relation` edges into `target` (a
  // country's officials: `represents`), `sources` filled in the order of those edges' ids (as
  // EdgesOf(target) lists them). One joined statement per side instead of two statements per
  // source: a busy country's 60,000 officials cost their index entries, not 120,000 statement
  // runs.
  Result<std::vector<std::vector<EdgeEnd>>> EdgeEndsOfSourcesOf(int64_t target, const std::string& relation,
                                                                std::vector<int64_t>& sources,
                                                                std::vector<std::string>& relations) const;
  // Calls `each(id, date)` for every node of one of `kinds` (kind by kind, each in date order
  // on the index nodes_kind_date; an undated node's date is empty), with the bounds of
  // NodeDates. Nothing is copied or sorted: what a country's timeline needs of the store's
  // 460,000 events (the dates of the ones it reached). `date` lives only during the call.
  Status ForEachNodeDate(const std::set<std::string>& kinds, const std::string& at_least, const std::string& below,
                         const std::function<void(int64_t, std::string_view)>& each) const;
  // (id, kind, date) of each of `ids` that exists and whose kind is one of `kinds`, in the
  // order of `ids` (an undated node has an empty date): one row lookup each, for the few
  // thousand candidates of a timeline rather than a scan of every event of the store.
  Result<std::vector<std::tuple<int64_t, std::string, std::string>>> KindsAndDates(
      const std::vector<int64_t>& ids, const std::set<std::string>& kinds) const;
  // A page of EdgesOf(): at most `limit` edges from position `offset` in the same order, and
  // how many edges touch the node in all (a hub's card is shown a page at a time).
  Result<std::vector<EdgeRecord>> EdgesOf(int64_t node_id, int64_t offset, int64_t limit,
                                          int64_t& total) const;
  // A whole-store read in one snapshot, one record at a time (see StoreScan).
  Result<std::unique_ptr<StoreScan>> Scan() const;
  // The first `limit` edges EdgesOf() would list, and how many it would list in all: a hub's
  // card without reading its every edge.
  Result<std::pair<std::vector<EdgeRecord>, size_t>> FirstEdgesOf(int64_t node_id, size_t limit) const;
  Result<std::vector<EvidenceRecord>> EvidenceFor(const std::vector<int64_t>& edge_ids) const;
  Result<std::vector<MentionRecord>> MentionsOf(int64_t node_id) const;
  // All documents when `ids` is empty.
  Result<std::vector<DocumentRecord>> Documents(const std::vector<int64_t>& ids = {}) const;
  // `by_relation` false leaves edges_by_relation empty: counting it groups every edge row (2.5 s
  // of CPU for the 6M edges of bench/'s 1M-node store), which a caller holding the graph index
  // counts in memory (GraphIndex::EdgesByRelation).
  Result<StoreStats> Stats(bool by_relation = true) const;
  // Bumped by every committed write; caches compare it to know they are stale.
  Result<int64_t> Generation() const;
  // A random identity given to the store when it was created; with the generation it names one
  // state of one store.
  Result<std::string> StoreId() const;
  // The edge (source, relation, target), if stored.
  Result<std::optional<EdgeRecord>> FindEdge(int64_t source, const std::string& relation,
                                             int64_t target) const;
  // The stored edges among these triples (source, relation, target), in the order given.
  Result<std::vector<EdgeRecord>> FindEdges(
      const std::vector<std::tuple<int64_t, std::string, int64_t>>& triples) const;
  // What distinguishes this state of the store from every other state with the same store id
  // and generation (a copy restored from a backup and then written to reaches the same
  // generation): a random token that every committed write replaces, and the highest node and
  // edge ids (which also move when rows are added outside dkg). Derived files record it.
  Result<std::string> Fingerprint() const;
  // The fingerprint of a state with this write token (empty for a store made by CreateFromGraph,
  // whose edge ids are dense) and these highest ids, in the form Fingerprint() returns.
  static std::string FormatFingerprint(const std::string& write_token, int64_t max_node_id,
                                       int64_t max_edge_id);
  // The graph's shape, read in one snapshot: every node id in ascending order, then every edge
  // as (source, target, relation), and the generation and Fingerprint() that snapshot has. For
  // building indexes over millions of rows without materialising records.
  Status ScanTopology(
      const std::function<void(int64_t id)>& on_node,
      const std::function<void(int64_t source, int64_t target, std::string_view relation)>& on_edge,
      int64_t& generation, std::string& fingerprint) const;

  // Corrections. Each is one transaction, recorded with who, when, why and the exact rows it
  // changed (so that Undo can reverse it), and bumps the generation. A node or document that does
  // not exist, or a correction that would change nothing, is an error that changes nothing.
  //
  // Removes a document and what only it supports: its evidence and mentions, the edges left
  // without evidence, and the nodes among its own left with neither mentions nor edges.
  Result<CorrectionRecord> RetractDocument(int64_t document_id, const CorrectionAuthor& who);
  // Makes one node of two: `absorb`'s mentions, edges (with their evidence), aliases, keys and
  // missing attributes go to `keep`, its names become aliases of `keep`, and later extractions
  // of those names join `keep`. An edge between the two would be a self-loop and is dropped.
  Result<CorrectionRecord> MergeNodes(int64_t keep, int64_t absorb, const CorrectionAuthor& who);
  // Moves `node`'s mentions in `documents`, and the evidence those documents give its edges, to
  // a new node of the same kind named `new_name`; re-imports of those documents keep them there.
  Result<CorrectionRecord> SplitNode(int64_t node, const std::vector<int64_t>& documents,
                                     const std::string& new_name, const CorrectionAuthor& who);
  // Removes the edge and its evidence; extraction does not create it again.
  Result<CorrectionRecord> Unlink(int64_t source, const std::string& relation, int64_t target,
                                  const CorrectionAuthor& who);
  // Adds an edge no document states (no evidence; the correction is its provenance).
  Result<CorrectionRecord> Link(int64_t source, const std::string& relation, int64_t target,
                                const CorrectionAuthor& who);
  // Renames a node; the old name stays as an alias and later mentions of it join the node.
  Result<CorrectionRecord> RenameNode(int64_t node, const std::string& name,
                                      const CorrectionAuthor& who);
  // Sets (or, with an empty `date`, clears) a node's date. REQUIRES: `date` is ISO 8601 at some
  // precision (YYYY, YYYY-MM or YYYY-MM-DD) or empty; anything else is refused.
  Result<CorrectionRecord> SetNodeDate(int64_t node, const std::string& date,
                                       const CorrectionAuthor& who);
  // Reverses correction `id` row for row. Refused, changing nothing, when it was already undone
  // or when later writes changed the same rows (undo those first).
  Result<CorrectionRecord> Undo(int64_t id, const CorrectionAuthor& who);
  // Every correction, oldest first; only those concerning `node_id` when it is not 0.
  Result<std::vector<CorrectionRecord>> Corrections(int64_t node_id = 0) const;
  // The rules corrections left for later imports (redirected names, per-document redirects,
  // suppressed edges), by the id of the correction that made them: what a JSON export carries
  // beside the records, so that another store keeps the corrections across its own imports.
  Result<std::map<int64_t, std::vector<CorrectionRule>>> CorrectionRules() const;

  const std::string& path() const { return path_; }

 private:
  struct Impl;
  Store(std::string path, std::unique_ptr<Impl> impl);
  // One try of Open, waiting at most `wait_ms` for another connection's lock (what is left of
  // the busy timeout); sets *busy when it failed on a lock another process held.
  static Result<std::unique_ptr<Store>> OpenAttempt(const std::string& path,
                                                    const StoreOptions& options, bool read_only,
                                                    const std::string& open_name, int read_flags,
                                                    int wait_ms, bool* busy);
  // ImportDocument with the graph `ready`, or (when null) from `extract` once it is needed.
  Result<ImportReport> ImportDocumentWith(const DocumentInput& document, const ExtractedGraph* ready,
                                          const std::function<ExtractedGraph()>& extract);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg
