#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "queries/graph_index.h"
#include "queries/time_window.h"

// `dkg timeline Q`: a node's dated events in order.
namespace dkg {

// One dated event of a timeline: a meeting or an agreement, how it concerns the node asked
// about, where it happened and which documents report it.
struct TimelineEvent {
  NodeRecord event;      // the meeting or agreement
  std::string role;      // how it concerns the subject (below)
  NodeRecord place;      // its held_in target; id 0 when none
  std::vector<int64_t> documents;  // ids of the documents with evidence of its edges, ascending
  // The date of a stage of an agreement's life (role "announced", "negotiated", "signed",
  // "in_force" or "ended"; `event` is the agreement): as the text gave it, else its first
  // document's date. Empty for other events, whose date is event.date. Read it through Date().
  std::string stage_date;
  const std::string& Date() const { return stage_date.empty() ? event.date : stage_date; }
};

// A timeline and the records its events name: a page of it when TimelinePage asks for one.
struct Timeline {
  std::vector<NodeRecord> subjects;  // the node asked about, or the two sides of a pair
  std::vector<TimelineEvent> events;  // events offset .. offset + events.size() - 1 of the whole
  std::vector<DocumentRecord> documents;  // every document an event of `events` names, by id
  size_t offset = 0;  // where `events` starts in the whole timeline
  size_t total = 0;   // how many events the whole timeline (within the window) has
};

// Which events of a timeline to assemble: from position `offset` of the whole, in its order, at
// most `limit` (0: to the end). Ordering every event costs its id, kind and date (and the names
// of the events sharing a date with the page's ends); places and documents are read for the
// page only, so the first page of a node with 30,000 meetings costs little more than a short
// timeline. The default is the whole timeline.
struct TimelinePage {
  size_t offset = 0;
  size_t limit = 0;
  // Past this many candidate events (nodes the subject has an edge with), every meeting's and
  // agreement's date is read from the index nodes_kind_date (within the window's bounds) instead
  // of one row lookup each. Both ways give the same answer; tests set 0 to check that.
  size_t scan_dates_above = 50000;
  // The candidates' first occurrences are found through a flat array indexed by node id when
  // the ids are dense enough (no hashing of a country's 550,000 candidates), else a hash map.
  // Both ways give the same answer; tests set false to check that.
  bool flat_ids = true;
};

// The dated events of `subject`, earliest first (by the first day of each date, a less precise
// date before a more precise one starting the same day, then by name); undated events last.
// Which events, by the subject's kind:
//  - a dialogue, meeting or agreement: every meeting and agreement of its lineage (the meeting
//    that announced a dialogue, its rounds, what they agreed), role "announced", "round",
//    "agreed", "follows" or "self" (the subject itself), or "related" for the rest;
//  - anything else: the meetings and agreements it has an edge with, role the relation
//    ("cochaired", "attended", "participant", "party_to", "held_in", ...); for a country, also
//    those of the officials representing it (role "<relation> (Official Name)").
// For an agreement, also the stages of its life documents state (Store::AgreementStages), one
// event per stage and date, with the documents that state it; a stage on the same day as
// another event comes after it, and stages of one day in their order (announced ... ended).
// Only events within `window`, when active.
// A node with tens of thousands of events (a busy official, a country) costs the ids of its
// edges and of its officials' edges, read from indexes, and the page's records; a dialogue's or
// a meeting's costs its lineage's lineage and held_in edges (LineageSnapshot), its events'
// dates and the page's records. An agreement's (lineage and stages) is assembled whole.
Result<Timeline> NodeTimeline(const Store& store, const GraphIndex& index, int64_t subject,
                              const TimeWindow& window, const TimelinePage& page = {});
// The same, opening the graph index only for a timeline that reads a lineage (a dialogue, a
// meeting or an agreement): an official's or a country's never needs it, and loading it is most
// of the cost of a short timeline on a large store (70 MB for the 1M-node benchmark store).
using GraphIndexSource = std::function<Result<const GraphIndex*>()>;
Result<Timeline> NodeTimeline(const Store& store, const GraphIndexSource& index, int64_t subject,
                              const TimeWindow& window, const TimelinePage& page = {});

// The meetings both `a` and `b` took part in (an edge with the meeting, or, for a country, an
// official representing it with one), earliest first; role "round", "announcement" or "meeting"
// as for a series. Agreements are left out: a pair's timeline is its meetings.
Result<Timeline> PairTimeline(const Store& store, int64_t a, int64_t b, const TimeWindow& window,
                              const TimelinePage& page = {});

// The same answers (whole timelines) assembled as dkg did before it read them from indexes:
// every candidate event's edges and their other ends loaded into a GraphSnapshot, the whole
// store past 20,000 events (a busy official of the 1M-node benchmark store: 91 s, 2 GB). Kept
// as the reference tests check NodeTimeline and PairTimeline against; not for large stores.
Result<Timeline> NodeTimelineFromSnapshot(const Store& store, const GraphIndex& index, int64_t subject,
                                          const TimeWindow& window);
Result<Timeline> PairTimelineFromSnapshot(const Store& store, int64_t a, int64_t b, const TimeWindow& window);

}  // namespace dkg
