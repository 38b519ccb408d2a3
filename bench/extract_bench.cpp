// Extraction and import throughput on real news text.
//
// usage: dkg-bench-extract [DIR] [--seconds S] [--docs N] [--rounds R]
//   DIR      folder of .txt documents (default: ../shared/corpus/dev, else data/example)
//   S        seconds to spend measuring extraction alone (default 5)
//   N        documents to import into a fresh store (default 2000)
//   R        repetitions of each measurement; the median is reported (default 3)
//
// Extraction alone: every document is extracted again and again on one thread until S seconds
// have passed; the figure is MB of document text per second of that thread's CPU time (so other
// work on a shared machine does not lower it), with the wall-clock figure beside it. Import: N documents of about 4 KB
// (the corpus documents cycled, each made unique by a trailing reference line so none is skipped
// as a re-import) are read from memory, extracted and stored, one transaction each; the figure is
// documents per second, through the same pipeline as `dkg import` (extraction on a worker thread
// ahead of the storing thread). Both are printed beside the targets of issue 3 as ratios.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/importer.h"
#include "importers/reader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU seconds this thread has used.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

constexpr const char* kUsage =
    "usage: dkg-bench-extract [DIR] [--seconds S] [--docs N] [--rounds R]\n"
    "  DIR  folder of .txt documents (default: ../shared/corpus/dev, else data/example)\n"
    "  S    seconds of extraction per round (default 5); N documents to import (default 2000);\n"
    "  R    rounds, the median is reported (default 3)\n";

}  // namespace

int main(int argc, char** argv) {
  dkg::TuneAllocatorForImport();  // as `dkg import` runs: the pipeline measured is its own
  std::string dir;
  double seconds = 5;
  int import_docs = 2000;
  int rounds = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--seconds" && i + 1 < argc) seconds = std::atof(argv[++i]);
    else if (a == "--docs" && i + 1 < argc) import_docs = std::atoi(argv[++i]);
    else if (a == "--rounds" && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "dkg-bench-extract: unknown option '%s'\n%s", a.c_str(), kUsage);
      return 2;
    } else dir = a;
  }
  if (dir.empty()) dir = fs::exists("../shared/corpus/dev") ? "../shared/corpus/dev" : "data/example";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "dkg-bench-extract: %s: not a folder of .txt documents\n", dir.c_str());
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> texts;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") texts.push_back({entry.path().string(), ReadAll(entry.path())});
  }
  if (texts.empty()) {
    std::fprintf(stderr, "dkg-bench-extract: %s: no .txt documents\n", dir.c_str());
    return 1;
  }
  auto extractor = dkg::Extractor::Create();
  if (!extractor.ok()) {
    std::fprintf(stderr, "dkg-bench-extract: %s\n", extractor.status().message().c_str());
    return 1;
  }
  std::vector<dkg::SourceDocument> docs;
  size_t corpus_bytes = 0;
  for (const auto& [name, text] : texts) {
    auto doc = dkg::ParseTextDocument(text, name);
    if (!doc.ok()) continue;
    corpus_bytes += text.size();
    docs.push_back(std::move(doc).value());
  }

  // Extraction alone, in `rounds` windows of `seconds` each.
  std::vector<double> mbps_rounds, wall_mbps_rounds;
  size_t runs = 0, nodes = 0, edges = 0;
  for (int round = 0; round < rounds; ++round) {
    size_t bytes = 0;
    const auto start = Clock::now();
    const double cpu_start = ThreadCpuSeconds();
    while (Seconds(start) < seconds) {
      for (const auto& d : docs) {
        auto g = extractor.value()->Extract(d);
        nodes += g.nodes.size();
        edges += g.edges.size();
        bytes += d.document.text.size();
      }
      ++runs;
    }
    mbps_rounds.push_back(bytes / (ThreadCpuSeconds() - cpu_start) / 1e6);
    wall_mbps_rounds.push_back(bytes / Seconds(start) / 1e6);
  }

  // Full import of ~4 KB documents into a fresh store, `rounds` times.
  std::vector<std::string> inputs;
  for (int i = 0; i < import_docs; ++i) {
    std::string text = texts[i % texts.size()].second;
    while (text.size() < 3800) text += "\n" + texts[(i + 1) % texts.size()].second.substr(0, 4000 - text.size());
    if (text.size() > 4096) text.resize(4000);
    text += "\nReference " + std::to_string(i) + ".\n";
    inputs.push_back(std::move(text));
  }
  std::vector<double> docs_rounds;
  for (int round = 0; round < rounds; ++round) {
    const fs::path store_path =
        fs::temp_directory_path() / ("dkg-bench-" + std::to_string(::getpid()) + "-" + std::to_string(round) + ".db");
    int stored = 0;
    const auto t0 = Clock::now();
    {
      auto store = dkg::Store::Open(store_path.string());
      if (!store.ok()) {
        std::fprintf(stderr, "dkg-bench-extract: %s\n", store.status().message().c_str());
        return 1;
      }
      // The pipeline `dkg import` runs: reading and extraction on a worker thread, storing (one
      // transaction per document) on this one, then the full-text index update at the end.
      auto summary = dkg::ImportDocuments(
          store.value().get(), *extractor.value(), inputs.size(),
          [&](size_t i) { return dkg::ParseTextDocument(inputs[i], "bench-" + std::to_string(i) + ".txt"); },
          [&](size_t i) { return "bench-" + std::to_string(i) + ".txt"; }, [](const dkg::FileResult&) {});
      stored = summary.imported;
    }  // closing the store checkpoints its WAL: part of the cost
    docs_rounds.push_back(stored / Seconds(t0));
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(store_path.string() + suffix);
  }
  const double mbps = Median(mbps_rounds), docs_per_s = Median(docs_rounds);

  std::printf("corpus: %zu documents, %.1f KB, from %s\n", docs.size(), corpus_bytes / 1024.0, dir.c_str());
  std::printf("%-34s %12s %10s %8s\n", "measure", "value", "target", "ratio");
  std::printf("%-34s %9.2f MB/s %7.1f MB/s %7.1fx\n", "extraction alone, per CPU second", mbps, 5.0, mbps / 5.0);
  std::printf("%-34s %9.2f MB/s\n", "extraction alone, wall clock", Median(wall_mbps_rounds));
  std::printf("%-34s %9.0f doc/s %6.0f doc/s %7.1fx\n", "import of 4 KB documents", docs_per_s, 500.0,
              docs_per_s / 500.0);
  std::printf("(medians of %d rounds; best %.2f MB/s and %.0f doc/s)\n", rounds,
              *std::max_element(mbps_rounds.begin(), mbps_rounds.end()),
              *std::max_element(docs_rounds.begin(), docs_rounds.end()));
  std::printf("(%zu extraction passes over the corpus, %zu nodes and %zu edges extracted)\n", runs, nodes,
              edges);
  return 0;
}
