#include "presentation/answers.h"

#include <algorithm>
#include <set>

#include "presentation/curation.h"

namespace dkg::presentation {

namespace {

using json = nlohmann::ordered_json;

std::ostream& Out(const Output& o) { return *o.out; }

// Plain text is escaped wherever stored text appears in it (see EscapeForTerminal).
std::string T(const std::string& s) { return EscapeForTerminal(s); }

std::string NodeLabel(const NodeRecord& n) {
  return T(n.name) + " (" + T(n.kind) + (n.date.empty() ? "" : ", " + T(n.date)) + ")";
}

json EvidenceJson(const EvidenceRecord& r) {
  return {{"document", r.document_id},
          {"start", r.span.start},
          {"end", r.span.end},
          {"text", r.text},
          {"rule", r.rule}};
}

// Tables (CSV or text) of answers that have no text layout of their own.
void WriteTable(const Table& t, const Output& o) {
  if (o.format == OutputFormat::kCsv)
    WriteCsv(t, Out(o));
  else
    WriteTextTable(t, o.text, Out(o));
}

}  // namespace

void PresentCochairs(const std::vector<CochairRow>& rows, const GraphSnapshot& graph,
                     const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const CochairRow& r : rows) {
      out.push_back({{"meeting", NodeJson(graph.Node(r.meeting_id))},
                     {"place", NodeJson(r.place_id ? graph.Node(r.place_id) : nullptr)},
                     {"cochair", NodeJson(graph.Node(r.official_id))},
                     {"office", TextJson(r.office)},
                     {"country", NodeJson(r.country_id ? graph.Node(r.country_id) : nullptr)}});
    }
    WriteJson(out, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    Table t{{"meeting_id", "meeting", "date", "place_id", "place", "cochair_id", "cochair",
             "office", "country_id", "country"},
            {}};
    for (const CochairRow& r : rows) {
      t.rows.push_back({Id(r.meeting_id), Text(r.meeting), Text(r.date), Id(r.place_id),
                        Text(r.place), Id(r.official_id), Text(r.official), Text(r.office),
                        Id(r.country_id), Text(r.country)});
    }
    WriteCsv(t, Out(o));
    return;
  }
  Table t{{"meeting", "date", "place", "cochair", "office", "country"}, {}};
  for (const CochairRow& r : rows) {
    t.rows.push_back({Text(r.meeting), Text(r.date), Text(r.place), Text(r.official),
                      Text(r.office), Text(r.country)});
  }
  WriteTextTable(t, o.text, Out(o));
}

void PresentCochairs(const CochairTable& table, size_t rows, const Output& o) {
  rows = std::min(rows, table.size());
  if (o.format == OutputFormat::kJson) {
    // The array WriteJson would print, one element at a time: each element dumped at the
    // array's indentation.
    std::ostream& out = Out(o);
    if (rows == 0) {
      out << "[]\n";
      return;
    }
    out << "[";
    auto node = [&](int64_t id) {
      auto n = id ? table.Node(id) : std::nullopt;
      return n ? NodeJson(*n) : NodeJson(nullptr);
    };
    for (size_t i = 0; i < rows; ++i) {
      const CochairRow r = table.Row(i);
      const json element = {{"meeting", node(r.meeting_id)},
                            {"place", node(r.place_id)},
                            {"cochair", node(r.official_id)},
                            {"office", TextJson(r.office)},
                            {"country", node(r.country_id)}};
      std::string text = element.dump(2, ' ', false, json::error_handler_t::replace);
      std::string indented = "\n  ";
      for (char c : text) {
        indented += c;
        if (c == '\n') indented += "  ";
      }
      out << (i ? "," : "") << indented;
    }
    out << "\n]\n";
    return;
  }
  auto row_at = [&](size_t i, std::vector<Cell>& cells) {
    const CochairRow r = table.Row(i);
    if (o.format == OutputFormat::kCsv) {
      cells = {Id(r.meeting_id), Text(r.meeting), Text(r.date),    Id(r.place_id),   Text(r.place),
               Id(r.official_id), Text(r.official), Text(r.office), Id(r.country_id), Text(r.country)};
    } else {
      cells = {Text(r.meeting), Text(r.date),   Text(r.place),
               Text(r.official), Text(r.office), Text(r.country)};
    }
  };
  if (o.format == OutputFormat::kCsv) {
    WriteCsv({"meeting_id", "meeting", "date", "place_id", "place", "cochair_id", "cochair", "office",
              "country_id", "country"},
             rows, row_at, Out(o));
    return;
  }
  WriteTextTable({"meeting", "date", "place", "cochair", "office", "country"}, rows, row_at, o.text,
                 Out(o));
}

void PresentLineage(const std::vector<LineageEntry>& entries, const GraphSnapshot& graph,
                    int64_t focus, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const LineageEntry& e : entries) {
      out.push_back({{"depth", e.depth},
                     {"via", TextJson(e.via)},
                     {"node", NodeJson(graph.Node(e.node))},
                     {"place", NodeJson(e.place_id ? graph.Node(e.place_id) : nullptr)}});
    }
    WriteJson(out, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    Table t{{"depth", "via", "id", "kind", "name", "date", "place_id", "place"}, {}};
    for (const LineageEntry& e : entries) {
      const NodeRecord* n = graph.Node(e.node);
      t.rows.push_back({Cell(int64_t{e.depth}), Text(e.via), Id(n->id), Text(n->kind),
                        Text(n->name), Text(n->date), Id(e.place_id), Text(e.place)});
    }
    WriteCsv(t, Out(o));
    return;
  }
  for (const LineageEntry& e : entries) {
    const NodeRecord* n = graph.Node(e.node);
    std::string indent = e.depth ? std::string(3 * (e.depth - 1), ' ') + "└─ " + e.via + ": " : "";
    std::string detail = T(n->kind);
    if (!e.date.empty()) detail += ", " + T(e.date);
    if (!e.place.empty()) detail += ", " + T(e.place);
    Out(o) << indent << T(n->name) << "  (" << detail << ")" << (n->id == focus ? "  <-" : "")
           << "\n";
  }
}

void PresentPath(const std::optional<PathResult>& path, int max_depth, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json nodes = json::array(), edges = json::array();
    if (path) {
      for (const NodeRecord& n : path->nodes) nodes.push_back(NodeJson(n));
      for (const PathHop& hop : path->hops) {
        json ev = json::array();
        for (const EvidenceRecord& r : hop.evidence) ev.push_back(EvidenceJson(r));
        edges.push_back({{"id", hop.edge.id},
                         {"source", hop.edge.source},
                         {"target", hop.edge.target},
                         {"relation", hop.edge.relation},
                         {"evidence", ev}});
      }
    }
    WriteJson({{"length", path ? json(path->hops.size()) : json(nullptr)},
               {"nodes", nodes},
               {"edges", edges}},
              Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    // Each hop as its stored edge, source to target, so the direction survives the walk.
    Table t{{"step", "source_id", "source", "relation", "target_id", "target", "evidence"}, {}};
    if (path) {
      for (size_t i = 0; i < path->hops.size(); ++i) {
        const PathHop& hop = path->hops[i];
        const NodeRecord& a = path->nodes[i];
        const NodeRecord& b = path->nodes[i + 1];
        const NodeRecord& source = hop.forward ? a : b;
        const NodeRecord& target = hop.forward ? b : a;
        t.rows.push_back({Cell(static_cast<int64_t>(i + 1)), Id(source.id), Text(source.name),
                          Text(hop.edge.relation), Id(target.id), Text(target.name),
                          hop.evidence.empty() ? Cell() : Text(hop.evidence.front().text)});
      }
    }
    WriteCsv(t, Out(o));
    return;
  }
  if (!path) {
    Out(o) << "no path within " << max_depth << " hops\n";
    return;
  }
  const PathResult& p = *path;
  Out(o) << NodeLabel(p.nodes.front()) << "\n";
  for (size_t i = 0; i < p.hops.size(); ++i) {
    const PathHop& hop = p.hops[i];
    Out(o) << "  " << (hop.forward ? "-[" : "<-[") << T(hop.edge.relation)
           << (hop.forward ? "]-> " : "]- ") << NodeLabel(p.nodes[i + 1]) << "\n";
    for (const EvidenceRecord& ev : hop.evidence) {
      Out(o) << "      \"" << T(ev.text) << "\"  (document #" << ev.document_id << ", bytes "
             << ev.span.start << "-" << ev.span.end << ", " << T(ev.rule) << ")\n";
    }
  }
  Out(o) << "length " << p.hops.size() << "\n";
}

void PresentPathLengths(const std::vector<PathLength>& rows, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const PathLength& r : rows) {
      out.push_back({{"from", NodeJson(r.from)},
                     {"to", NodeJson(r.to)},
                     {"length", r.length ? json(*r.length) : json(nullptr)}});
    }
    WriteJson(out, Out(o));
    return;
  }
  Table t{{"from_id", "from", "to_id", "to", "length"}, {}};
  if (o.format == OutputFormat::kTable) t.columns = {"from", "to", "length"};
  for (const PathLength& r : rows) {
    const Cell length = r.length ? Cell(int64_t{*r.length}) : Cell();
    if (o.format == OutputFormat::kTable)
      t.rows.push_back({Text(r.from.name), Text(r.to.name), length});
    else
      t.rows.push_back({Id(r.from.id), Text(r.from.name), Id(r.to.id), Text(r.to.name), length});
  }
  WriteTable(t, o);
}

void PresentNeighbors(const std::vector<Neighbor>& rows, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const Neighbor& r : rows)
      out.push_back({{"node", NodeJson(r.node)}, {"distance", r.distance}});
    WriteJson(out, Out(o));
    return;
  }
  Table t{{"id", "kind", "name", "date", "distance"}, {}};
  for (const Neighbor& r : rows) {
    t.rows.push_back({Id(r.node.id), Text(r.node.kind), Text(r.node.name), Text(r.node.date),
                      Cell(int64_t{r.distance})});
  }
  WriteTable(t, o);
}

void PresentNeighborCount(const NodeRecord& node, int depth, int64_t count, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    WriteJson({{"node", NodeJson(node)}, {"depth", depth}, {"count", count}}, Out(o));
    return;
  }
  Table t{{"id", "node", "depth", "count"},
          {{Id(node.id), Text(node.name), Cell(int64_t{depth}), Cell(count)}}};
  WriteTable(t, o);
}

void PresentNodeCard(const NodeCard& c, const std::map<int64_t, NodeRecord>& others,
                     const Output& o) {
  auto node = [&](int64_t id) -> const NodeRecord* {
    if (id == c.node.id) return &c.node;
    auto it = others.find(id);
    return it == others.end() ? nullptr : &it->second;
  };
  auto name = [&](int64_t id) -> std::string {
    const NodeRecord* n = node(id);
    if (n) return n->name;
    std::string label = "#";  // GCC 12 warns (-Wrestrict, falsely) about "#" + to_string
    label += std::to_string(id);
    return label;
  };
  if (o.format == OutputFormat::kJson) {
    json edges = json::array();
    for (const EdgeRecord& e : c.edges) {
      json ev = json::array();
      for (const EvidenceRecord& r : c.evidence) {
        if (r.edge_id == e.id) ev.push_back(EvidenceJson(r));
      }
      edges.push_back({{"id", e.id},
                       {"relation", e.relation},
                       {"source", NodeJson(node(e.source))},
                       {"target", NodeJson(node(e.target))},
                       {"attrs", e.attrs},
                       {"evidence", ev}});
    }
    json mentions = json::array();
    for (const MentionRecord& m : c.mentions) {
      mentions.push_back({{"document", m.document_id},
                          {"start", m.span.start},
                          {"end", m.span.end},
                          {"surface", m.surface},
                          {"reason", TextJson(m.reason)}});
    }
    json sources = json::array();
    for (const DocumentRecord& d : c.documents) sources.push_back(DocumentJson(d));
    json corrections = json::array();
    for (const CorrectionRecord& r : c.corrections) corrections.push_back(CorrectionJson(r));
    json dates = json::array();
    for (const DateClaimRecord& d : c.dates) {
      dates.push_back({{"date", TextJson(d.date)},
                       {"document", d.document_id ? json(d.document_id) : json()},
                       {"rule", d.rule}});
    }
    WriteJson({{"node", NodeJson(c.node)},
               {"dates", dates},
               {"aliases", c.node.aliases},
               {"attrs", c.node.attrs},
               {"xid", TextJson(c.node.xid)},
               {"edges", edges},
               {"mentions", mentions},
               {"sources", sources},
               {"corrections", corrections}},
              Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    // One row per piece of evidence; an edge without any (from a table) still gets its row.
    Table t{{"edge_id", "source_id", "source", "relation", "target_id", "target", "document",
             "start", "end", "rule", "evidence"},
            {}};
    for (const EdgeRecord& e : c.edges) {
      std::vector<Cell> edge{Id(e.id),         Id(e.source), Text(name(e.source)),
                             Text(e.relation), Id(e.target), Text(name(e.target))};
      bool any = false;
      for (const EvidenceRecord& r : c.evidence) {
        if (r.edge_id != e.id) continue;
        any = true;
        std::vector<Cell> row = edge;
        row.insert(row.end(), {Id(r.document_id), Cell(r.span.start), Cell(r.span.end),
                               Text(r.rule), Text(r.text)});
        t.rows.push_back(std::move(row));
      }
      if (!any) {
        edge.resize(t.columns.size());
        t.rows.push_back(std::move(edge));
      }
    }
    WriteCsv(t, Out(o));
    return;
  }
  std::ostream& out = Out(o);
  out << "#" << c.node.id << "  " << T(c.node.name) << "  (" << T(c.node.kind)
      << (c.node.date.empty() ? "" : ", " + T(c.node.date)) << ")\n";
  if (!c.node.aliases.empty()) {
    out << "aliases: ";
    for (size_t i = 0; i < c.node.aliases.size(); ++i)
      out << (i ? "; " : "") << T(c.node.aliases[i]);
    out << "\n";
  }
  for (const auto& [k, v] : c.node.attrs) out << T(k) << ": " << T(v) << "\n";
  // Documents that disagree on the date: each date with the documents giving it, the shown first;
  // an analyst's set-date (no document) overrides them and is named as what it is.
  struct DateSources {
    std::string date;
    std::vector<std::string> documents;  // "#3"
    bool corrected = false;
  };
  std::vector<DateSources> dates;
  for (const DateClaimRecord& d : c.dates) {
    auto it = std::find_if(dates.begin(), dates.end(), [&](const DateSources& x) { return x.date == d.date; });
    if (it == dates.end()) it = dates.insert(dates.end(), {d.date, {}, false});
    if (d.document_id == 0) {
      it->corrected = true;
      continue;
    }
    std::string source = "#";  // appended: GCC 12 warns (falsely) on "#" + to_string
    source += std::to_string(d.document_id);
    it->documents.push_back(source);
  }
  if (dates.size() > 1) {
    std::stable_partition(dates.begin(), dates.end(), [&](const DateSources& x) { return x.date == c.node.date; });
    const bool corrected = std::any_of(dates.begin(), dates.end(), [](const DateSources& x) { return x.corrected; });
    out << "dates (" << dates.size()
        << (corrected ? "; an analyst's set-date overrides the documents):\n" : "; the documents disagree):\n");
    for (const DateSources& d : dates) {
      out << "  " << (d.date.empty() ? std::string("none") : T(d.date)) << (d.date == c.node.date ? " (shown)" : "")
          << "  ";
      if (d.corrected) out << "set-date correction" << (d.documents.empty() ? "" : "; ");
      if (!d.documents.empty()) out << (d.documents.size() == 1 ? "document " : "documents ");
      for (size_t i = 0; i < d.documents.size(); ++i) out << (i ? ", " : "") << d.documents[i];
      out << "\n";
    }
  }
  // Near-copies (the same story imported many times) are folded: each group's evidence and
  // mentions are shown from its first document here, with how many copies say the same.
  std::map<int64_t, int64_t> group;  // document -> its group (the group's first document)
  std::map<int64_t, int64_t> stored_copies;  // document -> copies stored without a graph
  for (const DocumentRecord& d : c.documents) {
    group[d.id] = d.copy_of ? d.copy_of : d.id;
    stored_copies[d.id] = d.copies;
  }
  auto group_of = [&](int64_t doc) {
    auto it = group.find(doc);
    return it == group.end() ? doc : it->second;
  };
  auto copies = [&](size_t also, int64_t doc) {
    const size_t n = also + static_cast<size_t>(stored_copies[doc]);
    return n == 0 ? std::string() : "  and " + std::to_string(n) + (n == 1 ? " copy" : " copies");
  };
  if (c.edges.empty() && c.edges_offset > 0) {
    out << "\nedges (none at offset " << c.edges_offset << "; " << c.edges_total << " in all):\n";
  } else if (c.edges_total > static_cast<int64_t>(c.edges.size())) {
    out << "\nedges (" << c.edges_offset + 1 << "-"
        << c.edges_offset + static_cast<int64_t>(c.edges.size()) << " of " << c.edges_total
        << "):\n";
  } else {
    out << "\nedges (" << c.edges.size() << "):\n";
  }
  for (const EdgeRecord& e : c.edges) {
    out << "  " << T(name(e.source)) << " -" << T(e.relation) << "-> " << T(name(e.target)) << "\n";
    std::map<int64_t, std::set<int64_t>> docs_of_group;  // the documents of each group saying it
    for (const EvidenceRecord& r : c.evidence) {
      if (r.edge_id == e.id) docs_of_group[group_of(r.document_id)].insert(r.document_id);
    }
    for (const EvidenceRecord& r : c.evidence) {
      if (r.edge_id != e.id) continue;
      const std::set<int64_t>& docs = docs_of_group[group_of(r.document_id)];
      if (r.document_id != *docs.begin()) continue;  // a copy: counted on the first's lines
      out << "      \"" << T(r.text) << "\"  (document #" << r.document_id << ", " << T(r.rule)
          << ")" << copies(docs.size() - 1, r.document_id) << "\n";
    }
  }
  std::map<int64_t, std::set<int64_t>> mentioning;  // group -> documents mentioning the node
  for (const MentionRecord& m : c.mentions) mentioning[group_of(m.document_id)].insert(m.document_id);
  out << "\nmentions (" << c.mentions.size() << "):\n";
  for (const MentionRecord& m : c.mentions) {
    const std::set<int64_t>& docs = mentioning[group_of(m.document_id)];
    if (m.document_id != *docs.begin()) continue;
    out << "  document #" << m.document_id << " bytes " << m.span.start << "-" << m.span.end
        << "  \"" << T(m.surface) << "\"  " << T(m.reason) << copies(docs.size() - 1, m.document_id)
        << "\n";
  }
  std::map<int64_t, size_t> sources_in_group;
  for (const DocumentRecord& d : c.documents) ++sources_in_group[group_of(d.id)];
  std::set<int64_t> shown_groups;
  out << "\nsources:\n";
  for (const DocumentRecord& d : c.documents) {
    if (!shown_groups.insert(group_of(d.id)).second) continue;
    out << "  #" << d.id << "  " << T(d.source) << "  " << T(d.date) << "  " << T(d.title)
        << copies(sources_in_group[group_of(d.id)] - 1, d.id) << "\n";
  }
  if (c.corrections.empty()) return;
  out << "\ncorrections (" << c.corrections.size() << "):\n";
  for (const CorrectionRecord& r : c.corrections) {
    out << "  #" << r.id << "  " << T(r.at) << "  " << T(r.by) << "  " << T(r.summary)
        << (r.reason.empty() ? "" : "  because: " + T(r.reason))
        << (r.undone_by ? "  (undone by #" + std::to_string(r.undone_by) + ")" : "") << "\n";
  }
}

void PresentStats(const StoreStats& s, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    WriteJson({{"documents", s.documents},
               {"nodes", s.nodes},
               {"nodes_by_kind", s.nodes_by_kind},
               {"edges", s.edges},
               {"edges_by_relation", s.edges_by_relation},
               {"evidence", s.evidence},
               {"mentions", s.mentions},
               {"generation", s.generation},
               {"schema_version", s.schema_version}},
              Out(o));
    return;
  }
  // CSV: `what` is the counted thing, `name` the kind or relation of a breakdown row.
  const bool csv = o.format == OutputFormat::kCsv;
  Table t{csv ? std::vector<std::string>{"what", "name", "count"}
              : std::vector<std::string>{"what", "count"},
          {}};
  auto row = [&](const std::string& what, const std::string& name, int64_t count) {
    if (csv)
      t.rows.push_back({Text(what), Text(name), Cell(count)});
    else
      t.rows.push_back({Text(name.empty() ? what : "  " + name), Cell(count)});
  };
  row("documents", "", s.documents);
  row("nodes", "", s.nodes);
  for (const auto& [k, v] : s.nodes_by_kind) row("nodes", k, v);
  row("edges", "", s.edges);
  for (const auto& [k, v] : s.edges_by_relation) row("edges", k, v);
  row("evidence", "", s.evidence);
  row("mentions", "", s.mentions);
  row("generation", "", s.generation);
  row("schema_version", "", s.schema_version);
  WriteTable(t, o);
}

void PresentNodes(const std::vector<NodeRecord>& nodes, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const NodeRecord& n : nodes) out.push_back(NodeJson(n));
    WriteJson(out, Out(o));
    return;
  }
  Table t{{"id", "kind", "name", "date"}, {}};
  for (const NodeRecord& n : nodes)
    t.rows.push_back({Id(n.id), Text(n.kind), Text(n.name), Text(n.date)});
  WriteTable(t, o);
}

void PresentSearch(const SearchResults& r, const Output& o) {
  if (o.format == OutputFormat::kJson) {
    json nodes = json::array(), documents = json::array();
    for (const NameMatch& m : r.names) {
      nodes.push_back({{"node", NodeJson(m.node)},
                       {"field", m.alias ? "alias" : "name"},
                       {"matched", m.matched}});
    }
    for (const DocumentMatch& d : r.documents) {
      documents.push_back({{"document", DocumentJson(d.document)}, {"context", d.context}});
    }
    WriteJson({{"nodes", nodes}, {"documents", documents}}, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    // One table for both: a document row has kind "document", its title as name, and the
    // matching words in context; a node row the name or alias that matched.
    Table t{{"match", "id", "kind", "name", "date", "context"}, {}};
    for (const NameMatch& m : r.names) {
      t.rows.push_back({Cell(std::string(m.alias ? "alias" : "name")), Id(m.node.id),
                        Text(m.node.kind), Text(m.node.name), Text(m.node.date), Text(m.matched)});
    }
    for (const DocumentMatch& d : r.documents) {
      t.rows.push_back({Cell(std::string("document")), Id(d.document.id),
                        Cell(std::string("document")), Text(d.document.title),
                        Text(d.document.date), Text(d.context)});
    }
    WriteCsv(t, Out(o));
    return;
  }
  std::ostream& out = Out(o);
  out << "nodes (" << r.names.size() << "):\n";
  Table names{{"id", "kind", "name", "matched"}, {}};
  for (const NameMatch& m : r.names) {
    names.rows.push_back({Id(m.node.id), Text(m.node.kind), Text(m.node.name),
                          Text(m.alias ? "alias: " + m.matched : "name")});
  }
  if (!r.names.empty()) WriteTextTable(names, o.text, out);
  out << "\ndocuments (" << r.documents.size() << "):\n";
  for (const DocumentMatch& d : r.documents) {
    out << "  #" << d.document.id << "  " << T(d.document.source) << "  " << T(d.document.date)
        << "  " << T(d.document.title) << "\n      " << T(d.context) << "\n";
  }
}

void PresentDocument(const DocumentRecord& document, const std::string& text, const Output& o) {
  WriteJson({{"document", DocumentJson(document)}, {"text", text}}, Out(o));
}

void PresentTimeline(const Timeline& timeline, const Output& o) {
  std::map<int64_t, const DocumentRecord*> document;
  for (const DocumentRecord& d : timeline.documents) document[d.id] = &d;
  // The documents of an event, as their ids ("1;4") or sources ("a.txt; b.txt").
  auto joined = [&](const TimelineEvent& e, bool sources) {
    std::string out;
    for (int64_t id : e.documents) {
      auto it = document.find(id);
      const std::string item = sources ? (it == document.end() ? "#" + std::to_string(id) : it->second->source)
                                       : std::to_string(id);
      out += (out.empty() ? "" : sources ? "; " : ";") + item;
    }
    return out;
  };
  if (o.format == OutputFormat::kJson) {
    json subjects = json::array(), events = json::array(), documents = json::array();
    for (const NodeRecord& n : timeline.subjects) subjects.push_back(NodeJson(n));
    for (const TimelineEvent& e : timeline.events) {
      events.push_back({{"date", TextJson(e.Date())},
                        {"event", NodeJson(e.event)},
                        {"role", TextJson(e.role)},
                        {"place", NodeJson(e.place.id ? &e.place : nullptr)},
                        {"documents", e.documents}});
    }
    for (const DocumentRecord& d : timeline.documents) documents.push_back(DocumentJson(d));
    WriteJson({{"subjects", subjects}, {"events", events}, {"documents", documents}}, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    Table t{{"date", "event_id", "event", "kind", "role", "place_id", "place", "document_ids", "sources"}, {}};
    for (const TimelineEvent& e : timeline.events) {
      t.rows.push_back({Text(e.Date()), Id(e.event.id), Text(e.event.name), Text(e.event.kind),
                        Text(e.role), Id(e.place.id), Text(e.place.name), Text(joined(e, false)),
                        Text(joined(e, true))});
    }
    WriteCsv(t, Out(o));
    return;
  }
  Table t{{"date", "event", "role", "place", "sources"}, {}};
  for (const TimelineEvent& e : timeline.events) {
    t.rows.push_back({Text(e.Date().empty() ? "undated" : e.Date()), Text(e.event.name),
                      Text(e.role), Text(e.place.name), Text(joined(e, true))});
  }
  WriteTextTable(t, o.text, Out(o));
}

void PresentOfficials(const std::vector<OfficeTerm>& terms, const Output& o) {
  auto node = [](const NodeRecord& n) { return NodeJson(n.id ? &n : nullptr); };
  auto ids = [](const std::vector<int64_t>& documents) {
    std::string out;
    for (int64_t id : documents) out += (out.empty() ? "" : ";") + std::to_string(id);
    return out;
  };
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const OfficeTerm& t : terms) {
      out.push_back({{"official", node(t.official)},
                     {"office", t.title},
                     {"country", node(t.country)},
                     {"body", node(t.body)},
                     {"first_seen", TextJson(t.first_seen)},
                     {"last_seen", TextJson(t.last_seen)},
                     {"start", TextJson(t.start)},
                     {"end", TextJson(t.end)},
                     {"documents", t.documents}});
    }
    WriteJson(out, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    Table t{{"official_id", "official", "office", "country_id", "country", "body_id", "body",
             "first_seen", "last_seen", "start", "end", "document_ids"},
            {}};
    for (const OfficeTerm& r : terms) {
      t.rows.push_back({Id(r.official.id), Text(r.official.name), Text(r.title), Id(r.country.id),
                        Text(r.country.name), Id(r.body.id), Text(r.body.name), Text(r.first_seen),
                        Text(r.last_seen), Text(r.start), Text(r.end), Text(ids(r.documents))});
    }
    WriteCsv(t, Out(o));
    return;
  }
  Table t{{"official", "office", "country", "first seen", "last seen", "start", "end", "documents"}, {}};
  for (const OfficeTerm& r : terms) {
    std::string office = r.title + (r.body.id ? ", " + r.body.name : "");
    t.rows.push_back({Text(r.official.name), Text(office), Text(r.country.name), Text(r.first_seen),
                      Text(r.last_seen), Text(r.start), Text(r.end),
                      Cell(static_cast<int64_t>(r.documents.size()))});
  }
  WriteTextTable(t, o.text, Out(o));
}

void PresentDialogues(const std::vector<DialogueSeries>& series, const Output& o) {
  auto node = [](const NodeRecord& n) { return NodeJson(n.id ? &n : nullptr); };
  auto gap = [](const DialogueSeries& s) { return s.gap_days ? Cell(*s.gap_days) : Cell(); };
  if (o.format == OutputFormat::kJson) {
    json out = json::array();
    for (const DialogueSeries& s : series) {
      out.push_back({{"dialogue", node(s.dialogue)},
                     {"rounds", s.rounds},
                     {"dated_rounds", s.dated_rounds},
                     {"first_round", node(s.first_round)},
                     {"last_round", node(s.last_round)},
                     {"gap_days", s.gap_days ? json(*s.gap_days) : json(nullptr)}});
    }
    WriteJson(out, Out(o));
    return;
  }
  if (o.format == OutputFormat::kCsv) {
    Table t{{"dialogue_id", "dialogue", "rounds", "dated_rounds", "first_round_id", "first_round",
             "first_date", "last_round_id", "last_round", "last_date", "gap_days"},
            {}};
    for (const DialogueSeries& s : series) {
      t.rows.push_back({Id(s.dialogue.id), Text(s.dialogue.name), Cell(s.rounds), Cell(s.dated_rounds),
                        Id(s.first_round.id), Text(s.first_round.name), Text(s.first_round.date),
                        Id(s.last_round.id), Text(s.last_round.name), Text(s.last_round.date), gap(s)});
    }
    WriteCsv(t, Out(o));
    return;
  }
  Table t{{"dialogue", "rounds", "first", "last", "days since"}, {}};
  for (const DialogueSeries& s : series) {
    t.rows.push_back({Text(s.dialogue.name), Cell(s.rounds), Text(s.first_round.date),
                      Text(s.last_round.date), gap(s)});
  }
  WriteTextTable(t, o.text, Out(o));
}

}  // namespace dkg::presentation
