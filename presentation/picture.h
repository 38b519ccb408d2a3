#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "engine/status.h"
#include "queries/export.h"

// Pictures of a subgraph: the look of each node kind (data/style/kinds.tsv, shared by Graphviz
// pictures and the page of `dkg serve`), a DOT text styled with it, and that text drawn by
// Graphviz's `dot` program as SVG or PNG.
namespace dkg::presentation {

// How one kind is drawn: fill and border colours (#rrggbb), a Graphviz shape and a cytoscape.js
// shape of the same look.
struct KindStyle {
  std::string kind;
  std::string fill;
  std::string border;
  std::string graphviz_shape;
  std::string cytoscape_shape;
};

// The style of `kind`, or of "*" (the default) for a kind the style file does not list.
const KindStyle& StyleOf(const std::string& kind);

// Every style: {"kinds": {KIND: {"fill", "border", "shape"}}, "default": {...}} with the
// cytoscape.js shape, for the page.
nlohmann::ordered_json StylesJson();

// The subgraph as DOT with each node filled, outlined and shaped by its kind and labelled with
// its name (and date); edges labelled with their relation.
std::string StyledDot(const Subgraph& subgraph);

enum class PictureFormat { kSvg, kPng };

// `dot` text laid out and drawn by Graphviz's `dot` program (found on PATH, else
// /usr/bin/dot). IoError naming the program when it is missing or fails.
Result<std::string> DrawWithGraphviz(const std::string& dot, PictureFormat format);

}  // namespace dkg::presentation
