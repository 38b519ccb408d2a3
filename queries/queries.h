#pragma once

#include <cstdint>
#include <climits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "queries/graph_index.h"
#include "queries/graph_snapshot.h"
#include "queries/time_window.h"

// The questions dkg answers, as library functions over a store and its graph snapshot. Each
// returns plain values; formatting (table, JSON, CSV) is the caller's business.
namespace dkg {

// Resolves a user's reference to one node: "#12" (an id), "xid:VALUE" (an external id), an exact
// name or alias (case-insensitive), or else the one node whose name or an alias holds every word
// of it as a whole word ("misri" finds Vikram Misri; "Misr" finds nothing). The text is a name,
// never a search: full-text syntax (FullTextSyntaxIn: `Misri*`, `"Misri"`, `a OR b`) counts only
// as part of an exact name or alias, else nothing is found. When several nodes fit, returns
// Status::Ambiguous and fills `candidates`; Status::NotFound when none does.
Result<int64_t> ResolveNode(const Store& store, const std::string& query,
                            std::vector<NodeRecord>* candidates = nullptr);

// One co-chair of one meeting. An id of 0 means there is no such node (an empty name beside it).
struct CochairRow {
  int64_t meeting_id = 0;
  std::string meeting;
  std::string date;
  std::string place;
  int64_t place_id = 0;
  int64_t official_id = 0;
  std::string official;
  std::string office;
  std::string country;
  int64_t country_id = 0;
};

struct CochairFilter {
  std::optional<int64_t> meeting;
  std::optional<int64_t> official;
  std::optional<int64_t> country;
  TimeWindow window;  // only meetings held within it (inactive: all)
};

// Every `cochaired` edge matching the filter, by meeting date then meeting and official name.
std::vector<CochairRow> Cochairs(const GraphSnapshot& graph, const CochairFilter& filter);
// The records Cochairs() needs for `filter`: with a meeting, official or country, only the
// meetings and officials it concerns (GraphSnapshot::Around); with only a window, the window's
// meetings, their co-chairs and what a row shows of them (records without aliases); with none,
// the whole graph.
Result<std::unique_ptr<GraphSnapshot>> CochairsSnapshot(const Store& store, const CochairFilter& filter);

// Every co-chair of a whole store, as Cochairs(whole snapshot, {}) gives them, read in store
// order (Store::Scan) without a snapshot: rows are kept as node ids and the few fields they show
// in one byte arena, so a store of millions of edges answers in bounded memory.
class CochairTable {
 public:
  static Result<std::unique_ptr<CochairTable>> Build(const Store& store);
  size_t size() const { return rows_.size(); }
  // Row i in answer order (by meeting date, meeting name, official name).
  CochairRow Row(size_t i) const;
  // The node a row names (id, kind, name, date; no aliases or attributes), or nullopt.
  std::optional<NodeRecord> Node(int64_t id) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  // A row as positions in ids_ and infos_ (kNone: no such node), found once when built.
  struct Ids {
    uint32_t meeting = kNone, official = kNone, place = kNone, country = kNone, body = kNone;
  };
  struct Info {
    uint64_t offset = 0;  // kind, name, date and title, one after another in arena_
    uint32_t kind = 0, name = 0, date = 0, title = 0;
  };
  uint32_t Find(int64_t id) const;  // position of `id` in ids_, or kNone
  std::string_view Field(const Info& info, int which) const;
  std::vector<Ids> rows_;
  std::vector<int64_t> ids_;  // sorted; infos_[i] is ids_[i]'s
  std::vector<Info> infos_;
  std::string arena_;
};

// One line of a lineage tree: a node, its depth, and how it hangs off its parent
// ("announced", "round", "agreed", "follows"; empty for a root).
struct LineageEntry {
  int64_t node = 0;
  int depth = 0;
  std::string via;
  std::string date;
  std::string place;
  int64_t place_id = 0;  // 0: no held_in edge
};

// The lineage of a meeting or dialogue: everything linked to it through announced_at,
// round_of, follows and agreed_at, as a forest in pre-order with children in date order.
// Dialogues hang under the meeting that announced them, rounds under their dialogue,
// agreements under the meeting that reached them.
// With an active `window`, meetings and agreements outside it are left out and their children
// hang from the nearest ancestor kept (at its depth + 1); the rest of the tree is unchanged.
std::vector<LineageEntry> Lineage(const GraphSnapshot& graph, int64_t node,
                                  const TimeWindow& window = {});
// The records Lineage() needs: the node's lineage component, found on the graph index (up to 255
// hops and 2000 nodes; when it goes beyond, `cut` (if given) says how, else it is left empty),
// with the lineage edges touching it, the held_in edges out of it and the nodes at their ends.
// With `core` (given), the snapshot holds every edge of the component instead
// (GraphSnapshot::Around), and `core` receives the component's nodes.
Result<std::unique_ptr<GraphSnapshot>> LineageSnapshot(const Store& store, const GraphIndex& index, int64_t node,
                                                       std::string* cut = nullptr,
                                                       std::vector<int64_t>* core = nullptr);

// One hop of a path: the stored edge, the way it was walked, the sentences that support it.
struct PathHop {
  EdgeRecord edge;
  bool forward = true;  // walked from source to target
  std::vector<EvidenceRecord> evidence;
};

struct PathResult {
  std::vector<NodeRecord> nodes;
  std::vector<PathHop> hops;
};

// A shortest path between two nodes within the options' depth, relations and direction, with
// each hop's edge record and evidence read from the store; nothing when there is none. When
// `index` names a node or edge the store does not hold, the index is rebuilt from the store (and
// saved over the file) and the search runs again on it.
Result<std::optional<PathResult>> FindPath(const Store& store, const GraphIndex& index, int64_t from,
                                           int64_t to, const TraversalOptions& options);

// A node's card: the node, its edges with evidence, the documents that mention it and why each
// mention joined it.
struct NodeCard {
  NodeRecord node;
  std::vector<EdgeRecord> edges;
  std::vector<EvidenceRecord> evidence;
  std::vector<MentionRecord> mentions;
  std::vector<DocumentRecord> documents;
  std::vector<CorrectionRecord> corrections;  // corrections concerning the node, oldest first
  // For a meeting or an agreement, the dates documents gave it (oldest first); node.date is the
  // one chosen from them. Several distinct dates: the documents disagree (dkg show lists them).
  std::vector<DateClaimRecord> dates;
  int64_t edges_total = 0;   // edges touching the node in all; `edges` may be a page of them
  int64_t edges_offset = 0;  // the position of edges[0] among them
};
// `limit` edges from position `offset` (in relation, then id order; -1: all), with their evidence:
// a hub with hundreds of thousands of edges is shown a page at a time (the CLI's pages, the
// server's limit).
Result<NodeCard> ShowNode(const Store& store, int64_t id, int64_t offset = 0, int64_t limit = -1);

// The "place" of a meeting: the target of its held_in edge, or empty (nullptr).
std::string PlaceOf(const GraphSnapshot& graph, int64_t meeting);
const NodeRecord* PlaceNodeOf(const GraphSnapshot& graph, int64_t meeting);

}  // namespace dkg
