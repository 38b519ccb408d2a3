// libFuzzer target: any bytes as an HTML page, read (gumbo) and extracted.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/extractor.h"
#include "importers/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto extractor = dkg::Extractor::Create();
  auto doc = dkg::ParseHtmlDocument(std::string(reinterpret_cast<const char*>(data), size), "fuzz.html");
  if (!doc.ok()) return 0;
  if (doc->body_begin > static_cast<int64_t>(doc->document.text.size())) __builtin_trap();
  extractor.value()->Extract(doc.value());
  return 0;
}
