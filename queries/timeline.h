#pragma once

#include <cstdint>
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

// A timeline and the records its events name.
struct Timeline {
  std::vector<NodeRecord> subjects;  // the node asked about, or the two sides of a pair
  std::vector<TimelineEvent> events;
  std::vector<DocumentRecord> documents;  // every document an event names, by id
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
Result<Timeline> NodeTimeline(const Store& store, const GraphIndex& index, int64_t subject,
                              const TimeWindow& window);

// The meetings both `a` and `b` took part in (an edge with the meeting, or, for a country, an
// official representing it with one), earliest first; role "round", "announcement" or "meeting"
// as for a series. Agreements are left out: a pair's timeline is its meetings.
Result<Timeline> PairTimeline(const Store& store, int64_t a, int64_t b, const TimeWindow& window);

}  // namespace dkg
