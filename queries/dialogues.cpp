#include "queries/dialogues.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace dkg {

namespace {

// Days since 1970-01-01 of a yyyymmdd day.
int64_t DayNumber(int32_t ymd) {
  namespace chr = std::chrono;
  return chr::sys_days(chr::year(ymd / 10000) / chr::month(static_cast<unsigned>(ymd / 100 % 100)) /
                       chr::day(static_cast<unsigned>(ymd % 100)))
      .time_since_epoch()
      .count();
}

// The nodes `id` has an edge with, and for a country those its officials have one with.
Result<std::set<int64_t>> Touched(const Store& store, int64_t id) {
  std::set<int64_t> out;
  auto edges = store.EdgesOf(id);
  if (!edges.ok()) return edges.status();
  std::vector<int64_t> officials;
  for (const EdgeRecord& e : edges.value()) {
    out.insert(e.source == id ? e.target : e.source);
    if (e.relation == "represents" && e.target == id) officials.push_back(e.source);
  }
  for (int64_t official : officials) {
    auto theirs = store.EdgesOf(official);
    if (!theirs.ok()) return theirs.status();
    for (const EdgeRecord& e : theirs.value()) out.insert(e.source == official ? e.target : e.source);
  }
  return out;
}

}  // namespace

int64_t DaysBetween(int32_t from, int32_t to) { return DayNumber(to) - DayNumber(from); }

Result<std::vector<DialogueSeries>> Dialogues(const Store& store, const DialoguesFilter& filter) {
  NodeListFilter list;
  list.kind = "dialogue";
  auto dialogues = store.ListNodes(list);
  if (!dialogues.ok()) return dialogues.status();
  std::optional<std::set<int64_t>> touched_a, touched_b;
  if (filter.a && filter.b) {
    auto a = Touched(store, *filter.a);
    if (!a.ok()) return a.status();
    auto b = Touched(store, *filter.b);
    if (!b.ok()) return b.status();
    touched_a = std::move(a).value();
    touched_b = std::move(b).value();
  }
  TimeWindow as_of;  // --as-of: the rounds that count
  as_of.to = filter.reference;
  std::optional<DateSpan> reference = filter.reference;
  if (!reference) {
    auto documents = store.Documents();
    if (!documents.ok()) return documents.status();
    for (const DocumentRecord& d : documents.value()) {
      auto span = DateSpan::Parse(d.date);
      if (span && (!reference || span->last > reference->last)) reference = span;
    }
  }
  // Every series' rounds at once: their round_of edges from the index alone, then the rounds'
  // records in one read (a store with 10,000 series is two reads, not 20,000).
  std::vector<int64_t> dialogue_ids;
  for (const NodeRecord& dialogue : dialogues.value()) dialogue_ids.push_back(dialogue.id);
  auto round_edges = store.EdgesWith(dialogue_ids, false, {"round_of"}, false);
  if (!round_edges.ok()) return round_edges.status();
  std::map<int64_t, std::vector<int64_t>> rounds_of;  // dialogue -> its rounds, in edge order
  for (const EdgeRecord& e : round_edges.value()) rounds_of[e.target].push_back(e.source);
  // With a pair, only the series the pair shares (the dialogue or one of its rounds).
  auto shares = [&](const NodeRecord& dialogue) {
    if (!touched_a) return true;
    auto both = [&](int64_t id) { return touched_a->count(id) && touched_b->count(id); };
    bool shared = both(dialogue.id);
    for (int64_t r : rounds_of[dialogue.id]) shared = shared || both(r);
    return shared;
  };
  std::set<int64_t> wanted;
  for (const NodeRecord& dialogue : dialogues.value()) {
    if (shares(dialogue)) wanted.insert(rounds_of[dialogue.id].begin(), rounds_of[dialogue.id].end());
  }
  auto round_records = store.GetNodes({wanted.begin(), wanted.end()});
  if (!round_records.ok()) return round_records.status();
  std::map<int64_t, const NodeRecord*> record_of;
  for (const NodeRecord& n : round_records.value()) record_of[n.id] = &n;
  std::vector<DialogueSeries> out;
  for (const NodeRecord& dialogue : dialogues.value()) {
    if (!shares(dialogue)) continue;
    std::vector<NodeRecord> rounds;  // as GetNodes gives them: in round_of order, the missing left out
    for (int64_t r : rounds_of[dialogue.id]) {
      if (auto it = record_of.find(r); it != record_of.end()) rounds.push_back(*it->second);
    }
    DialogueSeries series;
    series.dialogue = dialogue;
    std::optional<DateSpan> first, last;
    bool held_later = false;  // a dated round after the --as-of window
    for (const NodeRecord& round : rounds) {
      auto span = DateSpan::Parse(round.date);
      if (as_of.active() && !(span && as_of.Holds(*span))) {
        held_later = held_later || span.has_value();
        continue;
      }
      ++series.rounds;
      if (!span) continue;
      ++series.dated_rounds;
      if (!first || std::tie(span->first, span->last) < std::tie(first->first, first->last)) {
        first = span;
        series.first_round = round;
      }
      if (!last || std::tie(span->last, span->first) > std::tie(last->last, last->first)) {
        last = span;
        series.last_round = round;
      }
    }
    if (held_later && series.dated_rounds == 0) continue;  // it had not met by --as-of
    if (filter.quiet_since && last && last->last >= filter.quiet_since->first) continue;
    // From the last day the round may have been on: a gap is at least this long (never negative).
    if (last && reference) series.gap_days = std::max<int64_t>(0, DaysBetween(last->last, reference->last));
    out.push_back(std::move(series));
  }
  std::sort(out.begin(), out.end(), [](const DialogueSeries& a, const DialogueSeries& b) {
    const bool da = a.gap_days.has_value(), db = b.gap_days.has_value();
    if (da != db) return da;
    if (da && *a.gap_days != *b.gap_days) return *a.gap_days > *b.gap_days;
    return std::tie(a.dialogue.name, a.dialogue.id) < std::tie(b.dialogue.name, b.dialogue.id);
  });
  return out;
}

}  // namespace dkg
