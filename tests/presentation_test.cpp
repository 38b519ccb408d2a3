// The output contract's building blocks: typed cells, CSV, fitted tables, terminal escaping.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "presentation/answers.h"
#include "presentation/output.h"
#include "presentation/picture.h"
#include "tests/test_util.h"

namespace dkg::presentation {
namespace {

TEST(OutputTest, EscapesEveryControlCharacterForTheTerminal) {
  EXPECT_EQ(EscapeForTerminal("a\x1b[31mred"), "a\\x1b[31mred");
  EXPECT_EQ(EscapeForTerminal("two\nlines\ttab\r"), "two\\nlines\\ttab\\r");
  EXPECT_EQ(EscapeForTerminal("del\x7f"), "del\\x7f");
  EXPECT_EQ(EscapeForTerminal("csi\xc2\x9b" "31m"), "csi\\u009b31m");  // C1, UTF-8 encoded
  EXPECT_EQ(EscapeForTerminal("Ünïcödé 東京 – ok"), "Ünïcödé 東京 – ok");
  // A backslash that would read as an escape is doubled, so the output is unambiguous.
  EXPECT_EQ(EscapeForTerminal("C:\\new"), "C:\\\\new");
  EXPECT_EQ(EscapeForTerminal("a\\b"), "a\\b");
}

TEST(OutputTest, CsvWritesNumbersAndMissingValues) {
  Table t{{"id", "name", "date"}, {{Cell(int64_t{7}), Text("Tokyo, Japan"), Text("")}, {Id(0), Text("x"), Text("2024")}}};
  std::ostringstream out;
  WriteCsv(t, out);
  EXPECT_EQ(out.str(), "id,name,date\n7,\"Tokyo, Japan\",\n,x,2024\n");
}

TEST(OutputTest, TextTableFitsTheWidthAndMarksCutCells) {
  Table t{{"id", "name", "kind"}, {{Cell(int64_t{1}), Text(std::string(200, 'x')), Text("place")}}};
  std::ostringstream fitted, whole;
  WriteTextTable(t, TextOptions{40}, fitted);
  WriteTextTable(t, TextOptions{0}, whole);
  std::istringstream lines(fitted.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    EXPECT_LE(DisplayWidth(line), 40u) << line;
    ++n;
  }
  EXPECT_EQ(n, 3);
  EXPECT_NE(fitted.str().find("x\u2026  place"), std::string::npos) << fitted.str();
  EXPECT_NE(whole.str().find(std::string(200, 'x')), std::string::npos);
}

TEST(OutputTest, NodeJsonIsTheSameObjectEverywhere) {
  NodeRecord n;
  n.id = 3;
  n.kind = "place";
  n.name = "Tokyo";
  n.attrs["rule"] = "gazetteer";
  EXPECT_EQ(NodeJson(n).dump(), R"({"id":3,"kind":"place","name":"Tokyo","date":null})");
  EXPECT_TRUE(NodeJson(nullptr).is_null());
}

TEST(AnswersTest, NeighborsAreTypedInJsonAndCsv) {
  NodeRecord n;
  n.id = 4;
  n.kind = "country";
  n.name = "Japan";
  std::ostringstream json, csv;
  PresentNeighbors({{n, 1}}, Output{OutputFormat::kJson, {}, &json});
  PresentNeighbors({{n, 1}}, Output{OutputFormat::kCsv, {}, &csv});
  auto parsed = nlohmann::json::parse(json.str());
  EXPECT_EQ(parsed[0]["node"]["id"], 4);
  EXPECT_EQ(parsed[0]["distance"], 1);
  EXPECT_EQ(csv.str(), "id,kind,name,date,distance\n4,country,Japan,,1\n");
}

// dkg show: a date an analyst set is named as a set-date correction, not as a document.
TEST(AnswersTest, ShowNamesASetDateAsACorrection) {
  NodeCard card;
  card.node.id = 14;
  card.node.kind = "meeting";
  card.node.name = "2+2 Ministerial";
  card.node.date = "2024-08";
  DateClaimRecord set;
  set.date = "2024-08";
  set.rule = "correction:set-date";
  DateClaimRecord first;
  first.date = "2024-08-20";
  first.document_id = 1;
  first.rule = "document";
  DateClaimRecord second = first;
  second.document_id = 3;
  card.dates = {first, set, second};
  card.edges_total = 0;
  std::ostringstream text;
  PresentNodeCard(card, {}, Output{OutputFormat::kTable, {}, &text});
  EXPECT_NE(text.str().find("dates (2; an analyst's set-date overrides the documents):\n"
                            "  2024-08 (shown)  set-date correction\n"
                            "  2024-08-20  documents #1, #3\n"),
            std::string::npos)
      << text.str();
  EXPECT_EQ(text.str().find("document set-date"), std::string::npos) << text.str();
}

// A picture's temporary files are told by the lock their dkg holds, not by the pid in their name
// (/tmp may be shared across pid namespaces): a locked file stays whatever its pid, an unlocked
// one goes when its pid is not running here, or when it is old (the pid may be another's).
TEST(PictureTest, OrphanedTemporariesAreToldByTheirLockNotTheirPid) {
  testing::TempDir dir;
  namespace fs = std::filesystem;
  // A pid no process has here (above the kernel's pid_max of 4194304), and this process's own.
  const std::string gone = "dkg-picture-999999999-";
  const std::string mine = "dkg-picture-" + std::to_string(::getpid()) + "-";
  const std::vector<std::string> names{gone + "aaaaaa.dot", gone + "bbbbbb.svg", mine + "cccccc.png",
                                       mine + "dddddd.dot", "dkg-picture-notapid-eeeeee.dot", gone + "ffffff.txt"};
  for (const std::string& name : names) {
    testing::WriteFile(dir.File(name), "x");
  }
  // A live dkg in another pid namespace drawing: its pid means nothing here, but it holds the lock.
  const int held = ::open(dir.File(gone + "bbbbbb.svg").c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(held, 0);
  ASSERT_EQ(::flock(held, LOCK_EX), 0);
  // An old file of a running pid (here this one, which holds no lock on it): the pid may be another
  // process's that reused it.
  fs::last_write_time(dir.File(mine + "dddddd.dot"), fs::file_time_type::clock::now() - std::chrono::hours(2));

  RemoveOrphanedPictureFiles(dir.path(), std::chrono::seconds(3600));
  EXPECT_FALSE(fs::exists(dir.File(gone + "aaaaaa.dot"))) << "unlocked, its pid not running";
  EXPECT_TRUE(fs::exists(dir.File(gone + "bbbbbb.svg"))) << "locked by a live dkg";
  EXPECT_TRUE(fs::exists(dir.File(mine + "cccccc.png"))) << "unlocked but recent, its pid running";
  EXPECT_FALSE(fs::exists(dir.File(mine + "dddddd.dot"))) << "unlocked and old";
  EXPECT_TRUE(fs::exists(dir.File("dkg-picture-notapid-eeeeee.dot"))) << "not a name dkg gives";
  EXPECT_TRUE(fs::exists(dir.File(gone + "ffffff.txt"))) << "not a name dkg gives";
  // Once the lock is gone (its dkg killed), the next cleanup removes the file.
  ::close(held);
  RemoveOrphanedPictureFiles(dir.path(), std::chrono::seconds(3600));
  EXPECT_FALSE(fs::exists(dir.File(gone + "bbbbbb.svg")));
}

// A picture drawn while another dkg cleans the same temporary directory keeps its files: they are
// locked from their creation, and a drawing leaves none behind.
TEST(PictureTest, DrawingKeepsItsLockedTemporariesFromAConcurrentCleanup) {
  testing::TempDir dir;
  const char* old_tmpdir = std::getenv("TMPDIR");
  const std::string saved = old_tmpdir ? old_tmpdir : "";
  ::setenv("TMPDIR", dir.path().c_str(), 1);
  std::atomic<bool> done{false};
  std::thread cleaner([&] {
    while (!done) RemoveOrphanedPictureFiles(dir.path(), std::chrono::seconds(0));
  });
  int drawn = 0;
  for (int i = 0; i < 20; ++i) {
    auto svg = DrawWithGraphviz("digraph g { a -> b; b -> c; }", PictureFormat::kSvg, 30);
    if (svg.ok() && svg->find("<svg") != std::string::npos) ++drawn;
  }
  done = true;
  cleaner.join();
  if (old_tmpdir) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
  EXPECT_EQ(drawn, 20);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

// A TMPDIR that does not exist, or is a file, is an error naming it (it aborted dkg export with
// an uncaught std::filesystem::filesystem_error).
TEST(PictureTest, AMissingTemporaryDirectoryIsAnErrorNotAnAbort) {
  testing::TempDir dir;
  const char* old_tmpdir = std::getenv("TMPDIR");
  const std::string saved = old_tmpdir ? old_tmpdir : "";
  std::vector<Status> results;
  const std::string missing = dir.File("no-such-dir");
  const std::string file = dir.File("a-file");
  { std::ofstream(file) << "x"; }
  for (const std::string& tmpdir : {missing, file}) {
    ::setenv("TMPDIR", tmpdir.c_str(), 1);
    auto svg = DrawWithGraphviz("digraph g { a -> b; }", PictureFormat::kSvg, 30);
    results.push_back(svg.ok() ? Status::Ok() : svg.status());
  }
  if (old_tmpdir) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
  ASSERT_EQ(results.size(), 2u);
  EXPECT_FALSE(results[0].ok());
  EXPECT_NE(results[0].message().find(missing), std::string::npos) << results[0].message();
  EXPECT_FALSE(results[1].ok());
  EXPECT_NE(results[1].message().find(file), std::string::npos) << results[1].message();
}

}  // namespace
}  // namespace dkg::presentation

namespace dkg {
namespace {

// A picture of many edges leaves their labels to tooltips and routes them straight: Graphviz
// took more than a minute over a hub's 319 labelled edges, half a second so.
TEST(PictureTest, CrowdedPicturesAreDrawnWithoutEdgeLabels) {
  std::vector<NodeRecord> nodes;
  for (int64_t i = 1; i <= 30; ++i) nodes.push_back({i, i % 2 ? "meeting" : "official", "Node " + std::to_string(i), "", {}, {}, ""});
  std::vector<EdgeRecord> edges;
  for (int64_t i = 0; i < static_cast<int64_t>(presentation::kMaxLabelledEdges) + 1; ++i) {
    edges.push_back({i + 1, 1 + i % 30, 1 + (i * 7 + 3) % 30, "attended", {}});
  }
  auto dot_of = [&](size_t n_edges) {
    Subgraph sub;
    for (const NodeRecord& n : nodes) sub.nodes.push_back(&n);
    for (size_t i = 0; i < n_edges; ++i) sub.edges.push_back(&edges[i]);
    return presentation::StyledDot(sub);
  };
  const std::string few = dot_of(presentation::kMaxLabelledEdges);
  EXPECT_NE(few.find("[label=\"attended\"]"), std::string::npos);
  EXPECT_EQ(few.find("splines=line"), std::string::npos);
  const std::string many = dot_of(presentation::kMaxLabelledEdges + 1);
  EXPECT_EQ(many.find("[label=\"attended\"]"), std::string::npos);
  EXPECT_NE(many.find("[tooltip=\"attended\"]"), std::string::npos);
  EXPECT_NE(many.find("splines=line"), std::string::npos);
  EXPECT_NE(many.find("fillcolor="), std::string::npos) << "nodes keep their kind's look";
}

// The server gives Graphviz a time to draw: a drawing still running then is stopped (dense
// subgraphs of a few hundred nodes took it minutes and a gigabyte and a half).
TEST(PictureTest, ADrawingPastItsTimeIsStopped) {
  std::ostringstream dot;
  dot << "digraph g {\n";
  for (int i = 0; i < 3000; ++i) dot << "  n" << i % 300 << " -> n" << (i * 37 + 11) % 300 << " [label=\"r" << i << "\"];\n";
  dot << "}\n";
  bool timed_out = false;
  const auto t0 = std::chrono::steady_clock::now();
  auto drawn = presentation::DrawWithGraphviz(dot.str(), presentation::PictureFormat::kSvg, 1, &timed_out);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(drawn.ok());
  EXPECT_TRUE(timed_out);
  EXPECT_NE(drawn.status().message().find("did not finish drawing the picture in 1 s"), std::string::npos)
      << drawn.status().message();
  EXPECT_LT(seconds, 10.0);
  // A small one is drawn within its time.
  auto small = presentation::DrawWithGraphviz("digraph g { a -> b; }", presentation::PictureFormat::kSvg, 30, &timed_out);
  ASSERT_TRUE(small.ok()) << small.status().message();
  EXPECT_FALSE(timed_out);
  EXPECT_NE(small->find("<svg"), std::string::npos);
}


}  // namespace
}  // namespace dkg
