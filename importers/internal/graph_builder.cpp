#include "importers/internal/graph_builder.h"

#include <algorithm>

#include "engine/normalize.h"

namespace dkg::internal {

namespace {
// Room made at the first node and edge of a document: a story has some dozens of each, and every
// regrowth of the lists moves each node (five strings, three lists, a map) or edge again.
constexpr size_t kFirstNodes = 64;
constexpr size_t kFirstEdges = 64;

// A 64-bit mix (the finalizer of splitmix64): nearby numbers go to distant slots.
size_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return static_cast<size_t>(x);
}
}  // namespace

size_t GraphBuilder::EdgeKeyHash::operator()(const EdgeKey& k) const noexcept {
  return Mix(k.source * 0x9e3779b97f4a7c15ULL + k.target * 0xc2b2ae3d27d4eb4fULL + k.relation);
}

size_t GraphBuilder::SpanSet::Hash(size_t node, int64_t start, int64_t end) {
  return Mix(node * 0x9e3779b97f4a7c15ULL + static_cast<uint64_t>(start) * 0xc2b2ae3d27d4eb4fULL +
             static_cast<uint64_t>(end));
}

bool GraphBuilder::SpanSet::Insert(size_t node, int64_t start, int64_t end) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = Hash(node, start, end) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.node == kEmpty) {
      slot = {node, start, end};
      ++size_;
      return true;
    }
    if (slot.node == node && slot.start == start && slot.end == end) return false;
  }
}

void GraphBuilder::SpanSet::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 128 : old.size() * 2, Slot{});
  size_ = 0;
  for (const Slot& slot : old) {
    if (slot.node != kEmpty) Insert(slot.node, slot.start, slot.end);
  }
}

void GraphBuilder::SpanSet::Clear() {
  slots_.clear();
  size_ = 0;
}

uint32_t GraphBuilder::RelationId(const std::string& relation) {
  return relation_ids_.try_emplace(relation, static_cast<uint32_t>(relation_ids_.size())).first->second;
}

int64_t GraphBuilder::FindRelationId(const std::string& relation) const {
  auto it = relation_ids_.find(relation);
  return it == relation_ids_.end() ? -1 : it->second;
}

size_t GraphBuilder::Node(const std::string& key, const std::string& kind, const std::string& name,
                          const std::string& rule) {
  if (graph_.nodes.empty()) {
    graph_.nodes.reserve(kFirstNodes);
    index_.reserve(kFirstNodes);
  }
  auto [it, fresh] = index_.try_emplace(key, graph_.nodes.size());
  if (!fresh) return it->second;
  ExtractedNode& n = graph_.nodes.emplace_back();
  n.kind = kind;
  n.name = name;
  n.attrs.emplace("rule", rule);
  return graph_.nodes.size() - 1;
}

void GraphBuilder::Mention(size_t node, const Span& span, const std::string& surface) {
  ExtractedNode& n = graph_.nodes[node];
  if (mention_spans_.Insert(node, span.start, span.end)) n.mentions.push_back(span);
  if (surface.empty() || surface == n.name) return;
  if (std::find(n.aliases.begin(), n.aliases.end(), surface) == n.aliases.end()) {
    n.aliases.push_back(surface);
  }
}

void GraphBuilder::Rename(size_t node, const std::string& name) {
  ExtractedNode& n = graph_.nodes[node];
  if (n.name == name) return;
  std::string old = n.name;
  n.name = name;
  n.aliases.erase(std::remove(n.aliases.begin(), n.aliases.end(), name), n.aliases.end());
  if (std::find(n.aliases.begin(), n.aliases.end(), old) == n.aliases.end()) n.aliases.push_back(old);
}

void GraphBuilder::RemoveAlias(size_t node, const std::string& alias) {
  auto& aliases = graph_.nodes[node].aliases;
  aliases.erase(std::remove(aliases.begin(), aliases.end(), alias), aliases.end());
}

void GraphBuilder::AddAlias(size_t node, const std::string& surface) {
  ExtractedNode& n = graph_.nodes[node];
  if (surface.empty() || surface == n.name) return;
  if (std::find(n.aliases.begin(), n.aliases.end(), surface) == n.aliases.end()) n.aliases.push_back(surface);
}

namespace {
// A date whose year has more than four digits ("10000-03-02": "next year" in a story of 9999) is
// no ISO date the store or a reader parses: the node keeps the date it had.
bool FourDigitYear(const std::string& iso) { return iso.size() == 4 || (iso.size() > 4 && iso[4] == '-'); }
}  // namespace

void GraphBuilder::SetDate(size_t node, const std::string& iso) {
  if (!FourDigitYear(iso)) return;
  if (graph_.nodes[node].date.empty()) graph_.nodes[node].date = iso;
}

void GraphBuilder::AddIdentityKey(size_t node, const std::string& key) {
  auto& keys = graph_.nodes[node].keys;
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
}

void GraphBuilder::SetDateForce(size_t node, const std::string& iso) {
  if (!iso.empty() && !FourDigitYear(iso)) return;
  graph_.nodes[node].date = iso;
}

void GraphBuilder::SetAttr(size_t node, const std::string& key, const std::string& value) {
  if (!value.empty()) graph_.nodes[node].attrs.emplace(key, value);
}

void GraphBuilder::Edge(size_t source, const std::string& relation, size_t target,
                        const Span& evidence, const std::string& rule) {
  if (source == target) return;
  if (graph_.edges.empty()) {
    graph_.edges.reserve(kFirstEdges);
    edge_index_.reserve(kFirstEdges);
  }
  auto [it, fresh] = edge_index_.try_emplace(EdgeKey{source, target, RelationId(relation)}, graph_.edges.size());
  if (fresh) {
    ExtractedEdge& e = graph_.edges.emplace_back();
    e.source = source;
    e.target = target;
    e.relation = relation;
  }
  auto& evidence_list = graph_.edges[it->second].evidence;
  for (const EvidenceInput& ev : evidence_list) {
    if (ev.span.start == evidence.start && ev.span.end == evidence.end) return;
  }
  evidence_list.push_back({evidence, rule});
}

bool GraphBuilder::HasEdge(size_t source, const std::string& relation, size_t target) const {
  const int64_t id = FindRelationId(relation);
  return id >= 0 && edge_index_.count(EdgeKey{source, target, static_cast<uint32_t>(id)}) > 0;
}

void GraphBuilder::RemoveEdge(size_t source, const std::string& relation, size_t target) {
  const int64_t id = FindRelationId(relation);
  if (id < 0) return;
  auto it = edge_index_.find(EdgeKey{source, target, static_cast<uint32_t>(id)});
  if (it == edge_index_.end()) return;
  dead_edges_.insert(it->second);
  edge_index_.erase(it);
}

void GraphBuilder::Absorb(size_t into, size_t from) {
  if (into == from || absorbed_.count(from)) return;
  ExtractedNode& source = graph_.nodes[from];
  for (const Span& span : source.mentions) Mention(into, span, "");
  for (const std::string& alias : source.aliases) AddAlias(into, alias);
  AddAlias(into, source.name);
  for (const std::string& key : source.keys) AddIdentityKey(into, key);
  if (graph_.nodes[into].date.empty()) graph_.nodes[into].date = source.date;
  const size_t count = graph_.edges.size();
  for (size_t i = 0; i < count; ++i) {
    if (dead_edges_.count(i)) continue;
    const ExtractedEdge e = graph_.edges[i];
    if (e.source != from && e.target != from) continue;
    dead_edges_.insert(i);
    const size_t s = e.source == from ? into : e.source;
    const size_t t = e.target == from ? into : e.target;
    for (const EvidenceInput& ev : e.evidence) Edge(s, e.relation, t, ev.span, ev.rule);
  }
  absorbed_.insert(from);
  for (ExtractedOffice& o : graph_.offices) {
    if (o.official == from) o.official = into;
    if (o.country == static_cast<long>(from)) o.country = static_cast<long>(into);
    if (o.body == static_cast<long>(from)) o.body = static_cast<long>(into);
  }
  for (auto& [key, index] : index_) {
    if (index == from) index = into;
  }
}

ExtractedGraph GraphBuilder::Take() {
  if (!absorbed_.empty() || !dead_edges_.empty()) {
    // Compact: drop absorbed nodes and re-made edges, renumbering what remains.
    std::vector<size_t> remap(graph_.nodes.size(), 0);
    std::vector<ExtractedNode> nodes;
    nodes.reserve(graph_.nodes.size());
    for (size_t i = 0; i < graph_.nodes.size(); ++i) {
      if (absorbed_.count(i)) continue;
      remap[i] = nodes.size();
      nodes.push_back(std::move(graph_.nodes[i]));
    }
    std::vector<ExtractedEdge> edges;
    edges.reserve(graph_.edges.size());
    for (size_t i = 0; i < graph_.edges.size(); ++i) {
      ExtractedEdge& e = graph_.edges[i];
      if (dead_edges_.count(i) || absorbed_.count(e.source) || absorbed_.count(e.target)) continue;
      e.source = remap[e.source];
      e.target = remap[e.target];
      edges.push_back(std::move(e));
    }
    for (ExtractedOffice& o : graph_.offices) {
      o.official = remap[o.official];
      if (o.country >= 0) o.country = static_cast<long>(remap[static_cast<size_t>(o.country)]);
      if (o.body >= 0) o.body = static_cast<long>(remap[static_cast<size_t>(o.body)]);
    }
    graph_.nodes = std::move(nodes);
    graph_.edges = std::move(edges);
    absorbed_.clear();
    dead_edges_.clear();
  }
  ExtractedGraph out = std::move(graph_);
  graph_ = {};
  index_.clear();
  relation_ids_.clear();
  edge_index_.clear();
  mention_spans_.Clear();
  return out;
}

}  // namespace dkg::internal
