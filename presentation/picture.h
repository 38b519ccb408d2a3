#pragma once

#include <chrono>
#include <filesystem>
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

// The most edges a picture labels with their relation (more: the relation is each edge's
// tooltip only, as a crowded canvas of the page leaves the labels off).
inline constexpr size_t kMaxLabelledEdges = 100;

// The subgraph as DOT with each node filled, outlined and shaped by its kind and labelled with
// its name (and date); edges labelled with their relation (up to kMaxLabelledEdges).
std::string StyledDot(const Subgraph& subgraph);

enum class PictureFormat { kSvg, kPng };

// `dot` text laid out and drawn by Graphviz's `dot` program (found on PATH, else
// /usr/bin/dot). IoError naming the program when it is missing or fails. With a timeout (the
// server's), a drawing still running after that many seconds is stopped: IoError, and
// `timed_out` (if given) set.
Result<std::string> DrawWithGraphviz(const std::string& dot, PictureFormat format, int timeout_seconds = 0,
                                     bool* timed_out = nullptr);

// Removes from `dir` the temporary files (`dkg-picture-<pid>-XXXXXX.{dot,png,svg}`) of pictures
// whose dkg was killed while Graphviz drew (its destructors never ran), which /tmp would keep
// until reboot, each as large as a picture or its DOT. A file is in use while the lock its dkg
// holds on it lasts, whatever the pid in its name says (/tmp may be shared across pid namespaces):
// a locked file is never removed. An unlocked one is removed when its pid is not running here, or,
// as the pid may be another process's, when it was last written more than `unlocked_age` ago
// (longer than any picture is drawn: the command line stops Graphviz after 120 s unless told
// otherwise, which protects the files of a dkg from before the lock). Best effort;
// DrawWithGraphviz runs it on the temporary directory before each picture.
void RemoveOrphanedPictureFiles(const std::filesystem::path& dir,
                                std::chrono::seconds unlocked_age = std::chrono::seconds(3600));

}  // namespace dkg::presentation
