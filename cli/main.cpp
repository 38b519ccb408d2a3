// dkg: the command-line front end. It parses arguments, calls one library function per command
// and hands the answer to presentation/; the logic lives in importers/, queries/ and engine/.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "cli/screen.h"
#include "cli/standard_output.h"
#include "engine/atomic_file.h"
#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/importer.h"
#include "presentation/answers.h"
#include "presentation/curation.h"
#include "presentation/output.h"
#include "presentation/picture.h"
#include "queries/export.h"
#include "queries/graph_index.h"
#include "queries/graph_snapshot.h"
#include "queries/lookup.h"
#include "queries/queries.h"
#include "server/server.h"
#include "queries/dialogues.h"
#include "queries/officials.h"
#include "queries/time_window.h"
#include "queries/timeline.h"

namespace dkg::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

using presentation::EscapeForTerminal;
using presentation::OutputFormat;

struct Globals {
  std::string db;
  std::string format = "table";
  int64_t limit = 0;   // --limit: at most this many rows (0: all)
  bool quiet = false;  // import --quiet: only failures
  bool update = false;  // import --update: apply changes to known ids instead of refusing them
  std::string from, to, as_of;  // --from, --to, --as-of: the time window, as typed
  Screen* screen = nullptr;
};

// Messages name what the user typed, which may hold anything: escaped like every other output.
int Fail(const Status& status) {
  std::cerr << "dkg: " << EscapeForTerminal(status.message()) << "\n";
  return status.code() == Status::Code::kAmbiguous ? kExitUsage : kExitError;
}

// A usage error: exit status 2. Each line is escaped on its own, so a message may have several.
int Usage(const std::string& message) {
  std::stringstream lines(message);
  std::string line;
  for (bool first = true; std::getline(lines, line); first = false) {
    std::cerr << (first ? "dkg: " : "  ") << EscapeForTerminal(line) << "\n";
  }
  return kExitUsage;
}

using presentation::SplitList;

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
    std::cerr << "dkg: '" << EscapeForTerminal(query) << "' is ambiguous; candidates:\n";
    for (const NodeRecord& n : candidates) {
      std::cerr << "  #" << n.id << "  " << EscapeForTerminal(n.kind) << "  "
                << EscapeForTerminal(n.name)
                << (n.date.empty() ? "" : "  " + EscapeForTerminal(n.date)) << "\n";
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

// Where and how the answer is written: the format asked for, on the command's screen.
presentation::Output OutputOf(const Globals& g) {
  presentation::Output o;
  presentation::ParseOutputFormat(g.format, o.format);
  o.text.width = g.screen->width();
  o.out = &g.screen->out();
  return o;
}

// Applies --limit to a long answer, saying on stderr what was left out.
template <typename T>
void Limit(const Globals& g, std::vector<T>& rows) {
  if (g.limit <= 0 || rows.size() <= static_cast<size_t>(g.limit)) return;
  std::cerr << "dkg: showing " << g.limit << " of " << rows.size() << " rows (--limit)\n";
  rows.resize(static_cast<size_t>(g.limit));
}

// A --kinds or --relations filter naming nothing the graph can hold is a usage error, not a
// silently empty answer.
int CheckFilter(const Store& store, Vocabulary which, const std::set<std::string>& names) {
  Status s = CheckVocabulary(store, which, names);
  return s.ok() ? kExitOk : Usage(s.message());
}

// The time window of --from, --to and --as-of; a bad date is a usage error (exit 2).
struct WindowOrExit {
  TimeWindow window;
  int exit = -1;  // >= 0: stop with this status
};
WindowOrExit WindowOf(const Globals& g) {
  WindowOrExit w;
  auto window = ParseWindow(g.from, g.to, g.as_of);
  if (!window.ok()) w.exit = Usage(window.status().message());
  else w.window = window.value();
  return w;
}

// A node outside the window cannot start or end a walk inside it: an error naming both.
Status CheckInWindow(const Store& store, int64_t id, const TimeWindow& window) {
  return CheckNodeInWindow(store, id, window);  // the server says the same (queries/time_window.h)
}

// ---- import ------------------------------------------------------------------------------

void PrintExplain(const FileResult& r) {
  const ExtractedGraph& g = r.graph;
  const std::string& text = r.source.document.text;
  // Imported text is shown escaped: a document cannot drive the terminal (EscapeForTerminal).
  auto t = [](const std::string& s) { return EscapeForTerminal(s); };
  std::cout << "== " << t(r.path) << "\n";
  std::cout << "nodes (" << g.nodes.size() << "):\n";
  for (const ExtractedNode& n : g.nodes) {
    auto rule = n.attrs.find("rule");
    std::cout << "  " << t(n.kind) << "  " << t(n.name)
              << (n.date.empty() ? "" : "  [" + t(n.date) + "]")
              << "  rule=" << (rule == n.attrs.end() ? "" : t(rule->second));
    if (!n.aliases.empty()) {
      std::cout << "  aliases=";
      for (size_t i = 0; i < n.aliases.size(); ++i) std::cout << (i ? "|" : "") << t(n.aliases[i]);
    }
    std::cout << "\n";
  }
  std::cout << "edges (" << g.edges.size() << "):\n";
  for (const ExtractedEdge& e : g.edges) {
    std::cout << "  " << t(g.nodes[e.source].name) << " -" << t(e.relation) << "-> "
              << t(g.nodes[e.target].name) << "\n";
    for (const EvidenceInput& ev : e.evidence) {
      std::string sentence = text.substr(ev.span.start, ev.span.end - ev.span.start);
      std::cout << "      rule=" << t(ev.rule) << "  \"" << t(sentence) << "\"\n";
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
    if (phase != rate_phase_) {  // each phase has its own rate: rows of nodes are not edges
      rate_phase_ = phase;
      phase_start_ = now;
    }
    if (now - last_ < std::chrono::milliseconds(200) && done != total) return;
    last_ = now;
    const int percent = total ? static_cast<int>(100 * done / total) : 100;
    const int filled = percent / 5;
    const double seconds = std::chrono::duration<double>(now - phase_start_).count();
    std::string rate;
    if (seconds > 0.5 && done > 0) {
      const double per_second = done / seconds;
      rate = "  " + std::to_string(static_cast<int64_t>(per_second)) + "/s";
      if (total > done)
        rate += ", " + std::to_string(static_cast<int64_t>((total - done) / per_second) + 1) +
                " s left";
    }
    std::cerr << "\r  " << std::string(filled, '#') << std::string(20 - filled, '.') << " "
              << percent << "%  " << phase << "  " << done << "/" << total << rate << "   "
              << std::flush;
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::cerr << "\r" << std::string(96, ' ') << "\r" << std::flush;
    shown_ = false;
  }

 private:
  bool enabled_;
  bool trace_;
  std::string last_phase_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
  std::string rate_phase_;
  std::chrono::steady_clock::time_point phase_start_{};
};

void PrintFileResult(const FileResult& r) {
  const std::string path = EscapeForTerminal(r.path);  // file names and messages may hold anything
  switch (r.outcome) {
    case FileOutcome::kImported:
      if (r.format == StructuredFormat::kNodeCsv) {
        std::cout << "imported  " << path << "  (" << r.rows
                  << " nodes: " << r.graph_report.nodes_created << " new, "
                  << r.graph_report.nodes_merged << " already stored)\n";
      } else if (r.format == StructuredFormat::kEdgeCsv) {
        std::cout << "imported  " << path << "  (" << r.rows
                  << " edges: " << r.graph_report.edges_created << " new, "
                  << r.graph_report.edges_existing << " repeated or already stored)\n";
      } else if (r.format == StructuredFormat::kGraphJson) {
        const GraphImportReport& x = r.graph_report;
        std::cout << "imported  " << path << "  (" << r.rows << " nodes: " << x.nodes_created
                  << " new, " << x.nodes_merged << " merged; " << x.edges_created << " new edges, "
                  << x.evidence_added << " evidence, " << x.documents_added << " documents";
        if (x.corrections_added + x.corrections_existing > 0) {
          std::cout << "; " << x.corrections_added << " corrections, " << x.corrections_existing
                    << " already recorded";
        }
        std::cout << ")\n";
      } else if (r.report.copy_of != 0) {
        std::cout << "imported  " << path << "  (document #" << r.report.document_id
                  << ": a near-copy of document #" << r.report.copy_of
                  << ", whose graph and evidence stand for it)\n";
      } else {
        std::cout << "imported  " << path << "  (document #" << r.report.document_id << ": "
                  << r.graph.nodes.size() << " nodes, " << r.report.nodes_created << " new, "
                  << r.report.nodes_merged << " merged; " << r.graph.edges.size() << " edges, "
                  << r.report.edges_created << " new)\n";
      }
      // Imported corrections that changed what this store held: each, with what it did.
      for (const auto& [id, what] : r.graph_report.corrections_applied) {
        std::cout << "  correction #" << id << " applied to this store: " << EscapeForTerminal(what) << "\n";
      }
      // import --update: each change to a stored node, old -> new.
      for (const NodeChange& c : r.graph_report.changes) {
        auto value = [](const std::string& v) { return v.empty() ? std::string("(none)") : "'" + EscapeForTerminal(v) + "'"; };
        std::cout << "  updated #" << c.node_id << " (id '" << EscapeForTerminal(c.xid) << "') " << c.field << ": "
                  << value(c.before) << " -> " << value(c.after) << "\n";
      }
      break;
    case FileOutcome::kSkipped:
      std::cout << "skipped   " << path << "  (already stored as document #" << r.report.document_id
                << ")\n";
      break;
    case FileOutcome::kFailed:
      std::cout << "failed    " << EscapeForTerminal(r.message) << "\n";
      break;
  }
  std::cout.flush();  // each file's line is out before the next file: a crash hides none
}

int RunImport(const Globals& g, const std::vector<std::string>& paths, bool explain) {
  TuneAllocatorForImport();
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
    how.update = g.update;
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
        std::cout << "checked   " << EscapeForTerminal(r.path) << "  (" << r.rows
                  << (r.format == StructuredFormat::kEdgeCsv ? " edges" : " nodes")
                  << "; --explain stores nothing)\n";
        return;
      }
      if (!g.quiet || r.outcome == FileOutcome::kFailed) PrintFileResult(r);
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
      if (!g.quiet || r.outcome == FileOutcome::kFailed) PrintFileResult(r);
    });
    summary.imported += s.imported;
    summary.skipped += s.skipped;
    summary.failed += s.failed;
  }
  const int total = summary.imported + summary.skipped + summary.failed;
  if (g.quiet) return summary.failed ? kExitError : kExitOk;
  if (explain) {
    // Nothing was stored: the files were read and checked, not imported.
    std::cout << total << (total == 1 ? " file: " : " files: ") << summary.imported + summary.skipped
              << " checked, " << summary.failed << " failed; --explain stores nothing\n";
    return summary.failed ? kExitError : kExitOk;
  }
  std::cout << total << (total == 1 ? " file: " : " files: ") << summary.imported << " imported, "
            << summary.skipped << " skipped, " << summary.failed << " failed\n";
  return summary.failed ? kExitError : kExitOk;
}

// ---- queries -----------------------------------------------------------------------------

int RunCochairs(const Globals& g, const std::string& meeting, const std::string& official,
                const std::string& country) {
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  CochairFilter filter;
  filter.window = w.window;
  for (auto [text, slot] : {std::pair{&meeting, &filter.meeting}, std::pair{&official, &filter.official},
                            std::pair{&country, &filter.country}}) {
    if (text->empty()) continue;
    auto id = Resolve(*store.value(), *text);
    if (!id.ok()) return Fail(id.status());
    *slot = id.value();
  }
  if (!filter.meeting && !filter.official && !filter.country && !w.window.active()) {
    // The whole store's co-chairs: read in store order, in bounded memory. (A time window
    // reads only its meetings, through the snapshot below.)
    auto table = CochairTable::Build(*store.value());
    if (!table.ok()) return Fail(table.status());
    size_t rows = table.value()->size();
    if (g.limit > 0 && rows > static_cast<size_t>(g.limit)) {
      std::cerr << "dkg: showing " << g.limit << " of " << rows << " rows (--limit)\n";
      rows = static_cast<size_t>(g.limit);
    }
    presentation::PresentCochairs(*table.value(), rows, OutputOf(g));
    return kExitOk;
  }
  auto graph = CochairsSnapshot(*store.value(), filter);
  if (!graph.ok()) return Fail(graph.status());
  auto rows = Cochairs(*graph.value(), filter);
  Limit(g, rows);
  presentation::PresentCochairs(rows, *graph.value(), OutputOf(g));
  return kExitOk;
}

int RunLineage(const Globals& g, const std::string& query, int64_t offset) {
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  auto index = GraphIndex::Open(*q->store);
  if (!index.ok()) return Fail(index.status());
  std::string cut;
  auto snapshot = LineageSnapshot(*q->store, *index.value(), q->id, &cut);
  if (!snapshot.ok()) return Fail(snapshot.status());
  const auto& graph = snapshot.value();
  auto entries = Lineage(*graph, q->id, w.window);
  const presentation::Output out = OutputOf(g);
  const bool alone = entries.size() <= 1;
  if (offset > 0) {
    // A page of a long lineage (the explorer's "more"), said on stderr as `show` says its pages.
    const size_t total = entries.size();
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(offset, total)));
    if (g.limit > 0 && entries.size() > static_cast<size_t>(g.limit)) entries.resize(static_cast<size_t>(g.limit));
    const size_t shown_to = static_cast<size_t>(offset) + entries.size();
    if (entries.empty())
      std::cerr << "dkg: no entries at offset " << offset << " (" << total << " in all)\n";
    else
      std::cerr << "dkg: showing entries " << offset + 1 << "-" << shown_to << " of " << total
                << (shown_to < total ? "; " + std::to_string(total - shown_to) + " more (--offset " +
                                           std::to_string(shown_to) + ")"
                                     : std::string())
                << "\n";
  } else {
    Limit(g, entries);
  }
  if (alone) {
    // Only the node itself: say so rather than print a tree of one.
    const NodeRecord* n = graph->Node(q->id);
    const std::string message =
        (n ? n->name + " (" + n->kind + ")" : query) +
        (w.window.active()
             ? " has no lineage within " + w.window.Describe()
             : std::string(" has no lineage: no announced_at, round_of, follows or agreed_at edge "
                           "touches it"));
    if (out.format == OutputFormat::kTable) {
      *out.out << EscapeForTerminal(message) << "\n";
      return kExitOk;
    }
    std::cerr << "dkg: " << EscapeForTerminal(message) << "\n";
  }
  presentation::PresentLineage(entries, *graph, q->id, out);
  if (!cut.empty()) {
    // The marker of a lineage too long to read whole: under a table, and on stderr always.
    if (out.format == OutputFormat::kTable) *out.out << "... (" << cut << ")\n";
    std::cerr << "dkg: lineage cut: " << cut << "\n";
  }
  return kExitOk;
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
  if (!dir.ok()) return Usage(dir.status().message());
  options.direction = dir.value();
  if (batch.empty() && (a.empty() || b.empty()))
    return Usage("path: give A and B, or --batch FILE");
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  auto excluded = ExcludedByWindow(*store.value(), w.window);
  if (!excluded.ok()) return Fail(excluded.status());
  options.excluded = excluded.value();
  if (int rc = CheckFilter(*store.value(), Vocabulary::kRelations, options.relations)) return rc;
  const presentation::Output out = OutputOf(g);
  if (!batch.empty()) {
    std::ifstream file;
    if (batch != "-") {
      file.open(batch);
      if (!file) return Fail(Status::IoError(batch + ": cannot open file"));
    }
    std::istream& in = batch == "-" ? std::cin : file;  // "-": pairs from standard input
    auto index = GraphIndex::Open(*store.value());
    if (!index.ok()) return Fail(index.status());
    std::vector<presentation::PathLength> rows;
    std::string line;
    int line_no = 0, errors = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      // "# ..." is a comment; "#12<TAB>..." starts with a node id.
      const bool node_id = line.size() > 1 && line[0] == '#' && std::isdigit(static_cast<unsigned char>(line[1]));
      if (line.empty() || (line[0] == '#' && !node_id)) continue;
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
                  << EscapeForTerminal(!x.ok() ? x.status().message() : y.status().message())
                  << "\n";
        ++errors;
        continue;
      }
      auto nodes = store.value()->GetNodes({x.value(), y.value()});
      if (!nodes.ok()) return Fail(nodes.status());
      presentation::PathLength row;
      row.from = nodes->front();
      row.to = nodes->back();
      const int length = index.value()->PathLength(x.value(), y.value(), options);
      if (length >= 0) row.length = length;
      rows.push_back(std::move(row));
    }
    presentation::PresentPathLengths(rows, out);
    return errors ? kExitError : kExitOk;
  }
  auto x = Resolve(*store.value(), a);
  if (!x.ok()) return Fail(x.status());
  auto y = Resolve(*store.value(), b);
  if (!y.ok()) return Fail(y.status());
  for (int64_t id : {x.value(), y.value()}) {
    if (Status s = CheckInWindow(*store.value(), id, w.window); !s.ok()) return Fail(s);
  }
  auto index = GraphIndex::Open(*store.value());
  if (!index.ok()) return Fail(index.status());
  auto path = FindPath(*store.value(), *index.value(), x.value(), y.value(), options);
  if (!path.ok()) return Fail(path.status());
  presentation::PresentPath(path.value(), max_depth, out);
  return path.value() ? kExitOk : kExitError;
}

int RunNeighbors(const Globals& g, const std::string& query, int depth, const std::string& relations,
                 const std::string& direction, bool count) {
  TraversalOptions options;
  options.max_depth = depth;
  options.relations = SplitList(relations);
  auto dir = ParseDirection(direction);
  if (!dir.ok()) return Usage(dir.status().message());
  options.direction = dir.value();
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  if (int rc = CheckFilter(*q->store, Vocabulary::kRelations, options.relations)) return rc;
  if (Status s = CheckInWindow(*q->store, q->id, w.window); !s.ok()) return Fail(s);
  auto excluded = ExcludedByWindow(*q->store, w.window);
  if (!excluded.ok()) return Fail(excluded.status());
  options.excluded = excluded.value();
  auto index = GraphIndex::Open(*q->store);
  if (!index.ok()) return Fail(index.status());
  auto self = q->store->GetNode(q->id);
  if (!self.ok()) return Fail(self.status());
  const NodeRecord node = self.value() ? *self.value() : NodeRecord{};
  if (count) {
    presentation::PresentNeighborCount(node, depth, index.value()->CountWithin(q->id, options),
                                       OutputOf(g));
    return kExitOk;
  }
  auto found = index.value()->Neighborhood(q->id, options);
  Limit(g, found);
  std::vector<int64_t> ids;
  ids.reserve(found.size());
  for (const auto& entry : found) ids.push_back(entry.first);
  auto records = q->store->GetNodes(ids);
  if (!records.ok()) return Fail(records.status());
  std::unordered_map<int64_t, const NodeRecord*> by_id;
  for (const NodeRecord& n : records.value()) by_id[n.id] = &n;
  std::vector<presentation::Neighbor> rows;
  for (const auto& [id, distance] : found) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;  // cannot happen: the index is of this store's state
    rows.push_back({*it->second, distance});
  }
  presentation::PresentNeighbors(rows, OutputOf(g));
  return kExitOk;
}

// The two sides of a pair "A,B" (`timeline A,B`, `dialogues --pair A,B`), spaces around each
// trimmed; false when a side names nothing ("Japan,", ",").
bool PairSides(const std::string& text, size_t comma, std::string& a, std::string& b) {
  auto trim = [](std::string s) {
    const size_t first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return std::string();
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
  };
  a = trim(text.substr(0, comma));
  b = trim(text.substr(comma + 1));
  return !a.empty() && !b.empty();
}

// Without --limit a timeline shows this many events from --offset: the first page of a node with
// 30,000 meetings costs little more than a short timeline (queries/timeline.h).
constexpr size_t kTimelinePage = 1000;

// Says on stderr which events a page holds when it is not the whole timeline, as `lineage` does,
// so that JSON and CSV on stdout stay what their schemas say.
// `asked`: the --offset given (t.offset stops at the timeline's end: "no events at offset 7 (7
// in all)" answered --offset 2147483647).
void SayTimelinePage(const Timeline& t, size_t asked) {
  const size_t shown_to = t.offset + t.events.size();
  if (asked == 0 && shown_to >= t.total) return;
  if (t.events.empty()) {
    std::cerr << "dkg: no events at offset " << asked << " (" << t.total << " in all)\n";
    return;
  }
  std::cerr << "dkg: showing events " << t.offset + 1 << "-" << shown_to << " of " << t.total;
  if (shown_to < t.total)
    std::cerr << "; " << t.total - shown_to << " more (--offset " << shown_to << "; --limit 0: all)";
  std::cerr << "\n";
}

// `timeline Q`, or `timeline A,B` for a pair: when Q holds a comma and both sides name a node, it
// is a pair; otherwise Q names one node.
int RunTimeline(const Globals& g, const std::string& query, int64_t offset, bool limit_given) {
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  TimelinePage page;
  page.offset = static_cast<size_t>(offset);
  page.limit = limit_given ? static_cast<size_t>(std::max<int64_t>(g.limit, 0)) : kTimelinePage;
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  const size_t comma = query.find(',');
  if (comma != std::string::npos) {
    std::string side_a, side_b;
    if (!PairSides(query, comma, side_a, side_b)) {
      return Usage("timeline '" + query + "': a side of the pair names nothing (give A,B)");
    }
    auto a = ResolveNode(*store.value(), side_a);
    auto b = ResolveNode(*store.value(), side_b);
    if (a.ok() && b.ok() && a.value() == b.value()) {
      return Usage("timeline '" + query + "': both sides name the same node #" + std::to_string(a.value()) +
                   " (a pair is two nodes)");
    }
    if (a.ok() && b.ok()) {
      auto timeline = PairTimeline(*store.value(), a.value(), b.value(), w.window, page);
      if (!timeline.ok()) return Fail(timeline.status());
      SayTimelinePage(timeline.value(), page.offset);
      presentation::PresentTimeline(timeline.value(), OutputOf(g));
      return kExitOk;
    }
    // A side that is ambiguous is a usage error like any ambiguous reference.
    if (!a.ok() && a.status().code() == Status::Code::kAmbiguous) return Fail(Resolve(*store.value(), side_a).status());
    if (!b.ok() && b.status().code() == Status::Code::kAmbiguous) return Fail(Resolve(*store.value(), side_b).status());
  }
  auto id = Resolve(*store.value(), query);
  if (!id.ok()) return Fail(id.status());
  std::unique_ptr<GraphIndex> index;  // opened only for a lineage's timeline
  auto open_index = [&]() -> Result<const GraphIndex*> {
    if (!index) {
      auto opened = GraphIndex::Open(*store.value());
      if (!opened.ok()) return opened.status();
      index = std::move(opened).value();
    }
    return index.get();
  };
  auto timeline = NodeTimeline(*store.value(), open_index, id.value(), w.window, page);
  if (!timeline.ok()) return Fail(timeline.status());
  SayTimelinePage(timeline.value(), page.offset);
  presentation::PresentTimeline(timeline.value(), OutputOf(g));
  return kExitOk;
}

int RunOfficials(const Globals& g, const std::string& country, const std::string& office) {
  OfficialsFilter filter;
  filter.office = office;
  if (!g.as_of.empty()) {
    filter.as_of = DateSpan::ParseGiven(g.as_of);
    if (!filter.as_of) {
      return Usage("--as-of '" + g.as_of + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  if (!country.empty()) {
    auto id = Resolve(*store.value(), country);
    if (!id.ok()) return Fail(id.status());
    filter.country = id.value();
  }
  auto terms = Officials(*store.value(), filter);
  if (!terms.ok()) return Fail(terms.status());
  Limit(g, terms.value());
  presentation::PresentOfficials(terms.value(), OutputOf(g));
  return kExitOk;
}

int RunDialogues(const Globals& g, const std::string& pair, const std::string& quiet_since) {
  DialoguesFilter filter;
  for (auto [text, option, slot] : {std::tuple{&quiet_since, "--quiet-since", &filter.quiet_since},
                                    std::tuple{&g.as_of, "--as-of", &filter.reference}}) {
    if (text->empty()) continue;
    *slot = DateSpan::ParseGiven(*text);
    if (!*slot) return Usage(std::string(option) + " '" + *text + "' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD");
  }
  const size_t comma = pair.find(',');
  if (!pair.empty() && comma == std::string::npos) return Usage("--pair takes two nodes: A,B");
  std::string side_a, side_b;
  if (!pair.empty() && !PairSides(pair, comma, side_a, side_b)) {
    return Usage("--pair '" + pair + "': a side of the pair names nothing (give A,B)");
  }
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  if (!pair.empty()) {
    auto a = Resolve(*store.value(), side_a);
    if (!a.ok()) return Fail(a.status());
    auto b = Resolve(*store.value(), side_b);
    if (!b.ok()) return Fail(b.status());
    if (a.value() == b.value()) {
      return Usage("--pair '" + pair + "': both sides name the same node #" + std::to_string(a.value()) +
                   " (a pair is two nodes)");
    }
    filter.a = a.value();
    filter.b = b.value();
  }
  auto series = Dialogues(*store.value(), filter);
  if (!series.ok()) return Fail(series.status());
  Limit(g, series.value());
  presentation::PresentDialogues(series.value(), OutputOf(g));
  return kExitOk;
}

// A table shows a hub's card a page at a time unless --limit says otherwise.
constexpr int64_t kShowPage = 100;

int RunShow(const Globals& g, const std::string& query, int64_t offset, bool limit_given) {
  auto q = OpenNodeQuery(g, query);
  if (!q.ok()) return Fail(q.status());
  const bool table = g.format == "table";
  const int64_t limit = limit_given ? (g.limit > 0 ? g.limit : -1) : table ? kShowPage : -1;
  auto card = ShowNode(*q->store, q->id, offset, limit);
  if (!card.ok()) return Fail(card.status());
  const NodeCard& c = card.value();
  const int64_t shown_to = c.edges_offset + static_cast<int64_t>(c.edges.size());
  if (c.edges_offset > 0 || shown_to < c.edges_total) {
    // Said on stderr, so that JSON and CSV on stdout stay what their schemas say.
    if (c.edges.empty())
      std::cerr << "dkg: no edges at offset " << c.edges_offset << " (" << c.edges_total << " in all)";
    else
      std::cerr << "dkg: showing edges " << c.edges_offset + 1 << "-" << shown_to << " of " << c.edges_total;
    if (shown_to < c.edges_total)
      std::cerr << "; " << c.edges_total - shown_to << " more (--offset " << shown_to << ")";
    std::cerr << "\n";
  }
  std::vector<int64_t> other_ids;
  for (const EdgeRecord& e : c.edges) other_ids.push_back(e.source == c.node.id ? e.target : e.source);
  auto others = q->store->GetNodes(other_ids);
  if (!others.ok()) return Fail(others.status());
  std::map<int64_t, NodeRecord> by_id;
  for (NodeRecord& n : others.value()) by_id[n.id] = std::move(n);
  presentation::PresentNodeCard(c, by_id, OutputOf(g));
  return kExitOk;
}

int RunStats(const Globals& g) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  auto stats = store.value()->Stats();
  if (!stats.ok()) return Fail(stats.status());
  presentation::PresentStats(stats.value(), OutputOf(g));
  return kExitOk;
}

int RunNodes(const Globals& g, const std::string& kind, const std::string& country,
             const std::string& name_like) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  NodeListFilter filter;
  filter.kind = kind;
  filter.name_like = name_like;
  if (!kind.empty()) {
    if (int rc = CheckFilter(*store.value(), Vocabulary::kKinds, {kind})) return rc;
  }
  if (!country.empty()) {
    auto id = Resolve(*store.value(), country);
    if (!id.ok()) return Fail(id.status());
    filter.adjacent_to = id.value();
  }
  if (g.limit > 0) filter.limit = g.limit + 1;  // one more tells whether --limit cut the answer
  auto nodes = store.value()->ListNodes(filter);
  if (!nodes.ok()) return Fail(nodes.status());
  if (g.limit > 0 && nodes->size() > static_cast<size_t>(g.limit)) {
    std::cerr << "dkg: showing the first " << g.limit << " nodes (--limit)\n";
    nodes->resize(static_cast<size_t>(g.limit));
  }
  presentation::PresentNodes(nodes.value(), OutputOf(g));
  return kExitOk;
}

int RunSearch(const Globals& g, const std::string& text) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  auto results = Search(*store.value(), text, g.limit > 0 ? static_cast<int>(g.limit) : 50);
  if (!results.ok()) return Usage(results.status().message());
  presentation::PresentSearch(results.value(), OutputOf(g));
  return kExitOk;
}

// The most nodes `export --format svg|png` draws unless --max-nodes says otherwise: Graphviz
// lays a graph out in time and memory that grow much faster than its size (60,000 nodes ran
// more than two minutes, memory growing, before it was stopped), and a picture of more than a
// thousand nodes is unreadable anyway. `dkg serve` holds pictures to 150 nodes.
constexpr int64_t kDefaultPictureNodes = 1000;
// How long Graphviz may draw unless --timeout says otherwise: a dense thousand nodes (5,000
// edges) ran it more than 90 s, so the node cap alone does not bound the time.
constexpr int kDefaultPictureSeconds = 120;

int RunExport(const Globals& g, const std::string& around, int depth, const std::string& kinds,
              const std::string& relations, const std::string& format_name, const std::string& output,
              int64_t max_nodes, bool max_nodes_given, int timeout_seconds, bool timeout_given) {
  ExportFormat format = ExportFormat::kDot;
  std::optional<presentation::PictureFormat> picture;  // svg, png: the DOT drawn by Graphviz
  if (format_name == "json") format = ExportFormat::kJson;
  else if (format_name == "graphml") format = ExportFormat::kGraphml;
  else if (format_name == "dot") format = ExportFormat::kDot;
  else if (format_name == "svg") picture = presentation::PictureFormat::kSvg;
  else if (format_name == "png") picture = presentation::PictureFormat::kPng;
  else
    return Usage("export: --format must be json, graphml, dot, svg or png");
  if (max_nodes_given && !picture)
    return Usage("export: --max-nodes limits a picture (--format svg or png), not --format " + format_name);
  if (timeout_given && !picture)
    return Usage("export: --timeout limits a picture (--format svg or png), not --format " + format_name);
  if (!output.empty() && output != "-") {
    if (Status s = CheckOutputPath(output, g.db); !s.ok()) {
      Fail(s);
      return kExitUsage;
    }
  }
  const WindowOrExit w = WindowOf(g);
  if (w.exit >= 0) return w.exit;
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  SubgraphSelection selection;
  selection.window = w.window;
  selection.depth = depth;
  selection.kinds = SplitList(kinds);
  selection.relations = SplitList(relations);
  if (int rc = CheckFilter(*store.value(), Vocabulary::kKinds, selection.kinds)) return rc;
  if (int rc = CheckFilter(*store.value(), Vocabulary::kRelations, selection.relations)) return rc;
  if (!around.empty()) {
    auto id = Resolve(*store.value(), around);
    if (!id.ok()) return Fail(id.status());
    if (Status s = CheckInWindow(*store.value(), id.value(), w.window); !s.ok()) return Fail(s);
    selection.around = id.value();
  }
  // The store, a filter over it or a node's neighbourhood streams record by record: memory
  // stays bounded however large the store. A picture is drawn whole by Graphviz from the
  // selected part (pictures are of neighbourhoods, not of whole large stores), and a time
  // window is applied to a snapshot of the part it selects.
  ExportCounts counts;
  std::string drawn;
  std::function<Status(const ByteSink&)> produce;
  if (picture || selection.window.active()) {
    // A picture's size is counted before its records are read: a whole large store is refused
    // at once rather than after loading it.
    int64_t selected = 0;
    auto graph = ExportSnapshotAtMost(*store.value(), selection, picture ? max_nodes : 0, &selected);
    if (!graph.ok()) return Fail(graph.status());
    if (graph.value() == nullptr) {
      return Usage("export: the picture would hold " + std::to_string(selected) + " nodes, more than --max-nodes " +
                   std::to_string(max_nodes) + " (Graphviz takes minutes and gigabytes on large graphs)\n"
                   "narrow it with --around NODE --depth N (or --kinds, --relations, a time window), "
                   "or draw it all the same with --max-nodes " + std::to_string(selected) + " (0: no limit)");
    }
    Subgraph sub = SelectSubgraph(*graph.value(), selection);
    if (picture && max_nodes > 0 && static_cast<int64_t>(sub.nodes.size()) > max_nodes) {
      return Usage("export: the picture would hold " + std::to_string(sub.nodes.size()) + " nodes and " +
                   std::to_string(sub.edges.size()) + " edges, more than --max-nodes " + std::to_string(max_nodes) +
                   " (Graphviz takes minutes and gigabytes on large graphs)\n"
                   "narrow it with --around NODE --depth N (or --kinds, --relations, a time window), "
                   "or draw it all the same with --max-nodes " + std::to_string(sub.nodes.size()) + " (0: no limit)");
    }
    bool timed_out = false;
    auto text = picture ? presentation::DrawWithGraphviz(presentation::StyledDot(sub), *picture, timeout_seconds,
                                                         &timed_out)
                        : ExportSubgraph(*store.value(), sub, format);
    if (timed_out) {
      return Fail(Status::IoError("export: Graphviz did not finish drawing " + std::to_string(sub.nodes.size()) +
                                  " nodes and " + std::to_string(sub.edges.size()) + " edges in --timeout " +
                                  std::to_string(timeout_seconds) + " s and was stopped; nothing was written: "
                                  "draw fewer (--around NODE --depth N, --kinds, --relations) or wait longer "
                                  "(--timeout SECONDS, 0: no limit)"));
    }
    if (!text.ok()) return Fail(text.status());
    drawn = std::move(text).value();
    counts.nodes = static_cast<int64_t>(sub.nodes.size());
    counts.edges = static_cast<int64_t>(sub.edges.size());
    produce = [&](const ByteSink& write) { return write(drawn); };
  } else {
    produce = [&](const ByteSink& write) {
      return ExportStore(*store.value(), selection, format, write, &counts);
    };
  }
  if (output.empty() || output == "-") {
    Status s = produce(WriteStandardOutput);
    if (s.ok()) return kExitOk;
    MarkStandardOutputErrorReported();  // said here, where the export stops, and only here
    return Fail(s);
  }
  if (Status s = WriteFileAtomically(output, produce); !s.ok()) return Fail(s);
  std::cerr << "wrote " << counts.nodes << " nodes and " << counts.edges << " edges to "
            << EscapeForTerminal(output) << "\n";
  return kExitOk;
}

// ---- curation: documents, retract and the corrections (issue 13) --------------------------

// Who makes a correction: --by, else $USER; when: now, or $SOURCE_DATE_EPOCH (the
// reproducible-builds convention, so that documentation generated from real runs is stable).
CorrectionAuthor Author(const std::string& by, const std::string& reason) {
  const char* user = std::getenv("USER");
  CorrectionAuthor who{by.empty() ? (user && *user ? user : "unknown") : by, reason, ""};
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch && *epoch && std::all_of(epoch, epoch + std::strlen(epoch), ::isdigit)) {
    const std::time_t t = static_cast<std::time_t>(std::atoll(epoch));
    std::tm utc{};
    char text[32];
    if (gmtime_r(&t, &utc) && std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc)) who.at = text;
  }
  return who;
}

// "#12" or "12": a document or correction id.
std::optional<int64_t> ParseId(const std::string& text) {
  const std::string digits = !text.empty() && text[0] == '#' ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 18 ||
      !std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return std::nullopt;
  }
  return std::atoll(digits.c_str());
}

Result<std::unique_ptr<Store>> OpenForCorrection(const Globals& g) {
  StoreOptions options;
  options.create_if_missing = false;  // a correction to a store that does not exist is a mistake
  return Store::Open(g.db, options);
}

int RunDocuments(const Globals& g, bool copies) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  auto documents = store.value()->Documents();
  if (!documents.ok()) return Fail(documents.status());
  if (copies) {
    presentation::PresentCopyGroups(documents.value(), OutputOf(g));
    return kExitOk;
  }
  Limit(g, documents.value());
  presentation::PresentDocuments(documents.value(), OutputOf(g));
  return kExitOk;
}

// Prints a correction just made, or fails with what stopped it.
int Corrected(const Globals& g, const Result<CorrectionRecord>& record) {
  if (!record.ok()) return Fail(record.status());
  presentation::PresentCorrection(record.value(), OutputOf(g));
  return kExitOk;
}

int RunRetract(const Globals& g, const std::string& doc, const CorrectionAuthor& who) {
  auto id = ParseId(doc);
  if (!id) return Usage("retract: '" + doc + "' is not a document id (dkg documents lists them)");
  auto store = OpenForCorrection(g);
  if (!store.ok()) return Fail(store.status());
  return Corrected(g, store.value()->RetractDocument(*id, who));
}

// Resolves both nodes of a two-node correction.
Result<std::pair<int64_t, int64_t>> ResolvePair(const Store& store, const std::string& a,
                                                const std::string& b) {
  auto x = Resolve(store, a);
  if (!x.ok()) return x.status();
  auto y = Resolve(store, b);
  if (!y.ok()) return y.status();
  return std::pair{x.value(), y.value()};
}

int RunMerge(const Globals& g, const std::string& a, const std::string& b, const CorrectionAuthor& who) {
  auto store = OpenForCorrection(g);
  if (!store.ok()) return Fail(store.status());
  auto ids = ResolvePair(*store.value(), a, b);
  if (!ids.ok()) return Fail(ids.status());
  // Two names of one node: the command asked for is wrong, not the store (usage, exit 2).
  if (ids->first == ids->second) {
    return Usage("merge: '" + a + "' and '" + b + "' both name node #" + std::to_string(ids->first) +
                 "; a merge joins two different nodes");
  }
  return Corrected(g, store.value()->MergeNodes(ids->first, ids->second, who));
}

int RunSplit(const Globals& g, const std::string& node, const std::vector<std::string>& mentions,
             const std::string& name, const CorrectionAuthor& who) {
  std::vector<int64_t> documents;
  for (const std::string& m : mentions) {
    auto id = ParseId(m);
    if (!id) return Usage("split: --mention '" + m + "' is not a document id (dkg show NODE lists its mentions)");
    documents.push_back(*id);
  }
  auto store = OpenForCorrection(g);
  if (!store.ok()) return Fail(store.status());
  auto id = Resolve(*store.value(), node);
  if (!id.ok()) return Fail(id.status());
  return Corrected(g, store.value()->SplitNode(id.value(), documents, name, who));
}

int RunLinkOrUnlink(const Globals& g, bool link, const std::string& a, const std::string& relation,
                    const std::string& b, const CorrectionAuthor& who) {
  auto store = OpenForCorrection(g);
  if (!store.ok()) return Fail(store.status());
  if (int rc = CheckFilter(*store.value(), Vocabulary::kRelations, {relation})) return rc;
  auto ids = ResolvePair(*store.value(), a, b);
  if (!ids.ok()) return Fail(ids.status());
  return Corrected(g, link ? store.value()->Link(ids->first, relation, ids->second, who)
                           : store.value()->Unlink(ids->first, relation, ids->second, who));
}

int RunRename(const Globals& g, const std::string& node, const std::string& name, const CorrectionAuthor& who) {
  auto q = OpenNodeQuery(g, node);
  if (!q.ok()) return Fail(q.status());
  return Corrected(g, q->store->RenameNode(q->id, name, who));
}

int RunSetDate(const Globals& g, const std::string& node, const std::string& date, const CorrectionAuthor& who) {
  auto q = OpenNodeQuery(g, node);
  if (!q.ok()) return Fail(q.status());
  auto record = q->store->SetNodeDate(q->id, date, who);
  if (!record.ok() && record.status().message().find("is not a date") != std::string::npos) {
    return Usage(record.status().message());
  }
  return Corrected(g, record);
}

int RunHistory(const Globals& g, const std::string& node) {
  auto store = OpenForQuery(g);
  if (!store.ok()) return Fail(store.status());
  int64_t id = 0;
  if (!node.empty()) {
    // A node merged away or retracted keeps its history: #ID is taken as it is.
    auto number = node[0] == '#' ? ParseId(node) : std::nullopt;
    if (number) {
      id = *number;
    } else {
      auto found = Resolve(*store.value(), node);
      if (!found.ok()) return Fail(found.status());
      id = found.value();
    }
  }
  auto corrections = store.value()->Corrections(id);
  if (!corrections.ok()) return Fail(corrections.status());
  // A #ID that is no node and no correction names (a typo, not a node without corrections):
  // said, rather than an empty table.
  if (id != 0 && corrections->empty()) {
    auto stored = store.value()->GetNode(id);
    if (!stored.ok()) return Fail(stored.status());
    if (!stored.value())
      return Fail(Status::NotFound("history: no node #" + std::to_string(id) +
                                   ", and no correction concerns one (dkg search finds nodes)"));
  }
  Limit(g, corrections.value());
  presentation::PresentHistory(corrections.value(), OutputOf(g));
  return kExitOk;
}

int RunUndo(const Globals& g, const std::string& correction, const CorrectionAuthor& who) {
  auto id = ParseId(correction);
  if (!id) return Usage("undo: '" + correction + "' is not a correction number (dkg history lists them)");
  auto store = OpenForCorrection(g);
  if (!store.ok()) return Fail(store.status());
  return Corrected(g, store.value()->Undo(*id, who));
}

// ---- serve -------------------------------------------------------------------------------

int RunServe(const Globals& g, const server::ServeOptions& options) {
  auto srv = server::Server::Open(g.db, options);
  if (!srv.ok()) return Fail(srv.status());
  auto port = srv.value()->Bind();
  if (!port.ok()) return Fail(port.status());
  const bool loopback = options.bind == "127.0.0.1" || options.bind == "::1" || options.bind == "localhost";
  std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  std::cerr << "dkg: serving " << EscapeForTerminal(g.db) << " read-only on http://" << EscapeForTerminal(host)
            << ":" << port.value() << "/ (Ctrl-C stops)\n";
  if (!loopback) {
    std::cerr << "dkg: warning: --bind " << EscapeForTerminal(options.bind)
              << " lets other machines read the whole store\n";
  }
  if (Status s = srv.value()->Run(); !s.ok()) return Fail(s);
  return kExitOk;
}

// ---- the command line ----------------------------------------------------------------------


std::string Join(const std::vector<std::string>& words, const std::string& separator) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i ? separator : "") + words[i];
  return out;
}

// The vocabulary a filter may name, for the foot of --help and the man page.
std::string KindsHelp() { return "Node kinds: " + Join(OntologyKinds(), ", ") + "."; }
std::string RelationsHelp() { return "Relations: " + Join(OntologyRelations(), ", ") + "."; }
std::string VocabularyHelp() {
  return KindsHelp() + "\n" + RelationsHelp() +
         "\n(Structured imports may add their own.)\n\nStore: --db FILE (anywhere on the line), "
         "else $DKG_DB, else ./dkg.db.\nExit status: 0 success, 1 error, 2 usage error or "
         "ambiguous "
         "node.";
}

std::vector<std::string> CommandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// An argument that names nothing ("", or "," for a list) is a usage error, never "no filter" or
// "standard output".
CLI::Validator NonEmpty() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return value.empty() ? "an empty value names nothing" : std::string();
      },
      "", "NonEmpty");
}
CLI::Validator NonEmptyList() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        return value.find_first_not_of(", ") == std::string::npos
                   ? "'" + value + "' names nothing (a comma-separated list of names)"
                   : std::string();
      },
      "", "NonEmptyList");
}

// A whole number in decimal from `min` to `max`. CLI11 would read "010" as octal and "0x10" as
// hex, and say a negative limit is out of a 300-digit range; this says it plainly.
CLI::Validator WholeNumber(int64_t min, int64_t max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        const std::string range = max == INT32_MAX ? std::to_string(min) + " or more"
                                                   : "from " + std::to_string(min) + " to " +
                                                         std::to_string(max);
        const bool digits = !value.empty() && std::all_of(value.begin(), value.end(),
                                                          [](unsigned char c) { return std::isdigit(c); });
        if (!digits) return "'" + value + "' is not a whole number " + range;
        // Too many digits for int64_t is a number out of range, not "not a whole number"
        // (--max-nodes 9223372036854775807 was refused so, though the range named it).
        int64_t n = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);  // decimal
        const bool fits = error == std::errc() && end == value.data() + value.size();
        // A number past the largest says the largest: "99999999999 is out of range: give a
        // number 0 or more" contradicted itself.
        if (!fits || n > max)
          return value + " is out of range: give a number from " + std::to_string(min) + " to " + std::to_string(max);
        if (n < min) return value + " is out of range: give a number " + range;
        value = std::to_string(n);
        return std::string();
      },
      "", "WholeNumber");
}

// Why the command line was refused, in words (CLI11 says "paths is required", "At Most 1
// required", "The following argument was not expected").
std::string ExplainParseError(CLI::App& app, const CLI::ParseError& e) {
  const std::string what = e.what();
  CLI::App* cmd = nullptr;
  for (CLI::App* sub : app.get_subcommands()) cmd = sub;  // the command being parsed
  const std::string prefix = cmd ? cmd->get_name() + ": " : "";
  auto ends_with = [&](const std::string& tail) {
    return what.size() >= tail.size() && what.compare(what.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (what == "A subcommand is required") {
    return "give a command: " + Join(CommandNames(app), ", ") + " (dkg --help explains each)";
  }
  if (ends_with(" is required")) {
    const std::string name = what.substr(0, what.size() - std::string(" is required").size());
    const CLI::Option* opt = cmd ? cmd->get_option_no_throw(name) : nullptr;
    return prefix + "missing " + name + (opt ? " (" + opt->get_description() + ")" : "") +
           "; see dkg " + (cmd ? cmd->get_name() + " " : "") + "--help";
  }
  if (const size_t at = what.find(": At Most 1 required but received "); at != std::string::npos) {
    return prefix + what.substr(0, at) + " takes one value, but " +
           what.substr(at + std::string(": At Most 1 required but received ").size()) +
           " were given (quote a name that has spaces)";
  }
  for (const char* head : {"The following arguments were not expected: ",
                           "The following argument was not expected: "}) {
    if (what.rfind(head, 0) != 0) continue;
    std::stringstream rest(what.substr(std::string(head).size()));
    std::string arg, out;
    std::vector<std::string> options{"--db", "--help"};
    if (cmd) {
      for (const CLI::Option* opt : cmd->get_options()) {
        for (const std::string& n : opt->get_lnames()) options.push_back("--" + n);
      }
    }
    while (rest >> arg) {
      if (!out.empty()) out += "\n";
      if (arg.rfind("-", 0) == 0) {
        const std::string bare = arg.substr(0, arg.find('='));
        out += prefix + "unknown option '" + bare + "'";
        const std::string nearest = NearestWord(bare, options);
        if (!nearest.empty()) out += "; did you mean '" + nearest + "'?";
      } else {
        out += prefix + "unexpected argument '" + arg + "' (quote a name that has spaces)";
      }
    }
    return out;
  }
  if (const size_t at = what.find(" excludes "); at != std::string::npos) {
    return prefix + what.substr(0, at) + " and " + what.substr(at + 10) + " cannot be used together";
  }
  if (const size_t at = what.find(" requires "); at != std::string::npos) {
    return prefix + what.substr(0, at) + " needs " + what.substr(at + 10);
  }
  return prefix + what;
}

// Roff for `man dkg`, from the same definitions --help prints.
std::string ManPage(CLI::App& app) {
  auto roff = [](const std::string& text) {
    std::string out;
    std::stringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
      std::string escaped;
      for (char c : line) escaped += c == '\\' ? std::string("\\e") : std::string(1, c);
      if (!escaped.empty() && (escaped[0] == '.' || escaped[0] == '\'')) escaped = "\\&" + escaped;
      out += escaped + "\n";
    }
    return out;
  };
  std::string page = ".TH DKG 1 \"\" \"dkg " DKG_VERSION
                     "\" \"User Commands\"\n.SH NAME\n"
                     "dkg \\- a diplomatic knowledge-graph store\n.SH SYNOPSIS\n.B dkg\n"
                     "[\\-\\-db FILE] COMMAND [OPTIONS]\n.SH DESCRIPTION\n";
  page += roff(app.get_description()) + ".SH COMMANDS\n";
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    page += ".SS " + sub->get_name() + "\n.nf\n" + roff(sub->help("dkg")) + ".fi\n";
  }
  page += ".SH VOCABULARY AND EXIT STATUS\n.nf\n" + roff(VocabularyHelp()) + ".fi\n";
  page +=
      ".SH ENVIRONMENT\n.TP\n.B DKG_DB\nthe store when \\-\\-db is not given\n.TP\n.B PAGER\n"
      "the pager for answers taller than the terminal (DKG_PAGER first; default less \\-FRX)\n";
  return page;
}

// Bash completion: commands, then each command's options, kinds and relations.
std::string BashCompletion(CLI::App& app) {
  std::string cases;
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> flags{"--db", "--help"};
    for (const CLI::Option* opt : sub->get_options()) {
      for (const std::string& name : opt->get_lnames()) flags.push_back("--" + name);
      for (const std::string& name : opt->get_snames()) flags.push_back("-" + name);
    }
    const bool files = sub->get_name() == "import";
    cases += "    " + sub->get_name() + ") words=\"" + Join(flags, " ") + "\"" +
             (files ? "; files=1" : "") + " ;;\n";
  }
  return "# bash completion for dkg (generated by dkg --bash-completion)\n"
         "_dkg() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= words= "
         "files= i\n"
         "  case $prev in\n"
         "    --db|-o|--output|--batch) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
         "    --relations) COMPREPLY=($(compgen -W \"" +
         Join(OntologyRelations(), " ") +
         "\" -- \"$cur\")); return ;;\n"
         "    --kind|--kinds) COMPREPLY=($(compgen -W \"" +
         Join(OntologyKinds(), " ") +
         "\" -- \"$cur\")); return ;;\n"
         "    --format) COMPREPLY=($(compgen -W \"table json csv graphml dot svg png\" -- \"$cur\")); "
         "return ;;\n"
         "    --direction) COMPREPLY=($(compgen -W \"both out in\" -- \"$cur\")); return ;;\n"
         "  esac\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    case ${COMP_WORDS[i]} in --db) ((i++)) ;; -*) ;; *) cmd=${COMP_WORDS[i]}; break ;; "
         "esac\n"
         "  done\n"
         "  case $cmd in\n"
         "    '') words=\"" +
         Join(CommandNames(app), " ") + " help --db --help --version\" ;;\n" + cases +
         "  esac\n"
         "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "  [ -n \"$files\" ] && COMPREPLY+=($(compgen -f -- \"$cur\"))\n"
         "  return 0\n"
         "}\n"
         "complete -F _dkg dkg\n";
}

// What git does before parsing: `dkg help [COMMAND]`, and an unknown command named with the
// nearest real one. Returns an exit code when the command line is answered here.
std::optional<int> PreParse(CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--db") {
      ++i;
      continue;
    }
    if (arg == "--man") {
      std::cout << ManPage(app);
      return kExitOk;
    }
    if (arg == "--bash-completion") {
      std::cout << BashCompletion(app);
      return kExitOk;
    }
    if (arg.rfind("-", 0) == 0) {
      // Before the command only dkg's own options may come; a typo is named, not reported as
      // a missing command.
      static const std::vector<std::string> kGlobal = {"--db",  "--help",          "-h", "--version",
                                                       "-V",    "--bash-completion", "--man"};
      if (arg.rfind("--db=", 0) == 0 || std::find(kGlobal.begin(), kGlobal.end(), arg) != kGlobal.end())
        continue;
      std::string message = "unknown option '" + arg + "'";
      const std::string nearest = NearestWord(arg, kGlobal);
      if (!nearest.empty()) message += "; did you mean '" + nearest + "'?";
      message += "\noptions before the command: --db FILE, --help, --version (each command has its own: "
                 "dkg COMMAND --help)";
      return Usage(message);
    }
    const std::vector<std::string> names = CommandNames(app);
    if (std::find(names.begin(), names.end(), arg) != names.end()) return std::nullopt;
    if (arg == "help") {
      std::string topic;  // the first word after "help" that is not --db FILE
      for (int j = i + 1; j < argc && topic.empty(); ++j) {
        const std::string word = argv[j];
        if (word == "--db") ++j;
        else if (word.rfind("--db=", 0) != 0) topic = word;
      }
      if (topic.empty()) {
        std::cout << app.help();
        return kExitOk;
      }
      if (std::find(names.begin(), names.end(), topic) == names.end()) {
        return Usage("help: '" + topic +
                     "' is not a dkg command; the commands are: " + Join(names, ", "));
      }
      std::cout << app.get_subcommand(topic)->help("dkg");
      return kExitOk;
    }
    std::string message = "'" + arg + "' is not a dkg command";
    const std::string nearest = NearestWord(arg, names);
    if (!nearest.empty()) message += "; did you mean '" + nearest + "'?";
    message += "\nthe commands are: " + Join(names, ", ") + " (dkg --help explains each)";
    return Usage(message);
  }
  return std::nullopt;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "dkg: a diplomatic knowledge-graph store. Reads press releases and wire reports about\n"
      "diplomacy, keeps what they say as a graph with the evidence of every edge, and answers\n"
      "who co-chaired what, how a dialogue came about, and how two entities are connected."};
  app.name("dkg");  // not argv[0]: help and the man page say `dkg`, wherever it is installed
  app.require_subcommand(1);
  // Options the main app owns (--db) are accepted after the command too, as git's -C is not but
  // users expect: `dkg show X --db other.db`.
  app.fallthrough();
  app.set_version_flag("-V,--version", std::string("dkg ") + DKG_VERSION);
  Globals g;
  const char* env_db = std::getenv("DKG_DB");
  g.db = env_db && *env_db ? env_db : "dkg.db";
  app.add_option("--db", g.db, "store file (default: $DKG_DB or ./dkg.db)")->check(NonEmpty());
  auto add_format = [&](CLI::App* cmd) {
    cmd->add_option("--format", g.format, "output format")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
  };
  // --from/--to and --as-of: the window of time a question is asked about (queries/time_window.h).
  auto add_window = [&](CLI::App* cmd) {
    auto* from = cmd->add_option("--from", g.from, "only meetings and agreements dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
                     ->check(NonEmpty());
    auto* to = cmd->add_option("--to", g.to, "only meetings and agreements dated on or before DATE")->check(NonEmpty());
    cmd->add_option("--as-of", g.as_of, "only what had happened by DATE (the window ending with DATE)")
        ->check(NonEmpty())
        ->excludes(from)
        ->excludes(to);
  };
  auto add_limit = [&](CLI::App* cmd) {
    cmd->add_option("--limit", g.limit, "at most N rows (0: all)")->transform(WholeNumber(0, INT32_MAX));
  };

  int rc = kExitOk;
  std::vector<std::string> paths;
  bool explain = false;
  auto* import = app.add_subcommand("import", "import documents (.txt, .html, directories), node/edge tables (.csv) or dkg JSON graphs");
  import->add_option("paths", paths, "files or directories")->required()->check(NonEmpty());
  auto* explain_flag = import->add_flag(
      "--explain", explain, "print what would be extracted, with rules, without storing");
  import->add_flag("-q,--quiet", g.quiet, "print only failures")->excludes(explain_flag);
  import->add_flag("--update", g.update,
                   "node tables and JSON graphs: change the kind, name or date of a stored node "
                   "named by a known id (listed in the report) instead of refusing the file")
      ->excludes(explain_flag);
  import->callback([&] { rc = RunImport(g, paths, explain); });

  std::string meeting, official, country;
  auto* cochairs = app.add_subcommand("cochairs", "who co-chaired which meeting");
  cochairs->add_option("--meeting", meeting, "only this meeting (Q)")->check(NonEmpty());
  cochairs->add_option("--official", official, "only this official (Q)")->check(NonEmpty());
  cochairs->add_option("--country", country, "only co-chairs representing this country (Q)")->check(NonEmpty());
  add_format(cochairs);
  add_window(cochairs);
  add_limit(cochairs);
  cochairs->callback([&] { rc = RunCochairs(g, meeting, official, country); });

  std::string query;
  auto* lineage = app.add_subcommand("lineage", "what led to a meeting or dialogue, and what it led to");
  lineage->add_option("Q", query, "a meeting or dialogue: #id, name, alias or words of its name")->required()->check(NonEmpty());
  add_format(lineage);
  add_window(lineage);
  add_limit(lineage);
  int64_t lineage_offset = 0;
  lineage->add_option("--offset", lineage_offset, "skip the first N entries (with --limit: a page of a long lineage)")
      ->transform(WholeNumber(0, INT32_MAX));
  lineage->callback([&] { rc = RunLineage(g, query, lineage_offset); });

  std::string a, b, relations, batch, direction = "both";
  int max_depth = 8;
  auto* path = app.add_subcommand("path", "a shortest path between two nodes, with evidence");
  auto* a_opt = path->add_option("A", a, "from (Q)")->check(NonEmpty());
  path->add_option("B", b, "to (Q)")->check(NonEmpty());
  path->add_option("--max-depth", max_depth, "longest path to look for")->capture_default_str()
      ->transform(WholeNumber(1, 64));
  path->add_option("--relations", relations, "only these relations, comma-separated")->check(NonEmptyList());
  path->add_option("--direction", direction, "walk edges both ways, or only out of A (out), or only into A (in)")
      ->check(CLI::IsMember({"both", "out", "in"}))
      ->capture_default_str();
  path->add_option("--batch", batch, "answer one FROM<TAB>TO pair per line of FILE, - for standard input (lengths only)")
      ->check(NonEmpty())
      ->excludes(a_opt);
  add_format(path);
  add_window(path);
  path->footer(RelationsHelp());
  path->callback([&] { rc = RunPath(g, a, b, max_depth, relations, direction, batch); });

  int depth = 1;
  bool count = false;
  auto* neighbors = app.add_subcommand("neighbors", "nodes within N hops");
  neighbors->add_option("Q", query, "the node")->required()->check(NonEmpty());
  neighbors->add_option("--depth", depth, "hops")->capture_default_str()->transform(WholeNumber(1, 16));
  neighbors->add_option("--relations", relations, "only these relations, comma-separated")->check(NonEmptyList());
  neighbors->add_option("--direction", direction, "walk edges both ways, or only outwards (out), or only inwards (in)")
      ->check(CLI::IsMember({"both", "out", "in"}))
      ->capture_default_str();
  auto* count_flag = neighbors->add_flag("--count", count, "print only how many");
  add_format(neighbors);
  add_window(neighbors);
  add_limit(neighbors);
  neighbors->footer(RelationsHelp());
  neighbors->get_option("--limit")->excludes(count_flag);
  neighbors->callback([&] { rc = RunNeighbors(g, query, depth, relations, direction, count); });

  int64_t show_offset = 0;
  auto* timeline = app.add_subcommand("timeline", "a node's dated events in order; A,B: a pair's meetings");
  timeline->add_option("Q", query, "the node (Q), or two nodes A,B (a pair of countries, officials, ...)")->required();
  add_format(timeline);
  add_window(timeline);
  add_limit(timeline);
  int64_t timeline_offset = 0;
  timeline->add_option("--offset", timeline_offset, "skip the first N events (a page of a long timeline)")
      ->transform(WholeNumber(0, INT32_MAX));
  timeline->callback([&] {
    rc = RunTimeline(g, query, timeline_offset, timeline->get_option("--limit")->count() > 0);
  });

  std::string office;
  auto* officials = app.add_subcommand("officials", "who held which office when, from dated reporting");
  officials->add_option("--country", country, "only offices of this country (Q)")->check(NonEmpty());
  officials->add_option("--office", office, "only this office (its title, case aside)")->check(NonEmpty());
  officials->add_option("--as-of", g.as_of, "only the holders on DATE (YYYY, YYYY-MM or YYYY-MM-DD)")->check(NonEmpty());
  add_format(officials);
  add_limit(officials);
  officials->callback([&] { rc = RunOfficials(g, country, office); });

  std::string pair, quiet_since;
  auto* dialogues = app.add_subcommand("dialogues", "dialogue series: rounds, first and last round, time since the last");
  dialogues->add_option("--pair", pair, "only series both A and B took part in (A,B)")->check(NonEmpty());
  dialogues->add_option("--quiet-since", quiet_since, "only series with no round since DATE")->check(NonEmpty());
  dialogues->add_option("--as-of", g.as_of, "count only rounds held by DATE and measure the time since the last to it (default: the newest document's date)")
      ->check(NonEmpty());
  add_format(dialogues);
  add_limit(dialogues);
  dialogues->callback([&] { rc = RunDialogues(g, pair, quiet_since); });

  auto* show = app.add_subcommand("show", "a node's card: aliases, edges with evidence, sources");
  show->add_option("Q", query, "the node")->required()->check(NonEmpty());
  add_format(show);
  show->add_option("--limit", g.limit, "at most N edges (0: all; default 100 in a table, all in JSON and CSV)")
      ->transform(WholeNumber(0, INT32_MAX));
  show->add_option("--offset", show_offset, "skip the first N edges")->transform(WholeNumber(0, INT32_MAX));
  show->callback([&] { rc = RunShow(g, query, show_offset, show->get_option("--limit")->count() > 0); });

  std::string kind, name_like;
  auto* nodes = app.add_subcommand("nodes", "list nodes by kind, country and name");
  nodes->add_option("--kind", kind, "only nodes of this kind")->check(NonEmpty());
  nodes->add_option("--country", country, "only nodes with an edge to or from this country (Q)")->check(NonEmpty());
  nodes->add_option("--name-like", name_like, "only nodes whose name or an alias contains TEXT")
      ->check(NonEmpty())
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return value.size() > Store::kMaxNameLike
                       ? "too long: " + std::to_string(value.size()) + " bytes (at most " +
                             std::to_string(Store::kMaxNameLike) + ")"
                       : std::string();
          },
          "", "NameLikeLength"));
  add_format(nodes);
  add_limit(nodes);
  nodes->footer(KindsHelp());
  nodes->callback([&] { rc = RunNodes(g, kind, country, name_like); });

  std::string text;
  auto* search =
      app.add_subcommand("search", "find TEXT in names, aliases and documents, shown in context");
  search->add_option("TEXT", text, "words that must all occur")->required()->check(NonEmpty());
  add_format(search);
  add_limit(search);
  search->callback([&] { rc = RunSearch(g, text); });

  auto* stats = app.add_subcommand("stats", "counts of documents, nodes and edges");
  add_format(stats);
  stats->callback([&] { rc = RunStats(g); });

  std::string around, kinds, export_format = "json", output;
  int export_depth = 1;
  auto* exp = app.add_subcommand("export", "write the graph (or a part) as JSON, GraphML, DOT, SVG or PNG");
  auto* around_opt = exp->add_option("--around", around, "only the neighbourhood of this node (Q)")->check(NonEmpty());
  exp->add_option("--depth", export_depth, "hops around --around")
      ->capture_default_str()
      ->transform(WholeNumber(0, 16))
      ->needs(around_opt);
  exp->add_option("--kinds", kinds, "only these node kinds, comma-separated")->check(NonEmptyList());
  exp->add_option("--relations", relations, "only these relations, comma-separated")->check(NonEmptyList());
  exp->add_option("--format", export_format, "json, graphml, dot, or a picture drawn by Graphviz: svg, png")
      ->check(CLI::IsMember({"json", "graphml", "dot", "svg", "png"}))->capture_default_str();
  exp->add_option("-o,--output", output, "write to FILE instead of standard output (-: standard output)")
      ->check(NonEmpty());
  int64_t picture_nodes = kDefaultPictureNodes;
  auto* max_nodes_opt = exp->add_option("--max-nodes", picture_nodes,
                                        "the most nodes a picture (svg, png) may hold; 0: no limit")
                            ->capture_default_str()
                            ->transform(WholeNumber(0, INT64_MAX));
  int picture_seconds = kDefaultPictureSeconds;
  auto* timeout_opt = exp->add_option("--timeout", picture_seconds,
                                      "seconds Graphviz may draw a picture (svg, png) before it is stopped; 0: no limit")
                          ->capture_default_str()
                          ->transform(WholeNumber(0, INT32_MAX));
  add_window(exp);
  exp->footer(KindsHelp() + "\n" + RelationsHelp());
  exp->callback([&] {
    rc = RunExport(g, around, export_depth, kinds, relations, export_format, output, picture_nodes,
                   max_nodes_opt->count() > 0, picture_seconds, timeout_opt->count() > 0);
  });

  // Curation (issue 13): the documents, retracting one, and corrections with who and why.
  auto* documents = app.add_subcommand("documents", "list the imported documents: id, title, date, source");
  bool copies = false;
  documents->add_flag("--copies", copies, "list the groups of near-copies (one story imported many times)");
  add_format(documents);
  add_limit(documents);
  documents->callback([&] { rc = RunDocuments(g, copies); });

  std::string by, reason;
  auto add_author = [&](CLI::App* cmd, bool reason_required) {
    cmd->add_option("--by", by, "who makes the correction (default: $USER)");
    auto* r = cmd->add_option("--reason", reason, "why, recorded with the correction");
    // A required reason must say something: `--reason ''` (or blanks) recorded a merge or a
    // link with no why, which is what requiring it is meant to prevent.
    if (reason_required) {
      r->required()->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return value.find_first_not_of(" \t\r\n") == std::string::npos
                       ? "a reason must say why (it is recorded with the correction), not be blank"
                       : "";
          },
          "TEXT"));
    }
    add_format(cmd);
  };
  std::string target_text;
  auto* retract = app.add_subcommand("retract", "remove a document and everything only it supports");
  retract->add_option("DOC", target_text, "the document id (dkg documents)")->required();
  add_author(retract, false);
  retract->callback([&] { rc = RunRetract(g, target_text, Author(by, reason)); });

  auto* merge = app.add_subcommand("merge", "make one node of two: B's mentions, edges and names go to A");
  merge->add_option("A", a, "the node that stays (Q)")->required();
  merge->add_option("B", b, "the node merged into A (Q)")->required();
  add_author(merge, true);
  merge->callback([&] { rc = RunMerge(g, a, b, Author(by, reason)); });

  std::vector<std::string> split_mentions;
  std::string split_name;
  auto* split = app.add_subcommand("split", "move a node's mentions in some documents to a new node");
  split->add_option("NODE", query, "the node (Q)")->required();
  split->add_option("--mention", split_mentions, "a document whose mentions move (repeat for more)")->required();
  split->add_option("--name", split_name, "the new node's name (not the old one)")->required();
  add_author(split, false);
  split->callback([&] { rc = RunSplit(g, query, split_mentions, split_name, Author(by, reason)); });

  std::string relation;
  auto* unlink = app.add_subcommand("unlink", "remove an edge; extraction will not create it again");
  unlink->add_option("A", a, "the source (Q)")->required();
  unlink->add_option("REL", relation, "the relation")->required();
  unlink->add_option("B", b, "the target (Q)")->required();
  add_author(unlink, false);
  unlink->footer(RelationsHelp());
  unlink->callback([&] { rc = RunLinkOrUnlink(g, false, a, relation, b, Author(by, reason)); });

  auto* link = app.add_subcommand("link", "add an edge no document states");
  link->add_option("A", a, "the source (Q)")->required();
  link->add_option("REL", relation, "the relation")->required();
  link->add_option("B", b, "the target (Q)")->required();
  add_author(link, true);
  link->footer(RelationsHelp());
  link->callback([&] { rc = RunLinkOrUnlink(g, true, a, relation, b, Author(by, reason)); });

  std::string new_name;
  auto* rename = app.add_subcommand("rename", "rename a node; the old name stays an alias");
  rename->add_option("NODE", query, "the node (Q)")->required();
  rename->add_option("NAME", new_name, "its new name")->required();
  add_author(rename, false);
  rename->callback([&] { rc = RunRename(g, query, new_name, Author(by, reason)); });

  std::string new_date;
  auto* set_date = app.add_subcommand("set-date", "set a node's date (YYYY, YYYY-MM or YYYY-MM-DD; '' clears it)");
  set_date->add_option("NODE", query, "the node (Q)")->required();
  set_date->add_option("DATE", new_date, "the date")->required();
  add_author(set_date, false);
  set_date->callback([&] { rc = RunSetDate(g, query, new_date, Author(by, reason)); });

  std::string history_of;
  auto* history = app.add_subcommand("history", "the corrections, oldest first (of one node with Q)");
  history->add_option("Q", history_of, "only corrections of this node (#ID works for removed nodes)");
  add_format(history);
  add_limit(history);
  history->callback([&] { rc = RunHistory(g, history_of); });

  auto* undo = app.add_subcommand("undo", "reverse correction N exactly");
  undo->add_option("N", target_text, "the correction number (dkg history)")->required();
  add_author(undo, false);
  undo->callback([&] { rc = RunUndo(g, target_text, Author(by, reason)); });

  server::ServeOptions serve_options;
  auto* serve = app.add_subcommand("serve", "a read-only JSON API and graph explorer in the browser (docs/serve.md)");
  serve->add_option("--port", serve_options.port, "TCP port (0: any free port)")
      ->capture_default_str()->check(CLI::Range(0, 65535));
  serve->add_option("--bind", serve_options.bind, "address to listen on (loopback unless told otherwise)")
      ->capture_default_str();
  serve->add_option("--limit", serve_options.limit, "most rows or nodes in one answer; more are cut, with a note")
      ->capture_default_str()->check(CLI::Range(1, 100000));
  serve->callback([&] { rc = RunServe(g, serve_options); });

  // After the commands are added, which would inherit it: each has only its own footer.
  app.footer(VocabularyHelp());
  if (auto answered = PreParse(app, argc, argv)) return *answered;
  if (argc < 2) {
    std::cerr << app.help();
    return kExitUsage;
  }
  Screen screen;
  g.screen = &screen;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return Usage(ExplainParseError(app, e));
  }
  screen.Finish();
  return rc;
}

}  // namespace
}  // namespace dkg::cli

int main(int argc, char** argv) {
  // A file size limit (ulimit -f) must fail a write with EFBIG, reported, not kill the process.
  std::signal(SIGXFSZ, SIG_IGN);
  dkg::cli::InstallStandardOutput();
  const int rc = dkg::cli::Main(argc, argv);
  // Output that did not reach standard output (a full disk, a closed pipe) is a failure too.
  if (dkg::Status s = dkg::cli::FinishStandardOutput(); !s.ok()) {
    std::cerr << "dkg: " << s.message() << "\n";
    return rc == 0 ? 1 : rc;
  }
  return rc;
}
