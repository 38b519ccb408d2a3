#include "importers/importer.h"

#include <algorithm>
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

ImportSummary ImportFiles(Store* store, const Extractor& extractor,
                          const std::vector<std::string>& paths,
                          const std::function<void(const FileResult&)>& on_file) {
  ImportSummary summary;
  std::vector<FileResult> failures;
  std::vector<std::string> files = ExpandInputs(paths, failures);
  for (FileResult& f : failures) {
    f.outcome = FileOutcome::kFailed;
    ++summary.failed;
    on_file(f);
  }
  for (const std::string& file : files) {
    FileResult r;
    r.path = file;
    auto source = ReadDocumentFile(file);
    if (!source.ok()) {
      r.message = source.status().message();
      ++summary.failed;
      on_file(r);
      continue;
    }
    r.source = std::move(source).value();
    r.graph = extractor.Extract(r.source);
    if (store == nullptr) {
      r.outcome = FileOutcome::kImported;
      ++summary.imported;
      on_file(r);
      continue;
    }
    auto report = store->ImportDocument(r.source.document, r.graph);
    if (!report.ok()) {
      r.message = report.status().message();
      ++summary.failed;
    } else {
      r.report = report.value();
      r.outcome = r.report.state == ImportState::kSkipped ? FileOutcome::kSkipped : FileOutcome::kImported;
      ++(r.outcome == FileOutcome::kSkipped ? summary.skipped : summary.imported);
    }
    on_file(r);
  }
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

}  // namespace dkg
