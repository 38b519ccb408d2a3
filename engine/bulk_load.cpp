// The bulk path of Store::CreateFromGraph: a new store written in one pass, the way SQLite loads
// fastest. Everything here is about speed on millions of rows; correctness rests on the file
// being private until it is complete.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <tuple>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>
#include <stdexcept>

#include "engine/atomic_file.h"
#include "engine/normalize.h"
#include "engine/store.h"

namespace dkg {

namespace {

// Edges go in in the order of the (source, relation, target) unique index, so that index grows
// by appending instead of by random inserts. Sorts graph.edges into that order and folds repeats
// of one triple into its first row (attributes of the first, evidence of all).
void SortAndFoldEdges(GraphInput& graph) {
  auto& edges = graph.edges;
  std::vector<uint32_t> rank(graph.relations.size());
  {
    std::vector<uint32_t> by_name(graph.relations.size());
    std::iota(by_name.begin(), by_name.end(), 0);
    std::sort(by_name.begin(), by_name.end(),
              [&](uint32_t a, uint32_t b) { return graph.relations[a] < graph.relations[b]; });
    for (uint32_t r = 0; r < by_name.size(); ++r) rank[by_name[r]] = r;
  }
  auto key = [&](const GraphInput::Edge& e) { return std::tuple(e.source, rank[e.relation], e.target); };
  // A counting sort by source (linear), then each source's few edges by relation and target;
  // stable throughout, so of repeated rows the first given stays first.
  uint32_t max_source = 0;
  for (const GraphInput::Edge& e : edges) max_source = std::max(max_source, e.source);
  std::vector<uint32_t> start(edges.empty() ? 1 : static_cast<size_t>(max_source) + 2, 0);
  for (const GraphInput::Edge& e : edges) ++start[e.source + 1];
  for (size_t v = 1; v < start.size(); ++v) start[v] += start[v - 1];
  {
    std::vector<GraphInput::Edge> sorted(edges.size());
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (const GraphInput::Edge& e : edges) sorted[fill[e.source]++] = e;
    edges.swap(sorted);
  }
  for (size_t v = 0; v + 1 < start.size(); ++v) {
    if (start[v + 1] - start[v] > 1) {
      std::stable_sort(edges.begin() + start[v], edges.begin() + start[v + 1],
                       [&](const GraphInput::Edge& a, const GraphInput::Edge& b) { return key(a) < key(b); });
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (kept > 0 && key(edges[kept - 1]) == key(edges[i])) {
      GraphInput::Edge& first = edges[kept - 1];
      const GraphInput::Edge& repeat = edges[i];
      if (repeat.extra != GraphInput::kNone) {
        if (first.extra == GraphInput::kNone) {
          first.extra = repeat.extra;
          graph.extras[first.extra].attrs.clear();  // the first row had none
        } else {
          auto& to = graph.extras[first.extra].evidence;
          auto& from = graph.extras[repeat.extra].evidence;
          to.insert(to.end(), from.begin(), from.end());
        }
      }
      ++graph.edges_folded;
      continue;
    }
    edges[kept++] = edges[i];
  }
  edges.resize(kept);
  graph.edges_prepared = true;
}

std::string AttrsJson(const Attrs& attrs) { return attrs.empty() ? "{}" : nlohmann::json(attrs).dump(); }

class BulkLoader {
 public:
  BulkLoader(SQLite::Database& db, GraphInput& graph, const ProgressFn& progress, const BulkHooks& hooks)
      : db_(db), graph_(graph), progress_(progress), hooks_(hooks) {
    total_ = graph.nodes.size() + graph.edges.size();
  }

  GraphImportReport Run() {
    // Secondary indexes are dropped and rebuilt after the rows: one sort per index instead of
    // millions of random B-tree inserts. Their SQL is read back from the schema, so the rebuilt
    // indexes are exactly the migrations' ones.
    std::vector<std::pair<std::string, std::string>> indexes;
    {
      SQLite::Statement st(db_,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('nodes', 'edges', 'aliases')");
      while (st.executeStep()) indexes.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getString());
    }
    for (const auto& [name, sql] : indexes) db_.exec("DROP INDEX \"" + name + "\"");
    size_t built = 0;
    auto build = [&](bool edge_indexes) {
      for (const auto& [name, sql] : indexes) {
        if ((sql.find(" ON edges") != std::string::npos) != edge_indexes) continue;
        Progress(name.c_str(), built, indexes.size() + 1);
        db_.exec(sql);
        ++built;
      }
    };

    WriteDocuments();
    WriteNodes();
    build(false);  // the node indexes, while the caller may still be reading edges
    if (hooks_.await_edges) {
      Progress("waiting for edges", 0, 1);
      hooks_.await_edges(graph_);
      total_ = graph_.nodes.size() + graph_.edges.size();
      if (Status s = CheckGraphInput(graph_, false); !s.ok()) throw std::runtime_error(s.message());
    }
    if (!graph_.edges_prepared) {
      Progress("sorting edges", 0, graph_.edges.size());
      SortAndFoldEdges(graph_);
    }
    report_.edges_existing = graph_.edges_folded;
    if (hooks_.edges_final) {
      const std::string store_id = db_.execAndGet("SELECT value FROM meta WHERE key = 'store_id'").getString();
      hooks_.edges_final(graph_, store_id);
    }
    WriteEdges();
    WriteEvidence();
    build(true);
    // Node names go into the full-text index at its first use, not here (Store::Search,
    // Store::ImportDocument): exact names and external ids are answered from indexes at once, and
    // a million names cost two seconds that most bulk imports never need. Aliases (few) now.
    if (!graph_.nodes.empty()) {
      SQLite::Statement pending(db_, "INSERT INTO meta(key, value) VALUES ('names_fts_pending', ?)");
      pending.bind(1, "1-" + std::to_string(graph_.nodes.size()));
      pending.exec();
    }
    db_.exec("INSERT INTO names_fts(name, node_id) SELECT alias, node_id FROM aliases");
    db_.exec("INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents");
    db_.exec("UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM documents) "
             "WHERE key = 'documents_fts_upto'");
    db_.exec("UPDATE meta SET value = '1' WHERE key = 'generation'");
    Progress("indexes", indexes.size() + 1, indexes.size() + 1);
    return report_;
  }

 private:
  void Progress(const char* phase, uint64_t done, uint64_t total) {
    if (progress_) progress_(phase, done, total);
  }

  void WriteDocuments() {
    SQLite::Statement st(db_, "INSERT INTO documents(id, sha256, source, title, pub_date, text) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    int64_t id = 0;
    for (const DocumentInput& d : graph_.documents) {
      st.reset();
      st.bind(1, ++id);
      st.bind(2, d.sha256);
      st.bind(3, d.source);
      st.bind(4, d.title);
      if (d.date.empty()) st.bind(5); else st.bind(5, d.date);
      st.bind(6, d.text);
      st.exec();
      ++report_.documents_added;
    }
  }

  void WriteNodes() {
    // Many rows a statement, as for edges, and no id column (rows are numbered 1, 2, 3...;
    // checked below); aliases (rare in tables) one at a time.
    constexpr size_t kRows = 64;
    auto sql = [](size_t rows) {
      std::string text = "INSERT INTO nodes(kind, name, norm_key, date, attrs, xid) VALUES ";
      for (size_t i = 0; i < rows; ++i) text += i ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
      return text;
    };
    SQLite::Statement batch(db_, sql(kRows));
    SQLite::Statement single(db_, sql(1));
    SQLite::Statement alias(db_, "INSERT OR IGNORE INTO aliases(node_id, alias, norm) VALUES (?, ?, ?)");
    const auto& nodes = graph_.nodes;
    std::vector<std::string> keys(kRows), attrs(kRows);
    for (size_t k = 0; k < nodes.size();) {
      if (k % 16384 < kRows) Progress("nodes", k, total_);
      const size_t n = std::min(kRows, nodes.size() - k);
      SQLite::Statement& st = n == kRows ? batch : single;
      const size_t rows = n == kRows ? kRows : 1;
      st.reset();
      int p = 1;
      for (size_t i = 0; i < rows; ++i) {
        const GraphInput::Node& node = nodes[k + i];
        keys[i] = NormalizeName(node.name);
        attrs[i] = AttrsJson(node.attrs);
        st.bindNoCopy(p++, node.kind);
        st.bindNoCopy(p++, node.name);
        st.bindNoCopy(p++, keys[i]);
        if (node.date.empty()) st.bind(p++); else st.bindNoCopy(p++, node.date);
        st.bindNoCopy(p++, attrs[i]);
        if (node.xid.empty()) st.bind(p++); else st.bindNoCopy(p++, node.xid);
      }
      st.exec();
      for (size_t i = 0; i < rows; ++i) {
        for (const std::string& a : nodes[k + i].aliases) {
          const std::string norm = NormalizeName(a);
          if (norm.empty() || norm == keys[i]) continue;
          alias.reset();
          alias.bind(1, static_cast<int64_t>(k + i) + 1);
          alias.bind(2, a);
          alias.bind(3, norm);
          alias.exec();
        }
      }
      k += rows;
    }
    report_.nodes_created = static_cast<int64_t>(nodes.size());
    const int64_t last = db_.execAndGet("SELECT coalesce(max(id), 0) FROM nodes").getInt64();
    if (last != static_cast<int64_t>(nodes.size())) {
      throw std::runtime_error("node ids are not 1.." + std::to_string(nodes.size()) + " after the load");
    }
  }

  void WriteEdges() {
    // Many rows a statement: per-statement overhead, not the B-tree, is most of a row's cost here.
    constexpr size_t kRows = 512;
    auto sql = [](size_t rows, bool attrs) {
      // No id column: into an empty table SQLite numbers rows 1, 2, 3... from its cached last
      // rowid, where an explicit id would cost a B-tree search per row (checked after the load).
      std::string text = attrs ? "INSERT INTO edges(source, relation, target, attrs) VALUES "
                                : "INSERT INTO edges(source, relation, target) VALUES ";
      for (size_t i = 0; i < rows; ++i) text += i ? (attrs ? ",(?,?,?,?)" : ",(?,?,?)") : (attrs ? "(?,?,?,?)" : "(?,?,?)");
      return text;
    };
    SQLite::Statement batch(db_, sql(kRows, false));
    SQLite::Statement single(db_, sql(1, false));
    SQLite::Statement with_attrs(db_, sql(1, true));
    const auto& edges = graph_.edges;
    auto has_attrs = [&](const GraphInput::Edge& e) {
      return e.extra != GraphInput::kNone && !graph_.extras[e.extra].attrs.empty();
    };
    auto bind = [&](SQLite::Statement& st, int& p, size_t k) {
      const GraphInput::Edge& e = edges[k];
      st.bind(p++, static_cast<int64_t>(e.source) + 1);
      st.bindNoCopy(p++, graph_.relations[e.relation]);  // the names outlive the statement
      st.bind(p++, static_cast<int64_t>(e.target) + 1);
    };
    for (size_t k = 0; k < edges.size();) {
      if (k % 16384 < kRows) Progress("edges", graph_.nodes.size() + k, total_);
      size_t run = 0;  // rows from k on without attributes, up to kRows
      while (run < kRows && k + run < edges.size() && !has_attrs(edges[k + run])) ++run;
      if (run == kRows) {
        batch.reset();
        int p = 1;
        for (size_t i = k; i < k + kRows; ++i) bind(batch, p, i);
        batch.exec();
        k += kRows;
        continue;
      }
      SQLite::Statement& st = has_attrs(edges[k]) ? with_attrs : single;
      st.reset();
      int p = 1;
      bind(st, p, k);
      if (has_attrs(edges[k])) st.bind(p, AttrsJson(graph_.extras[edges[k].extra].attrs));
      st.exec();
      ++k;
    }
    report_.edges_created = static_cast<int64_t>(edges.size());
    const int64_t last = db_.execAndGet("SELECT coalesce(max(id), 0) FROM edges").getInt64();
    if (last != static_cast<int64_t>(edges.size())) {
      throw std::runtime_error("edge ids are not 1.." + std::to_string(edges.size()) + " after the load");
    }
  }

  void WriteEvidence() {
    SQLite::Statement st(db_, "INSERT OR IGNORE INTO evidence(edge_id, document_id, start, end, rule) "
                              "VALUES (?, ?, ?, ?, ?)");
    for (size_t i = 0; i < graph_.edges.size(); ++i) {
      const GraphInput::Edge& e = graph_.edges[i];
      if (e.extra == GraphInput::kNone) continue;
      for (const GraphInput::Evidence& ev : graph_.extras[e.extra].evidence) {
        st.reset();
        st.bind(1, static_cast<int64_t>(i) + 1);
        st.bind(2, static_cast<int64_t>(ev.document) + 1);
        st.bind(3, ev.span.start);
        st.bind(4, ev.span.end);
        st.bind(5, ev.rule);
        report_.evidence_added += st.exec();
      }
    }
  }

  SQLite::Database& db_;
  GraphInput& graph_;
  const ProgressFn& progress_;
  const BulkHooks& hooks_;
  uint64_t total_ = 0;
  GraphImportReport report_;
};

}  // namespace

Status CheckGraphInput(const GraphInput& graph, bool allow_external) {
  if (!allow_external && !graph.external.empty()) {
    return Status::InvalidInput(graph.source + ":" + std::to_string(graph.external.front().line) +
                                ": unknown id '" + graph.external.front().xid + "'");
  }
  const size_t endpoints = graph.nodes.size() + (allow_external ? graph.external.size() : 0);
  for (const GraphInput::Edge& e : graph.edges) {
    if (e.source >= endpoints || e.target >= endpoints || e.relation >= graph.relations.size() ||
        (e.extra != GraphInput::kNone && e.extra >= graph.extras.size())) {
      return Status::Internal(graph.source + ": structured edge refers to a missing row");
    }
  }
  for (const GraphInput::EdgeExtra& x : graph.extras) {
    for (const GraphInput::Evidence& ev : x.evidence) {
      if (ev.document >= graph.documents.size()) {
        return Status::Internal(graph.source + ": evidence refers to a missing document");
      }
    }
  }
  return Status::Ok();
}

void Store::PrepareBulkEdges(GraphInput& graph) {
  if (!graph.edges_prepared) SortAndFoldEdges(graph);
}

Result<GraphImportReport> Store::CreateFromGraph(const std::string& path, GraphInput& graph,
                                                 const ProgressFn& progress, const BulkHooks& hooks) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // kExists (here or at publishing) lets the caller import into the store that is there: another
  // process may have created it since the caller looked.
  if (fs::exists(path, ec) || fs::is_symlink(path, ec)) {
    return Status::Exists(path + ": exists; the bulk path creates new stores only");
  }
  if (Status s = CheckGraphInput(graph, false); !s.ok()) return s;
  // A killed bulk import's partial store (as large as the store) goes before this one is built.
  RemoveOrphanedTemporaries(path);
  const std::string partial = path + ".partial-" + std::to_string(::getpid());
  fs::remove(partial, ec);
  fs::remove(partial + "-wal", ec);
  fs::remove(partial + "-shm", ec);
  auto discard = [&] {
    fs::remove(partial, ec);
    fs::remove(partial + "-journal", ec);
    fs::remove(partial + "-wal", ec);
    fs::remove(partial + "-shm", ec);
  };
  try {
    // 8 KiB pages: a third fewer B-tree pages and page splits than SQLite's default 4 KiB on
    // millions of rows (measured: 6M edges insert 11% faster). The size is fixed when the first
    // page is written, hence this empty table made and dropped before the schema goes in.
    SQLite::Database fresh(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    fresh.exec("PRAGMA page_size = 8192");
    fresh.exec("CREATE TABLE dkg_page_size(x); DROP TABLE dkg_page_size; VACUUM");
  } catch (const SQLite::Exception& e) {
    discard();
    return Status::IoError(path + ": could not create the store: " + e.what());
  }
  {
    // The schema, by the same migrations as every store.
    auto created = Store::Open(partial);
    if (!created.ok()) {
      discard();
      return created.status();
    }
  }
  GraphImportReport report;
  try {
    SQLite::Database db(partial, SQLite::OPEN_READWRITE);
    // No journal and no syncs while loading: nobody else can see this file, and a failure
    // deletes it. One fsync before it is published makes it durable.
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    // A small page cache: rows and the unique index are appended in key order, so few pages
    // are hot, and SQLite's sorter builds an index two to three times faster from short sorted
    // runs than from one huge in-memory list (measured on 6M edges: 2.1 s with 2 MiB of cache,
    // 5.9 s with 512 MiB).
    db.exec("PRAGMA cache_size = -2048");
    db.exec("BEGIN");
    BulkLoader loader(db, graph, progress, hooks);
    report = loader.Run();
    db.exec("COMMIT");
    db.exec("PRAGMA locking_mode = NORMAL");
    db.exec("PRAGMA journal_mode = WAL");
  } catch (const std::exception& e) {  // SQLite errors, and edges that name missing rows
    discard();
    return Status::IoError(path + ": could not build the store: " + e.what());
  }
  std::string error;
  bool exists = false;
  if (!SyncFile(partial) || !PublishNoReplace(partial, path, error, exists)) {
    discard();
    const std::string message = path + ": could not publish the new store" + (error.empty() ? "" : ": " + error);
    return exists ? Status::Exists(message) : Status::IoError(message);
  }
  return report;
}

}  // namespace dkg
