#pragma once

#include <cstdint>
#include <memory>
#include <vector>
#include <optional>
#include <string>
#include <string_view>

#include "engine/status.h"
#include "engine/store.h"
#include "engine/types.h"

// Time as a query dimension: dates kept at the precision the documents give them (a year, a
// month or a day), and windows (`--from`, `--to`, `--as-of`) that select what happened within
// them.
namespace dkg {

// A date read as the interval of days it covers: "2024" is 2024-01-01..2024-12-31, "2024-11" is
// 2024-11-01..2024-11-30, "2024-11-27" is that one day. Days are yyyymmdd integers, so that
// intervals compare with < and > across precisions. A value type.
struct DateSpan {
  int32_t first = 0;  // yyyymmdd of the first day
  int32_t last = 0;   // yyyymmdd of the last day
  int precision = 0;  // 1 year, 2 month, 3 day

  // "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day); anything longer is read by its
  // first ten characters only when they form a day ("2024-11-27T10:00"). Nothing otherwise.
  static std::optional<DateSpan> Parse(std::string_view iso);
  // What a user may type: exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" ("2024-01-01xyz" is not a
  // date, though a stored timestamp is read by Parse).
  static std::optional<DateSpan> ParseGiven(std::string_view iso);
  // The ISO text at this precision.
  std::string Iso() const;
  // Whether every day of this span is also a day of `other`.
  bool Within(const DateSpan& other) const { return first >= other.first && last <= other.last; }
  bool Overlaps(const DateSpan& other) const { return first <= other.last && last >= other.first; }
};

// A window of time. The rule, for every command: an event lies in the window when its date's
// whole interval does. "2024-11" lies in --from 2024-11-01 --to 2024-11-30 and in --from 2024,
// but not in --from 2024-11-15 (it may have happened before the 15th); an undated event lies in
// no window. --as-of D is the window ending with D's last day and open at the start.
// A value type; an empty window (neither end given) holds every event, dated or not.
struct TimeWindow {
  std::optional<DateSpan> from;  // the window starts on from->first
  std::optional<DateSpan> to;    // and ends on to->last

  bool active() const { return from || to; }
  // Whether an event dated `iso` lies in the window (always true for an inactive window).
  bool Holds(const std::string& iso) const;
  bool Holds(const DateSpan& span) const;
  // Whether `node` is an event the window excludes: a meeting or an agreement whose date does
  // not lie in it. Other kinds (countries, officials, dialogues) are not events and are kept.
  bool Excludes(const NodeRecord& node) const;
  // "2024-01-01..2024-12-31", "..2024-11-27", for messages.
  std::string Describe() const;
  // Bounds on the ISO text of every date the window holds, as tight as text allows: at least
  // `at_least` ("2024-03-05" for --from 2024-03-05; "2024-03" for --from 2024-03-01, which a
  // month may start on) and below `below` ("2024-03-07~" for --to 2024-03-07); empty when open.
  // For a range search on stored dates (nodes_kind_date) before the exact test (Holds).
  void TextBounds(std::string& at_least, std::string& below) const;
};

// The node kinds a window applies to.
bool IsTimedKind(const std::string& kind);

// The window of `--from`, `--to` and `--as-of` as typed (empty strings: not given). InvalidInput
// for a date that is not ISO at some precision, for --as-of with --from or --to, and for a
// --from after --to.
Result<TimeWindow> ParseWindow(const std::string& from, const std::string& to, const std::string& as_of);

// Ok when `id` is not an event `window` excludes; otherwise InvalidInput naming the node, its date
// and the window: a walk (a neighbourhood, a path, an export around a node) cannot start or end
// outside its window. The command line and the server say the same.
Status CheckNodeInWindow(const Store& store, int64_t id, const TimeWindow& window);

// The meetings and agreements of `store` that `window` excludes, as sorted ids (for
// TraversalOptions::excluded); null for an inactive window. Reads (id, date) of those two kinds
// only, never the whole store.
Result<std::shared_ptr<const std::vector<int64_t>>> ExcludedByWindow(const Store& store,
                                                                     const TimeWindow& window);

}  // namespace dkg
