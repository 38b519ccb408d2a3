#include "queries/queries.h"

#include <algorithm>
#include <climits>
#include <cctype>
#include <charconv>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "queries/lookup.h"

namespace dkg {

namespace {

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// The target of the first `relation` edge out of `node`, or nullptr.
const NodeRecord* OutTarget(const GraphSnapshot& g, int64_t node, const std::string& relation) {
  for (const EdgeRecord* e : g.Incident(node)) {
    if (e->source == node && e->relation == relation) return g.Node(e->target);
  }
  return nullptr;
}

}  // namespace

Result<int64_t> ResolveNode(const Store& store, const std::string& raw,
                            std::vector<NodeRecord>* candidates) {
  const std::string query = Trim(raw);
  if (query.empty()) return Status::InvalidInput("empty node reference");
  auto ambiguous = [&](const std::vector<int64_t>& ids) -> Result<int64_t> {
    if (candidates) {
      auto nodes = store.GetNodes(ids);
      if (nodes.ok()) *candidates = nodes.value();
    }
    return Status::Ambiguous("'" + query + "' matches " + std::to_string(ids.size()) + " nodes");
  };
  if (query[0] == '#' && AllDigits(query.substr(1))) {
    int64_t id = 0;
    auto [end, ec] = std::from_chars(query.data() + 1, query.data() + query.size(), id);
    if (ec != std::errc() || end != query.data() + query.size()) {
      return Status::NotFound("no node " + query);
    }
    auto node = store.GetNode(id);
    if (!node.ok()) return node.status();
    if (!node.value()) return Status::NotFound("no node #" + query.substr(1));
    return id;
  }
  if (query[0] == '#' && query.size() > 2 && query[1] == '-' && AllDigits(query.substr(2))) {
    return Status::NotFound("no node " + query + " (node ids are positive)");  // not a name search
  }
  if (query.rfind("xid:", 0) == 0) {
    auto id = store.FindByXid(query.substr(4));
    if (!id.ok()) return id.status();
    if (!id.value()) return Status::NotFound("no node with external id '" + query.substr(4) + "'");
    return *id.value();
  }
  auto exact = store.FindByName(query);
  if (!exact.ok()) return exact.status();
  if (exact->size() == 1) return exact->front();
  if (exact->size() > 1) return ambiguous(exact.value());
  // The reference is a name: full-text syntax in it is matched as part of an exact name or alias
  // above, never read as a search (`Misri*` read as the word Misri looked like a prefix search).
  if (const std::string syntax = FullTextSyntaxIn(query); !syntax.empty()) {
    std::string message = "no node is named '" + query + "': a node is given by its name or alias, words of its "
                           "name, #ID or xid:ID, and '" + syntax + "' is full-text query syntax, which names "
                           "no node (search finds names by their words: dkg search, /api/search)";
    const std::vector<NodeRecord> near = SuggestNodes(store, query);
    for (size_t i = 0; i < near.size(); ++i) {
      message += (i ? ", " : "; did you mean: ") + near[i].name + " (" + near[i].kind + ", #" +
                 std::to_string(near[i].id) + ")";
    }
    return Status::NotFound(message);
  }
  auto found = store.Search(query);
  if (!found.ok()) return found.status();
  if (found->size() == 1) return found->front();
  if (found->size() > 1) return ambiguous(found.value());
  std::string message = "no node matches '" + query + "'";
  const std::vector<NodeRecord> near = SuggestNodes(store, query);
  for (size_t i = 0; i < near.size(); ++i) {
    message += (i ? ", " : "; did you mean: ") + near[i].name + " (" + near[i].kind + ", #" +
               std::to_string(near[i].id) + ")";
  }
  return Status::NotFound(message);
}

std::string PlaceOf(const GraphSnapshot& graph, int64_t meeting) {
  const NodeRecord* place = PlaceNodeOf(graph, meeting);
  return place ? place->name : std::string();
}

const NodeRecord* PlaceNodeOf(const GraphSnapshot& graph, int64_t meeting) {
  return OutTarget(graph, meeting, "held_in");
}

std::vector<CochairRow> Cochairs(const GraphSnapshot& graph, const CochairFilter& filter) {
  std::vector<CochairRow> rows;
  for (const EdgeRecord& e : graph.edges()) {
    if (e.relation != "cochaired") continue;
    if (filter.meeting && e.target != *filter.meeting) continue;
    if (filter.official && e.source != *filter.official) continue;
    const NodeRecord* official = graph.Node(e.source);
    const NodeRecord* meeting = graph.Node(e.target);
    if (!official || !meeting) continue;
    if (filter.window.active() && !filter.window.Holds(meeting->date)) continue;
    const NodeRecord* country = OutTarget(graph, official->id, "represents");
    if (filter.country && (!country || country->id != *filter.country)) continue;
    CochairRow row;
    row.meeting_id = meeting->id;
    row.meeting = meeting->name;
    row.date = meeting->date;
    if (const NodeRecord* place = PlaceNodeOf(graph, meeting->id)) {
      row.place = place->name;
      row.place_id = place->id;
    }
    row.official_id = official->id;
    row.official = official->name;
    auto title = official->attrs.find("title");
    row.office = title == official->attrs.end() ? std::string() : title->second;
    if (const NodeRecord* body = OutTarget(graph, official->id, "member_of")) {
      row.office += (row.office.empty() ? "" : ", ") + body->name;
    }
    row.country = country ? country->name : std::string();
    row.country_id = country ? country->id : 0;
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [](const CochairRow& a, const CochairRow& b) {
    return std::tie(a.date, a.meeting, a.official) < std::tie(b.date, b.meeting, b.official);
  });
  return rows;
}

Result<std::unique_ptr<CochairTable>> CochairTable::Build(const Store& store) {
  auto opened = store.Scan();
  if (!opened.ok()) return opened.status();
  StoreScan& scan = *opened.value();
  auto table = std::unique_ptr<CochairTable>(new CochairTable());
  // The edges a row needs, as (from, to) pairs in edge id order: the first of a node's
  // represents, member_of and held_in edges is its country, body and place (as OutTarget).
  std::vector<std::pair<int64_t, int64_t>> cochaired, represents, member_of, held_in;
  EdgeScanOptions options;
  options.relations = {"cochaired", "represents", "member_of", "held_in"};
  options.attrs = false;
  options.evidence = false;
  Status s = scan.Edges([&](const EdgeRecord& e, const std::vector<EvidenceRecord>&) {
    auto& to = e.relation == "cochaired"    ? cochaired
               : e.relation == "represents" ? represents
               : e.relation == "member_of"  ? member_of
                                            : held_in;
    to.emplace_back(e.source, e.target);
    return true;
  }, options);
  if (!s.ok()) return s;
  auto first_of_each = [](std::vector<std::pair<int64_t, int64_t>>& pairs) {
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                pairs.end());
    pairs.shrink_to_fit();
  };
  first_of_each(represents);
  first_of_each(member_of);
  first_of_each(held_in);
  // The nodes the rows name, in id order.
  std::vector<int64_t>& ids = table->ids_;
  ids.reserve(cochaired.size() * 2);
  for (const auto& [official, meeting] : cochaired) {
    ids.push_back(official);
    ids.push_back(meeting);
  }
  for (const auto* pairs : {&represents, &member_of, &held_in}) {
    for (const auto& [from, to] : *pairs) ids.push_back(to);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ids.shrink_to_fit();
  // Their fields, read in id order like the ids: a merge. A node without a record (none, in one
  // snapshot; but stay exact) keeps an empty Info and is dropped from the rows below.
  std::vector<bool> present(ids.size(), false);
  table->infos_.resize(ids.size());
  size_t next = 0;
  s = scan.Nodes([&](const NodeRecord& n) {
    while (next < ids.size() && ids[next] < n.id) ++next;
    if (next == ids.size()) return false;
    if (ids[next] != n.id) return true;
    Info& info = table->infos_[next];
    present[next] = true;
    info.offset = table->arena_.size();
    auto title = n.attrs.find("title");
    const std::string& t = title == n.attrs.end() ? std::string() : title->second;
    info.kind = static_cast<uint32_t>(n.kind.size());
    info.name = static_cast<uint32_t>(n.name.size());
    info.date = static_cast<uint32_t>(n.date.size());
    info.title = static_cast<uint32_t>(t.size());
    table->arena_ += n.kind;
    table->arena_ += n.name;
    table->arena_ += n.date;
    table->arena_ += t;
    return true;
  }, false, [&](int64_t id) { return std::binary_search(ids.begin(), ids.end(), id); });
  if (!s.ok()) return s;
  table->arena_.shrink_to_fit();
  const CochairTable& t = *table;
  auto at = [&](int64_t id) {
    const uint32_t i = t.Find(id);
    return i != kNone && present[i] ? i : kNone;
  };
  auto target = [&](const std::vector<std::pair<int64_t, int64_t>>& pairs, int64_t from) -> uint32_t {
    auto it = std::lower_bound(pairs.begin(), pairs.end(), std::pair<int64_t, int64_t>{from, INT64_MIN});
    return it != pairs.end() && it->first == from ? at(it->second) : kNone;
  };
  table->rows_.reserve(cochaired.size());
  for (const auto& [official, meeting] : cochaired) {
    Ids r;
    r.official = at(official);
    r.meeting = at(meeting);
    // A row whose meeting or official has no record is not an answer (as in Cochairs()).
    if (r.official == kNone || r.meeting == kNone) continue;
    r.place = target(held_in, meeting);
    r.country = target(represents, official);
    r.body = target(member_of, official);
    table->rows_.push_back(r);
  }
  // Answer order: by meeting date and name, then official name. The meetings are ranked once
  // (a few per row), so sorting the rows compares two numbers and rarely a name.
  std::vector<uint32_t> meetings;
  meetings.reserve(table->rows_.size());
  for (const Ids& r : table->rows_) meetings.push_back(r.meeting);
  std::sort(meetings.begin(), meetings.end());
  meetings.erase(std::unique(meetings.begin(), meetings.end()), meetings.end());
  std::sort(meetings.begin(), meetings.end(), [&](uint32_t a, uint32_t b) {
    const std::string_view da = t.Field(t.infos_[a], 2), db = t.Field(t.infos_[b], 2);
    if (da != db) return da < db;
    return t.Field(t.infos_[a], 1) < t.Field(t.infos_[b], 1);
  });
  std::vector<uint32_t> rank(t.infos_.size(), 0);
  for (size_t i = 0, r = 0; i < meetings.size(); ++i) {
    // Meetings of one date and name share a rank: their rows then go by official, as before.
    if (i > 0 && (t.Field(t.infos_[meetings[i]], 2) != t.Field(t.infos_[meetings[i - 1]], 2) ||
                  t.Field(t.infos_[meetings[i]], 1) != t.Field(t.infos_[meetings[i - 1]], 1)))
      ++r;
    rank[meetings[i]] = static_cast<uint32_t>(r);
  }
  std::vector<uint32_t>().swap(meetings);
  std::sort(table->rows_.begin(), table->rows_.end(), [&](const Ids& a, const Ids& b) {
    if (rank[a.meeting] != rank[b.meeting]) return rank[a.meeting] < rank[b.meeting];
    return t.Field(t.infos_[a.official], 1) < t.Field(t.infos_[b.official], 1);
  });
  return table;
}

uint32_t CochairTable::Find(int64_t id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return kNone;
  return static_cast<uint32_t>(it - ids_.begin());
}

// Field 0 kind, 1 name, 2 date, 3 title.
std::string_view CochairTable::Field(const Info& info, int which) const {
  const uint32_t lengths[4] = {info.kind, info.name, info.date, info.title};
  uint64_t at = info.offset;
  for (int i = 0; i < which; ++i) at += lengths[i];
  return std::string_view(arena_).substr(at, lengths[which]);
}

std::optional<NodeRecord> CochairTable::Node(int64_t id) const {
  const uint32_t i = Find(id);
  if (i == kNone) return std::nullopt;
  NodeRecord n;
  n.id = id;
  n.kind = Field(infos_[i], 0);
  n.name = Field(infos_[i], 1);
  n.date = Field(infos_[i], 2);
  return n;
}

CochairRow CochairTable::Row(size_t i) const {
  const Ids& r = rows_[i];
  CochairRow row;
  const Info& meeting = infos_[r.meeting];
  const Info& official = infos_[r.official];
  row.meeting_id = ids_[r.meeting];
  row.meeting = Field(meeting, 1);
  row.date = Field(meeting, 2);
  if (r.place != kNone) {
    row.place = Field(infos_[r.place], 1);
    row.place_id = ids_[r.place];
  }
  row.official_id = ids_[r.official];
  row.official = Field(official, 1);
  row.office = Field(official, 3);
  if (r.body != kNone) row.office += (row.office.empty() ? "" : ", ") + std::string(Field(infos_[r.body], 1));
  if (r.country != kNone) {
    row.country = Field(infos_[r.country], 1);
    row.country_id = ids_[r.country];
  }
  return row;
}

namespace {

// The relations a lineage follows, by priority when a node has several parents.
const std::map<std::string, int>& LineagePriority() {
  static const std::map<std::string, int> kPriority = {
      {"round_of", 0}, {"announced_at", 1}, {"agreed_at", 2}, {"follows", 3}};
  return kPriority;
}

// Lineage() reads at most this many nodes of a component, so a huge series stays readable.
constexpr size_t kMaxLineageNodes = 2000;
// ... and only nodes at most this many lineage hops from the node asked about.
constexpr int kMaxLineageHops = 255;

}  // namespace

// With only a window: the meetings held within it, their co-chaired and held_in edges, and the
// co-chairs' represents and member_of edges, with the records of their ends and nothing else, so
// that a window over a large store reads the few rows its answer needs.
Result<std::unique_ptr<GraphSnapshot>> WindowCochairsSnapshot(const Store& store, const TimeWindow& window) {
  std::string at_least, below;
  window.TextBounds(at_least, below);
  auto dated = store.NodeDates({"meeting"}, at_least, below);
  if (!dated.ok()) return dated.status();
  GraphData data;
  std::set<int64_t> ids;
  std::vector<int64_t> meetings;
  for (const auto& [id, date] : dated.value()) {
    if (window.Holds(date)) meetings.push_back(id);
  }
  // Only the relations a co-chair row reads, each from its index: a meeting's co-chairs and
  // place, then each co-chair's country and body (not the thousands of meetings of a busy one).
  // A row reads no edge attribute, so the edges come from the indexes alone.
  auto chairs = store.EdgesWith(meetings, false, {"cochaired"}, false);
  if (!chairs.ok()) return chairs.status();
  auto places = store.EdgesWith(meetings, true, {"held_in"}, false);
  if (!places.ok()) return places.status();
  std::set<int64_t> officials;
  for (const EdgeRecord& e : chairs.value()) officials.insert(e.source);
  auto affiliations =
      store.EdgesWith({officials.begin(), officials.end()}, true, {"represents", "member_of"}, false);
  if (!affiliations.ok()) return affiliations.status();
  for (auto* edges : {&chairs.value(), &places.value(), &affiliations.value()}) {
    for (EdgeRecord& e : *edges) {
      ids.insert(e.source);
      ids.insert(e.target);
      data.edges.push_back(std::move(e));
    }
  }
  // A co-chair row shows no alias: the records without theirs (half the lookups).
  auto nodes = store.GetNodes({ids.begin(), ids.end()}, false);
  if (!nodes.ok()) return nodes.status();
  data.nodes = std::move(nodes).value();
  return GraphSnapshot::Partial(std::move(data));
}

Result<std::unique_ptr<GraphSnapshot>> CochairsSnapshot(const Store& store, const CochairFilter& filter) {
  if (!filter.meeting && !filter.official && !filter.country) {
    return filter.window.active() ? WindowCochairsSnapshot(store, filter.window) : GraphSnapshot::Build(store);
  }
  // Officials and meetings the filter concerns; Cochairs() filters the rows exactly.
  std::vector<int64_t> officials, meetings;
  auto edges_of = [&](int64_t id) { return store.EdgesOf(id); };
  if (filter.meeting) meetings.push_back(*filter.meeting);
  if (filter.official) officials.push_back(*filter.official);
  if (filter.country && !filter.official) {
    auto edges = edges_of(*filter.country);
    if (!edges.ok()) return edges.status();
    for (const EdgeRecord& e : edges.value()) {
      if (e.relation == "represents" && e.target == *filter.country) officials.push_back(e.source);
    }
  }
  if (filter.meeting && officials.empty()) {
    auto edges = edges_of(*filter.meeting);
    if (!edges.ok()) return edges.status();
    for (const EdgeRecord& e : edges.value()) {
      if (e.relation == "cochaired" && e.target == *filter.meeting) officials.push_back(e.source);
    }
  } else if (!filter.meeting) {
    for (int64_t official : std::vector<int64_t>(officials)) {
      auto edges = edges_of(official);
      if (!edges.ok()) return edges.status();
      for (const EdgeRecord& e : edges.value()) {
        if (e.relation == "cochaired" && e.source == official) meetings.push_back(e.target);
      }
    }
  }
  std::vector<int64_t> core = officials;
  core.insert(core.end(), meetings.begin(), meetings.end());
  return GraphSnapshot::Around(store, core);
}

Result<std::unique_ptr<GraphSnapshot>> LineageSnapshot(const Store& store, const GraphIndex& index, int64_t node,
                                                       std::string* cut, std::vector<int64_t>* core_out) {
  TraversalOptions options;
  options.max_depth = kMaxLineageHops;
  for (const auto& [relation, priority] : LineagePriority()) options.relations.insert(relation);
  std::vector<int64_t> core{node};
  int deepest = 0;
  bool full = false;
  // The search stops at the bound: a lineage relation can join a dialogue to most of a store of
  // millions (the 1M-node store of bench/), which was searched whole before being cut.
  for (const auto& [id, depth] : index.Neighborhood(node, options, kMaxLineageNodes)) {
    if (core.size() >= kMaxLineageNodes) {
      full = true;
      break;
    }
    core.push_back(id);
    deepest = std::max(deepest, depth);
  }
  if (cut) {
    cut->clear();
    if (full) {
      *cut = "the lineage has more than " + std::to_string(kMaxLineageNodes) + " nodes; the first " +
             std::to_string(kMaxLineageNodes) + " found are shown";
    } else if (deepest >= kMaxLineageHops) {
      // Nodes exactly at the bound may have lineage beyond it: look one hop further.
      TraversalOptions further = options;
      further.max_depth = kMaxLineageHops + 1;
      if (index.CountWithin(node, further) > core.size() - 1) {
        *cut = "the lineage reaches further than " + std::to_string(kMaxLineageHops) +
               " hops from this node; nodes beyond are not shown";
      }
    }
  }
  if (core_out) {
    *core_out = core;
    return GraphSnapshot::Around(store, core);
  }
  // Lineage() reads the lineage edges at the core and the places of its meetings, not their
  // participants: a dialogue of 3,000 rounds read each round's every edge and node record.
  std::set<std::string> lineage;
  for (const auto& [relation, priority] : LineagePriority()) lineage.insert(relation);
  std::set<std::string> out = lineage;
  out.insert("held_in");
  GraphData data;
  std::unordered_set<int64_t> edge_ids;
  std::set<int64_t> node_ids(core.begin(), core.end());
  for (auto [from_source, relations] : {std::pair{true, &out}, std::pair{false, &lineage}}) {
    auto edges = store.EdgesWith(core, from_source, *relations);
    if (!edges.ok()) return edges.status();
    for (EdgeRecord& e : edges.value()) {
      if (!edge_ids.insert(e.id).second) continue;
      node_ids.insert(e.source);
      node_ids.insert(e.target);
      data.edges.push_back(std::move(e));
    }
  }
  auto nodes = store.GetNodes(std::vector<int64_t>(node_ids.begin(), node_ids.end()));
  if (!nodes.ok()) return nodes.status();
  data.nodes = std::move(nodes).value();
  return GraphSnapshot::Partial(std::move(data));
}

std::vector<LineageEntry> Lineage(const GraphSnapshot& graph, int64_t start, const TimeWindow& window) {
  const std::map<std::string, int>& kPriority = LineagePriority();
  static const std::map<std::string, std::string> kLabel = {
      {"round_of", "round"}, {"announced_at", "announced"}, {"agreed_at", "agreed"},
      {"follows", "follows"}};
  // The component reachable through lineage relations, bounded so a huge series stays readable.
  constexpr size_t kMaxNodes = kMaxLineageNodes;
  std::vector<int64_t> component{start};
  std::unordered_set<int64_t> seen{start};
  std::deque<int64_t> queue{start};
  while (!queue.empty() && component.size() < kMaxNodes) {
    int64_t n = queue.front();
    queue.pop_front();
    for (const EdgeRecord* e : graph.Incident(n)) {
      if (!kPriority.count(e->relation)) continue;
      int64_t other = e->source == n ? e->target : e->source;
      if (seen.insert(other).second) {
        component.push_back(other);
        queue.push_back(other);
      }
    }
  }
  // Each node's parent: the target of its highest-priority lineage edge.
  std::unordered_map<int64_t, std::pair<int64_t, std::string>> parent;
  for (int64_t n : component) {
    int best = 99;
    for (const EdgeRecord* e : graph.Incident(n)) {
      auto p = kPriority.find(e->relation);
      if (p == kPriority.end() || e->source != n || !seen.count(e->target)) continue;
      if (p->second < best) {
        best = p->second;
        parent[n] = {e->target, kLabel.at(e->relation)};
      }
    }
  }
  // Break cycles (a follows chain that loops) by dropping the edge that closes one.
  for (int64_t n : component) {
    std::unordered_set<int64_t> path{n};
    int64_t cur = n;
    while (parent.count(cur)) {
      int64_t up = parent[cur].first;
      if (!path.insert(up).second) {
        parent.erase(cur);
        break;
      }
      cur = up;
    }
  }
  std::unordered_map<int64_t, std::vector<int64_t>> children;
  std::vector<int64_t> roots;
  for (int64_t n : component) {
    if (parent.count(n)) children[parent[n].first].push_back(n);
    else roots.push_back(n);
  }
  auto by_date = [&](int64_t a, int64_t b) {
    const NodeRecord* x = graph.Node(a);
    const NodeRecord* y = graph.Node(b);
    // Undated nodes (dialogues) sort with their first dated descendant's position: after dated
    // siblings of equal standing is fine for display.
    std::string dx = x->date.empty() ? "9999" : x->date, dy = y->date.empty() ? "9999" : y->date;
    return std::tie(dx, x->name, a) < std::tie(dy, y->name, b);
  };
  std::sort(roots.begin(), roots.end(), by_date);
  std::vector<LineageEntry> out;
  std::vector<std::pair<int64_t, int>> stack;
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back({*it, 0});
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (window.Excludes(*graph.Node(n))) {
      // Left out: its children take its place, at its depth, in date order.
      auto& kids = children[n];
      std::sort(kids.begin(), kids.end(), by_date);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, depth});
      continue;
    }
    LineageEntry entry;
    entry.node = n;
    entry.depth = depth;
    if (parent.count(n) && depth > 0) entry.via = parent[n].second;
    entry.date = graph.Node(n)->date;
    if (const NodeRecord* place = PlaceNodeOf(graph, n)) {
      entry.place = place->name;
      entry.place_id = place->id;
    }
    out.push_back(entry);
    auto& kids = children[n];
    std::sort(kids.begin(), kids.end(), by_date);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, depth + 1});
  }
  return out;
}

namespace {

Result<std::optional<PathResult>> PathOn(const Store& store, const GraphIndex& index, int64_t from,
                                         int64_t to, const TraversalOptions& options) {
  auto path = index.ShortestPath(from, to, options);
  if (!path) return std::optional<PathResult>();
  PathResult result;
  auto nodes = store.GetNodes(path->nodes);
  if (!nodes.ok()) return nodes.status();
  if (nodes->size() != path->nodes.size()) {
    return Status::Corrupt(store.path() + ": the graph index names a node the store does not hold");
  }
  result.nodes = std::move(nodes).value();
  std::vector<int64_t> edge_ids;
  for (const PathStep& step : path->steps) {
    auto edge = store.FindEdge(step.source, step.relation, step.target);
    if (!edge.ok()) return edge.status();
    if (!edge.value()) {
      return Status::Corrupt(store.path() + ": the graph index names an edge the store does not hold");
    }
    PathHop hop;
    hop.edge = std::move(*edge.value());
    hop.forward = step.forward;
    edge_ids.push_back(hop.edge.id);
    result.hops.push_back(std::move(hop));
  }
  auto evidence = store.EvidenceFor(edge_ids);
  if (!evidence.ok()) return evidence.status();
  for (PathHop& hop : result.hops) {
    for (const EvidenceRecord& ev : evidence.value()) {
      if (ev.edge_id == hop.edge.id) hop.evidence.push_back(ev);
    }
  }
  return std::optional<PathResult>(std::move(result));
}

}  // namespace

Result<std::optional<PathResult>> FindPath(const Store& store, const GraphIndex& index,
                                           int64_t from, int64_t to,
                                           const TraversalOptions& options) {
  auto found = PathOn(store, index, from, to, options);
  if (found.ok() || found.status().code() != Status::Code::kCorrupt) return found;
  // The index disagrees with the store (a file that passed its checks but is wrong, writes made
  // outside dkg): an index built now from the store replaces it, for this answer and the next
  // command, instead of every run failing the same way.
  auto rebuilt = GraphIndex::Rebuild(store);
  if (!rebuilt.ok()) return rebuilt.status();
  return PathOn(store, *rebuilt.value(), from, to, options);
}

Result<NodeCard> ShowNode(const Store& store, int64_t id, int64_t offset, int64_t limit) {
  auto node = store.GetNode(id);
  if (!node.ok()) return node.status();
  if (!node.value()) return Status::NotFound("no node #" + std::to_string(id));
  NodeCard card;
  card.node = *node.value();
  auto edges = store.EdgesOf(id, offset, limit, card.edges_total);
  if (!edges.ok()) return edges.status();
  card.edges = std::move(edges).value();
  card.edges_offset = std::max<int64_t>(offset, 0);
  std::vector<int64_t> edge_ids;
  for (const EdgeRecord& e : card.edges) edge_ids.push_back(e.id);
  auto evidence = store.EvidenceFor(edge_ids);
  if (!evidence.ok()) return evidence.status();
  card.evidence = evidence.value();
  auto mentions = store.MentionsOf(id);
  if (!mentions.ok()) return mentions.status();
  card.mentions = mentions.value();
  auto corrections = store.Corrections(id);
  if (!corrections.ok()) return corrections.status();
  card.corrections = corrections.value();
  if (card.node.kind == "meeting" || card.node.kind == "agreement") {
    auto dates = store.DateClaims(id);
    if (!dates.ok()) return dates.status();
    card.dates = std::move(dates).value();
  }
  std::vector<int64_t> doc_ids;
  for (const DateClaimRecord& d : card.dates) {
    if (d.document_id != 0) doc_ids.push_back(d.document_id);
  }
  for (const MentionRecord& m : card.mentions) doc_ids.push_back(m.document_id);
  for (const EvidenceRecord& e : card.evidence) doc_ids.push_back(e.document_id);
  std::sort(doc_ids.begin(), doc_ids.end());
  doc_ids.erase(std::unique(doc_ids.begin(), doc_ids.end()), doc_ids.end());
  if (!doc_ids.empty()) {
    auto docs = store.Documents(doc_ids);
    if (!docs.ok()) return docs.status();
    card.documents = docs.value();
  }
  return card;
}

}  // namespace dkg
