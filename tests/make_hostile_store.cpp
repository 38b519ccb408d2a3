// Writes a store whose names are hostile to every output format: quotes, markup, SQL, newlines,
// control characters, a 10 KB name. check_hostile_names.py exports it and reads it back.
// usage: make_hostile_store STORE NAMES_JSON   (NAMES_JSON receives the names, for comparison)
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "engine/sha256.h"
#include "engine/store.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: make_hostile_store STORE NAMES_JSON\n";
    return 2;
  }
  const std::vector<std::string> names = {
      "O'Brien \"the Bold\"",
      "<script>alert('x')</script> & Co",
      "Robert'); DROP TABLE nodes;--",
      "Line one\nline two\r\nline three",
      "Tab\tand\x01control\x1f characters",
      "\x1b[31mred\x1b[0m \x1b]0;retitled\x07 escape sequences",
      "Comma, \"quote\", and\nnewline",
      "Back\\slash {braces} [brackets] |pipe|",
      "Ünïcödé – “typographic” ‘quotes’ 東京",
      std::string(10240, 'x') + " the end",
  };
  auto store = dkg::Store::Open(argv[1]);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  dkg::ExtractedGraph g;
  for (const std::string& name : names) {
    dkg::ExtractedNode n;
    n.kind = "organization";
    n.name = name;
    g.nodes.push_back(n);
  }
  for (size_t i = 1; i < g.nodes.size(); ++i) {
    dkg::ExtractedEdge e;
    e.source = 0;
    e.target = i;
    e.relation = "part_of";
    e.evidence.push_back({{0, 4}, "test:hostile"});
    g.edges.push_back(e);
  }
  dkg::DocumentInput doc;
  doc.source = "hostile \"source\".txt";
  doc.title = "Title <b>bold</b>";
  doc.text = "Text of the hostile document.";
  doc.sha256 = dkg::Sha256Hex(doc.text);
  auto report = store.value()->ImportDocument(doc, g);
  if (!report.ok()) {
    std::cerr << report.status().message() << "\n";
    return 1;
  }
  std::ofstream(argv[2]) << nlohmann::json(names).dump();
  return 0;
}
