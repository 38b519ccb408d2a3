#include "importers/importer.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <filesystem>
#include <future>
#include <optional>
#include <vector>

namespace dkg {

namespace fs = std::filesystem;

namespace {

bool IsDocumentFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<FileResult>& failures) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      FileResult r;
      r.path = path;
      r.message = path + ": no such file or directory";
      failures.push_back(std::move(r));
      continue;
    }
    if (!fs::is_directory(path, ec)) {
      if (Status s = CheckInputFile(path); !s.ok()) {
        FileResult r;
        r.path = path;
        r.message = s.message();
        failures.push_back(std::move(r));
        continue;
      }
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file(ec) && IsDocumentFile(it->path())) found.push_back(it->path().string());
    }
    if (found.empty()) {
      FileResult r;
      r.path = path;
      r.message = path + ": directory holds no .txt or .html documents";
      failures.push_back(std::move(r));
      continue;
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

ImportSummary ImportDocuments(Store* store, const Extractor& extractor, size_t count,
                              const std::function<Result<SourceDocument>(size_t)>& read,
                              const std::function<std::string(size_t)>& name,
                              const std::function<void(const FileResult&)>& on_file) {
  // A bounded queue between the extracting worker and the storing caller.
  constexpr size_t kAhead = 4;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<FileResult> ready;
  bool stop = false;
  // The worker asks the store, on a read-only connection of its own, whether a document will be
  // skipped or stored as a near-copy; then it does not extract it (a wire feed repeats one story
  // many times). The storing thread extracts a document left so when the store needs its graph
  // after all (a rare race with other writers): `extracting` keeps the two extractions apart,
  // since one Extractor serves both threads.
  std::mutex extracting;
  std::unique_ptr<Store> precheck;
  if (store != nullptr) {
    if (auto opened = store->OpenReader(); opened.ok()) precheck = std::move(opened).value();
  }
  std::vector<char> deferred(count, 0);  // set by the worker before the file is queued
  std::thread worker([&] {
    for (size_t i = 0; i < count; ++i) {
      FileResult r;
      r.path = name(i);
      auto source = read(i);
      if (!source.ok()) {
        r.message = source.status().message();
      } else {
        r.source = std::move(source).value();
        auto known = precheck ? precheck->ImportPrecheck(r.source.document) : Result<int64_t>(int64_t{0});
        if (known.ok() && known.value() != 0) {
          deferred[i] = 1;
        } else {
          std::lock_guard<std::mutex> lock(extracting);
          r.graph = extractor.Extract(r.source);
        }
        r.outcome = FileOutcome::kImported;  // provisional: read and extracted (or left)
      }
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return ready.size() < kAhead || stop; });
      if (stop) return;
      ready.push_back(std::move(r));
      changed.notify_all();
    }
  });
  ImportSummary summary;
  for (size_t i = 0; i < count; ++i) {
    FileResult r;
    bool left = false;
    {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return !ready.empty(); });
      r = std::move(ready.front());
      ready.pop_front();
      left = deferred[i] != 0;
      changed.notify_all();
    }
    auto store_it = [&]() -> Result<ImportReport> {
      if (!left) return store->ImportDocument(r.source.document, r.graph);
      return store->ImportDocument(r.source.document, [&] {
        std::lock_guard<std::mutex> lock(extracting);
        r.graph = extractor.Extract(r.source);
        return r.graph;
      });
    };
    if (r.outcome != FileOutcome::kImported) {
      r.outcome = FileOutcome::kFailed;
      ++summary.failed;
    } else if (store == nullptr) {
      ++summary.imported;
    } else if (auto report = store_it(); !report.ok()) {
      r.outcome = FileOutcome::kFailed;
      r.message = report.status().message();
      ++summary.failed;
    } else {
      r.report = report.value();
      r.outcome = r.report.state == ImportState::kSkipped ? FileOutcome::kSkipped : FileOutcome::kImported;
      ++(r.outcome == FileOutcome::kSkipped ? summary.skipped : summary.imported);
    }
    on_file(r);
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    stop = true;
    changed.notify_all();
  }
  worker.join();
  if (store != nullptr && summary.imported > 0) {
    if (Status s = store->IndexDocuments(); !s.ok()) {
      FileResult r;
      r.path = store->path();
      r.message = s.message();
      ++summary.failed;
      on_file(r);
    }
  }
  return summary;
}

ImportSummary ImportFiles(Store* store, const Extractor& extractor,
                          const std::vector<std::string>& paths,
                          const std::function<void(const FileResult&)>& on_file) {
  std::vector<FileResult> failures;
  const std::vector<std::string> files = ExpandInputs(paths, failures);
  for (FileResult& f : failures) {
    f.outcome = FileOutcome::kFailed;
    on_file(f);
  }
  ImportSummary summary = ImportDocuments(
      store, extractor, files.size(), [&](size_t i) { return ReadDocumentFile(files[i]); },
      [&](size_t i) { return files[i]; }, on_file);
  summary.failed += static_cast<int>(failures.size());
  return summary;
}

namespace {

// The first id of `table` that no node table of the command defines, as a failure message.
std::optional<std::string> UnknownEndpoint(const EdgeTable& table) {
  for (size_t i = 0; i < table.command_node.size(); ++i) {
    if (table.command_node[i] == NodeIdTable::kMissing) {
      const GraphInput::External& x = table.graph.external[i];
      return table.graph.source + ":" + std::to_string(x.line) + ": unknown id '" + x.xid +
             "': no node table of this command defines it";
    }
  }
  return std::nullopt;
}

// ImportStructured, with `allow_bulk` false once the bulk path has lost a race to create the
// store (so that it cannot be tried again).
ImportSummary ImportStructuredVia(const std::string& store_path, const std::vector<std::string>& files,
                                  const StructuredImport& how,
                                  const std::function<void(const FileResult&)>& on_file, bool allow_bulk) {
  ImportSummary summary;
  // The bulk path holds its files' results until the store is in place: when another process
  // creates the store first, the files are imported again into that store by the path every
  // other import takes, and only those results are told.
  bool holding = false;
  std::vector<FileResult> held;
  auto report = [&](FileResult r) {
    if (holding) {
      held.push_back(std::move(r));
      return;
    }
    if (r.outcome == FileOutcome::kImported) ++summary.imported;
    else if (r.outcome == FileOutcome::kSkipped) ++summary.skipped;
    else ++summary.failed;
    on_file(r);
  };
  auto failure = [&](const std::string& path, StructuredFormat format, const std::string& message) {
    FileResult r;
    r.path = path;
    r.format = format;
    r.message = message;
    report(std::move(r));
  };
  std::vector<std::string> node_files, edge_files, json_files;
  for (const std::string& path : files) {
    auto format = DetectStructured(path);
    if (!format.ok()) {
      failure(path, StructuredFormat::kNone, format.status().message());
      continue;
    }
    switch (format.value()) {
      case StructuredFormat::kNodeCsv: node_files.push_back(path); break;
      case StructuredFormat::kEdgeCsv: edge_files.push_back(path); break;
      case StructuredFormat::kGraphJson: json_files.push_back(path); break;
      case StructuredFormat::kNone: failure(path, StructuredFormat::kNone, path + ": not a structured file"); break;
    }
  }
  std::error_code ec;
  const bool bulk = allow_bulk && how.open_store && json_files.empty() && !fs::exists(store_path, ec);
  NodeIdTable ids;
  auto succeeded = [](const std::string& path, StructuredFormat format, int64_t rows, const GraphImportReport& rep) {
    FileResult r;
    r.path = path;
    r.format = format;
    r.outcome = FileOutcome::kImported;
    r.rows = rows;
    r.graph_report = rep;
    return r;
  };

  if (bulk) {
    holding = true;
    // Edge tables are parsed on a second thread from the start; their ids are resolved once the
    // node tables (read on this thread) are, and the edges are sorted there while the store
    // writes the nodes (Store::CreateFromGraph waits for them in BulkHooks::await_edges). Every
    // file is read and checked before anything of it is written; a bad file is left out whole.
    std::promise<size_t> nodes_read;  // the command's node count, once `ids` is final
    std::vector<FileResult> edge_results;  // in file order, failed or accepted
    Result<GraphInput> edges = GraphInput();
    std::thread reader([&, node_count = nodes_read.get_future()]() mutable {
     try {
      std::vector<Result<EdgeTable>> parsed;
      for (const std::string& path : edge_files) parsed.push_back(ReadEdgeCsv(path));
      const size_t n = node_count.get();
      std::vector<EdgeTable> tables;
      for (size_t i = 0; i < edge_files.size(); ++i) {
        FileResult r;
        r.path = edge_files[i];
        r.format = StructuredFormat::kEdgeCsv;
        if (!parsed[i].ok()) {
          r.message = parsed[i].status().message();
        } else {
          ResolveEdgeEndpoints(*parsed[i], ids);
          if (auto unknown = UnknownEndpoint(*parsed[i])) {
            r.message = *unknown;
          } else {
            r.outcome = FileOutcome::kImported;
            r.rows = static_cast<int64_t>(parsed[i]->graph.edges.size());
            r.graph_report.edges_created = r.rows;
            tables.push_back(std::move(*parsed[i]));
          }
        }
        edge_results.push_back(std::move(r));
      }
      edges = JoinEdgeTables(std::move(tables), n);
      if (edges.ok()) Store::PrepareBulkEdges(*edges);
     } catch (const std::exception& e) {  // out of memory: the edge tables fail, not the process
      edges = Status::IoError(std::string("reading edge tables: ") + e.what());
      for (FileResult& r : edge_results) {
        r.outcome = FileOutcome::kFailed;
        if (r.message.empty()) r.message = r.path + ": " + e.what();
      }
     }
    });
    // Whatever happens on this thread from here, the reader is released and joined.
    bool nodes_announced = false;
    struct ReaderGuard {
      std::function<void()> release;
      ~ReaderGuard() { release(); }
    } guard{[&] {
      if (!nodes_announced) nodes_read.set_value(0);
      if (reader.joinable()) reader.join();
    }};
    std::vector<GraphInput> nodes;
    std::vector<FileResult> accepted;
    for (const std::string& path : node_files) {
      auto table = ReadNodeCsv(path, ids);
      if (!table.ok()) {
        failure(path, StructuredFormat::kNodeCsv, table.status().message());
        continue;
      }
      GraphImportReport rep;
      rep.nodes_created = static_cast<int64_t>(table->nodes.size());
      accepted.push_back(succeeded(path, StructuredFormat::kNodeCsv, rep.nodes_created, rep));
      nodes.push_back(std::move(table).value());
    }
    auto graph = JoinTables(std::move(nodes), {});  // nodes only: cannot fail
    nodes_read.set_value(graph->nodes.size());
    nodes_announced = true;
    auto join_reader = [&] {
      if (reader.joinable()) reader.join();
    };
    bool any_edges = false;
    auto tally = [&] {
      for (const FileResult& r : edge_results) any_edges |= r.outcome == FileOutcome::kImported;
    };
    if (accepted.empty()) {
      join_reader();
      tally();
    }
    Result<GraphImportReport> stored = Status::InvalidInput("nothing to import");
    if (!accepted.empty() || any_edges) {
      BulkHooks hooks;
      hooks.await_edges = [&](GraphInput& g) {
        join_reader();
        if (!edges.ok()) return;
        g.relations = std::move(edges->relations);
        g.edges = std::move(edges->edges);
        g.extras = std::move(edges->extras);
        g.edges_prepared = edges->edges_prepared;
        g.edges_folded = edges->edges_folded;
      };
      hooks.edges_final = how.edges_final;
      stored = Store::CreateFromGraph(store_path, *graph, how.progress, hooks);
      // Always, so that work the caller started in edges_final ends before `graph` does.
      if (how.finished) how.finished(*graph, stored.ok());
    }
    join_reader();
    if (!stored.ok() && stored.status().code() == Status::Code::kExists) {
      // Another process created the store since this one looked: nothing of this command is in
      // it, and the files go in by ImportGraph like any import into an existing store.
      graph = GraphInput();  // not needed again: the files are read afresh
      held.clear();
      return ImportStructuredVia(store_path, files, how, on_file, false);
    }
    holding = false;
    for (FileResult& r : held) report(std::move(r));
    held.clear();
    for (FileResult& r : edge_results) {
      if (r.outcome != FileOutcome::kImported) {
        report(std::move(r));
      } else if (!edges.ok()) {
        failure(r.path, r.format, edges.status().message());
      } else {
        accepted.push_back(std::move(r));
      }
    }
    size_t edge_files_stored = 0;
    for (const FileResult& r : accepted) edge_files_stored += r.format == StructuredFormat::kEdgeCsv;
    for (FileResult& r : accepted) {
      if (!stored.ok()) {
        failure(r.path, r.format, stored.status().message());
        continue;
      }
      if (r.format == StructuredFormat::kEdgeCsv && edge_files_stored == 1) {
        // The store's own count: rows repeating a (source, relation, target) became one edge.
        r.graph_report.edges_created = stored->edges_created;
        r.graph_report.edges_existing = stored->edges_existing;
      }
      report(std::move(r));
    }
    return summary;
  }

  Store* store = nullptr;
  if (how.open_store) {
    auto opened = how.open_store();
    if (!opened.ok()) {
      for (const auto* list : {&node_files, &edge_files, &json_files}) {
        for (const std::string& path : *list) failure(path, StructuredFormat::kNone, opened.status().message());
      }
      return summary;
    }
    store = opened.value();
  }
  auto store_graph = [&](const std::string& path, StructuredFormat format, GraphInput& graph, int64_t rows) {
    if (!store) {  // checking only
      report(succeeded(path, format, rows, {}));
      return true;
    }
    graph.update = how.update;
    auto stored = store->ImportGraph(graph, how.progress);
    if (!stored.ok()) {
      failure(path, format, stored.status().message());
      return false;
    }
    report(succeeded(path, format, rows, stored.value()));
    return true;
  };
  for (const std::string& path : node_files) {
    const size_t before = ids.size();
    auto table = ReadNodeCsv(path, ids);
    if (!table.ok()) {
      failure(path, StructuredFormat::kNodeCsv, table.status().message());
      continue;
    }
    // Ids of a table that could not be stored must not satisfy later edge tables.
    if (!store_graph(path, StructuredFormat::kNodeCsv, table.value(), static_cast<int64_t>(table->nodes.size()))) {
      ids.Truncate(before);
    }
  }
  for (const std::string& path : edge_files) {
    auto table = ReadEdgeCsv(path, ids);
    if (!table.ok()) {
      failure(path, StructuredFormat::kEdgeCsv, table.status().message());
      continue;
    }
    store_graph(path, StructuredFormat::kEdgeCsv, table->graph, static_cast<int64_t>(table->graph.edges.size()));
  }
  for (const std::string& path : json_files) {
    auto graph = ReadGraphJson(path);
    if (!graph.ok()) {
      failure(path, StructuredFormat::kGraphJson, graph.status().message());
      continue;
    }
    if (store_graph(path, StructuredFormat::kGraphJson, graph.value(), static_cast<int64_t>(graph->nodes.size())) &&
        store && !graph->documents.empty()) {
      (void)store->IndexDocuments();  // as after text imports; a failure only delays the indexing
    }
  }
  return summary;
}

}  // namespace

ImportSummary ImportStructured(const std::string& store_path, const std::vector<std::string>& files,
                               const StructuredImport& how,
                               const std::function<void(const FileResult&)>& on_file) {
  return ImportStructuredVia(store_path, files, how, on_file, true);
}

void TuneAllocatorForImport() {
#ifdef __GLIBC__
  // Importing a document frees and takes again some 200 KB (SQLite's page cache, the reader's
  // buffers), which glibc hands back to the kernel and faults in again each time from 128 KB
  // up: with two threads every trim is a TLB shootdown, and on a virtual machine that was 70% of
  // the CPU of importing 2,000 near-copies (bench/near_copies.py: 2.2 s of CPU, 0.6 s without).
  // Free memory is kept up to 64 MB instead. Only here: an import is short-lived and this
  // pattern is its own; a long-running `dkg serve` (one arena per request thread) and the
  // queries keep glibc's default, so that memory a big answer took goes back to the system.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

}  // namespace dkg
