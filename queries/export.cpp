#include "queries/export.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_set>

namespace dkg {

namespace {

// `path` with symbolic links followed as far as they lead (a link to a file that does not exist
// yet names that file), made absolute and normal.
std::filesystem::path Resolved(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  for (int hops = 0; hops < 40 && fs::is_symlink(p, ec); ++hops) {
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) break;
    p = target.is_absolute() ? target : p.parent_path() / target;
  }
  const fs::path canonical = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : canonical;
}

}  // namespace

Status CheckOutputPath(const std::string& output, const std::string& store_path) {
  const std::filesystem::path out = Resolved(output);
  struct stat out_stat {};
  const bool out_exists = ::stat(output.c_str(), &out_stat) == 0;
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".graph"}) {
    const std::string kept = store_path + suffix;
    struct stat kept_stat {};
    const bool same_file = out_exists && ::stat(kept.c_str(), &kept_stat) == 0 &&
                           kept_stat.st_dev == out_stat.st_dev &&
                           kept_stat.st_ino == out_stat.st_ino;
    if (same_file || out == Resolved(kept)) {
      return Status::InvalidInput(output + ": refusing to write the export over " +
                                  (*suffix ? kept + ", which belongs to the store " + store_path
                                           : "the store " + store_path));
    }
  }
  return Status::Ok();
}

Subgraph SelectSubgraph(const GraphSnapshot& graph, const SubgraphSelection& selection) {
  Subgraph out;
  std::unordered_set<int64_t> keep;
  const bool around = selection.around.has_value();
  if (around) {
    TraversalOptions options;
    options.max_depth = selection.depth;
    options.relations = selection.relations;
    if (selection.window.active()) {
      auto excluded = std::make_shared<std::vector<int64_t>>();
      for (const NodeRecord& n : graph.nodes()) {
        if (selection.window.Excludes(n)) excluded->push_back(n.id);
      }
      std::sort(excluded->begin(), excluded->end());
      options.excluded = std::move(excluded);
    }
    keep.insert(*selection.around);
    for (const auto& [id, depth] : graph.Neighborhood(*selection.around, options)) keep.insert(id);
  }
  for (const NodeRecord& n : graph.nodes()) {
    if (around && !keep.count(n.id)) continue;
    if (!selection.kinds.empty() && !selection.kinds.count(n.kind)) continue;
    if (selection.window.Excludes(n)) continue;
    out.nodes.push_back(&n);
  }
  std::unordered_set<int64_t> kept;
  for (const NodeRecord* n : out.nodes) kept.insert(n->id);
  for (const EdgeRecord& e : graph.edges()) {
    if (!selection.relations.empty() && !selection.relations.count(e.relation)) continue;
    if (!kept.count(e.source) || !kept.count(e.target)) continue;
    out.edges.push_back(&e);
  }
  out.whole = graph.complete() && out.nodes.size() == graph.nodes().size() &&
              out.edges.size() == graph.edges().size();
  return out;
}

Result<std::unique_ptr<GraphSnapshot>> ExportSnapshot(const Store& store, const SubgraphSelection& selection) {
  if (!selection.around) return GraphSnapshot::Build(store);
  auto index = GraphIndex::Open(store);
  if (!index.ok()) return index.status();
  TraversalOptions options;
  options.max_depth = selection.depth;
  options.relations = selection.relations;
  if (selection.window.active()) {
    auto excluded = ExcludedByWindow(store, selection.window);
    if (!excluded.ok()) return excluded.status();
    options.excluded = excluded.value();
  }
  std::vector<int64_t> kept{*selection.around};
  for (const auto& [id, depth] : index.value()->Neighborhood(*selection.around, options)) kept.push_back(id);
  return GraphSnapshot::Induced(store, *index.value(), kept);
}

namespace {

std::string XmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // XML 1.0 cannot carry other control characters at all; drop them.
        if (c < 0x20) break;
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string DotEscape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& values, const std::string& sep) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : sep) + v;
  return out;
}

nlohmann::json JsonDocuments(const std::vector<DocumentRecord>& docs) {
  nlohmann::json out = nlohmann::json::array();
  for (const DocumentRecord& d : docs) {
    out.push_back({{"id", d.id},
                   {"title", d.title},
                   {"date", d.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.date)},
                   {"source", d.source},
                   {"sha256", d.sha256}});
  }
  return out;
}

}  // namespace

Result<std::string> ExportSubgraph(const Store& store, const Subgraph& sub, ExportFormat format) {
  std::vector<int64_t> edge_ids;
  for (const EdgeRecord* e : sub.edges) edge_ids.push_back(e->id);
  auto evidence = store.EvidenceFor(edge_ids);
  if (!evidence.ok()) return evidence.status();
  std::map<int64_t, std::vector<const EvidenceRecord*>> by_edge;
  std::set<int64_t> doc_ids;
  for (const EvidenceRecord& ev : evidence.value()) {
    by_edge[ev.edge_id].push_back(&ev);
    doc_ids.insert(ev.document_id);
  }

  if (format == ExportFormat::kJson) {
    auto docs = sub.whole ? store.Documents() : store.Documents({doc_ids.begin(), doc_ids.end()});
    if (!docs.ok()) return docs.status();
    if (!sub.whole && doc_ids.empty()) docs = std::vector<DocumentRecord>{};
    nlohmann::json out;
    out["nodes"] = nlohmann::json::array();
    for (const NodeRecord* n : sub.nodes) {
      nlohmann::json node = {{"id", n->id},   {"kind", n->kind}, {"name", n->name},
                             {"aliases", n->aliases},
                             {"date", n->date.empty() ? nlohmann::json(nullptr) : nlohmann::json(n->date)},
                             {"attrs", n->attrs}};
      if (!n->xid.empty()) node["xid"] = n->xid;
      out["nodes"].push_back(std::move(node));
    }
    out["edges"] = nlohmann::json::array();
    for (const EdgeRecord* e : sub.edges) {
      nlohmann::json ev = nlohmann::json::array();
      for (const EvidenceRecord* r : by_edge[e->id]) {
        ev.push_back({{"document", r->document_id}, {"start", r->span.start}, {"end", r->span.end},
                      {"text", r->text}, {"rule", r->rule}});
      }
      out["edges"].push_back({{"id", e->id}, {"source", e->source}, {"target", e->target},
                              {"relation", e->relation}, {"attrs", e->attrs}, {"evidence", ev}});
    }
    out["documents"] = JsonDocuments(docs.value());
    // Invalid UTF-8 cannot enter the store, but replace rather than throw if it ever does.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }

  std::ostringstream os;
  if (format == ExportFormat::kGraphml) {
    std::set<std::string> node_attr_keys, edge_attr_keys;
    for (const NodeRecord* n : sub.nodes) {
      for (const auto& [k, v] : n->attrs) node_attr_keys.insert(k);
    }
    for (const EdgeRecord* e : sub.edges) {
      for (const auto& [k, v] : e->attrs) edge_attr_keys.insert(k);
    }
    os << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
    auto key = [&](const std::string& id, const std::string& domain, const std::string& name,
                   const std::string& type) {
      os << "  <key id=\"" << XmlEscape(id) << "\" for=\"" << domain << "\" attr.name=\""
         << XmlEscape(name) << "\" attr.type=\"" << type << "\"/>\n";
    };
    // Readers (NetworkX, Gephi) name attributes by attr.name, so a user attribute called "xid"
    // would be read over the core field. A user attribute named like a core field, or starting
    // with "attr.", is written as "attr.NAME": the mapping stays one to one and never shadows.
    static const std::set<std::string> kNodeCore = {"id", "kind", "name", "aliases", "date", "xid"};
    static const std::set<std::string> kEdgeCore = {
        "id", "source", "target", "relation", "evidence", "evidence_count", "rules"};
    auto user_name = [](const std::set<std::string>& core, const std::string& k) {
      return core.count(k) || k.rfind("attr.", 0) == 0 ? "attr." + k : k;
    };
    key("kind", "node", "kind", "string");
    key("name", "node", "name", "string");
    key("aliases", "node", "aliases", "string");
    key("date", "node", "date", "string");
    key("xid", "node", "xid", "string");
    for (const std::string& k : node_attr_keys) {
      key("n_" + k, "node", user_name(kNodeCore, k), "string");
    }
    key("relation", "edge", "relation", "string");
    key("evidence", "edge", "evidence", "string");
    key("evidence_count", "edge", "evidence_count", "int");
    key("rules", "edge", "rules", "string");
    for (const std::string& k : edge_attr_keys) {
      key("e_" + k, "edge", user_name(kEdgeCore, k), "string");
    }
    os << "  <graph id=\"dkg\" edgedefault=\"directed\">\n";
    auto data = [&](const std::string& k, const std::string& v) {
      if (!v.empty()) os << "      <data key=\"" << XmlEscape(k) << "\">" << XmlEscape(v) << "</data>\n";
    };
    for (const NodeRecord* n : sub.nodes) {
      os << "    <node id=\"n" << n->id << "\">\n";
      data("kind", n->kind);
      data("name", n->name);
      data("aliases", Join(n->aliases, "|"));
      data("date", n->date);
      data("xid", n->xid);
      for (const auto& [k, v] : n->attrs) data("n_" + k, v);
      os << "    </node>\n";
    }
    for (const EdgeRecord* e : sub.edges) {
      os << "    <edge id=\"e" << e->id << "\" source=\"n" << e->source << "\" target=\"n"
         << e->target << "\">\n";
      data("relation", e->relation);
      const auto& evs = by_edge[e->id];
      std::set<std::string> rules;
      for (const EvidenceRecord* r : evs) rules.insert(r->rule);
      data("evidence", evs.empty() ? std::string() : evs.front()->text);
      os << "      <data key=\"evidence_count\">" << evs.size() << "</data>\n";
      data("rules", Join({rules.begin(), rules.end()}, "|"));
      for (const auto& [k, v] : e->attrs) data("e_" + k, v);
      os << "    </edge>\n";
    }
    os << "  </graph>\n</graphml>\n";
    return os.str();
  }

  // DOT: one box per node, labelled with its name and kind; edges labelled by relation.
  os << "digraph dkg {\n  graph [rankdir=LR];\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
     << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const NodeRecord* n : sub.nodes) {
    std::string label = n->name + "\n(" + n->kind + (n->date.empty() ? "" : ", " + n->date) + ")";
    os << "  n" << n->id << " [label=\"" << DotEscape(label) << "\", kind=\"" << DotEscape(n->kind)
       << "\"];\n";
  }
  for (const EdgeRecord* e : sub.edges) {
    os << "  n" << e->source << " -> n" << e->target << " [label=\"" << DotEscape(e->relation)
       << "\"];\n";
  }
  os << "}\n";
  return os.str();
}

}  // namespace dkg
