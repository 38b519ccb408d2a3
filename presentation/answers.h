#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <vector>

#include "engine/types.h"
#include "presentation/output.h"
#include "queries/graph_snapshot.h"
#include "queries/lookup.h"
#include "queries/queries.h"
#include "queries/dialogues.h"
#include "queries/officials.h"
#include "queries/timeline.h"

// Each answer dkg gives, turned into table text, CSV or JSON. One function per answer, so every
// face presents it the same way; the shapes are documented in docs/output.md and checked against
// docs/schemas/*.json.
namespace dkg::presentation {

// Where an answer goes and how.
struct Output {
  OutputFormat format = OutputFormat::kTable;
  TextOptions text;
  std::ostream* out = nullptr;
};

void PresentCochairs(const std::vector<CochairRow>& rows, const GraphSnapshot& graph,
                     const Output& o);

// The whole store's co-chairs (the first `rows` of them), written row by row: the same text, CSV
// and JSON as the overload above, without a Table or JSON tree of every row.
void PresentCochairs(const CochairTable& table, size_t rows, const Output& o);

// `focus` is the node asked about, marked "<-" in the tree.
void PresentLineage(const std::vector<LineageEntry>& entries, const GraphSnapshot& graph,
                    int64_t focus, const Output& o);

// A path, or none within `max_depth` hops.
void PresentPath(const std::optional<PathResult>& path, int max_depth, const Output& o);

// One answered pair of `path --batch`; `length` is empty when no path is within reach.
struct PathLength {
  NodeRecord from;
  NodeRecord to;
  std::optional<int> length;
};
void PresentPathLengths(const std::vector<PathLength>& rows, const Output& o);

// A node within reach and its distance in hops.
struct Neighbor {
  NodeRecord node;
  int distance = 0;
};
void PresentNeighbors(const std::vector<Neighbor>& rows, const Output& o);
void PresentNeighborCount(const NodeRecord& node, int depth, int64_t count, const Output& o);

// `others` holds the records of the nodes at the other end of the card's edges.
void PresentNodeCard(const NodeCard& card, const std::map<int64_t, NodeRecord>& others,
                     const Output& o);

void PresentStats(const StoreStats& stats, const Output& o);

void PresentNodes(const std::vector<NodeRecord>& nodes, const Output& o);

void PresentSearch(const SearchResults& results, const Output& o);

// A document and its text (JSON only: {"document": DOCUMENT, "text": TEXT}); evidence and
// mentions point into the text by byte offsets.
void PresentDocument(const DocumentRecord& document, const std::string& text, const Output& o);

// `dkg timeline`: the events in order, each with its date, role, place and source documents.
void PresentTimeline(const Timeline& timeline, const Output& o);

// `dkg officials`: office terms with their first and last reports, starts and ends.
void PresentOfficials(const std::vector<OfficeTerm>& terms, const Output& o);

// `dkg dialogues`: series with their rounds' count, first and last round and the gap since.
void PresentDialogues(const std::vector<DialogueSeries>& series, const Output& o);

}  // namespace dkg::presentation
