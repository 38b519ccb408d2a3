#include "importers/internal/graph_builder.h"

#include <algorithm>

#include "engine/normalize.h"

namespace dkg::internal {

size_t GraphBuilder::Node(const std::string& key, const std::string& kind, const std::string& name,
                          const std::string& rule) {
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  ExtractedNode n;
  n.kind = kind;
  n.name = name;
  n.attrs["rule"] = rule;
  graph_.nodes.push_back(std::move(n));
  index_[key] = graph_.nodes.size() - 1;
  return graph_.nodes.size() - 1;
}

void GraphBuilder::Mention(size_t node, const Span& span, const std::string& surface) {
  ExtractedNode& n = graph_.nodes[node];
  if (mention_spans_.emplace(node, span.start, span.end).second) n.mentions.push_back(span);
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
  auto key = std::make_tuple(source, relation, target);
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) {
    ExtractedEdge e;
    e.source = source;
    e.target = target;
    e.relation = relation;
    graph_.edges.push_back(std::move(e));
    it = edge_index_.emplace(key, graph_.edges.size() - 1).first;
  }
  auto& evidence_list = graph_.edges[it->second].evidence;
  for (const EvidenceInput& ev : evidence_list) {
    if (ev.span.start == evidence.start && ev.span.end == evidence.end) return;
  }
  evidence_list.push_back({evidence, rule});
}

bool GraphBuilder::HasEdge(size_t source, const std::string& relation, size_t target) const {
  return edge_index_.count(std::make_tuple(source, relation, target)) > 0;
}

void GraphBuilder::RemoveEdge(size_t source, const std::string& relation, size_t target) {
  auto it = edge_index_.find(std::make_tuple(source, relation, target));
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
    for (size_t i = 0; i < graph_.nodes.size(); ++i) {
      if (absorbed_.count(i)) continue;
      remap[i] = nodes.size();
      nodes.push_back(std::move(graph_.nodes[i]));
    }
    std::vector<ExtractedEdge> edges;
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
  edge_index_.clear();
  mention_spans_.clear();
  return out;
}

}  // namespace dkg::internal
