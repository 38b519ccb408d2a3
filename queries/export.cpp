#include "queries/export.h"

#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <algorithm>
#include <filesystem>
#include <functional>
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
  // The files beside the name given and beside the file it leads to: through a link to the
  // store, SQLite keeps the WAL beside the store file itself, not beside the link.
  const std::string real_store = Resolved(store_path).string();
  for (const std::string& base : {store_path, real_store}) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".graph"}) {
      const std::string kept = base + suffix;
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
  int64_t selected = 0;
  return ExportSnapshotAtMost(store, selection, 0, &selected);
}

Result<std::unique_ptr<GraphSnapshot>> ExportSnapshotAtMost(const Store& store, const SubgraphSelection& selection,
                                                            int64_t max_nodes, int64_t* selected) {
  *selected = -1;
  const bool limited = max_nodes > 0;
  if (!selection.around) {
    if (limited) {
      // SelectSubgraph keeps the nodes of the kinds asked for, less the events the window excludes.
      auto stats = store.Stats(/*by_relation=*/false);
      if (!stats.ok()) return stats.status();
      int64_t count = 0;
      bool timed = false;  // whether some kind asked for is one a window applies to
      if (selection.kinds.empty()) {
        count = stats->nodes;
        timed = true;
      } else {
        for (const std::string& kind : selection.kinds) {
          auto it = stats->nodes_by_kind.find(kind);
          if (it != stats->nodes_by_kind.end()) count += it->second;
          timed = timed || IsTimedKind(kind);
        }
      }
      if (count > max_nodes && timed && selection.window.active()) {
        auto excluded = ExcludedByWindow(store, selection.window);
        if (!excluded.ok()) return excluded.status();
        if (selection.kinds.empty() || (selection.kinds.count("meeting") && selection.kinds.count("agreement"))) {
          count -= static_cast<int64_t>(excluded.value()->size());  // every excluded node is of a kind asked for
        } else {
          auto of_kinds = store.KindsAndDates(*excluded.value(), selection.kinds);
          if (!of_kinds.ok()) return of_kinds.status();
          count -= static_cast<int64_t>(of_kinds->size());
        }
      }
      *selected = count;
      if (count > max_nodes) return std::unique_ptr<GraphSnapshot>();
    }
    return GraphSnapshot::Build(store);
  }
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
  if (limited && static_cast<int64_t>(kept.size()) > max_nodes) {
    // The walk does not enter excluded events: only the kinds filter remains to count.
    int64_t count = static_cast<int64_t>(kept.size());
    if (!selection.kinds.empty()) {
      auto of_kinds = store.KindsAndDates(kept, selection.kinds);
      if (!of_kinds.ok()) return of_kinds.status();
      count = static_cast<int64_t>(of_kinds->size());
    }
    *selected = count;
    if (count > max_nodes) return std::unique_ptr<GraphSnapshot>();
  }
  return GraphSnapshot::Induced(store, *index.value(), kept);
}

Result<BoundedSubgraph> SelectBounded(const Store& store, const GraphIndex& index,
                                      const SubgraphSelection& selection, size_t max_nodes) {
  BoundedSubgraph out;
  std::vector<int64_t> kept;
  if (selection.around) {
    TraversalOptions options;
    options.max_depth = selection.depth;
    options.relations = selection.relations;
    if (selection.window.active()) {
      // As ExportSnapshot: the walk does not pass through events outside the window.
      auto excluded = ExcludedByWindow(store, selection.window);
      if (!excluded.ok()) return excluded.status();
      options.excluded = excluded.value();
    }
    kept.push_back(*selection.around);
    for (const auto& [id, depth] : index.Neighborhood(*selection.around, options)) kept.push_back(id);
  } else {
    auto stats = store.Stats();
    if (!stats.ok()) return stats.status();
    if (stats->nodes <= static_cast<int64_t>(max_nodes)) {
      auto whole = GraphSnapshot::Build(store);
      if (!whole.ok()) return whole.status();
      out.graph = std::move(whole).value();
      out.subgraph = SelectSubgraph(*out.graph, selection);
      out.available = out.graph->nodes().size();
      return out;
    }
    // The first nodes by id of each kind asked for (or of any kind), one more than fit.
    std::vector<std::string> kinds(selection.kinds.begin(), selection.kinds.end());
    if (kinds.empty()) kinds.emplace_back();
    for (const std::string& kind : kinds) {
      NodeListFilter filter;
      filter.kind = kind;
      filter.limit = static_cast<int64_t>(max_nodes) + 1;
      auto nodes = store.ListNodes(filter);
      if (!nodes.ok()) return nodes.status();
      for (const NodeRecord& n : nodes.value()) kept.push_back(n.id);
    }
    std::sort(kept.begin(), kept.end());
    out.available = static_cast<size_t>(stats->nodes);
  }
  if (selection.around) out.available = kept.size();
  if (kept.size() <= max_nodes) {
    // Nothing to cut: the command line's subgraph.
    auto graph = GraphSnapshot::Induced(store, index, kept);
    if (!graph.ok()) return graph.status();
    out.graph = std::move(graph).value();
    out.subgraph = SelectSubgraph(*out.graph, selection);
    return out;
  }
  if (!selection.kinds.empty() && selection.around) {
    // The kinds filter first (on records, read a slice at a time), so the cut keeps max_nodes
    // nodes of the kinds asked for, nearest first.
    std::vector<int64_t> of_kind;
    constexpr size_t kSlice = 2000;
    for (size_t at = 0; at < kept.size() && of_kind.size() <= max_nodes; at += kSlice) {
      std::vector<int64_t> slice(kept.begin() + static_cast<std::ptrdiff_t>(at),
                                 kept.begin() + static_cast<std::ptrdiff_t>(std::min(kept.size(), at + kSlice)));
      auto records = store.GetNodes(slice);
      if (!records.ok()) return records.status();
      std::unordered_set<int64_t> match;
      for (const NodeRecord& n : records.value()) {
        if (selection.kinds.count(n.kind)) match.insert(n.id);
      }
      for (int64_t id : slice) {
        if (match.count(id)) of_kind.push_back(id);
      }
    }
    kept = std::move(of_kind);
  }
  out.cut = kept.size() > max_nodes;
  if (kept.size() > max_nodes) kept.resize(max_nodes);
  auto graph = GraphSnapshot::Induced(store, index, kept);
  if (!graph.ok()) return graph.status();
  out.graph = std::move(graph).value();
  SubgraphSelection among = selection;
  among.around.reset();  // the kept nodes are the neighbourhood already
  out.subgraph = SelectSubgraph(*out.graph, among);
  out.subgraph.whole = false;
  return out;
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

// The corrections in effect, as a whole-store JSON export carries them (docs/output.md): each
// record with the rules it left for later imports, so that a store importing the file keeps the
// corrections across its own re-imports. A correction undone and the undo that undid it cancel
// out (the store's log keeps both), so an undo gives back the export of before, byte for byte.
// Null when none is in effect: the export is then the same as before corrections existed.
// Each lists the nodes it concerns that the export holds (`exported`): an import refuses a
// correction naming a node the file does not have.
nlohmann::json JsonCorrections(const std::vector<CorrectionRecord>& records,
                               const std::map<int64_t, std::vector<CorrectionRule>>& rule_map,
                               const std::function<bool(int64_t)>& exported) {
  std::vector<const CorrectionRecord*> standing;
  for (const CorrectionRecord& c : records) {
    if (c.undone_by == 0 && c.action != "undo") standing.push_back(&c);
  }
  if (standing.empty()) return nlohmann::json(nullptr);
  const auto* rules = &rule_map;
  nlohmann::json out = nlohmann::json::array();
  for (const CorrectionRecord* record : standing) {
    const CorrectionRecord& c = *record;
    nlohmann::json list = nlohmann::json::array();
    if (auto it = rules->find(c.id); it != rules->end()) {
      for (const CorrectionRule& r : it->second) {
        if (r.type == "suppress") {
          list.push_back({{"type", r.type},
                          {"source_kind", r.source_kind},
                          {"source_norm", r.source_norm},
                          {"relation", r.relation},
                          {"target_kind", r.target_kind},
                          {"target_norm", r.target_norm}});
        } else {
          nlohmann::json rule = {{"type", r.type}, {"kind", r.kind}, {"norm", r.norm}, {"target", r.target}};
          if (r.type == "document_redirect") rule["sha256"] = r.sha256;
          list.push_back(std::move(rule));
        }
      }
    }
    auto detail = nlohmann::json::parse(c.detail, nullptr, false);
    // What an imported correction did to the importing store's own rows is that store's
    // history, not the correction's.
    if (detail.is_object()) detail.erase("applied");
    out.push_back({{"id", c.id},
                   {"action", c.action},
                   {"at", c.at},
                   {"by", c.by},
                   {"reason", c.reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.reason)},
                   {"summary", c.summary},
                   {"detail", detail.is_object() ? detail : nlohmann::json::object()},
                   {"nodes", [&] {
                      std::vector<int64_t> kept;
                      for (int64_t n : c.nodes) {
                        if (exported(n)) kept.push_back(n);
                      }
                      return kept;
                    }()},
                   {"undone_by", c.undone_by == 0 ? nlohmann::json(nullptr) : nlohmann::json(c.undone_by)},
                   {"rules", std::move(list)}});
  }
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

namespace {

// ---- GraphML and DOT, one element at a time (shared by the in-memory and streamed exports) ----

// Readers (NetworkX, Gephi) name attributes by attr.name, so a user attribute called "xid"
// would be read over the core field. A user attribute named like a core field, or starting
// with "attr.", is written as "attr.NAME": the mapping stays one to one and never shadows.
std::string UserAttrName(const std::set<std::string>& core, const std::string& k) {
  return core.count(k) || k.rfind("attr.", 0) == 0 ? "attr." + k : k;
}

void GraphmlBegin(std::string& os, const std::set<std::string>& node_attr_keys,
                  const std::set<std::string>& edge_attr_keys) {
  static const std::set<std::string> kNodeCore = {"id", "kind", "name", "aliases", "date", "xid"};
  static const std::set<std::string> kEdgeCore = {
      "id", "source", "target", "relation", "evidence", "evidence_count", "rules"};
  os += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  auto key = [&](const std::string& id, const std::string& domain, const std::string& name,
                 const std::string& type) {
    os += "  <key id=\"" + XmlEscape(id) + "\" for=\"" + domain + "\" attr.name=\"" + XmlEscape(name) +
          "\" attr.type=\"" + type + "\"/>\n";
  };
  key("kind", "node", "kind", "string");
  key("name", "node", "name", "string");
  key("aliases", "node", "aliases", "string");
  key("date", "node", "date", "string");
  key("xid", "node", "xid", "string");
  for (const std::string& k : node_attr_keys) key("n_" + k, "node", UserAttrName(kNodeCore, k), "string");
  key("relation", "edge", "relation", "string");
  key("evidence", "edge", "evidence", "string");
  key("evidence_count", "edge", "evidence_count", "int");
  key("rules", "edge", "rules", "string");
  for (const std::string& k : edge_attr_keys) key("e_" + k, "edge", UserAttrName(kEdgeCore, k), "string");
  os += "  <graph id=\"dkg\" edgedefault=\"directed\">\n";
}

void GraphmlData(std::string& os, const std::string& k, const std::string& v) {
  if (!v.empty()) os += "      <data key=\"" + XmlEscape(k) + "\">" + XmlEscape(v) + "</data>\n";
}

void GraphmlNode(std::string& os, const NodeRecord& n) {
  os += "    <node id=\"n" + std::to_string(n.id) + "\">\n";
  GraphmlData(os, "kind", n.kind);
  GraphmlData(os, "name", n.name);
  GraphmlData(os, "aliases", Join(n.aliases, "|"));
  GraphmlData(os, "date", n.date);
  GraphmlData(os, "xid", n.xid);
  for (const auto& [k, v] : n.attrs) GraphmlData(os, "n_" + k, v);
  os += "    </node>\n";
}

void GraphmlEdge(std::string& os, const EdgeRecord& e, const std::vector<const EvidenceRecord*>& evs) {
  os += "    <edge id=\"e" + std::to_string(e.id) + "\" source=\"n" + std::to_string(e.source) +
        "\" target=\"n" + std::to_string(e.target) + "\">\n";
  GraphmlData(os, "relation", e.relation);
  std::set<std::string> rules;
  for (const EvidenceRecord* r : evs) rules.insert(r->rule);
  GraphmlData(os, "evidence", evs.empty() ? std::string() : evs.front()->text);
  os += "      <data key=\"evidence_count\">" + std::to_string(evs.size()) + "</data>\n";
  GraphmlData(os, "rules", Join({rules.begin(), rules.end()}, "|"));
  for (const auto& [k, v] : e.attrs) GraphmlData(os, "e_" + k, v);
  os += "    </edge>\n";
}

constexpr const char* kGraphmlEnd = "  </graph>\n</graphml>\n";

// DOT: one box per node, labelled with its name and kind; edges labelled by relation.
constexpr const char* kDotBegin =
    "digraph dkg {\n  graph [rankdir=LR];\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
    "  edge [fontname=\"Helvetica\", fontsize=10];\n";

void DotNode(std::string& os, const NodeRecord& n) {
  std::string label = n.name + "\n(" + n.kind + (n.date.empty() ? "" : ", " + n.date) + ")";
  os += "  n" + std::to_string(n.id) + " [label=\"" + DotEscape(label) + "\", kind=\"" +
        DotEscape(n.kind) + "\"];\n";
}

void DotEdge(std::string& os, const EdgeRecord& e) {
  os += "  n" + std::to_string(e.source) + " -> n" + std::to_string(e.target) + " [label=\"" +
        DotEscape(e.relation) + "\"];\n";
}

// ---- JSON by hand, byte for byte what nlohmann's dump(2) writes for the same object ----------
// (keys in sorted order, two spaces per level, "[]" and "{}" when empty), at a speed that
// streams millions of edges a second. ExportSubgraph's nlohmann output is the reference.

void JsonString(std::string& out, const std::string& s) {
  bool plain = true;
  for (unsigned char c : s) {
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
      plain = false;
      break;
    }
  }
  if (plain) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  out += nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Indent(std::string& out, int n) { out.append(static_cast<size_t>(n), ' '); }

// Digits of `n` appended without a temporary string (millions of ids a second).
void AppendInt(std::string& out, int64_t n) {
  char digits[24];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, static_cast<size_t>(end - digits));
}

// `"key": ` on a new line at `indent`, after a comma unless first.
void JsonKey(std::string& out, int indent, const char* key, bool first = false) {
  out += first ? "\n" : ",\n";
  Indent(out, indent);
  out += '"';
  out += key;
  out += "\": ";
}

void JsonStringOrNull(std::string& out, const std::string& s) {
  if (s.empty()) out += "null";
  else JsonString(out, s);
}

void JsonAttrs(std::string& out, int indent, const Attrs& attrs) {
  if (attrs.empty()) {
    out += "{}";
    return;
  }
  out += '{';
  bool first = true;
  for (const auto& [k, v] : attrs) {
    out += first ? "\n" : ",\n";
    first = false;
    Indent(out, indent + 2);
    JsonString(out, k);
    out += ": ";
    JsonString(out, v);
  }
  out += '\n';
  Indent(out, indent);
  out += '}';
}

// One element of a top-level array: at indent 4, its fields at 6.
void JsonDocument(std::string& out, const DocumentRecord& d) {
  out += "{";
  JsonKey(out, 6, "date", true);
  JsonStringOrNull(out, d.date);
  JsonKey(out, 6, "id");
  AppendInt(out, d.id);
  JsonKey(out, 6, "sha256");
  JsonString(out, d.sha256);
  JsonKey(out, 6, "source");
  JsonString(out, d.source);
  JsonKey(out, 6, "title");
  JsonString(out, d.title);
  out += "\n    }";
}

void JsonNode(std::string& out, const NodeRecord& n) {
  out += "{";
  JsonKey(out, 6, "aliases", true);
  if (n.aliases.empty()) {
    out += "[]";
  } else {
    out += '[';
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      out += i ? ",\n" : "\n";
      Indent(out, 8);
      JsonString(out, n.aliases[i]);
    }
    out += "\n      ]";
  }
  JsonKey(out, 6, "attrs");
  JsonAttrs(out, 6, n.attrs);
  JsonKey(out, 6, "date");
  JsonStringOrNull(out, n.date);
  JsonKey(out, 6, "id");
  AppendInt(out, n.id);
  JsonKey(out, 6, "kind");
  JsonString(out, n.kind);
  JsonKey(out, 6, "name");
  JsonString(out, n.name);
  if (!n.xid.empty()) {
    JsonKey(out, 6, "xid");
    JsonString(out, n.xid);
  }
  out += "\n    }";
}

void JsonEdge(std::string& out, const EdgeRecord& e, const std::vector<EvidenceRecord>& evidence) {
  out += "{";
  JsonKey(out, 6, "attrs", true);
  JsonAttrs(out, 6, e.attrs);
  JsonKey(out, 6, "evidence");
  if (evidence.empty()) {
    out += "[]";
  } else {
    out += '[';
    for (size_t i = 0; i < evidence.size(); ++i) {
      const EvidenceRecord& r = evidence[i];
      out += i ? ",\n" : "\n";
      Indent(out, 8);
      out += '{';
      JsonKey(out, 10, "document", true);
      AppendInt(out, r.document_id);
      JsonKey(out, 10, "end");
      AppendInt(out, r.span.end);
      JsonKey(out, 10, "rule");
      JsonString(out, r.rule);
      JsonKey(out, 10, "start");
      AppendInt(out, r.span.start);
      JsonKey(out, 10, "text");
      JsonString(out, r.text);
      out += "\n        }";
    }
    out += "\n      ]";
  }
  JsonKey(out, 6, "id");
  AppendInt(out, e.id);
  JsonKey(out, 6, "relation");
  JsonString(out, e.relation);
  JsonKey(out, 6, "source");
  AppendInt(out, e.source);
  JsonKey(out, 6, "target");
  AppendInt(out, e.target);
  out += "\n    }";
}

// Collects output and hands it to the sink in large pieces.
class Buffered {
 public:
  explicit Buffered(const ByteSink& sink) : sink_(sink) { buffer_.reserve(kFlushAt + 65536); }
  std::string& out() { return buffer_; }
  // Flushes when the buffer is full; false (with status() set) once a write failed.
  bool Maybe() { return buffer_.size() < kFlushAt || Flush(); }
  bool Flush() {
    if (!status_.ok()) return false;
    if (!buffer_.empty()) status_ = sink_(buffer_);
    buffer_.clear();
    return status_.ok();
  }
  const Status& status() const { return status_; }

 private:
  static constexpr size_t kFlushAt = 1 << 20;
  const ByteSink& sink_;
  std::string buffer_;
  Status status_;
};

}  // namespace

Status ExportStore(const Store& store, const SubgraphSelection& selection, ExportFormat format,
                   const ByteSink& write, ExportCounts* counts) {
  // The nodes kept, when not all are: sorted ids, 8 bytes a kept node. Around a node, those
  // within its depth on the graph index (as SelectSubgraph), found before the scan's snapshot
  // is taken (the index reads the store in transactions of its own); of the kinds asked for,
  // those.
  ExportCounts written;
  bool whole = true;  // nothing filtered out (then every document is exported)
  std::vector<int64_t> kept;
  bool by_id = false;
  std::unique_ptr<GraphIndex> index;  // around a node: where its neighbourhood's edges are found
  if (selection.around) {
    auto opened_index = GraphIndex::Open(store);
    if (!opened_index.ok()) return opened_index.status();
    index = std::move(opened_index).value();
    TraversalOptions options;
    options.max_depth = selection.depth;
    options.relations = selection.relations;
    kept.push_back(*selection.around);
    for (const auto& [id, depth] : index->Neighborhood(*selection.around, options)) kept.push_back(id);
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    by_id = true;
    whole = false;  // a neighbourhood cites only its own documents
  }
  auto opened = store.Scan();
  if (!opened.ok()) return opened.status();
  StoreScan& scan = *opened.value();
  // Around a node, its records are read by id: its neighbourhood's nodes, and the edges among
  // them found from their sources on the store's (source, relation, target) index, so the cost
  // follows the neighbourhood rather than the store (on the 1M-node benchmark store, the biggest
  // hub's 263,321 nodes and the 739,611 edges among them, not 6M edge rows). The neighbourhood
  // must be the scan's: when a write came in between (another generation than the index's),
  // every row is read and filtered instead.
  bool indexed = false;
  if (index) {
    auto generation = store.Generation();  // inside the scan's read transaction: its state
    if (!generation.ok()) return generation.status();
    indexed = generation.value() == index->generation();
    index.reset();  // the neighbourhood is found: its memory is free for the reads
  }
  // Membership is asked for both ends of every edge of the store: a bitmap over the kept ids'
  // range when that is compact, else a binary search.
  std::vector<bool> bitmap;
  int64_t bitmap_from = 0;
  auto build_bitmap = [&] {
    bitmap.clear();
    if (kept.empty() || kept.back() - kept.front() > 64 * static_cast<int64_t>(kept.size()) + 4096) return;
    bitmap_from = kept.front();
    bitmap.assign(static_cast<size_t>(kept.back() - kept.front() + 1), false);
    for (int64_t id : kept) bitmap[static_cast<size_t>(id - bitmap_from)] = true;
  };
  auto in_kept = [&](int64_t id) {
    if (!bitmap.empty()) {
      return id >= bitmap_from && id - bitmap_from < static_cast<int64_t>(bitmap.size()) &&
             bitmap[static_cast<size_t>(id - bitmap_from)];
    }
    return std::binary_search(kept.begin(), kept.end(), id);
  };
  build_bitmap();
  if (!selection.kinds.empty()) {
    std::vector<int64_t> of_kind;
    auto visit = [&](const NodeRecord& n) {
      if (selection.kinds.count(n.kind)) of_kind.push_back(n.id);
      else whole = false;
      return true;
    };
    Status s = indexed ? scan.NodesById(kept, visit, false)
                       : scan.Nodes(visit, false, by_id ? std::function<bool(int64_t)>(in_kept)
                                                        : std::function<bool(int64_t)>());
    if (!s.ok()) return s;
    kept.swap(of_kind);
    by_id = true;
    build_bitmap();
  }
  const std::function<bool(int64_t)> want_node =
      by_id ? std::function<bool(int64_t)>(in_kept) : std::function<bool(int64_t)>();
  auto node_ok = [&](const NodeRecord& n) { return !by_id || in_kept(n.id); };
  auto edge_wanted = [&](int64_t source, int64_t target, std::string_view relation) {
    if (!selection.relations.empty() && !selection.relations.count(std::string(relation))) return false;
    return !by_id || (in_kept(source) && in_kept(target));
  };
  auto edge_ok = [&](const EdgeRecord& e) { return edge_wanted(e.source, e.target, e.relation); };
  EdgeScanOptions edge_options;
  edge_options.relations = selection.relations;
  if (by_id) edge_options.want = edge_wanted;
  // Indexed: the ids of the edges among the kept nodes, ascending (a scan's order).
  std::vector<int64_t> edge_ids;
  if (indexed) {
    auto ids = scan.EdgeIdsFrom(kept, edge_wanted);
    if (!ids.ok()) return ids.status();
    edge_ids = std::move(ids).value();
  }
  using NodeVisit = std::function<bool(const NodeRecord&)>;
  using EdgeVisit = std::function<bool(const EdgeRecord&, const std::vector<EvidenceRecord>&)>;
  auto scan_nodes = [&](const NodeVisit& visit, bool aliases) {
    return indexed ? scan.NodesById(kept, visit, aliases) : scan.Nodes(visit, aliases, want_node);
  };
  auto scan_edges = [&](const EdgeVisit& visit, const EdgeScanOptions& options) {
    return indexed ? scan.EdgesById(edge_ids, visit, options) : scan.Edges(visit, options);
  };

  Buffered buf(write);
  std::string& out = buf.out();
  Status scanned;
  if (format == ExportFormat::kJson) {
    // Keys in sorted order as nlohmann writes them: documents, edges, nodes. Documents come
    // first, so a filtered export finds the documents its edges cite first, from the evidence.
    std::vector<int64_t> cited;
    if (whole && !selection.relations.empty()) {
      // Only a relation filter: whole unless some edge has another relation (the first found says).
      EdgeScanOptions other;
      other.attrs = false;
      other.evidence = false;
      other.want = [&](int64_t, int64_t, std::string_view relation) {
        return !selection.relations.count(std::string(relation));
      };
      scanned = scan.Edges([&](const EdgeRecord&, const std::vector<EvidenceRecord>&) {
        whole = false;
        return false;
      }, other);
      if (!scanned.ok()) return scanned;
    }
    if (!whole && indexed) {
      auto documents = scan.DocumentsCitedBy(edge_ids);
      if (!documents.ok()) return documents.status();
      cited = std::move(documents).value();
    } else if (!whole) {
      scanned = scan.Citations([&](int64_t source, int64_t target, std::string_view relation, int64_t document) {
        if (edge_wanted(source, target, relation)) cited.push_back(document);
        return true;
      });
      if (!scanned.ok()) return scanned;
      std::sort(cited.begin(), cited.end());
      cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    }
    out += "{\n  ";
    if (whole) {
      // "corrections" sorts first, as ExportSubgraph's nlohmann object writes it: the same
      // array, indented one level deeper. Read in the scan's snapshot: the nodes they name are
      // the nodes exported.
      auto records = scan.Corrections();
      if (!records.ok()) return records.status();
      auto rules = scan.CorrectionRules();
      if (!rules.ok()) return rules.status();
      const nlohmann::json corrections =
          JsonCorrections(records.value(), rules.value(), [](int64_t) { return true; });
      if (!corrections.is_null()) {
        const std::string text =
            corrections.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
        out += "\"corrections\": ";
        for (char c : text) {
          out += c;
          if (c == '\n') out += "  ";
        }
        out += ",\n  ";
      }
    }
    out += "\"documents\": [";
    bool first = true;
    scanned = scan.Documents([&](const DocumentRecord& d) {
      if (!whole && !std::binary_search(cited.begin(), cited.end(), d.id)) return true;
      out += first ? "\n    " : ",\n    ";
      first = false;
      JsonDocument(out, d);
      return buf.Maybe();
    });
    if (!scanned.ok()) return scanned;
    out += first ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [";
    first = true;
    scanned = scan_edges([&](const EdgeRecord& e, const std::vector<EvidenceRecord>& evidence) {
      if (!edge_ok(e)) return true;
      out += first ? "\n    " : ",\n    ";
      first = false;
      JsonEdge(out, e, evidence);
      ++written.edges;
      return buf.Maybe();
    }, edge_options);
    if (!scanned.ok()) return scanned;
    out += first ? "],\n  \"nodes\": [" : "\n  ],\n  \"nodes\": [";
    first = true;
    scanned = scan_nodes([&](const NodeRecord& n) {
      if (!node_ok(n)) return true;
      out += first ? "\n    " : ",\n    ";
      first = false;
      JsonNode(out, n);
      ++written.nodes;
      return buf.Maybe();
    }, true);
    if (!scanned.ok()) return scanned;
    out += first ? "]\n}\n" : "\n  ]\n}\n";
  } else {
    const bool graphml = format == ExportFormat::kGraphml;
    if (graphml) {
      // GraphML declares every attribute key before the first node: one pass to find them.
      std::set<std::string> node_keys, edge_keys;
      scanned = scan_nodes([&](const NodeRecord& n) {
        if (node_ok(n)) for (const auto& [k, v] : n.attrs) node_keys.insert(k);
        return true;
      }, false);
      if (!scanned.ok()) return scanned;
      EdgeScanOptions keys_only = edge_options;
      keys_only.evidence = false;
      scanned = scan_edges([&](const EdgeRecord& e, const std::vector<EvidenceRecord>&) {
        if (edge_ok(e)) for (const auto& [k, v] : e.attrs) edge_keys.insert(k);
        return true;
      }, keys_only);
      if (!scanned.ok()) return scanned;
      GraphmlBegin(out, node_keys, edge_keys);
    } else {
      out += kDotBegin;
    }
    scanned = scan_nodes([&](const NodeRecord& n) {
      if (!node_ok(n)) return true;
      if (graphml) GraphmlNode(out, n);
      else DotNode(out, n);
      ++written.nodes;
      return buf.Maybe();
    }, graphml);
    if (!scanned.ok()) return scanned;
    EdgeScanOptions edges = edge_options;
    edges.evidence = graphml;
    std::vector<const EvidenceRecord*> pointers;
    scanned = scan_edges([&](const EdgeRecord& e, const std::vector<EvidenceRecord>& evidence) {
      if (!edge_ok(e)) return true;
      if (graphml) {
        pointers.clear();
        for (const EvidenceRecord& r : evidence) pointers.push_back(&r);
        GraphmlEdge(out, e, pointers);
      } else {
        DotEdge(out, e);
      }
      ++written.edges;
      return buf.Maybe();
    }, edges);
    if (!scanned.ok()) return scanned;
    out += graphml ? kGraphmlEnd : "}\n";
  }
  if (!buf.Flush()) return buf.status();
  if (counts) *counts = written;
  return Status::Ok();
}

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
    if (sub.whole) {
      auto records = store.Corrections();
      if (!records.ok()) return records.status();
      auto rules = store.CorrectionRules();
      if (!rules.ok()) return rules.status();
      std::set<int64_t> exported;
      for (const NodeRecord* n : sub.nodes) exported.insert(n->id);
      nlohmann::json corrections = JsonCorrections(records.value(), rules.value(),
                                                   [&](int64_t id) { return exported.count(id) > 0; });
      if (!corrections.is_null()) out["corrections"] = std::move(corrections);
    }
    // Invalid UTF-8 cannot enter the store, but replace rather than throw if it ever does.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }

  std::string os;
  if (format == ExportFormat::kGraphml) {
    std::set<std::string> node_attr_keys, edge_attr_keys;
    for (const NodeRecord* n : sub.nodes) {
      for (const auto& [k, v] : n->attrs) node_attr_keys.insert(k);
    }
    for (const EdgeRecord* e : sub.edges) {
      for (const auto& [k, v] : e->attrs) edge_attr_keys.insert(k);
    }
    GraphmlBegin(os, node_attr_keys, edge_attr_keys);
    for (const NodeRecord* n : sub.nodes) GraphmlNode(os, *n);
    for (const EdgeRecord* e : sub.edges) GraphmlEdge(os, *e, by_edge[e->id]);
    os += kGraphmlEnd;
    return os;
  }
  os += kDotBegin;
  for (const NodeRecord* n : sub.nodes) DotNode(os, *n);
  for (const EdgeRecord* e : sub.edges) DotEdge(os, *e);
  os += "}\n";
  return os;
}

}  // namespace dkg
