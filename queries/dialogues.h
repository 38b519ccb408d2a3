#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "queries/time_window.h"

// `dkg dialogues`: dialogue series with their rounds over time, and the ones gone quiet.
namespace dkg {

// One series: its rounds' count, first and last round, and how long ago the last one was.
struct DialogueSeries {
  NodeRecord dialogue;
  int64_t rounds = 0;        // meetings with a round_of edge to the dialogue
  int64_t dated_rounds = 0;  // of which dated
  NodeRecord first_round;    // the earliest dated round (id 0: none)
  NodeRecord last_round;     // the latest dated round (id 0: none)
  // Days from the last round's last possible day to the reference date's last day, at least 0.
  std::optional<int64_t> gap_days;
};

struct DialoguesFilter {
  std::optional<int64_t> a, b;  // --pair A,B: only series both took part in
  // --quiet-since D: only series with no round whose date may lie on or after D's first day
  // (series without a dated round count as quiet).
  std::optional<DateSpan> quiet_since;
  // --as-of D: only rounds held by D count (those whose date lies in the window ending with D,
  // so undated rounds and a "2024-02" round as of 2024-02-15 do not), a series whose dated
  // rounds were all held later is left out (it had not met by D), and gaps are measured to D.
  // Not given: every round counts and gaps are measured to the newest document's date.
  std::optional<DateSpan> reference;
};

// The dialogue series of the store, quietest first (longest gap; series without a dated round
// last), then by name. A series took part in by A when A, or for a country an official
// representing it, has an edge with the dialogue or one of its rounds.
Result<std::vector<DialogueSeries>> Dialogues(const Store& store, const DialoguesFilter& filter);

// Days from one yyyymmdd day to another (negative when `to` is earlier).
int64_t DaysBetween(int32_t from, int32_t to);

}  // namespace dkg
