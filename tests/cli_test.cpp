// End-to-end: the dkg binary on the bundled seed document, checked against golden files in
// tests/data/seed/ (regenerate with DKG_UPDATE_GOLDEN=1 after a deliberate change, and review
// the diff).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/test_util.h"

namespace dkg {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

struct Outcome {
  int code = -1;
  std::string out;
};

const std::string kSeed = std::string(DKG_SOURCE_DIR) + "/data/example/000_dd9a1b8ace2b4269.txt";
const std::string kGolden = std::string(DKG_SOURCE_DIR) + "/tests/data/seed/";

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

class CliTest : public ::testing::Test {
 protected:
  Outcome Dkg(const std::string& args, bool with_stderr = false) {
    std::string cmd = std::string(DKG_BINARY) + " --db " + Quote(db_) + " " + args +
                      (with_stderr ? " 2>&1" : " 2>/dev/null");
    Outcome r;
    FILE* pipe = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }

  // Compares with a golden file, or rewrites it when DKG_UPDATE_GOLDEN is set.
  void ExpectGolden(const std::string& name, const std::string& actual) {
    const std::string path = kGolden + name;
    if (std::getenv("DKG_UPDATE_GOLDEN")) WriteFile(path, actual);
    EXPECT_EQ(actual, ReadFile(path)) << "golden file " << path;
  }

  // The graph as sorted lines "kind|name|date" and "source -relation-> target", from an export.
  static std::string GraphLines(const std::string& json_text) {
    auto json = nlohmann::json::parse(json_text);
    std::map<int64_t, std::string> names;
    std::set<std::string> lines;
    for (const auto& n : json["nodes"]) {
      names[n["id"]] = n["name"];
      lines.insert("node " + n["kind"].get<std::string>() + " | " + n["name"].get<std::string>() +
                   " | " + (n["date"].is_null() ? "" : n["date"].get<std::string>()));
    }
    for (const auto& e : json["edges"]) {
      lines.insert("edge " + names[e["source"]] + " -" + e["relation"].get<std::string>() + "-> " +
                   names[e["target"]]);
    }
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
  }

  void ImportSeed() {
    Outcome r = Dkg("import " + Quote(kSeed));
    ASSERT_EQ(r.code, 0) << r.out;
  }

  TempDir dir_;
  std::string db_ = dir_.File("dkg.db");
};

TEST_F(CliTest, SeedGivesTheCochairsLineageAndPath) {
  ImportSeed();
  Outcome cochairs = Dkg("cochairs");
  ASSERT_EQ(cochairs.code, 0);
  ExpectGolden("cochairs.txt", cochairs.out);
  EXPECT_NE(cochairs.out.find("Vikram Misri"), std::string::npos);
  EXPECT_NE(cochairs.out.find("Masataka Okano"), std::string::npos);

  Outcome lineage = Dkg("lineage \"2+2 Ministerial\"");
  ASSERT_EQ(lineage.code, 0);
  ExpectGolden("lineage.txt", lineage.out);

  Outcome path = Dkg("path \"Vikram Misri\" \"Masataka Okano\" --format json");
  ASSERT_EQ(path.code, 0);
  auto json = nlohmann::json::parse(path.out);
  EXPECT_EQ(json["length"], 2);
  EXPECT_EQ(json["nodes"].front()["name"], "Vikram Misri");
  EXPECT_EQ(json["nodes"].back()["name"], "Masataka Okano");
  for (const auto& e : json["edges"]) EXPECT_FALSE(e["evidence"].empty());
  ExpectGolden("path.json", path.out);

  Outcome exported = Dkg("export --format json");
  ASSERT_EQ(exported.code, 0);
  ExpectGolden("graph.txt", GraphLines(exported.out));
}

TEST_F(CliTest, ImportingTheSeedTwiceLeavesTheGraphUnchanged) {
  ImportSeed();
  const std::string first = Dkg("export --format json").out;
  Outcome again = Dkg("import " + Quote(kSeed));
  EXPECT_EQ(again.code, 0);
  EXPECT_NE(again.out.find("skipped"), std::string::npos) << again.out;
  EXPECT_EQ(Dkg("export --format json").out, first);
}

TEST_F(CliTest, BadFileFailsWithItsNameWhileGoodFilesStillImport) {
  ImportSeed();
  const std::string before = Dkg("stats --format csv").out;
  const std::string bad = dir_.File("bad.txt");
  WriteFile(bad, std::string("\x00\x01\x02 binary", 10));
  Outcome r = Dkg("import " + Quote(bad));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("bad.txt: binary data"), std::string::npos) << r.out;
  EXPECT_EQ(Dkg("stats --format csv").out, before);

  const std::string good = dir_.File("good.txt");
  WriteFile(good, "Ministers meet\nMar 4, 2025\nBrazil and Kenya held talks in Nairobi.\n");
  Outcome mixed = Dkg("import " + Quote(good) + " " + Quote(bad) + " " + Quote(dir_.File("missing.txt")));
  EXPECT_EQ(mixed.code, 1);
  EXPECT_NE(mixed.out.find("3 files: 1 imported, 0 skipped, 2 failed"), std::string::npos) << mixed.out;
}

TEST_F(CliTest, AFileThatIsNotAStoreIsRefusedAndUntouched) {
  db_ = dir_.File("notes.txt");
  WriteFile(db_, "my notes");
  Outcome r = Dkg("import " + Quote(kSeed), true);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("not a dkg store"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFile(db_), "my notes");
}

TEST_F(CliTest, ExitCodesForAmbiguityUsageAndHelp) {
  ImportSeed();
  Outcome ambiguous = Dkg("show Japan", true);  // a country and an organization share the word
  EXPECT_EQ(ambiguous.code, 0) << ambiguous.out;  // exact name wins: the country
  Outcome words = Dkg("show ministry", true);
  EXPECT_EQ(words.code, 2) << words.out;
  EXPECT_NE(words.out.find("candidates"), std::string::npos) << words.out;
  EXPECT_EQ(Dkg("frobnicate").code, 2);
  EXPECT_EQ(Dkg("path --max-depth 0 a b").code, 2);
  Outcome help = Dkg("lineage --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("lineage"), std::string::npos);
  EXPECT_EQ(Dkg("show Atlantis").code, 1);
  EXPECT_EQ(Dkg("show '#99999999999999999999999'").code, 1);
}

TEST_F(CliTest, QueriesNeverCreateOrInitialiseAStore) {
  Outcome missing = Dkg("stats", true);
  EXPECT_EQ(missing.code, 1);
  EXPECT_FALSE(std::filesystem::exists(db_));
  WriteFile(db_, "");
  Outcome empty = Dkg("stats", true);
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.out.find("not a dkg store"), std::string::npos) << empty.out;
  EXPECT_EQ(ReadFile(db_), "");
}

TEST_F(CliTest, PathBatchAnswersEveryPairInOneProcess) {
  ImportSeed();
  const std::string pairs = dir_.File("pairs.tsv");
  WriteFile(pairs, "Vikram Misri\tMasataka Okano\nTokyo\tNew Delhi\n");
  Outcome r = Dkg("path --batch " + Quote(pairs) + " --format csv");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Vikram Misri,Masataka Okano,2"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dkg
