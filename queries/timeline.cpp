#include "queries/timeline.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "engine/huge_pages.h"
#include "queries/graph_snapshot.h"
#include "queries/queries.h"

namespace dkg {

namespace {

// What an event is in its series, read from its own edges: an agreement, a round of a dialogue,
// the meeting that announced one, or a meeting.
std::string EventType(const GraphSnapshot& graph, const NodeRecord& event) {
  if (event.kind == "agreement") return "agreement";
  bool announced = false;
  for (const EdgeRecord* e : graph.Incident(event.id)) {
    if (e->relation == "round_of" && e->source == event.id) return "round";
    if (e->relation == "announced_at" && e->target == event.id) announced = true;
  }
  return announced ? "announcement" : "meeting";
}

// Fills each event's documents (those of the edges `event_of_edge` maps to it: which documents,
// not their sentences) and the timeline's document records.
Status AttachDocuments(const Store& store, const std::vector<int64_t>& edge_ids,
                       const std::unordered_map<int64_t, size_t>& event_of_edge, Timeline& out) {
  auto evidence = store.EvidenceDocuments(edge_ids);
  if (!evidence.ok()) return evidence.status();
  std::vector<std::set<int64_t>> documents(out.events.size());
  std::set<int64_t> all_documents;
  for (const auto& [edge, document] : evidence.value()) {
    documents[event_of_edge.at(edge)].insert(document);
    all_documents.insert(document);
  }
  for (size_t i = 0; i < out.events.size(); ++i) {
    out.events[i].documents.assign(documents[i].begin(), documents[i].end());
  }
  if (!all_documents.empty()) {
    auto docs = store.Documents({all_documents.begin(), all_documents.end()});
    if (!docs.ok()) return docs.status();
    out.documents = std::move(docs).value();
  }
  return Status::Ok();
}

// Earliest first: by the first day of each date, a less precise date before a more precise one
// starting the same day, then by name; a stage of an agreement's life after the other events of
// its day, stages in their order; undated events last.
void SortEvents(std::vector<TimelineEvent>& events);

// The events among `candidates` (id, role; the first role of an id wins) that are meetings or
// agreements within `window`, with places and documents, in date order. `known` (optional)
// holds every edge of the nodes of `known_ids` (a lineage snapshot's core): those events are read
// from it, the others from the store.
Result<Timeline> Assemble(const Store& store, std::vector<NodeRecord> subjects,
                          const std::vector<std::pair<int64_t, std::string>>& candidates,
                          const TimeWindow& window, bool role_is_type, bool meetings_only = false,
                          const GraphSnapshot* known = nullptr, const std::set<int64_t>& known_ids = {}) {
  std::map<int64_t, std::string> role;
  std::vector<int64_t> ids;
  for (const auto& [id, r] : candidates) {
    if (role.emplace(id, r).second) ids.push_back(id);
  }
  Timeline out;
  out.subjects = std::move(subjects);
  if (ids.empty()) return out;
  std::vector<int64_t> unknown;
  for (int64_t id : ids) {
    if (!known || !known_ids.count(id)) unknown.push_back(id);
  }
  std::unique_ptr<GraphSnapshot> read;
  if (!unknown.empty()) {
    auto snapshot = GraphSnapshot::Around(store, unknown);
    if (!snapshot.ok()) return snapshot.status();
    read = std::move(snapshot).value();
  }
  std::vector<int64_t> edge_ids;
  std::unordered_map<int64_t, size_t> event_of_edge;
  for (int64_t id : ids) {
    const GraphSnapshot& graph = known && known_ids.count(id) ? *known : *read;
    const NodeRecord* node = graph.Node(id);
    if (!node || !IsTimedKind(node->kind) || !window.Holds(node->date)) continue;
    if (meetings_only && node->kind != "meeting") continue;
    TimelineEvent event;
    event.event = *node;
    event.role = role_is_type ? EventType(graph, *node) : role[id];
    if (const NodeRecord* place = PlaceNodeOf(graph, id)) event.place = *place;
    for (const EdgeRecord* e : graph.Incident(id)) {
      edge_ids.push_back(e->id);
      event_of_edge[e->id] = out.events.size();  // an edge between two events names the later
    }
    out.events.push_back(std::move(event));
  }
  if (Status s = AttachDocuments(store, edge_ids, event_of_edge, out); !s.ok()) return s;
  SortEvents(out.events);
  out.total = out.events.size();
  return out;
}

// The order of the stages of an agreement's life; other roles come first on a day.
int StageRank(const std::string& role) {
  static const char* const kStages[] = {"announced", "negotiated", "signed", "in_force", "ended"};
  for (int i = 0; i < 5; ++i) {
    if (role == kStages[i]) return i + 1;
  }
  return 0;
}

// Adds the stages of `agreement`'s life within `window` to `timeline` (one event per stage and
// date, documents merged) and sorts it again.
Status AddStages(const Store& store, const NodeRecord& agreement, const TimeWindow& window, Timeline& timeline) {
  auto stages = store.AgreementStages(agreement.id);
  if (!stages.ok()) return stages.status();
  std::map<std::pair<std::string, std::string>, size_t> index;  // (stage, date) -> event
  std::set<int64_t> known;
  for (const DocumentRecord& d : timeline.documents) known.insert(d.id);
  std::set<int64_t> more;
  for (const StageRecord& r : stages.value()) {
    const std::string date = r.date.empty() ? r.document_date : r.date;
    if (window.active() && !window.Holds(date)) continue;
    auto [it, added] = index.emplace(std::pair{r.stage, date}, timeline.events.size());
    if (added) {
      TimelineEvent event;
      event.event = agreement;
      event.role = r.stage;
      event.stage_date = date.empty() ? std::string("-") : date;  // "-": undated, never the node's
      timeline.events.push_back(std::move(event));
    }
    std::vector<int64_t>& docs = timeline.events[it->second].documents;
    if (std::find(docs.begin(), docs.end(), r.document_id) == docs.end()) docs.push_back(r.document_id);
    if (!known.count(r.document_id)) more.insert(r.document_id);
  }
  for (TimelineEvent& e : timeline.events) {
    if (e.stage_date == "-") e.stage_date.clear(), e.event.date.clear();
    std::sort(e.documents.begin(), e.documents.end());
  }
  if (!more.empty()) {
    auto docs = store.Documents({more.begin(), more.end()});
    if (!docs.ok()) return docs.status();
    for (DocumentRecord& d : docs.value()) timeline.documents.push_back(std::move(d));
    std::sort(timeline.documents.begin(), timeline.documents.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
  }
  SortEvents(timeline.events);
  timeline.total = timeline.events.size();
  return Status::Ok();
}

// Each node `id` has an edge with, and the relation, as (node, relation) pairs; with
// `through_officials`, also the nodes the officials representing `id` have an edge with
// ("relation (Official)").
Result<std::vector<std::pair<int64_t, std::string>>> Touching(const Store& store, int64_t id,
                                                              bool through_officials) {
  std::vector<std::pair<int64_t, std::string>> out;
  auto edges = store.EdgesOf(id);
  if (!edges.ok()) return edges.status();
  std::vector<int64_t> officials;
  for (const EdgeRecord& e : edges.value()) {
    out.emplace_back(e.source == id ? e.target : e.source, e.relation);
    if (through_officials && e.relation == "represents" && e.target == id) officials.push_back(e.source);
  }
  if (officials.empty()) return out;
  auto records = store.GetNodes(officials);
  if (!records.ok()) return records.status();
  for (const NodeRecord& official : records.value()) {
    auto theirs = store.EdgesOf(official.id);
    if (!theirs.ok()) return theirs.status();
    for (const EdgeRecord& e : theirs.value()) {
      if (e.relation == "represents") continue;
      out.emplace_back(e.source == official.id ? e.target : e.source,
                       e.relation + " (" + official.name + ")");
    }
  }
  return out;
}

void SortEvents(std::vector<TimelineEvent>& events) {
  auto key = [](const TimelineEvent& e) {
    const auto span = DateSpan::Parse(e.Date());
    const int rank = StageRank(e.role);
    return std::make_tuple(span ? 0 : 1, span ? span->first : 0, span ? span->precision : 0, rank,
                           rank ? std::string() : e.event.name, e.event.id);
  };
  std::stable_sort(events.begin(), events.end(),
                   [&](const TimelineEvent& a, const TimelineEvent& b) { return key(a) < key(b); });
}

// ---- Timelines read from indexes ------------------------------------------------------------
//
// The same answers as Assemble, at a cost proportional to the subject's events rather than to
// the store: the candidates are edge ids read from the indexes (Store::EdgeEndsOf), the events
// are ordered on their ids and dates alone, and only the page's records, places and documents
// are read. Every rule of Assemble is kept, including the ones that depend on candidate order.

// A node the subject reaches, in the order the subject's edges list them (by relation, then
// id; then each representing official's): `official` 0 for an edge of the subject's own, else
// the official through whom (the role names them).
struct Candidate {
  int64_t id = 0;
  int64_t official = 0;
  uint32_t relation = 0;  // index into the candidates' relation names
};

// A subject's candidates, and the names of their relations.
struct CandidateList {
  std::vector<Candidate> list;
  std::vector<std::string> relations;
};

// SortEvents' key without the name (the rank of a stage is 0 outside an agreement's lineage),
// packed in one integer so that ordering 200,000 events compares integers: undated last, then
// the first day (yyyymmdd), then the precision.
uint64_t PackedDateKey(const std::string& date) {
  const auto span = DateSpan::Parse(date);
  if (!span) return uint64_t{1} << 40;
  return (static_cast<uint64_t>(static_cast<uint32_t>(span->first)) << 2) | static_cast<uint64_t>(span->precision);
}

// Where a page from `offset` (at most `total`) of at most `limit` events (0: all) ends. Not
// `offset + limit`: a caller's limit near SIZE_MAX ("as many as there are") wrapped it round to
// a page that ended before it began.
size_t PageEnd(size_t offset, size_t limit, size_t total) {
  return limit == 0 || limit >= total - offset ? total : offset + limit;
}

// An event while the timeline is ordered: what ordering needs and nothing more.
struct Ordered {
  int64_t id = 0;
  uint64_t key = 0;  // PackedDateKey of its date
  size_t first = 0;  // its first candidate: gives its role, and decides which of two events an edge between them counts for
};

uint64_t DateKey(const Ordered& e) { return e.key; }

// Node id -> index (its first candidate): a flat array when the ids are dense enough (a
// country's 550,000 candidates among a million nodes: no hashing, no node allocations), else a
// hash map.
class FirstIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  FirstIndex(const std::vector<Candidate>& candidates, bool flat_allowed) {
    int64_t max_id = -1;
    bool fits = flat_allowed && candidates.size() < kNone;
    for (const Candidate& c : candidates) {
      if (c.id < 0) fits = false;
      max_id = std::max(max_id, c.id);
    }
    dense_ = fits && max_id >= 0 && static_cast<uint64_t>(max_id) < 16 * static_cast<uint64_t>(candidates.size()) + (1u << 20);
    if (dense_) {
      flat_.assign(static_cast<size_t>(max_id) + 1, kNone);
      for (size_t i = 0; i < candidates.size(); ++i) {
        uint32_t& slot = flat_[static_cast<size_t>(candidates[i].id)];
        if (slot == kNone) slot = static_cast<uint32_t>(i), ++size_;
      }
    } else {
      hashed_.reserve(candidates.size());
      for (size_t i = 0; i < candidates.size(); ++i) hashed_.emplace(candidates[i].id, i);
      size_ = hashed_.size();
    }
  }
  size_t size() const { return size_; }
  // The first candidate of `id`, or nothing.
  std::optional<size_t> Find(int64_t id) const {
    if (dense_) {
      if (id < 0 || static_cast<uint64_t>(id) >= flat_.size() || flat_[static_cast<size_t>(id)] == kNone) return std::nullopt;
      return flat_[static_cast<size_t>(id)];
    }
    auto it = hashed_.find(id);
    if (it == hashed_.end()) return std::nullopt;
    return it->second;
  }
  // Every id, in increasing order.
  std::vector<int64_t> Ids() const {
    std::vector<int64_t> ids;
    ids.reserve(size_);
    if (dense_) {
      for (size_t id = 0; id < flat_.size(); ++id) {
        if (flat_[id] != kNone) ids.push_back(static_cast<int64_t>(id));
      }
    } else {
      for (const auto& [id, at] : hashed_) ids.push_back(id);
      std::sort(ids.begin(), ids.end());
    }
    return ids;
  }

 private:
  bool dense_ = false;
  size_t size_ = 0;
  std::vector<uint32_t> flat_;
  std::unordered_map<int64_t, size_t> hashed_;
};

// As Touching, from the indexes: the subject's edges, then those of each official representing
// it (except their represents edges), in the same order.
Result<CandidateList> Candidates(const Store& store, int64_t id, bool through_officials) {
  CandidateList out;
  auto own = store.EdgeEndsOf(std::vector<int64_t>{id}, out.relations);
  if (!own.ok()) return own.status();
  std::vector<int64_t> officials;
  for (const Store::EdgeEnd& e : own.value().front()) {
    if (through_officials && e.node_is_target && out.relations[e.relation] == "represents") officials.push_back(e.other);
  }
  auto add_own = [&](size_t more) {
    out.list.reserve(own.value().front().size() + more);
    AskHugePages(out.list.data(), out.list.capacity() * sizeof(Candidate));
    for (const Store::EdgeEnd& e : own.value().front()) out.list.push_back({e.other, 0, e.relation});
  };
  if (officials.empty()) {
    add_own(0);
    return out;
  }
  // The officials' edges in one joined read (Store::EdgeEndsOfSourcesOf), in the order of their
  // represents edges as the subject's own list has them (by id).
  std::vector<std::string> names;
  auto theirs = store.EdgeEndsOfSourcesOf(id, "represents", officials, names);
  if (!theirs.ok()) return theirs.status();
  std::vector<uint32_t> code(names.size());  // their relation codes as the subject's
  for (size_t r = 0; r < names.size(); ++r) {
    auto it = std::find(out.relations.begin(), out.relations.end(), names[r]);
    if (it == out.relations.end()) it = out.relations.insert(out.relations.end(), names[r]);
    code[r] = static_cast<uint32_t>(it - out.relations.begin());
  }
  const auto represents = static_cast<uint32_t>(std::find(names.begin(), names.end(), "represents") - names.begin());
  size_t count = 0;
  for (const auto& edges : theirs.value()) count += edges.size();
  add_own(count);  // the subject's own first, then the officials', in one reserved array
  for (size_t i = 0; i < officials.size(); ++i) {
    for (const Store::EdgeEnd& e : theirs.value()[i]) {
      if (e.relation == represents) continue;
      out.list.push_back({e.other, officials[i], code[e.relation]});
    }
  }
  return out;
}

// Assemble's answer for `candidates` (the first of an id gives its role: the relation, with the
// official's name for an official's), the events of `page` only.
Result<Timeline> AssembleIndexed(const Store& store, std::vector<NodeRecord> subjects,
                                 const CandidateList& reached, const TimeWindow& window,
                                 bool role_is_type, bool meetings_only, const TimelinePage& page) {
  Timeline out;
  out.subjects = std::move(subjects);
  const std::vector<Candidate>& candidates = reached.list;
  const FirstIndex first(candidates, page.flat_ids);
  const std::set<std::string> kinds =
      meetings_only ? std::set<std::string>{"meeting"} : std::set<std::string>{"meeting", "agreement"};
  std::vector<Ordered> events;
  if (first.size() > page.scan_dates_above) {
    events.reserve(first.size());  // at most one per candidate node, filled without regrowing
    AskHugePages(events.data(), events.capacity() * sizeof(Ordered));
    // Hundreds of thousands of candidates (a country's officials' meetings): one pass over the
    // index of dated events beats a lookup each.
    std::string at_least, below;
    window.TextBounds(at_least, below);
    // Streamed: the dates of the events the subject did not reach are never copied.
    std::string date;
    Status s = store.ForEachNodeDate(kinds, at_least, below, [&](int64_t id, std::string_view text) {
      const auto at = first.Find(id);
      if (!at) return;
      date.assign(text);
      if (window.Holds(date)) events.push_back({id, PackedDateKey(date), *at});
    });
    if (!s.ok()) return s;
  } else {
    // Lookups in id order visit the table's pages in order.
    auto dated = store.KindsAndDates(first.Ids(), kinds);
    if (!dated.ok()) return dated.status();
    for (const auto& [id, kind, date] : dated.value()) {
      if (!window.Holds(date)) continue;
      events.push_back({id, PackedDateKey(date), *first.Find(id)});
    }
  }
  std::sort(events.begin(), events.end(), [](const Ordered& a, const Ordered& b) {
    return a.key != b.key ? a.key < b.key : a.id < b.id;
  });
  out.total = events.size();
  out.offset = std::min(page.offset, events.size());
  const size_t end = PageEnd(out.offset, page.limit, events.size());
  if (out.offset >= end) return out;

  // Events of one date go by name: read the records of the page and of every event sharing a
  // date with its first or last one, and order those by the whole key.
  size_t lo = out.offset, hi = end;
  while (lo > 0 && DateKey(events[lo - 1]) == DateKey(events[out.offset])) --lo;
  while (hi < events.size() && DateKey(events[hi]) == DateKey(events[end - 1])) ++hi;
  std::vector<int64_t> named;
  for (size_t i = lo; i < hi; ++i) named.push_back(events[i].id);
  auto records = store.GetNodes(named);
  if (!records.ok()) return records.status();
  std::unordered_map<int64_t, NodeRecord> record;
  for (NodeRecord& n : records.value()) record.emplace(n.id, std::move(n));
  auto name = [&](int64_t id) -> const std::string& {
    static const std::string kNone;
    auto it = record.find(id);
    return it == record.end() ? kNone : it->second.name;
  };
  std::sort(events.begin() + static_cast<std::ptrdiff_t>(lo), events.begin() + static_cast<std::ptrdiff_t>(hi),
            [&](const Ordered& a, const Ordered& b) {
              const auto ka = DateKey(a), kb = DateKey(b);
              if (ka != kb) return ka < kb;
              const std::string &na = name(a.id), &nb = name(b.id);
              return na != nb ? na < nb : a.id < b.id;
            });

  std::vector<int64_t> page_ids;
  for (size_t i = out.offset; i < end; ++i) page_ids.push_back(events[i].id);
  auto edges = store.EdgeEndsOf(page_ids);
  if (!edges.ok()) return edges.status();
  // An edge between two events of the timeline counts for the one whose first candidate comes
  // later (Assemble's rule), whether or not that one is on the page.
  // (An event's first candidate is first.Find(its id); `is_event` says which candidates are events.)
  std::vector<bool> is_event(candidates.size(), false);
  for (const Ordered& e : events) is_event[e.first] = true;
  std::vector<int64_t> edge_ids;
  std::unordered_map<int64_t, size_t> event_of_edge;
  std::vector<int64_t> official_of;  // per event of out.events: the official its role names, or 0
  std::set<int64_t> wanted;          // places, and officials named by roles
  for (size_t k = 0; k < page_ids.size(); ++k) {
    const int64_t id = page_ids[k];
    const size_t mine = events[out.offset + k].first;
    auto it = record.find(id);
    if (it == record.end()) continue;  // gone since it was ordered (a concurrent correction)
    TimelineEvent event;
    event.event = it->second;
    int64_t place_edge = 0;  // its first held_in edge, as PlaceNodeOf finds it
    bool round = false, announced = false;
    for (const EdgeRecord& e : edges.value()[k]) {
      if (e.source == id && e.relation == "held_in" && (!place_edge || e.id < place_edge)) {
        place_edge = e.id;
        event.place.id = e.target;  // its record below
      }
      if (e.relation == "round_of" && e.source == id) round = true;
      if (e.relation == "announced_at" && e.target == id) announced = true;
      const int64_t other = e.source == id ? e.target : e.source;
      const auto later = other == id ? std::nullopt : first.Find(other);
      if (later && is_event[*later] && *later > mine) continue;
      edge_ids.push_back(e.id);
      event_of_edge[e.id] = out.events.size();
    }
    if (event.place.id) wanted.insert(event.place.id);
    // EventType's answer, from the same edges.
    if (role_is_type) {
      event.role = event.event.kind == "agreement" ? "agreement" : round ? "round" : announced ? "announcement" : "meeting";
    } else {
      event.role = reached.relations[candidates[mine].relation];
    }
    official_of.push_back(role_is_type ? 0 : candidates[mine].official);
    if (official_of.back()) wanted.insert(official_of.back());
    out.events.push_back(std::move(event));
  }
  auto others = store.GetNodes({wanted.begin(), wanted.end()});
  if (!others.ok()) return others.status();
  std::unordered_map<int64_t, const NodeRecord*> other;
  for (const NodeRecord& n : others.value()) other.emplace(n.id, &n);
  for (size_t k = 0; k < out.events.size(); ++k) {
    TimelineEvent& event = out.events[k];
    auto place = other.find(event.place.id);
    event.place = place == other.end() ? NodeRecord() : *place->second;
    // The official through whom a country took part, by name: "cochaired (Vikram Misri)".
    auto official = other.find(official_of[k]);
    if (official_of[k] && official != other.end()) event.role += " (" + official->second->name + ")";
  }
  if (Status s = AttachDocuments(store, edge_ids, event_of_edge, out); !s.ok()) return s;
  return out;
}

// Keeps `page` of a whole timeline, and the documents its events name.
void Slice(Timeline& timeline, const TimelinePage& page) {
  const size_t total = timeline.events.size();
  timeline.total = total;
  timeline.offset = std::min(page.offset, total);
  const size_t end = PageEnd(timeline.offset, page.limit, total);
  if (timeline.offset == 0 && end == total) return;
  timeline.events = std::vector<TimelineEvent>(timeline.events.begin() + static_cast<std::ptrdiff_t>(timeline.offset),
                                               timeline.events.begin() + static_cast<std::ptrdiff_t>(end));
  std::set<int64_t> named;
  for (const TimelineEvent& e : timeline.events) named.insert(e.documents.begin(), e.documents.end());
  std::erase_if(timeline.documents, [&](const DocumentRecord& d) { return !named.count(d.id); });
}

}  // namespace

Result<Timeline> NodeTimelineFromSnapshot(const Store& store, const GraphIndex& index, int64_t subject,
                                          const TimeWindow& window) {
  auto node = store.GetNode(subject);
  if (!node.ok()) return node.status();
  if (!node.value()) return Status::NotFound("no node #" + std::to_string(subject));
  const NodeRecord self = *node.value();
  std::vector<std::pair<int64_t, std::string>> candidates;
  const bool series = self.kind == "dialogue" || IsTimedKind(self.kind);
  std::unique_ptr<GraphSnapshot> lineage;
  std::set<int64_t> core;
  if (series) {
    std::vector<int64_t> core_ids;
    auto snapshot = LineageSnapshot(store, index, subject, nullptr, &core_ids);
    if (!snapshot.ok()) return snapshot.status();
    lineage = std::move(snapshot).value();
    core.insert(core_ids.begin(), core_ids.end());
    for (const LineageEntry& entry : Lineage(*lineage, subject)) {
      candidates.emplace_back(entry.node, std::string());
    }
  } else {
    auto touching = Touching(store, subject, self.kind == "country");
    if (!touching.ok()) return touching.status();
    candidates = std::move(touching).value();
  }
  // The lineage snapshot holds every edge of its core: those events are not read again.
  auto timeline = Assemble(store, {self}, candidates, window, series, false, lineage.get(), core);
  if (!timeline.ok() || self.kind != "agreement") return timeline;
  if (Status s = AddStages(store, self, window, timeline.value()); !s.ok()) return s;
  return timeline;
}

Result<Timeline> PairTimelineFromSnapshot(const Store& store, int64_t a, int64_t b, const TimeWindow& window) {
  auto nodes = store.GetNodes({a, b});
  if (!nodes.ok()) return nodes.status();
  if (nodes->size() != 2) return Status::NotFound("no such pair of nodes");
  std::set<int64_t> of_a;
  auto touching_a = Touching(store, a, nodes->at(0).kind == "country");
  if (!touching_a.ok()) return touching_a.status();
  for (const auto& [id, relation] : touching_a.value()) of_a.insert(id);
  auto touching_b = Touching(store, b, nodes->at(1).kind == "country");
  if (!touching_b.ok()) return touching_b.status();
  std::vector<std::pair<int64_t, std::string>> both;
  for (const auto& [id, relation] : touching_b.value()) {
    if (of_a.count(id)) both.emplace_back(id, std::string());
  }
  return Assemble(store, std::move(nodes).value(), both, window, true, true);
}

Result<Timeline> NodeTimeline(const Store& store, const GraphIndex& index, int64_t subject,
                              const TimeWindow& window, const TimelinePage& page) {
  return NodeTimeline(store, [&]() -> Result<const GraphIndex*> { return &index; }, subject, window, page);
}

Result<Timeline> NodeTimeline(const Store& store, const GraphIndexSource& index_source, int64_t subject,
                              const TimeWindow& window, const TimelinePage& page) {
  auto node = store.GetNode(subject);
  if (!node.ok()) return node.status();
  if (!node.value()) return Status::NotFound("no node #" + std::to_string(subject));
  const NodeRecord self = *node.value();
  if (self.kind == "dialogue" || self.kind == "meeting") {
    // The lineage's nodes are the candidates, in its order; only its lineage and held_in edges
    // are read to find them (not every edge of its 3,000 rounds), and only the page's events
    // are assembled.
    auto index = index_source();
    if (!index.ok()) return index.status();
    auto lineage = LineageSnapshot(store, *index.value(), subject);
    if (!lineage.ok()) return lineage.status();
    CandidateList candidates;  // roles are the events' types: no relation
    for (const LineageEntry& entry : Lineage(*lineage.value(), subject)) candidates.list.push_back({entry.node, 0, 0});
    lineage.value().reset();
    return AssembleIndexed(store, {self}, candidates, window, true, false, page);
  }
  if (IsTimedKind(self.kind)) {
    // An agreement: its lineage is bounded (LineageSnapshot stops at kMaxLineageNodes) and its
    // stages join it, assembled whole.
    auto index = index_source();
    if (!index.ok()) return index.status();
    auto timeline = NodeTimelineFromSnapshot(store, *index.value(), subject, window);
    if (timeline.ok()) Slice(timeline.value(), page);
    return timeline;
  }
  auto candidates = Candidates(store, subject, self.kind == "country");
  if (!candidates.ok()) return candidates.status();
  return AssembleIndexed(store, {self}, candidates.value(), window, false, false, page);
}

Result<Timeline> PairTimeline(const Store& store, int64_t a, int64_t b, const TimeWindow& window,
                              const TimelinePage& page) {
  auto nodes = store.GetNodes({a, b});
  if (!nodes.ok()) return nodes.status();
  if (nodes->size() != 2) return Status::NotFound("no such pair of nodes");
  auto of_a = Candidates(store, a, nodes->at(0).kind == "country");
  if (!of_a.ok()) return of_a.status();
  std::unordered_set<int64_t> reached;
  for (const Candidate& c : of_a.value().list) reached.insert(c.id);
  auto of_b = Candidates(store, b, nodes->at(1).kind == "country");
  if (!of_b.ok()) return of_b.status();
  CandidateList both;  // roles are the events' types: no relation
  for (const Candidate& c : of_b.value().list) {
    if (reached.count(c.id)) both.list.push_back({c.id, 0, 0});
  }
  return AssembleIndexed(store, std::move(nodes).value(), both, window, true, true, page);
}

}  // namespace dkg
