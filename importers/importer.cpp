#include "importers/importer.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <filesystem>

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
  std::thread worker([&] {
    for (size_t i = 0; i < count; ++i) {
      FileResult r;
      r.path = name(i);
      auto source = read(i);
      if (!source.ok()) {
        r.message = source.status().message();
      } else {
        r.source = std::move(source).value();
        r.graph = extractor.Extract(r.source);
        r.outcome = FileOutcome::kImported;  // provisional: read and extracted
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
    {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return !ready.empty(); });
      r = std::move(ready.front());
      ready.pop_front();
      changed.notify_all();
    }
    if (r.outcome != FileOutcome::kImported) {
      r.outcome = FileOutcome::kFailed;
      ++summary.failed;
    } else if (store == nullptr) {
      ++summary.imported;
    } else if (auto report = store->ImportDocument(r.source.document, r.graph); !report.ok()) {
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

}  // namespace dkg
