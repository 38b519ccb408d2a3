#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"

namespace dkg {

// How a store is opened. Defaults suit the CLI: create the file when missing, wait up to five
// seconds for a concurrent writer.
struct StoreOptions {
  bool read_only = false;          // open without write access; never creates or migrates
  bool create_if_missing = true;   // create and initialise a missing file
  int busy_timeout_ms = 5000;      // how long a statement waits for another connection's lock
};

enum class ImportState { kImported, kSkipped };

// What storing one document did.
struct ImportReport {
  ImportState state = ImportState::kImported;
  int64_t document_id = 0;
  int nodes_created = 0;
  int nodes_merged = 0;  // extracted nodes that joined an existing node
  int edges_created = 0;
  int evidence_added = 0;
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
  // stored is skipped and changes nothing.
  Result<ImportReport> ImportDocument(const DocumentInput& document, const ExtractedGraph& graph);

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
  Result<std::vector<EdgeRecord>> EdgesOf(int64_t node_id) const;
  Result<std::vector<EvidenceRecord>> EvidenceFor(const std::vector<int64_t>& edge_ids) const;
  Result<std::vector<MentionRecord>> MentionsOf(int64_t node_id) const;
  // All documents when `ids` is empty.
  Result<std::vector<DocumentRecord>> Documents(const std::vector<int64_t>& ids = {}) const;
  Result<StoreStats> Stats() const;
  // Bumped by every committed write; caches compare it to know they are stale.
  Result<int64_t> Generation() const;

  const std::string& path() const { return path_; }

 private:
  struct Impl;
  Store(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dkg
