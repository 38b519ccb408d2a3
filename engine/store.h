#pragma once

#include <cstdint>
#include <functional>
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
};

// Whether every index in `graph` is in range (edge endpoints, relations, extras, evidence
// documents); with `allow_external` false, also that it names no stored node by external id.
// Store::ImportGraph and Store::CreateFromGraph check this before writing.
Status CheckGraphInput(const GraphInput& graph, bool allow_external);

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
  // stored is skipped and changes nothing.
  Result<ImportReport> ImportDocument(const DocumentInput& document, const ExtractedGraph& graph);

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
  // may not refer to external nodes. Fails when `path` exists. `hooks` let a caller overlap its
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
  Result<std::vector<NodeRecord>> GetNodes(const std::vector<int64_t>& ids) const;
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
  // Nodes by kind, neighbour and name, in id order; at most `limit` (0: all).
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
  // The node kinds and the relations present in the store.
  Result<std::set<std::string>> Kinds() const;
  Result<std::set<std::string>> Relations() const;
  Result<std::vector<EdgeRecord>> EdgesOf(int64_t node_id) const;
  Result<std::vector<EvidenceRecord>> EvidenceFor(const std::vector<int64_t>& edge_ids) const;
  Result<std::vector<MentionRecord>> MentionsOf(int64_t node_id) const;
  // All documents when `ids` is empty.
  Result<std::vector<DocumentRecord>> Documents(const std::vector<int64_t>& ids = {}) const;
  Result<StoreStats> Stats() const;
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

  const std::string& path() const { return path_; }

 private:
  struct Impl;
  Store(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg
