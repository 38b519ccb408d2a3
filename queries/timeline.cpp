#include "queries/timeline.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

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
  auto evidence = store.EvidenceDocuments(edge_ids);  // which documents, not their sentences
  if (!evidence.ok()) return evidence.status();
  std::vector<std::set<int64_t>> documents(out.events.size());
  std::set<int64_t> all_documents;
  for (const auto& [edge, document] : evidence.value()) {
    documents[event_of_edge[edge]].insert(document);
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
  SortEvents(out.events);
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

}  // namespace

Result<Timeline> NodeTimeline(const Store& store, const GraphIndex& index, int64_t subject,
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

Result<Timeline> PairTimeline(const Store& store, int64_t a, int64_t b, const TimeWindow& window) {
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

}  // namespace dkg
