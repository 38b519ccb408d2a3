// dkg: the command-line front end. It parses arguments, calls one library function per command
// and formats the result; the logic lives in importers/, queries/ and engine/.

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <unordered_map>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/format.h"
#include "engine/atomic_file.h"
#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/importer.h"
#include "queries/export.h"
#include "queries/graph_index.h"
#include "queries/graph_snapshot.h"
#include "queries/queries.h"

namespace dkg::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

struct Globals {
  std::string db;
  std::string format = "table";
};

int Fail(const Status& status) {
  std::cerr << "dkg: " << status.message() << "\n";
  return status.code() == Status::Code::kAmbiguous ? kExitUsage : kExitError;
}

std::set<std::string> SplitList(const std::string& text) {
  std::set<std::string> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.insert(item);
  }
  return out;
}

Result<std::unique_ptr<Store>> OpenForQuery(const Globals& g) {
  StoreOptions options;
  options.create_if_missing = false;
  return Store::Open(g.db, options);
}

// Resolves Q, printing the candidates of an ambiguous reference.
Result<int64_t> Resolve(const Store& store, const std::string& query) {
  std::vector<NodeRecord> candidates;
  auto id = ResolveNode(store, query, &candidates);
  if (!id.ok() && id.status().code() == Status::Code::kAmbiguous) {
    std::cerr << "dkg: '" << query << "' is ambiguous; candidates:\n";
    for (const NodeRecord& n : candidates) {
      std::cerr << "  #" << n.id << "  " << n.kind << "  " << n.name
                << (n.date.empty() ? "" : "  " + n.date) << "\n";
    }
    std::cerr << "use #ID or a more precise name\n";
  }
  return id;
}

// What a query about one node needs: the open store and the node Q names.
struct NodeQuery {
  std::unique_ptr<Store> store;
  int64_t id = 0;
};

Result<NodeQuery> OpenNodeQuery(const Globals& g, const std::string& query) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return store.status();
  auto id = Resolve(*store.value(), query);
  if (!id.ok()) return id.status();
  NodeQuery q;
  q.id = id.value();
  q.store = std::move(store).value();
  return q;
}

std::string NodeLabel(const NodeRecord* n) {
  if (!n) return "?";
  return n->name + " (" + n->kind + (n->date.empty() ? "" : ", " + n->date) + ")";
}

OutputFormat FormatOf(const Globals& g) {
  OutputFormat f = OutputFormat::kTable;
  ParseOutputFormat(g.format, f);
  return f;
}

// ---- import ------------------------------------------------------------------------------

void PrintExplain(const FileResult& r) {
  const ExtractedGraph& g = r.graph;
  const std::string& text = r.source.document.text;
  std::cout << "== " << r.path << "\n";
  std::cout << "nodes (" << g.nodes.size() << "):\n";
  for (const ExtractedNode& n : g.nodes) {
    auto rule = n.attrs.find("rule");
    std::cout << "  " << n.kind << "  " << n.name << (n.date.empty() ? "" : "  [" + n.date + "]")
              << "  rule=" << (rule == n.attrs.end() ? "" : rule->second);
    if (!n.aliases.empty()) {
      std::cout << "  aliases=";
      for (size_t i = 0; i < n.aliases.size(); ++i) std::cout << (i ? "|" : "") << n.aliases[i];
    }
    std::cout << "\n";
  }
  std::cout << "edges (" << g.edges.size() << "):\n";
  for (const ExtractedEdge& e : g.edges) {
    std::cout << "  " << g.nodes[e.source].name << " -" << e.relation << "-> "
              << g.nodes[e.target].name << "\n";
    for (const EvidenceInput& ev : e.evidence) {
      std::string sentence = text.substr(ev.span.start, ev.span.end - ev.span.start);
      std::cout << "      rule=" << ev.rule << "  \"" << sentence << "\"\n";
    }
  }
}

// A one-line progress display on stderr for long structured imports, redrawn at most a few
// times a second; silent when stderr is not a terminal (logs and pipes get the summary only).
class ProgressLine {
 public:
  ProgressLine() : enabled_(isatty(STDERR_FILENO)), trace_(std::getenv("DKG_TRACE") != nullptr) {}
  ~ProgressLine() { Clear(); }
  void operator()(const char* phase, uint64_t done, uint64_t total) {
    if (trace_ && phase != last_phase_) {
      // DKG_TRACE=1: when each phase starts, in seconds since the command started.
      std::cerr << "dkg: " << std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count()
                << " s: " << phase << "\n";
      last_phase_ = phase;
    }
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200) && done != total) return;
    last_ = now;
    const int percent = total ? static_cast<int>(100 * done / total) : 100;
    const int filled = percent / 5;
    std::cerr << "\r  " << std::string(filled, '#') << std::string(20 - filled, '.') << " " << percent
              << "%  " << phase << "  " << done << "/" << total << "   " << std::flush;
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::cerr << "\r" << std::string(72, ' ') << "\r" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  bool trace_;
  std::string last_phase_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

void PrintFileResult(const FileResult& r) {
  switch (r.outcome) {
    case FileOutcome::kImported:
      if (r.format == StructuredFormat::kNodeCsv) {
        std::cout << "imported  " << r.path << "  (" << r.rows << " nodes: " << r.graph_report.nodes_created
                  << " new, " << r.graph_report.nodes_merged << " already stored)\n";
      } else if (r.format == StructuredFormat::kEdgeCsv) {
        std::cout << "imported  " << r.path << "  (" << r.rows << " edges: " << r.graph_report.edges_created
                  << " new, " << r.graph_report.edges_existing << " repeated or already stored)\n";
      } else if (r.format == StructuredFormat::kGraphJson) {
        const GraphImportReport& x = r.graph_report;
        std::cout << "imported  " << r.path << "  (" << r.rows << " nodes: " << x.nodes_created << " new, "
                  << x.nodes_merged << " merged; " << x.edges_created << " new edges, " << x.evidence_added
                  << " evidence, " << x.documents_added << " documents)\n";
      } else {
        std::cout << "imported  " << r.path << "  (document #" << r.report.document_id << ": "
                  << r.graph.nodes.size() << " nodes, " << r.report.nodes_created << " new, "
                  << r.report.nodes_merged << " merged; " << r.graph.edges.size() << " edges, "
                  << r.report.edges_created << " new)\n";
      }
      break;
    case FileOutcome::kSkipped:
      std::cout << "skipped   " << r.path << "  (already stored as document #" << r.report.document_id << ")\n";
      break;
    case FileOutcome::kFailed:
      std::cout << "failed    " << r.message << "\n";
      break;
  }
  std::cout.flush();  // each file's line is out before the next file: a crash hides none
}

int RunImport(const Globals& g, const std::vector<std::string>& paths, bool explain) {
  // Tables and JSON graphs are named one by one; everything else (files, directories) is text.
  std::vector<std::string> structured, documents;
  for (const std::string& p : paths) {
    auto format = DetectStructured(p);
    (format.ok() && format.value() == StructuredFormat::kNone ? documents : structured).push_back(p);
  }
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return Fail(extractor.status());
  std::unique_ptr<Store> store;
  auto open_store = [&]() -> Result<Store*> {
    if (!store) {
      auto opened = Store::Open(g.db);
      if (!opened.ok()) return opened.status();
      store = std::move(opened).value();
    }
    return store.get();
  };
  ImportSummary summary;
  if (!structured.empty()) {
    ProgressLine progress;
    StructuredImport how;
    how.progress = [&](const char* phase, uint64_t done, uint64_t total) { progress(phase, done, total); };
    if (!explain) how.open_store = open_store;
    // A store made by the bulk path gets its graph index at once, built from the rows in memory
    // and saved on a second thread while SQLite writes the edges and their index; it is put in
    // place once the store is.
    const std::string index_file = GraphIndex::PathFor(g.db), pending_index = index_file + ".pending";
    bool index_saved = false;
    std::thread index_builder;
    how.edges_final = [&](const GraphInput& graph, const std::string& store_id) {
      index_builder = std::thread([&index_saved, &graph, store_id, pending_index] {
       try {
        GraphIndexBuilder builder;
        builder.ReserveNodes(graph.nodes.size());
        builder.ReserveEdges(graph.edges.size());
        for (size_t i = 0; i < graph.nodes.size(); ++i) builder.AddNode(static_cast<int64_t>(i) + 1);
        // graph.edges is what the bulk path stores: one row per (source, relation, target).
        for (const GraphInput::Edge& e : graph.edges) {
          if (!builder.AddEdge(e.source + 1, e.target + 1, graph.relations[e.relation]).ok()) return;
        }
        auto index = builder.Finish(1, store_id);  // a new store's generation is 1
        index_saved = index->Save(pending_index).ok();
       } catch (const std::exception&) {
        index_saved = false;  // out of memory: the first query builds the index instead
       }
      });
    };
    auto finish_index = [&](bool keep) {
      if (index_builder.joinable()) index_builder.join();
      std::error_code ec;
      if (index_saved && keep) std::filesystem::rename(pending_index, index_file, ec);
      else std::filesystem::remove(pending_index, ec);
      index_saved = false;
    };
    how.finished = [&](const GraphInput&, bool stored) { finish_index(stored); };
    auto s = ImportStructured(g.db, structured, how, [&](const FileResult& r) {
      progress.Clear();
      if (explain && r.outcome == FileOutcome::kImported) {
        std::cout << "checked   " << r.path << "  (" << r.rows << (r.format == StructuredFormat::kEdgeCsv ? " edges" : " nodes")
                  << "; --explain stores nothing)\n";
        return;
      }
      PrintFileResult(r);
    });
    summary.imported += s.imported;
    summary.skipped += s.skipped;
    summary.failed += s.failed;
  }
  if (!documents.empty()) {
    Store* target = nullptr;
    if (!explain) {
      auto opened = open_store();
      if (!opened.ok()) return Fail(opened.status());
      target = opened.value();
    }
    auto s = ImportFiles(target, *extractor.value(), documents, [&](const FileResult& r) {
      if (explain && r.outcome != FileOutcome::kFailed) {
        PrintExplain(r);
        return;
      }
      PrintFileResult(r);
    });
    summary.imported += s.imported;
    summary.skipped += s.skipped;
    summary.failed += s.failed;
  }
  const int total = summary.imported + summary.skipped + summary.failed;
  std::cout << total << (total == 1 ? " file: " : " files: ") << summary.imported << " imported, "
            << summary.skipped << " skipped, " << summary.failed << " failed\n";
  return summary.failed ? kExitError : kExitOk;
}

// ---- queries -----------------------------------------------------------------------------

int RunCochairs(const Globals& g, const std::string& meeting, const std::string& official,
                const std::string& country) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  CochairFilter filter;
  for (auto [text, slot] : {std::pair{&meeting, &filter.meeting}, std::pair{&official, &filter.official},
                            std::pair{&country, &filter.country}}) {
    if (text->empty()) continue;
    auto id = Resolve(*store.value(), *text);
    if (!id.ok()) return Fail(id.status());
    *slot = id.value();
  }
  auto graph = CochairsSnapshot(*store.value(), filter);
  if (!graph.ok()) return Fail(graph.status());
  Table t{{"meeting", "date", "place", "cochair", "office", "country"}, {}};
  for (const CochairRow& r : Cochairs(*graph.value(), filter)) {
    t.rows.push_back({r.meeting, r.date, r.place, r.official, r.office, r.country});
  }
  PrintTable(t, FormatOf(g), std::cout);
  return kExitOk;
}

int RunLineage(const Globals& g, const std::string& query) {
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  auto index = GraphIndex::Open(*q->store);
  if (!index.ok()) return Fail(index.status());
  auto snapshot = LineageSnapshot(*q->store, *index.value(), q->id);
  if (!snapshot.ok()) return Fail(snapshot.status());
  const auto& graph = snapshot.value();
  const auto entries = Lineage(*graph, q->id);
  const OutputFormat format = FormatOf(g);
  if (format != OutputFormat::kTable) {
    Table t{{"depth", "via", "id", "kind", "name", "date", "place"}, {}};
    for (const LineageEntry& e : entries) {
      const NodeRecord* n = graph->Node(e.node);
      t.rows.push_back({std::to_string(e.depth), e.via, std::to_string(n->id), n->kind, n->name,
                        e.date, e.place});
    }
    PrintTable(t, format, std::cout);
    return kExitOk;
  }
  for (const LineageEntry& e : entries) {
    const NodeRecord* n = graph->Node(e.node);
    std::string indent = e.depth ? std::string(3 * (e.depth - 1), ' ') + "└─ " + e.via + ": " : "";
    std::string detail = n->kind;
    if (!e.date.empty()) detail += ", " + e.date;
    if (!e.place.empty()) detail += ", " + e.place;
    std::cout << indent << n->name << "  (" << detail << ")"
              << (n->id == q->id ? "  <-" : "") << "\n";
  }
  return kExitOk;
}

nlohmann::json PathJson(const PathResult& p) {
  nlohmann::json nodes = nlohmann::json::array(), edges = nlohmann::json::array();
  for (const NodeRecord& n : p.nodes) {
    nodes.push_back({{"id", n.id}, {"kind", n.kind}, {"name", n.name},
                     {"date", n.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(n.date)}});
  }
  for (const PathHop& hop : p.hops) {
    nlohmann::json ev = nlohmann::json::array();
    for (const EvidenceRecord& r : hop.evidence) {
      ev.push_back({{"document", r.document_id}, {"start", r.span.start}, {"end", r.span.end},
                    {"text", r.text}, {"rule", r.rule}});
    }
    edges.push_back({{"id", hop.edge.id}, {"source", hop.edge.source}, {"target", hop.edge.target},
                     {"relation", hop.edge.relation}, {"evidence", ev}});
  }
  return {{"length", p.hops.size()}, {"nodes", nodes}, {"edges", edges}};
}

void PrintPathTable(const PathResult& p) {
  std::cout << NodeLabel(&p.nodes.front()) << "\n";
  for (size_t i = 0; i < p.hops.size(); ++i) {
    const PathHop& hop = p.hops[i];
    std::cout << "  " << (hop.forward ? "-[" : "<-[") << hop.edge.relation
              << (hop.forward ? "]-> " : "]- ") << NodeLabel(&p.nodes[i + 1]) << "\n";
    for (const EvidenceRecord& ev : hop.evidence) {
      std::cout << "      \"" << ev.text << "\"  (document #" << ev.document_id << ", bytes "
                << ev.span.start << "-" << ev.span.end << ", " << ev.rule << ")\n";
    }
  }
  std::cout << "length " << p.hops.size() << "\n";
}

Result<Direction> ParseDirection(const std::string& text) {
  if (text == "both") return Direction::kBoth;
  if (text == "out") return Direction::kOut;
  if (text == "in") return Direction::kIn;
  return Status::InvalidInput("--direction must be both, out or in");
}

// Path and neighbourhood commands need the graph's shape only: the saved graph index, not the
// records, so they start fast on large stores.
int RunPath(const Globals& g, const std::string& a, const std::string& b, int max_depth,
            const std::string& relations, const std::string& direction, const std::string& batch) {
  TraversalOptions options;
  options.max_depth = max_depth;
  options.relations = SplitList(relations);
  auto dir = ParseDirection(direction);
  if (!dir.ok()) return Fail(dir.status());
  options.direction = dir.value();
  if (batch.empty() && (a.empty() || b.empty())) {
    std::cerr << "dkg path: give A and B, or --batch FILE\n";
    return kExitUsage;
  }
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  const OutputFormat format = FormatOf(g);
  if (!batch.empty()) {
    std::ifstream in(batch);
    if (!in) return Fail(Status::IoError(batch + ": cannot open file"));
    auto index = GraphIndex::Open(*store.value());
    if (!index.ok()) return Fail(index.status());
    Table t{{"from", "to", "length"}, {}};
    std::string line;
    int line_no = 0, errors = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string::npos) {
        std::cerr << "dkg: " << batch << ":" << line_no << ": expected FROM<TAB>TO\n";
        ++errors;
        continue;
      }
      std::string from = line.substr(0, tab), to = line.substr(tab + 1);
      auto x = ResolveNode(*store.value(), from), y = ResolveNode(*store.value(), to);
      if (!x.ok() || !y.ok()) {
        std::cerr << "dkg: " << batch << ":" << line_no << ": "
                  << (!x.ok() ? x.status().message() : y.status().message()) << "\n";
        ++errors;
        continue;
      }
      const int length = index.value()->PathLength(x.value(), y.value(), options);
      t.rows.push_back({from, to, length >= 0 ? std::to_string(length) : ""});
    }
    PrintTable(t, format, std::cout);
    return errors ? kExitError : kExitOk;
  }
  auto x = Resolve(*store.value(), a);
  if (!x.ok()) return Fail(x.status());
  auto y = Resolve(*store.value(), b);
  if (!y.ok()) return Fail(y.status());
  auto index = GraphIndex::Open(*store.value());
  if (!index.ok()) return Fail(index.status());
  auto path = FindPath(*store.value(), *index.value(), x.value(), y.value(), options);
  if (!path.ok()) return Fail(path.status());
  if (!path.value()) {
    if (format == OutputFormat::kJson) {
      std::cout << nlohmann::json({{"length", nullptr}, {"nodes", nlohmann::json::array()},
                                   {"edges", nlohmann::json::array()}}).dump(2) << "\n";
    } else {
      std::cout << "no path within " << max_depth << " hops\n";
    }
    return kExitError;
  }
  const PathResult& p = *path.value();
  if (format == OutputFormat::kJson) {
    std::cout << PathJson(p).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (format == OutputFormat::kCsv) {
    Table t{{"step", "from", "relation", "to", "evidence"}, {}};
    for (size_t i = 0; i < p.hops.size(); ++i) {
      t.rows.push_back({std::to_string(i + 1), p.nodes[i].name, p.hops[i].edge.relation, p.nodes[i + 1].name,
                        p.hops[i].evidence.empty() ? "" : p.hops[i].evidence.front().text});
    }
    PrintTable(t, format, std::cout);
  } else {
    PrintPathTable(p);
  }
  return kExitOk;
}

int RunNeighbors(const Globals& g, const std::string& query, int depth, const std::string& relations,
                 const std::string& direction, bool count) {
  TraversalOptions options;
  options.max_depth = depth;
  options.relations = SplitList(relations);
  auto dir = ParseDirection(direction);
  if (!dir.ok()) return Fail(dir.status());
  options.direction = dir.value();
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  auto index = GraphIndex::Open(*q->store);
  if (!index.ok()) return Fail(index.status());
  auto self = q->store->GetNode(q->id);
  if (!self.ok()) return Fail(self.status());
  const std::string name = self.value() ? self.value()->name : std::string();
  if (count) {
    Table t{{"node", "depth", "count"},
            {{name, std::to_string(depth), std::to_string(index.value()->CountWithin(q->id, options))}}};
    PrintTable(t, FormatOf(g), std::cout);
    return kExitOk;
  }
  const auto found = index.value()->Neighborhood(q->id, options);
  std::vector<int64_t> ids;
  ids.reserve(found.size());
  for (const auto& entry : found) ids.push_back(entry.first);
  auto records = q->store->GetNodes(ids);
  if (!records.ok()) return Fail(records.status());
  std::unordered_map<int64_t, const NodeRecord*> by_id;
  for (const NodeRecord& n : records.value()) by_id[n.id] = &n;
  Table t{{"id", "kind", "name", "date", "distance"}, {}};
  for (const auto& [id, distance] : found) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;  // cannot happen: the index is of this store's state
    const NodeRecord& n = *it->second;
    t.rows.push_back({"#" + std::to_string(n.id), n.kind, n.name, n.date, std::to_string(distance)});
  }
  PrintTable(t, FormatOf(g), std::cout);
  return kExitOk;
}

int RunShow(const Globals& g, const std::string& query) {
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  const auto& store = q->store;
  auto card = ShowNode(*store, q->id);
  if (!card.ok()) return Fail(card.status());
  const NodeCard& c = card.value();
  std::map<int64_t, std::string> names;
  std::vector<int64_t> other_ids;
  for (const EdgeRecord& e : c.edges) other_ids.push_back(e.source == c.node.id ? e.target : e.source);
  if (auto others = store->GetNodes(other_ids); others.ok()) {
    for (const NodeRecord& n : others.value()) names[n.id] = n.name;
  }
  const OutputFormat format = FormatOf(g);
  if (format == OutputFormat::kJson) {
    nlohmann::json edges = nlohmann::json::array();
    for (const EdgeRecord& e : c.edges) {
      nlohmann::json ev = nlohmann::json::array();
      for (const EvidenceRecord& r : c.evidence) {
        if (r.edge_id == e.id) ev.push_back({{"document", r.document_id}, {"start", r.span.start},
                                             {"end", r.span.end}, {"text", r.text}, {"rule", r.rule}});
      }
      edges.push_back({{"id", e.id}, {"source", e.source}, {"target", e.target}, {"relation", e.relation},
                       {"source_name", names[e.source]}, {"target_name", names[e.target]},
                       {"evidence", ev}});
    }
    nlohmann::json mentions = nlohmann::json::array();
    for (const MentionRecord& m : c.mentions) {
      mentions.push_back({{"document", m.document_id}, {"start", m.span.start}, {"end", m.span.end},
                          {"surface", m.surface}, {"reason", m.reason}});
    }
    nlohmann::json out = {{"id", c.node.id}, {"kind", c.node.kind}, {"name", c.node.name},
                          {"aliases", c.node.aliases},
                          {"date", c.node.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.node.date)},
                          {"attrs", c.node.attrs}, {"edges", edges}, {"mentions", mentions}};
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  if (format == OutputFormat::kCsv) {
    Table t{{"edge", "source", "relation", "target", "document", "evidence"}, {}};
    for (const EdgeRecord& e : c.edges) {
      for (const EvidenceRecord& r : c.evidence) {
        if (r.edge_id != e.id) continue;
        t.rows.push_back({std::to_string(e.id), names[e.source], e.relation, names[e.target],
                          std::to_string(r.document_id), r.text});
      }
    }
    PrintTable(t, format, std::cout);
    return kExitOk;
  }
  names[c.node.id] = c.node.name;
  std::cout << "#" << c.node.id << "  " << c.node.name << "  (" << c.node.kind
            << (c.node.date.empty() ? "" : ", " + c.node.date) << ")\n";
  if (!c.node.aliases.empty()) {
    std::cout << "aliases: ";
    for (size_t i = 0; i < c.node.aliases.size(); ++i) std::cout << (i ? "; " : "") << c.node.aliases[i];
    std::cout << "\n";
  }
  for (const auto& [k, v] : c.node.attrs) std::cout << k << ": " << v << "\n";
  std::cout << "\nedges (" << c.edges.size() << "):\n";
  for (const EdgeRecord& e : c.edges) {
    std::cout << "  " << names[e.source] << " -" << e.relation << "-> " << names[e.target] << "\n";
    for (const EvidenceRecord& r : c.evidence) {
      if (r.edge_id == e.id) {
        std::cout << "      \"" << r.text << "\"  (document #" << r.document_id << ", " << r.rule << ")\n";
      }
    }
  }
  std::cout << "\nmentions (" << c.mentions.size() << "):\n";
  for (const MentionRecord& m : c.mentions) {
    std::cout << "  document #" << m.document_id << " bytes " << m.span.start << "-" << m.span.end
              << "  \"" << m.surface << "\"  " << m.reason << "\n";
  }
  std::cout << "\nsources:\n";
  for (const DocumentRecord& d : c.documents) {
    std::cout << "  #" << d.id << "  " << d.source << "  " << d.date << "  " << d.title << "\n";
  }
  return kExitOk;
}

int RunStats(const Globals& g) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  auto stats = store.value()->Stats();
  if (!stats.ok()) return Fail(stats.status());
  const StoreStats& s = stats.value();
  Table t{{"what", "count"}, {}};
  t.rows.push_back({"documents", std::to_string(s.documents)});
  t.rows.push_back({"nodes", std::to_string(s.nodes)});
  for (const auto& [k, v] : s.nodes_by_kind) t.rows.push_back({"  " + k, std::to_string(v)});
  t.rows.push_back({"edges", std::to_string(s.edges)});
  for (const auto& [k, v] : s.edges_by_relation) t.rows.push_back({"  " + k, std::to_string(v)});
  t.rows.push_back({"evidence", std::to_string(s.evidence)});
  t.rows.push_back({"mentions", std::to_string(s.mentions)});
  t.rows.push_back({"generation", std::to_string(s.generation)});
  t.rows.push_back({"schema_version", std::to_string(s.schema_version)});
  PrintTable(t, FormatOf(g), std::cout);
  return kExitOk;
}

int RunExport(const Globals& g, const std::string& around, int depth, const std::string& kinds,
              const std::string& relations, const std::string& format_name, const std::string& output) {
  ExportFormat format;
  if (format_name == "json") format = ExportFormat::kJson;
  else if (format_name == "graphml") format = ExportFormat::kGraphml;
  else if (format_name == "dot") format = ExportFormat::kDot;
  else {
    std::cerr << "dkg export: --format must be json, graphml or dot\n";
    return kExitUsage;
  }
  if (!output.empty() && output != "-") {
    if (Status s = CheckOutputPath(output, g.db); !s.ok()) {
      Fail(s);
      return kExitUsage;
    }
  }
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  SubgraphSelection selection;
  selection.depth = depth;
  selection.kinds = SplitList(kinds);
  selection.relations = SplitList(relations);
  if (!around.empty()) {
    auto id = Resolve(*store.value(), around);
    if (!id.ok()) return Fail(id.status());
    selection.around = id.value();
  }
  auto graph = ExportSnapshot(*store.value(), selection);
  if (!graph.ok()) return Fail(graph.status());
  Subgraph sub = SelectSubgraph(*graph.value(), selection);
  auto text = ExportSubgraph(*store.value(), sub, format);
  if (!text.ok()) return Fail(text.status());
  if (output.empty() || output == "-") {
    std::cout << text.value();
    return kExitOk;
  }
  if (Status s = WriteFileAtomically(output, text.value()); !s.ok()) return Fail(s);
  std::cerr << "wrote " << sub.nodes.size() << " nodes and " << sub.edges.size() << " edges to "
            << output << "\n";
  return kExitOk;
}

int Main(int argc, char** argv) {
  CLI::App app{"dkg: a diplomatic knowledge-graph store"};
  app.require_subcommand(1);
  Globals g;
  const char* env_db = std::getenv("DKG_DB");
  g.db = env_db && *env_db ? env_db : "dkg.db";
  app.add_option("--db", g.db, "store file (default: $DKG_DB or ./dkg.db)");
  auto add_format = [&](CLI::App* cmd) {
    cmd->add_option("--format", g.format, "output format")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
  };

  int rc = kExitOk;
  std::vector<std::string> paths;
  bool explain = false;
  auto* import = app.add_subcommand("import", "import documents (.txt, .html, directories), node/edge tables (.csv) or dkg JSON graphs");
  import->add_option("paths", paths, "files or directories")->required();
  import->add_flag("--explain", explain, "print what would be extracted, with rules, without storing");
  import->callback([&] { rc = RunImport(g, paths, explain); });

  std::string meeting, official, country;
  auto* cochairs = app.add_subcommand("cochairs", "who co-chaired which meeting");
  cochairs->add_option("--meeting", meeting, "only this meeting (Q)");
  cochairs->add_option("--official", official, "only this official (Q)");
  cochairs->add_option("--country", country, "only co-chairs representing this country (Q)");
  add_format(cochairs);
  cochairs->callback([&] { rc = RunCochairs(g, meeting, official, country); });

  std::string query;
  auto* lineage = app.add_subcommand("lineage", "what led to a meeting or dialogue, and what it led to");
  lineage->add_option("Q", query, "a meeting or dialogue: #id, name, alias or words of its name")->required();
  add_format(lineage);
  lineage->callback([&] { rc = RunLineage(g, query); });

  std::string a, b, relations, batch, direction = "both";
  int max_depth = 8;
  auto* path = app.add_subcommand("path", "a shortest path between two nodes, with evidence");
  path->add_option("A", a, "from (Q)");
  path->add_option("B", b, "to (Q)");
  path->add_option("--max-depth", max_depth, "longest path to look for")->capture_default_str()
      ->check(CLI::Range(1, 64));
  path->add_option("--relations", relations, "only these relations, comma-separated");
  path->add_option("--direction", direction, "walk edges both ways, or only out of A (out), or only into A (in)")
      ->check(CLI::IsMember({"both", "out", "in"}))
      ->capture_default_str();
  path->add_option("--batch", batch, "answer one FROM<TAB>TO pair per line of FILE (lengths only)");
  add_format(path);
  path->callback([&] { rc = RunPath(g, a, b, max_depth, relations, direction, batch); });

  int depth = 1;
  bool count = false;
  auto* neighbors = app.add_subcommand("neighbors", "nodes within N hops");
  neighbors->add_option("Q", query, "the node")->required();
  neighbors->add_option("--depth", depth, "hops")->capture_default_str()->check(CLI::Range(1, 16));
  neighbors->add_option("--relations", relations, "only these relations, comma-separated");
  neighbors->add_option("--direction", direction, "walk edges both ways, or only outwards (out), or only inwards (in)")
      ->check(CLI::IsMember({"both", "out", "in"}))
      ->capture_default_str();
  neighbors->add_flag("--count", count, "print only how many");
  add_format(neighbors);
  neighbors->callback([&] { rc = RunNeighbors(g, query, depth, relations, direction, count); });

  auto* show = app.add_subcommand("show", "a node's card: aliases, edges with evidence, sources");
  show->add_option("Q", query, "the node")->required();
  add_format(show);
  show->callback([&] { rc = RunShow(g, query); });

  auto* stats = app.add_subcommand("stats", "counts of documents, nodes and edges");
  add_format(stats);
  stats->callback([&] { rc = RunStats(g); });

  std::string around, kinds, export_format = "json", output;
  int export_depth = 1;
  auto* exp = app.add_subcommand("export", "write the graph (or a part) as JSON, GraphML or DOT");
  exp->add_option("--around", around, "only the neighbourhood of this node (Q)");
  exp->add_option("--depth", export_depth, "hops around --around")->capture_default_str()
      ->check(CLI::Range(0, 16));
  exp->add_option("--kinds", kinds, "only these node kinds, comma-separated");
  exp->add_option("--relations", relations, "only these relations, comma-separated");
  exp->add_option("--format", export_format, "json, graphml or dot")
      ->check(CLI::IsMember({"json", "graphml", "dot"}))->capture_default_str();
  exp->add_option("-o,--output", output, "write to FILE instead of standard output");
  exp->callback([&] { rc = RunExport(g, around, export_depth, kinds, relations, export_format, output); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return rc;
}

}  // namespace
}  // namespace dkg::cli

int main(int argc, char** argv) {
  // A file size limit (ulimit -f) must fail a write with EFBIG, reported, not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);
  const int rc = dkg::cli::Main(argc, argv);
  // Output that did not reach standard output (a full disk, a closed pipe) is a failure too.
  if (std::fflush(stdout) != 0 || !std::cout.flush() || std::ferror(stdout)) {
    std::cerr << "dkg: " << dkg::WriteErrorMessage("standard output", errno) << "\n";
    return rc == 0 ? 1 : rc;
  }
  return rc;
}
