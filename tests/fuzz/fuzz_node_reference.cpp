// libFuzzer target: node references (Q) as a user types them: "#12", "xid:...", names, words
// for the full-text index, FTS syntax, quotes. Resolved against a store holding the seed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <string>

#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/reader.h"
#include "queries/queries.h"

namespace {

dkg::Store* SeedStore() {
  static dkg::Store* store = [] {
    const auto path = std::filesystem::temp_directory_path() /
                      ("dkg-fuzz-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path);
    auto opened = dkg::Store::Open(path.string());
    if (!opened.ok()) std::abort();
    auto extractor = dkg::Extractor::Create();
    auto doc = dkg::ReadDocumentFile(DKG_SOURCE_DIR "/data/example/000_dd9a1b8ace2b4269.txt");
    if (!extractor.ok() || !doc.ok()) std::abort();
    if (!opened.value()->ImportDocument(doc->document, extractor.value()->Extract(doc.value())).ok()) std::abort();
    return std::move(opened).value().release();
  }();
  return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  std::vector<dkg::NodeRecord> candidates;
  auto id = dkg::ResolveNode(*SeedStore(), query, &candidates);
  if (!id.ok() && id.status().code() == dkg::Status::Code::kInternal) __builtin_trap();
  return 0;
}
