#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/structured.h"

namespace dkg {

enum class FileOutcome { kImported, kSkipped, kFailed };

// What happened to one input file.
struct FileResult {
  std::string path;
  FileOutcome outcome = FileOutcome::kFailed;
  std::string message;   // the reason, for failures
  ImportReport report;   // for imported and skipped files
  ExtractedGraph graph;  // what was extracted (kept for --explain)
  SourceDocument source;
  // Structured files (node and edge tables, JSON graphs): what the file was and what storing it did.
  StructuredFormat format = StructuredFormat::kNone;
  GraphImportReport graph_report;
  int64_t rows = 0;  // nodes or edges the file holds
};

struct ImportSummary {
  int imported = 0;
  int skipped = 0;
  int failed = 0;
};

// The files a list of paths stands for: files as given, directories expanded (recursively, in
// name order) to their .txt, .html and .htm files. A missing path or a directory without
// documents is reported through `on_file` as a failure of that path.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<FileResult>& failures);

// Reads, extracts and stores each file, one transaction per document, calling `on_file` after
// each, in input order. With `store == nullptr` nothing is written (the --explain mode). A
// failing file never stops the others and never changes what the store holds.
ImportSummary ImportFiles(Store* store, const Extractor& extractor,
                          const std::vector<std::string>& paths,
                          const std::function<void(const FileResult&)>& on_file);

// The pipeline behind ImportFiles, for any source of documents: `read(i)` returns document i
// (or a failure) for i in [0, count). Reading and extraction run on a worker thread, a few
// documents ahead of the calling thread, which stores them in order: the store sees one writer,
// and a document's transaction overlaps the next document's extraction. `read` must be safe to
// call from the worker thread; `on_file` is called on the calling thread.
ImportSummary ImportDocuments(Store* store, const Extractor& extractor, size_t count,
                              const std::function<Result<SourceDocument>(size_t)>& read,
                              const std::function<std::string(size_t)>& name,
                              const std::function<void(const FileResult&)>& on_file);

// Imports node tables and edge tables (.csv, recognised by their header) and dkg JSON graphs
// (.json) into the store at `store_path`. Node tables go first, then edge tables (whose ids name
// nodes of this command's node tables or nodes already stored), then JSON graphs, whatever the
// order given. When no store exists at `store_path` and every file is a table, the store is
// created by the bulk path (Store::CreateFromGraph) and `created` is called with the graph it
// holds; otherwise each file is one transaction on the store `open_store()` returns. Without
// `open_store` nothing is written (files are only read and checked). A bad file never stops the
// others; an edge table whose ids are unknown fails whole, naming the line.
struct StructuredImport {
  ProgressFn progress;
  // A known external id whose kind, name or date a file changes: refused (the file fails
  // whole), or with `update` applied and listed in the file's GraphImportReport::changes.
  bool update = false;
  std::function<Result<Store*>()> open_store;
  // Bulk path only: `edges_final` when the new store's edges are final (BulkHooks; it may start
  // work on another thread that reads the graph); `finished` when Store::CreateFromGraph has
  // returned, whether it stored the graph or not: work started in `edges_final` must end there,
  // since the graph is gone once ImportStructured returns.
  std::function<void(const GraphInput&, const std::string& store_id)> edges_final;
  std::function<void(const GraphInput& graph, bool stored)> finished;
};
ImportSummary ImportStructured(const std::string& store_path, const std::vector<std::string>& files,
                               const StructuredImport& how,
                               const std::function<void(const FileResult&)>& on_file);

// Keeps memory an import frees for its next document (glibc trims it back to the kernel from
// 128 KB up, then faults it in again): for a short-lived process that imports, like `dkg
// import` and the import benchmark; a long-running server keeps glibc's default. No-op
// elsewhere than glibc.
void TuneAllocatorForImport();

}  // namespace dkg
