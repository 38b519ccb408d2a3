// libFuzzer target: any bytes as a node table, an edge table or a dkg JSON graph (chosen by the
// first byte). The readers must refuse bad input with a message and, for what they accept, hand
// the store only rows whose references are in range.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/structured.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      dkg::NodeIdTable ids;
      auto nodes = dkg::ParseNodeCsv(text, "fuzz.csv", ids);
      if (nodes.ok() && ids.size() != nodes->nodes.size()) __builtin_trap();
      if (!nodes.ok() && ids.size() != 0) __builtin_trap();  // a failed table adds no ids
      break;
    }
    case 1: {
      dkg::NodeIdTable ids;
      for (const char* id : {"0", "1", "2", "7", "a", "b"}) ids.Add(id);
      auto edges = dkg::ParseEdgeCsv(text, "fuzz.csv", ids);
      if (!edges.ok()) break;
      const dkg::GraphInput& g = edges->graph;
      if (edges->command_node.size() != g.external.size()) __builtin_trap();
      for (const auto& e : g.edges) {
        if (e.source >= g.external.size() || e.target >= g.external.size() || e.relation >= g.relations.size()) {
          __builtin_trap();
        }
        if (e.extra != dkg::GraphInput::kNone && e.extra >= g.extras.size()) __builtin_trap();
      }
      break;
    }
    default: {
      auto graph = dkg::ParseGraphJson(text, "fuzz.json");
      if (!graph.ok()) break;
      const dkg::GraphInput& g = *graph;
      for (const auto& e : g.edges) {
        if (e.source >= g.nodes.size() || e.target >= g.nodes.size() || e.relation >= g.relations.size()) {
          __builtin_trap();
        }
        if (e.extra == dkg::GraphInput::kNone) continue;
        if (e.extra >= g.extras.size()) __builtin_trap();
        for (const auto& ev : g.extras[e.extra].evidence) {
          if (ev.document >= g.documents.size() || ev.span.end < ev.span.start) __builtin_trap();
        }
      }
      break;
    }
  }
  return 0;
}
