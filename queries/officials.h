#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"
#include "queries/time_window.h"

// `dkg officials`: who held which office when, from dated reporting.
namespace dkg {

// One official's term in one office (title, country, body), as the documents support it.
// Dates are ISO at their precision; empty when the documents say nothing.
struct OfficeTerm {
  NodeRecord official;
  std::string title;
  NodeRecord country;  // id 0: none given
  NodeRecord body;     // id 0: none given
  std::string first_seen;  // the earliest document reporting the official in the office
  std::string last_seen;   // the latest such document
  std::string start;  // an explicit start: "took office in May 2024" (its date, else the report's)
  std::string end;    // an explicit end ("stepped down") or the first report calling them former
  std::vector<int64_t> documents;  // every document reporting the term, ascending
};

struct OfficialsFilter {
  std::optional<int64_t> country;
  std::string office;  // the title, compared ignoring case (empty: every office)
  std::optional<DateSpan> as_of;  // only the terms held on that date (below)
};

// Every office term the store's documents report, by country, title, then start. A report naming
// no country counts as of the official's country in their other reports of that title, when
// those name exactly one.
// With `as_of` D, a term is held on D when it began by D (its start, else its first report, lies
// on or before D), had not ended by then (no explicit end and no report calling the official
// former on or before D), and no other official was reported to begin the same office (title,
// country) after it began and by D: a national office has one holder at a time.
Result<std::vector<OfficeTerm>> Officials(const Store& store, const OfficialsFilter& filter);

}  // namespace dkg
