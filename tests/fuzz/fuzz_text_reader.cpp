// libFuzzer target: any bytes as a text document, read and extracted. The reader must refuse
// what is not UTF-8 text with a message, and the extractor must cope with whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/extractor.h"
#include "importers/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto extractor = dkg::Extractor::Create();
  auto doc = dkg::ParseTextDocument(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  if (!doc.ok()) return 0;
  dkg::ExtractedGraph g = extractor.value()->Extract(doc.value());
  for (const auto& e : g.edges) {
    if (e.source >= g.nodes.size() || e.target >= g.nodes.size()) __builtin_trap();
    for (const auto& ev : e.evidence) {
      if (ev.span.start < 0 || ev.span.end > static_cast<int64_t>(doc->document.text.size()) ||
          ev.span.end < ev.span.start) {
        __builtin_trap();  // evidence must point inside the stored text
      }
    }
  }
  return 0;
}
