#include "queries/timeline.h"

#include <algorithm>
#include <map>
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

// The events among `candidates` (id, role; the first role of an id wins) that are meetings or
// agreements within `window`, with places and documents, in date order.
Result<Timeline> Assemble(const Store& store, std::vector<NodeRecord> subjects,
                          const std::vector<std::pair<int64_t, std::string>>& candidates,
                          const TimeWindow& window, bool role_is_type, bool meetings_only = false) {
  std::map<int64_t, std::string> role;
  std::vector<int64_t> ids;
  for (const auto& [id, r] : candidates) {
    if (role.emplace(id, r).second) ids.push_back(id);
  }
  Timeline out;
  out.subjects = std::move(subjects);
  if (ids.empty()) return out;
  auto snapshot = GraphSnapshot::Around(store, ids);
  if (!snapshot.ok()) return snapshot.status();
  const GraphSnapshot& graph = *snapshot.value();
  std::vector<int64_t> edge_ids;
  std::unordered_map<int64_t, size_t> event_of_edge;
  for (int64_t id : ids) {
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
  auto evidence = store.EvidenceFor(edge_ids);
  if (!evidence.ok()) return evidence.status();
  std::vector<std::set<int64_t>> documents(out.events.size());
  std::set<int64_t> all_documents;
  for (const EvidenceRecord& ev : evidence.value()) {
    documents[event_of_edge[ev.edge_id]].insert(ev.document_id);
    all_documents.insert(ev.document_id);
  }
  for (size_t i = 0; i < out.events.size(); ++i) {
    out.events[i].documents.assign(documents[i].begin(), documents[i].end());
  }
  if (!all_documents.empty()) {
    auto docs = store.Documents({all_documents.begin(), all_documents.end()});
    if (!docs.ok()) return docs.status();
    out.documents = std::move(docs).value();
  }
  auto key = [](const TimelineEvent& e) {
    const auto span = DateSpan::Parse(e.event.date);
    return std::make_tuple(span ? 0 : 1, span ? span->first : 0, span ? span->precision : 0,
                           e.event.name, e.event.id);
  };
  std::stable_sort(out.events.begin(), out.events.end(),
                   [&](const TimelineEvent& a, const TimelineEvent& b) { return key(a) < key(b); });
  return out;
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

}  // namespace

Result<Timeline> NodeTimeline(const Store& store, const GraphIndex& index, int64_t subject,
                              const TimeWindow& window) {
  auto node = store.GetNode(subject);
  if (!node.ok()) return node.status();
  if (!node.value()) return Status::NotFound("no node #" + std::to_string(subject));
  const NodeRecord self = *node.value();
  std::vector<std::pair<int64_t, std::string>> candidates;
  const bool series = self.kind == "dialogue" || IsTimedKind(self.kind);
  if (series) {
    auto snapshot = LineageSnapshot(store, index, subject);
    if (!snapshot.ok()) return snapshot.status();
    for (const LineageEntry& entry : Lineage(*snapshot.value(), subject)) {
      candidates.emplace_back(entry.node, std::string());
    }
  } else {
    auto touching = Touching(store, subject, self.kind == "country");
    if (!touching.ok()) return touching.status();
    candidates = std::move(touching).value();
  }
  return Assemble(store, {self}, candidates, window, series);
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
