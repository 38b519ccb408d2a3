#include "importers/structured.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "importers/internal/csv.h"
#include "importers/internal/utf8.h"
#include "importers/reader.h"

namespace dkg {

namespace {

// Dense ids beyond this many array slots per stored id go to the hash table instead.
constexpr uint64_t kDenseSlack = 8;

// The value of a plain decimal id ("0", "42"; not "042", "+1", "1.0"), when it is one.
std::optional<uint64_t> PlainNumber(std::string_view s) {
  if (s.empty() || s.size() > 10 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

bool IsIdentifier(std::string_view s) {
  if (s.empty() || s.size() > 64 || s[0] < 'a' || s[0] > 'z') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// ISO 8601 at the precisions dkg uses: YYYY, YYYY-MM, YYYY-MM-DD.
bool IsIsoDate(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2) && s.substr(5, 2) >= "01" && s.substr(5, 2) <= "12";
  if (s.size() == 10) {
    if (!(digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2))) return false;
    const int year = std::stoi(std::string(s.substr(0, 4)));
    const int month = std::stoi(std::string(s.substr(5, 2)));
    const int day = std::stoi(std::string(s.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1) return false;
    // A day the calendar has (2024-02-30 is not one): proleptic Gregorian leap years.
    static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && !leap ? 28 : kDays[month - 1]);
  }
  return false;
}

std::string Trimmed(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

Result<std::string> Slurp(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (Status s = CheckInputFile(path); !s.ok()) return s;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open file");
  std::string bytes;
  const auto size = fs::file_size(path, ec);
  if (!ec) bytes.resize(size);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  return bytes;
}

std::string At(const std::string& source, int64_t line) { return source + ":" + std::to_string(line) + ": "; }

// The 1-based line holding byte `offset`.
int64_t LineOf(std::string_view text, size_t offset) {
  int64_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Checks the whole text once, so every field after it is known to be valid UTF-8.
Status CheckText(std::string_view text, const std::string& source) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    return Status::InvalidInput(source + ": UTF-16 text; dkg reads UTF-8 (convert with iconv)");
  }
  if (size_t bad = internal::FindInvalidUtf8(text); bad != std::string_view::npos) {
    return Status::InvalidInput(At(source, LineOf(text, bad)) + "invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (text.find('\0') != std::string_view::npos) {
    return Status::InvalidInput(At(source, LineOf(text, text.find('\0'))) + "binary data (a NUL byte)");
  }
  return Status::Ok();
}

// The header row: column positions by name.
struct Header {
  std::vector<std::string> names;
  int Find(std::initializer_list<const char*> options) const {
    for (const char* o : options) {
      for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == o) return static_cast<int>(i);
      }
    }
    return -1;
  }
};

Result<Header> ReadHeader(internal::CsvCursor& csv, std::vector<std::string_view>& fields, const std::string& source) {
  std::string error;
  if (!csv.Next(fields, error)) {
    if (!error.empty()) return Status::InvalidInput(At(source, csv.line()) + error);
    return Status::InvalidInput(source + ": empty file (expected a header line)");
  }
  Header h;
  for (std::string_view f : fields) {
    std::string name = Trimmed(f);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& seen : h.names) {
      if (!name.empty() && seen == name) {
        return Status::InvalidInput(At(source, csv.line()) + "column '" + name + "' appears twice");
      }
    }
    h.names.push_back(std::move(name));
  }
  return h;
}

Status FieldCount(const std::vector<std::string_view>& fields, const Header& h, const std::string& source,
                  int64_t line) {
  if (fields.size() == h.names.size()) return Status::Ok();
  return Status::InvalidInput(At(source, line) + "expected " + std::to_string(h.names.size()) +
                              " fields as in the header, found " + std::to_string(fields.size()));
}

}  // namespace

uint32_t NodeIdTable::Find(std::string_view id) const {
  if (auto v = PlainNumber(id); v && *v < dense_.size() && dense_[*v] != kMissing) return dense_[*v];
  // A number may have gone to the hash table, when the array was smaller than it at the time.
  if (sparse_.empty()) return kMissing;
  auto it = sparse_.find(std::string(id));
  return it == sparse_.end() ? kMissing : it->second;
}

bool NodeIdTable::Add(std::string_view id) {
  if (Find(id) != kMissing) return false;
  const uint32_t position = static_cast<uint32_t>(order_.size());
  auto v = PlainNumber(id);
  if (v && *v < kDenseSlack * (order_.size() + 1024)) {
    if (*v >= dense_.size()) dense_.resize(std::max<uint64_t>(*v + 1, dense_.size() * 2), kMissing);
    dense_[*v] = position;
  } else {
    sparse_.emplace(std::string(id), position);
  }
  order_.emplace_back(id);
  return true;
}

void NodeIdTable::Truncate(size_t size) {
  while (order_.size() > size) {
    const std::string& id = order_.back();
    auto v = PlainNumber(id);
    if (v && *v < dense_.size() && dense_[*v] == order_.size() - 1) dense_[*v] = kMissing;
    else sparse_.erase(id);
    order_.pop_back();
  }
}

Result<StructuredFormat> DetectStructured(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".json") return StructuredFormat::kGraphJson;
  if (ext != ".csv") return StructuredFormat::kNone;
  if (Status s = CheckInputFile(path); !s.ok()) return s;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open file");
  std::string first;
  std::getline(in, first);
  internal::CsvCursor csv(first);
  std::vector<std::string_view> fields;
  auto header = ReadHeader(csv, fields, path);
  if (!header.ok()) return header.status();
  if (header->Find({"id"}) >= 0 && header->Find({"kind"}) >= 0 && header->Find({"name"}) >= 0) {
    return StructuredFormat::kNodeCsv;
  }
  if (header->Find({"src", "source"}) >= 0 && header->Find({"dst", "target"}) >= 0 &&
      header->Find({"relation"}) >= 0) {
    return StructuredFormat::kEdgeCsv;
  }
  return Status::InvalidInput(path + ":1: not a dkg table: a node table's header has id,kind,name and "
                              "an edge table's src,dst,relation");
}

Result<GraphInput> ParseNodeCsv(std::string_view text, const std::string& source, NodeIdTable& ids) {
  if (Status s = CheckText(text, source); !s.ok()) return s;
  internal::CsvCursor csv(text);
  std::vector<std::string_view> fields;
  auto header = ReadHeader(csv, fields, source);
  if (!header.ok()) return header.status();
  const int id_col = header->Find({"id"}), kind_col = header->Find({"kind"}), name_col = header->Find({"name"});
  if (id_col < 0 || kind_col < 0 || name_col < 0) {
    return Status::InvalidInput(At(source, csv.line()) + "a node table needs the columns id, kind and name");
  }
  const int date_col = header->Find({"date"}), aliases_col = header->Find({"aliases"});
  GraphInput out;
  out.source = source;
  const size_t ids_before = ids.size();
  auto fail = [&](int64_t line, const std::string& problem) -> Result<GraphInput> {
    ids.Truncate(ids_before);
    return Status::InvalidInput(At(source, line) + problem);
  };
  std::string error;
  while (csv.Next(fields, error)) {
    const int64_t line = csv.line();
    if (Status s = FieldCount(fields, *header, source, line); !s.ok()) {
      ids.Truncate(ids_before);
      return s;
    }
    GraphInput::Node node;
    node.xid = Trimmed(fields[id_col]);
    node.kind = Trimmed(fields[kind_col]);
    node.name = Trimmed(fields[name_col]);
    if (node.xid.empty()) return fail(line, "empty id");
    if (node.name.empty()) return fail(line, "empty name for id '" + node.xid + "'");
    if (!IsIdentifier(node.kind)) {
      return fail(line, "kind '" + node.kind + "' is not a lower-case identifier (country, official, meeting, ...)");
    }
    if (date_col >= 0) {
      node.date = Trimmed(fields[date_col]);
      if (!node.date.empty() && !IsIsoDate(node.date)) {
        return fail(line, "date '" + node.date +
                              "' is not an ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD)");
      }
    }
    if (aliases_col >= 0) {
      std::string_view all = fields[aliases_col];
      for (size_t from = 0; from <= all.size();) {
        size_t bar = all.find('|', from);
        if (bar == std::string_view::npos) bar = all.size();
        std::string alias = Trimmed(all.substr(from, bar - from));
        if (!alias.empty()) node.aliases.push_back(std::move(alias));
        from = bar + 1;
      }
    }
    for (size_t c = 0; c < fields.size(); ++c) {
      const int col = static_cast<int>(c);
      if (col == id_col || col == kind_col || col == name_col || col == date_col || col == aliases_col) continue;
      if (fields[c].empty() || header->names[c].empty()) continue;
      node.attrs[header->names[c]] = std::string(fields[c]);
    }
    if (!ids.Add(node.xid)) {
      return fail(line, "id '" + node.xid + "' is given to two nodes");
    }
    out.nodes.push_back(std::move(node));
  }
  if (!error.empty()) return fail(csv.line(), error);
  return out;
}

Result<GraphInput> ReadNodeCsv(const std::string& path, NodeIdTable& ids) {
  auto bytes = Slurp(path);
  if (!bytes.ok()) return bytes.status();
  return ParseNodeCsv(bytes.value(), path, ids);
}

Result<EdgeTable> ParseEdgeCsv(std::string_view text, const std::string& source, const NodeIdTable& ids) {
  auto table = ParseEdgeCsv(text, source);
  if (table.ok()) ResolveEdgeEndpoints(*table, ids);
  return table;
}

void ResolveEdgeEndpoints(EdgeTable& table, const NodeIdTable& ids) {
  table.command_node.clear();
  table.command_node.reserve(table.graph.external.size());
  for (const GraphInput::External& x : table.graph.external) table.command_node.push_back(ids.Find(x.xid));
}

Result<EdgeTable> ParseEdgeCsv(std::string_view text, const std::string& source) {
  if (Status s = CheckText(text, source); !s.ok()) return s;
  internal::CsvCursor csv(text);
  std::vector<std::string_view> fields;
  auto header = ReadHeader(csv, fields, source);
  if (!header.ok()) return header.status();
  const int src_col = header->Find({"src", "source"}), dst_col = header->Find({"dst", "target"}),
            rel_col = header->Find({"relation"});
  if (src_col < 0 || dst_col < 0 || rel_col < 0) {
    return Status::InvalidInput(At(source, csv.line()) + "an edge table needs the columns src, dst and relation");
  }
  EdgeTable out;
  GraphInput& g = out.graph;
  g.source = source;
  // Endpoint ids -> index into g.external, by number when they are plain numbers.
  std::vector<uint32_t> dense;
  std::unordered_map<std::string, uint32_t> sparse;
  const uint64_t dense_limit = text.size() / 2 + 1024;
  auto endpoint = [&](std::string_view raw, int64_t line) -> uint32_t {
    std::string_view id = raw;
    while (!id.empty() && (id.front() == ' ' || id.front() == '\t')) id.remove_prefix(1);
    while (!id.empty() && (id.back() == ' ' || id.back() == '\t')) id.remove_suffix(1);
    uint32_t* slot = nullptr;
    // Plain numbers index an array (the ids of most exported graphs), up to a bound fixed by the
    // file's size so that the array stays within twice the text's bytes.
    if (auto v = PlainNumber(id); v && *v < dense_limit) {
      if (*v >= dense.size()) dense.resize(std::max<uint64_t>(*v + 1, dense.size() * 2), GraphInput::kNone);
      slot = &dense[*v];
    } else {
      slot = &sparse.try_emplace(std::string(id), GraphInput::kNone).first->second;
    }
    if (*slot == GraphInput::kNone) {
      *slot = static_cast<uint32_t>(g.external.size());
      g.external.push_back({std::string(id), line});
    }
    return *slot;
  };
  std::unordered_map<std::string, uint32_t> relations;
  std::string last_relation;
  uint32_t last_code = 0;
  std::string error;
  while (csv.Next(fields, error)) {
    const int64_t line = csv.line();
    if (Status s = FieldCount(fields, *header, source, line); !s.ok()) return s;
    std::string_view src = fields[src_col], dst = fields[dst_col], rel = fields[rel_col];
    if (src.empty() || dst.empty()) return Status::InvalidInput(At(source, line) + "empty src or dst");
    GraphInput::Edge e;
    if (rel != last_relation || g.relations.empty()) {
      std::string name = Trimmed(rel);
      if (!IsIdentifier(name)) {
        return Status::InvalidInput(At(source, line) + "relation '" + name +
                                    "' is not a lower-case identifier (cochaired, held_in, ...)");
      }
      auto [it, added] = relations.try_emplace(name, static_cast<uint32_t>(g.relations.size()));
      if (added) g.relations.push_back(name);
      last_relation = std::string(rel);
      last_code = it->second;
    }
    e.relation = last_code;
    e.source = endpoint(src, line);
    e.target = endpoint(dst, line);
    Attrs attrs;
    for (size_t c = 0; c < fields.size(); ++c) {
      const int col = static_cast<int>(c);
      if (col == src_col || col == dst_col || col == rel_col || fields[c].empty() || header->names[c].empty()) continue;
      attrs[header->names[c]] = std::string(fields[c]);
    }
    if (!attrs.empty()) {
      e.extra = static_cast<uint32_t>(g.extras.size());
      g.extras.push_back({std::move(attrs), {}});
    }
    g.edges.push_back(e);
  }
  if (!error.empty()) return Status::InvalidInput(At(source, csv.line()) + error);
  return out;
}

Result<EdgeTable> ReadEdgeCsv(const std::string& path, const NodeIdTable& ids) {
  auto bytes = Slurp(path);
  if (!bytes.ok()) return bytes.status();
  return ParseEdgeCsv(bytes.value(), path, ids);
}

Result<EdgeTable> ReadEdgeCsv(const std::string& path) {
  auto bytes = Slurp(path);
  if (!bytes.ok()) return bytes.status();
  return ParseEdgeCsv(bytes.value(), path);
}

Result<GraphInput> JoinEdgeTables(std::vector<EdgeTable> tables, size_t node_count) {
  GraphInput out;
  out.source = tables.empty() ? std::string() : tables.front().graph.source;
  std::unordered_map<std::string, uint32_t> relations;
  for (EdgeTable& t : tables) {
    GraphInput& g = t.graph;
    for (size_t i = 0; i < t.command_node.size(); ++i) {
      if (t.command_node[i] == NodeIdTable::kMissing || t.command_node[i] >= node_count) {
        return Status::InvalidInput(At(g.source, g.external[i].line) + "unknown id '" + g.external[i].xid +
                                    "': no node table of this command defines it");
      }
    }
    std::vector<uint32_t> relation_code(g.relations.size());
    for (size_t r = 0; r < g.relations.size(); ++r) {
      auto [it, added] = relations.try_emplace(g.relations[r], static_cast<uint32_t>(out.relations.size()));
      if (added) out.relations.push_back(g.relations[r]);
      relation_code[r] = it->second;
    }
    out.edges.reserve(out.edges.size() + g.edges.size());
    for (GraphInput::Edge e : g.edges) {
      e.source = t.command_node[e.source];
      e.target = t.command_node[e.target];
      e.relation = relation_code[e.relation];
      if (e.extra != GraphInput::kNone) {
        const uint32_t extra = static_cast<uint32_t>(out.extras.size());
        out.extras.push_back(std::move(g.extras[e.extra]));
        e.extra = extra;
      }
      out.edges.push_back(e);
    }
    GraphInput().edges.swap(g.edges);  // free as we go: edge tables can be large
  }
  return out;
}

Result<GraphInput> JoinTables(std::vector<GraphInput> nodes, std::vector<EdgeTable> edges) {
  GraphInput out;
  out.source = nodes.empty() ? std::string() : nodes.front().source;
  for (GraphInput& n : nodes) {
    if (out.nodes.empty()) out.nodes = std::move(n.nodes);
    else std::move(n.nodes.begin(), n.nodes.end(), std::back_inserter(out.nodes));
  }
  auto joined = JoinEdgeTables(std::move(edges), out.nodes.size());
  if (!joined.ok()) return joined.status();
  out.relations = std::move(joined->relations);
  out.edges = std::move(joined->edges);
  out.extras = std::move(joined->extras);
  return out;
}

namespace {
Result<GraphInput> ParseGraphJsonUnguarded(std::string_view text, const std::string& source);
}  // namespace

Result<GraphInput> ParseGraphJson(std::string_view text, const std::string& source) {
  try {
    return ParseGraphJsonUnguarded(text, source);
  } catch (const std::exception& e) {  // a JSON value of an unexpected type or size, out of memory
    return Status::InvalidInput(source + ": cannot read the graph: " + e.what());
  }
}

namespace {

// dkg's export nests five levels deep; attribute values a little more. Parsing is iterative,
// but printing and copying a value are recursive: 70,000 nested arrays in an attribute crashed
// the importer, so a file nested deeper than this is refused before it is parsed.
constexpr int kMaxJsonDepth = 512;

// The byte offset where `text` first nests deeper than kMaxJsonDepth, or npos.
size_t FindTooDeep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;  // skip the escaped character
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

Result<GraphInput> ParseGraphJsonUnguarded(std::string_view text, const std::string& source) {
  if (Status s = CheckText(text, source); !s.ok()) return s;
  if (size_t at = FindTooDeep(text); at != std::string_view::npos) {
    return Status::InvalidInput(At(source, LineOf(text, at)) + "JSON nested more than " +
                                std::to_string(kMaxJsonDepth) + " levels deep");
  }
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidInput(At(source, LineOf(text, e.byte > 0 ? e.byte - 1 : 0)) + "not valid JSON: " + e.what());
  }
  using Json = nlohmann::json;
  auto bad = [&](const std::string& where, const std::string& problem) -> Status {
    return Status::InvalidInput(source + ": " + where + ": " + problem);
  };
  if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array()) {
    return bad("top level", "not a dkg graph (expected an object with a \"nodes\" array)");
  }
  auto string_at = [](const Json& o, const char* key) -> std::optional<std::string> {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return std::string();
    if (!it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  auto attrs_at = [](const Json& o, Attrs& out) -> bool {
    auto it = o.find("attrs");
    if (it == o.end() || it->is_null()) return true;
    if (!it->is_object()) return false;
    for (auto& [k, v] : it->items()) out[k] = v.is_string() ? v.get<std::string>() : v.dump();
    return true;
  };
  GraphInput g;
  g.source = source;
  g.resolve_by_name = true;

  // Documents: the export's ids are local to the file.
  std::unordered_map<int64_t, uint32_t> doc_index;
  const Json empty = Json::array();
  const Json& documents = doc.contains("documents") ? doc["documents"] : empty;
  if (!documents.is_array()) return bad("documents", "not an array");
  for (size_t i = 0; i < documents.size(); ++i) {
    const Json& d = documents[i];
    const std::string where = "documents[" + std::to_string(i) + "]";
    if (!d.is_object() || !d.contains("id") || !d["id"].is_number_integer()) return bad(where, "needs an integer id");
    DocumentInput in;
    auto sha = string_at(d, "sha256"), title = string_at(d, "title"), date = string_at(d, "date"),
         src = string_at(d, "source");
    if (!sha || sha->empty()) return bad(where, "needs a sha256");
    if (!title || !date || !src) return bad(where, "title, date and source must be strings");
    in.sha256 = *sha;
    in.title = *title;
    in.date = *date;
    in.source = *src;
    if (!doc_index.emplace(d["id"].get<int64_t>(), static_cast<uint32_t>(g.documents.size())).second) {
      return bad(where, "document id " + d["id"].dump() + " appears twice");
    }
    g.documents.push_back(std::move(in));
  }

  std::unordered_map<int64_t, uint32_t> node_index;
  const Json& nodes = doc["nodes"];
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Json& n = nodes[i];
    const std::string where = "nodes[" + std::to_string(i) + "]";
    if (!n.is_object() || !n.contains("id") || !n["id"].is_number_integer()) return bad(where, "needs an integer id");
    GraphInput::Node node;
    auto kind = string_at(n, "kind"), name = string_at(n, "name"), date = string_at(n, "date"), xid = string_at(n, "xid");
    if (!kind || !IsIdentifier(*kind)) return bad(where, "kind must be a lower-case identifier");
    if (!name || name->empty()) return bad(where, "needs a name");
    if (!date || (!date->empty() && !IsIsoDate(*date))) {
      return bad(where, "date must be an ISO 8601 calendar date or null");
    }
    if (!xid) return bad(where, "xid must be a string");
    node.kind = *kind;
    node.name = *name;
    node.date = *date;
    node.xid = *xid;
    if (n.contains("aliases")) {
      if (!n["aliases"].is_array()) return bad(where, "aliases must be an array of strings");
      for (const Json& a : n["aliases"]) {
        if (!a.is_string()) return bad(where, "aliases must be an array of strings");
        node.aliases.push_back(a.get<std::string>());
      }
    }
    if (!attrs_at(n, node.attrs)) return bad(where, "attrs must be an object");
    if (!node_index.emplace(n["id"].get<int64_t>(), static_cast<uint32_t>(g.nodes.size())).second) {
      return bad(where, "node id " + n["id"].dump() + " appears twice");
    }
    g.nodes.push_back(std::move(node));
  }

  // Each document's text as far as the evidence shows it, and which of its bytes some evidence
  // has set: two spans that overlap must agree on the bytes they share.
  std::vector<std::string> texts(g.documents.size());
  std::vector<std::vector<bool>> known(g.documents.size());
  constexpr int64_t kMaxDocumentBytes = int64_t{1} << 30;
  const uint64_t rebuilt_limit = 64 * static_cast<uint64_t>(text.size()) + (uint64_t{16} << 20);
  uint64_t rebuilt_bytes = 0;
  const Json& edges = doc.contains("edges") ? doc["edges"] : empty;
  if (!edges.is_array()) return bad("edges", "not an array");
  std::unordered_map<std::string, uint32_t> relations;
  for (size_t i = 0; i < edges.size(); ++i) {
    const Json& e = edges[i];
    const std::string where = "edges[" + std::to_string(i) + "]";
    if (!e.is_object()) return bad(where, "not an object");
    GraphInput::Edge edge;
    for (auto [key, slot] : {std::pair{"source", &edge.source}, std::pair{"target", &edge.target}}) {
      if (!e.contains(key) || !e[key].is_number_integer()) return bad(where + "." + key, "needs a node id");
      auto it = node_index.find(e[key].get<int64_t>());
      if (it == node_index.end()) return bad(where + "." + key, "unknown node id " + e[key].dump());
      *slot = it->second;
    }
    auto relation = string_at(e, "relation");
    if (!relation || !IsIdentifier(*relation)) return bad(where + ".relation", "must be a lower-case identifier");
    auto [rit, added] = relations.try_emplace(*relation, static_cast<uint32_t>(g.relations.size()));
    if (added) g.relations.push_back(*relation);
    edge.relation = rit->second;
    GraphInput::EdgeExtra extra;
    if (!attrs_at(e, extra.attrs)) return bad(where, "attrs must be an object");
    if (e.contains("evidence")) {
      if (!e["evidence"].is_array()) return bad(where + ".evidence", "not an array");
      for (size_t k = 0; k < e["evidence"].size(); ++k) {
        const Json& ev = e["evidence"][k];
        const std::string ew = where + ".evidence[" + std::to_string(k) + "]";
        if (!ev.is_object() || !ev.contains("document") || !ev["document"].is_number_integer() ||
            !ev.contains("start") || !ev["start"].is_number_integer() || !ev.contains("end") ||
            !ev["end"].is_number_integer()) {
          return bad(ew, "needs integer document, start and end");
        }
        auto d = doc_index.find(ev["document"].get<int64_t>());
        if (d == doc_index.end()) return bad(ew, "unknown document id " + ev["document"].dump());
        const int64_t start = ev["start"].get<int64_t>(), end = ev["end"].get<int64_t>();
        if (start < 0 || end < start || end - start > (int64_t{1} << 24)) return bad(ew, "bad span");
        auto sentence = string_at(ev, "text");
        auto rule = string_at(ev, "rule");
        if (!sentence || !rule) return bad(ew, "text and rule must be strings");
        // The rebuilt text is as long as the furthest evidence: bound what a file may ask for.
        if (end > kMaxDocumentBytes) return bad(ew, "span ends beyond " + std::to_string(kMaxDocumentBytes) + " bytes");
        std::string& t = texts[d->second];
        if (end > static_cast<int64_t>(t.size())) {
          rebuilt_bytes += static_cast<uint64_t>(end) - t.size();
          if (rebuilt_bytes > rebuilt_limit) {
            return bad(ew, "documents would be rebuilt to more than " + std::to_string(rebuilt_limit) +
                               " bytes from a file of " + std::to_string(text.size()));
          }
        }
        // Evidence that would read back differently is refused, not stored altered.
        if (static_cast<int64_t>(sentence->size()) != end - start) {
          return bad(ew, "text is " + std::to_string(sentence->size()) + " bytes but its span " +
                             std::to_string(start) + "-" + std::to_string(end) + " is " +
                             std::to_string(end - start));
        }
        if (static_cast<int64_t>(t.size()) < end) {
          t.resize(end, ' ');
          known[d->second].resize(end, false);
        }
        std::vector<bool>& set = known[d->second];
        for (int64_t at = start; at < end; ++at) {
          const char c = (*sentence)[static_cast<size_t>(at - start)];
          if (set[at] && t[at] != c) {
            return bad(ew, "text disagrees at byte " + std::to_string(at) +
                               " with other evidence of document " + ev["document"].dump() +
                               " whose span covers that byte");
          }
          t[at] = c;
          set[at] = true;
        }
        extra.evidence.push_back({d->second, {start, end}, rule->empty() ? "imported" : *rule});
      }
    }
    if (!extra.attrs.empty() || !extra.evidence.empty()) {
      edge.extra = static_cast<uint32_t>(g.extras.size());
      g.extras.push_back(std::move(extra));
    }
    g.edges.push_back(edge);
  }
  for (size_t i = 0; i < texts.size(); ++i) g.documents[i].text = std::move(texts[i]);

  // Corrections (docs/output.md, "The JSON export"): the records and the rules they left.
  const Json& corrections = doc.contains("corrections") ? doc["corrections"] : empty;
  if (!corrections.is_array()) return bad("corrections", "not an array");
  std::set<int64_t> correction_ids;
  for (size_t i = 0; i < corrections.size(); ++i) {
    const Json& c = corrections[i];
    std::string where = "corrections[" + std::to_string(i) + "]";
    if (!c.is_object() || !c.contains("id") || !c["id"].is_number_integer()) return bad(where, "needs an integer id");
    where += " (id " + c["id"].dump() + ")";  // the record, by the file's id too
    GraphInput::Correction in;
    in.record.id = c["id"].get<int64_t>();
    if (!correction_ids.insert(in.record.id).second) {
      return bad(where, "correction id " + c["id"].dump() + " appears twice");
    }
    auto action = string_at(c, "action"), at = string_at(c, "at"), by = string_at(c, "by"),
         reason = string_at(c, "reason"), summary = string_at(c, "summary");
    // The actions dkg records (docs/output.md); another would be stored and never acted on.
    static const std::set<std::string> kActions = {"retract", "merge",  "split",    "unlink",
                                                   "link",    "rename", "set-date", "undo"};
    if (!action || !kActions.count(*action)) {
      return bad(where + ".action",
                 (action ? "unknown action '" + *action + "'" : std::string("missing")) +
                     "; must be one of retract, merge, split, unlink, link, rename, set-date, undo "
                     "(nothing of the file was stored)");
    }
    if (!at || at->empty() || !by || !reason || !summary) {
      return bad(where, "at, by, reason and summary must be strings (at not empty)");
    }
    in.record.action = *action;
    in.record.at = *at;
    in.record.by = *by;
    in.record.reason = *reason;
    in.record.summary = *summary;
    if (c.contains("detail") && !c["detail"].is_null()) {
      if (!c["detail"].is_object()) return bad(where + ".detail", "must be an object");
      const Json& detail = c["detail"];
      // What an import acts on: a set-date's date, a retract's document.
      if (*action == "set-date" && detail.contains("date") && !detail["date"].is_null() &&
          !(detail["date"].is_string() && IsIsoDate(detail["date"].get<std::string>()))) {
        return bad(where + ".detail.date", "must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or null, not " +
                                               detail["date"].dump() + " (nothing of the file was stored)");
      }
      if (*action == "retract" && detail.contains("sha256") &&
          !(detail["sha256"].is_string() && detail["sha256"].get<std::string>().size() == 64 &&
            detail["sha256"].get<std::string>().find_first_not_of("0123456789abcdef") == std::string::npos)) {
        return bad(where + ".detail.sha256", "must be a document's sha256 (64 lower-case hex digits), not " +
                                                 detail["sha256"].dump() + " (nothing of the file was stored)");
      }
      in.record.detail = detail.dump();
    } else {
      in.record.detail = "{}";
    }
    if (c.contains("undone_by") && !c["undone_by"].is_null()) {
      if (!c["undone_by"].is_number_integer()) return bad(where + ".undone_by", "must be an integer or null");
      in.record.undone_by = c["undone_by"].get<int64_t>();
    }
    if (c.contains("nodes")) {
      if (!c["nodes"].is_array()) return bad(where + ".nodes", "must be an array of node ids");
      for (const Json& n : c["nodes"]) {
        if (!n.is_number_integer()) return bad(where + ".nodes", "must be an array of node ids");
        // The nodes of the file it concerns (an export leaves out those merged away or retracted).
        auto it = node_index.find(n.get<int64_t>());
        if (it == node_index.end()) {
          return bad(where + ".nodes", "unknown node id " + n.dump() +
                                           " (no node of this file has it; nothing of the file was stored)");
        }
        in.nodes.push_back(it->second);
      }
    }
    if (c.contains("rules")) {
      if (!c["rules"].is_array()) return bad(where + ".rules", "not an array");
      for (size_t k = 0; k < c["rules"].size(); ++k) {
        const Json& r = c["rules"][k];
        const std::string rw = where + ".rules[" + std::to_string(k) + "]";
        if (!r.is_object()) return bad(rw, "not an object");
        CorrectionRule rule;
        auto type = string_at(r, "type");
        if (!type) return bad(rw + ".type", "must be a string");
        rule.type = *type;
        auto need = [&](const char* key, std::string& slot) -> bool {
          auto v = string_at(r, key);
          if (!v || v->empty()) return false;
          slot = *v;
          return true;
        };
        bool ok = true;
        if (rule.type == "redirect" || rule.type == "document_redirect") {
          ok = need("kind", rule.kind) && need("norm", rule.norm) && need("target", rule.target) &&
               (rule.type == "redirect" || need("sha256", rule.sha256));
        } else if (rule.type == "suppress") {
          ok = need("source_kind", rule.source_kind) && need("source_norm", rule.source_norm) &&
               need("relation", rule.relation) && need("target_kind", rule.target_kind) &&
               need("target_norm", rule.target_norm);
        } else {
          return bad(rw + ".type", "must be redirect, document_redirect or suppress, not '" + rule.type + "'");
        }
        if (!ok) return bad(rw, "a " + rule.type + " rule needs non-empty string fields (docs/output.md)");
        in.rules.push_back(std::move(rule));
      }
    }
    g.corrections.push_back(std::move(in));
  }
  for (size_t i = 0; i < g.corrections.size(); ++i) {
    const int64_t undone_by = g.corrections[i].record.undone_by;
    if (undone_by != 0 && !correction_ids.count(undone_by)) {
      return bad("corrections[" + std::to_string(i) + "].undone_by",
                 "unknown correction id " + std::to_string(undone_by));
    }
    // An undo is recorded after what it undoes: a correction "undone" by itself or by an
    // earlier one, or by one that is not an undo, is no log a store wrote (it had left a merge
    // applied while its record said undone, which no undo could then reverse).
    if (undone_by != 0) {
      const auto& record = g.corrections[i].record;
      bool by_a_later_undo = undone_by > record.id;
      for (const auto& other : g.corrections) {
        if (other.record.id == undone_by && other.record.action != "undo") by_a_later_undo = false;
      }
      if (!by_a_later_undo) {
        return bad("corrections[" + std::to_string(i) + "].undone_by",
                   "correction " + std::to_string(record.id) + " cannot be undone by #" +
                       std::to_string(undone_by) + ", which is not a later undo");
      }
    }
  }
  return g;
}
}  // namespace

Result<GraphInput> ReadGraphJson(const std::string& path) {
  auto bytes = Slurp(path);
  if (!bytes.ok()) return bytes.status();
  if (bytes->empty()) return Status::InvalidInput(path + ": empty file");
  return ParseGraphJson(bytes.value(), path);
}

}  // namespace dkg
