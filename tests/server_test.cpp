// `dkg serve` over HTTP: a server on a free loopback port, on a store of the seed document.
// Its answers are compared with the dkg binary's `--format json` for the same question, and
// hostile requests must get a JSON 4xx and leave the store as it was.
#include <gtest/gtest.h>
#include <httplib.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <thread>

#include "engine/sha256.h"
#include "server/server.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

using nlohmann::json;

const std::string kSeed = std::string(DKG_SOURCE_DIR) + "/data/example/000_dd9a1b8ace2b4269.txt";

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// Percent-encodes every byte but the unreserved ones, so any bytes reach the server as sent.
std::string Encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

using Query = std::vector<std::pair<std::string, std::string>>;

std::string Target(const std::string& path, const Query& query) {
  std::string target = path;
  for (size_t i = 0; i < query.size(); ++i) {
    target += i ? "&" : "?";
    target += Encode(query[i].first);
    target += "=";
    target += Encode(query[i].second);
  }
  return target;
}

// One dkg store of the seed document and one server over it for the whole suite.
class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    db_ = dir_->File("seed.db");
    ASSERT_EQ(Dkg("import " + Quote(kSeed)).first, 0);
    server_ = Start(500, &port_, &thread_);
    ASSERT_NE(server_, nullptr);
  }
  static void TearDownTestSuite() {
    Stop(server_, thread_);
    delete dir_;
  }

  static server::Server* Start(size_t limit, int* port, std::thread** thread) {
    server::ServeOptions options;
    options.port = 0;
    options.limit = limit;
    auto srv = server::Server::Open(db_, options);
    if (!srv.ok()) return nullptr;
    auto bound = srv.value()->Bind();
    if (!bound.ok()) return nullptr;
    *port = bound.value();
    server::Server* raw = srv.value().release();
    *thread = new std::thread([raw] { (void)raw->Run(); });
    // The socket listens since Bind(): this request waits until Run() answers it, after which
    // Stop() is sure to end Run().
    httplib::Client client("127.0.0.1", *port);
    client.set_read_timeout(30, 0);
    if (!client.Get("/api/stats")) return nullptr;
    return raw;
  }
  static void Stop(server::Server* srv, std::thread* thread) {
    if (!srv) return;
    srv->Stop();
    thread->join();
    delete thread;
    delete srv;
  }

  // The dkg binary on the suite's store: exit status and standard output.
  static std::pair<int, std::string> Dkg(const std::string& args) {
    std::string cmd = std::string(DKG_BINARY) + " --db " + Quote(db_) + " " + args + " 2>/dev/null";
    std::string out;
    FILE* pipe = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    const int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
  }

  // The dkg binary's exit status and standard error (its standard output dropped).
  static std::pair<int, std::string> DkgErr(const std::string& args) {
    std::string cmd = std::string(DKG_BINARY) + " --db " + Quote(db_) + " " + args + " 2>&1 >/dev/null";
    std::string out;
    FILE* pipe = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    const int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
  }

  static httplib::Result Get(const std::string& path, const Query& query = {}, int port = 0) {
    httplib::Client client("127.0.0.1", port ? port : port_);
    client.set_url_encode(false);  // Target() encodes; the bytes must arrive as the test sends them
    client.set_read_timeout(30, 0);
    return client.Get(Target(path, query).c_str());
  }

  static json GetJson(const std::string& path, const Query& query = {}) {
    auto res = Get(path, query);
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    return json::parse(res->body);
  }

  // The API and the command line answer the same question with the same JSON.
  static void ExpectSameAsCli(const std::string& path, const Query& query, const std::string& cli) {
    auto [code, out] = Dkg(cli + " --format json");
    ASSERT_LE(code, 1) << cli;  // `path` exits 1 when there is no path, with JSON all the same
    EXPECT_EQ(GetJson(path, query), json::parse(out)) << path << " vs dkg " << cli;
  }

  static testing::TempDir* dir_;
  static std::string db_;
  static server::Server* server_;
  static std::thread* thread_;
  static int port_;
};

testing::TempDir* ServerTest::dir_ = nullptr;
std::string ServerTest::db_;
server::Server* ServerTest::server_ = nullptr;
std::thread* ServerTest::thread_ = nullptr;
int ServerTest::port_ = 0;

TEST_F(ServerTest, AnswersAsTheCommandLineDoes) {
  ExpectSameAsCli("/api/stats", {}, "stats");
  ExpectSameAsCli("/api/search", {{"q", "Misri"}}, "search Misri");
  ExpectSameAsCli("/api/search", {{"q", "Tokyo"}}, "search Tokyo");
  ExpectSameAsCli("/api/node", {{"q", "Vikram Misri"}}, "show 'Vikram Misri'");
  ExpectSameAsCli("/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "2"}}, "neighbors 'Vikram Misri' --depth 2");
  ExpectSameAsCli("/api/neighbors", {{"q", "Vikram Misri"}, {"relations", "cochaired"}},
                  "neighbors 'Vikram Misri' --relations cochaired");
  ExpectSameAsCli("/api/path", {{"from", "Vikram Misri"}, {"to", "Masataka Okano"}},
                  "path 'Vikram Misri' 'Masataka Okano'");
  ExpectSameAsCli("/api/cochairs", {}, "cochairs");
  ExpectSameAsCli("/api/cochairs", {{"official", "Vikram Misri"}}, "cochairs --official 'Vikram Misri'");
  ExpectSameAsCli("/api/lineage", {{"q", "2+2 Ministerial"}}, "lineage '2+2 Ministerial'");
  // Exports: the same text, byte for byte, in every format.
  for (const char* format : {"json", "graphml", "dot"}) {
    auto res = Get("/api/export", {{"around", "Vikram Misri"}, {"depth", "2"}, {"format", format}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, Dkg(std::string("export --around 'Vikram Misri' --depth 2 --format ") + format).second)
        << format;
    auto whole = Get("/api/export", {{"format", format}});
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->body, Dkg(std::string("export --format ") + format).second) << format;
  }
}

TEST_F(ServerTest, PicturesAreDrawnByGraphviz) {
  auto svg = Get("/api/export", {{"around", "Vikram Misri"}, {"format", "svg"}});
  ASSERT_TRUE(svg);
  EXPECT_EQ(svg->status, 200);
  EXPECT_EQ(svg->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_NE(svg->body.find("<svg"), std::string::npos);
  EXPECT_NE(svg->body.find("Vikram Misri"), std::string::npos);
  EXPECT_NE(svg->body.find("#f28e2b"), std::string::npos) << "officials are drawn in their kind's colour";
  auto png = Get("/api/export", {{"around", "Vikram Misri"}, {"format", "png"}});
  ASSERT_TRUE(png);
  EXPECT_EQ(png->status, 200);
  EXPECT_EQ(png->body.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // A picture holds at most 150 nodes: a longer list of them is refused (JSON and DOT take 500).
  std::string ids = "1";
  for (int i = 2; i <= 151; ++i) ids += "," + std::to_string(i);
  auto many = Get("/api/export", {{"nodes", ids}, {"format", "svg"}});
  ASSERT_TRUE(many);
  EXPECT_EQ(many->status, 400);
  EXPECT_NE(json::parse(many->body)["error"].get<std::string>().find("a picture (svg) holds at most 150"),
            std::string::npos);
  EXPECT_EQ(Get("/api/export", {{"nodes", ids}, {"format", "dot"}})->status, 200);
}

TEST_F(ServerTest, DocumentsComeWithTheirTextAndEvidencePointsIntoIt) {
  json card = GetJson("/api/node", {{"q", "Vikram Misri"}});
  bool checked = false;
  for (const auto& edge : card["edges"]) {
    for (const auto& ev : edge["evidence"]) {
      json doc = GetJson("/api/document", {{"id", std::to_string(ev["document"].get<int64_t>())}});
      const std::string text = doc["text"];
      const size_t start = ev["start"], end = ev["end"];
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), ev["text"].get<std::string>());
      EXPECT_EQ(doc["document"]["id"], ev["document"]);
      checked = true;
    }
  }
  EXPECT_TRUE(checked) << "the seed's Misri has evidence";
  auto missing = Get("/api/document", {{"id", "999999"}});
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ServerTest, SuggestsNamesFromTheirFirstLetters) {
  json nodes = GetJson("/api/suggest", {{"q", "vik mis"}});
  ASSERT_FALSE(nodes.empty());
  EXPECT_EQ(nodes[0]["name"], "Vikram Misri");
  EXPECT_TRUE(GetJson("/api/suggest", {{"q", "zzzzqqq"}}).empty());
}

TEST_F(ServerTest, ExportsTheNodesOfTheCanvas) {
  json card = GetJson("/api/node", {{"q", "Vikram Misri"}});
  const int64_t misri = card["node"]["id"];
  const int64_t other = card["edges"][0]["target"]["id"] == misri ? card["edges"][0]["source"]["id"].get<int64_t>()
                                                                    : card["edges"][0]["target"]["id"].get<int64_t>();
  json sub = GetJson("/api/export", {{"nodes", std::to_string(misri) + "," + std::to_string(other)}});
  EXPECT_EQ(sub["nodes"].size(), 2u);
  ASSERT_GE(sub["edges"].size(), 1u);
  for (const auto& e : sub["edges"]) {
    EXPECT_TRUE((e["source"] == misri && e["target"] == other) || (e["source"] == other && e["target"] == misri));
  }
}

TEST_F(ServerTest, ServesThePageWithItsScripts) {
  auto page = Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("cytoscape.min.js"), std::string::npos);
  for (const char* file : {"/app.js", "/app.css", "/cytoscape.min.js"}) {
    auto res = Get(file);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << file;
    EXPECT_GT(res->body.size(), 1000u) << file;
  }
  json style = GetJson("/api/style");
  EXPECT_EQ(style["kinds"]["official"]["fill"], "#f28e2b");
}

// Answers go out as they are, even to a browser that accepts brotli (httplib's brotli took 0.7 s
// for cytoscape.js at each page load and 0.2 s for a hub's expansion, on loopback), and a
// refusal keeps its message.
TEST_F(ServerTest, AnswersAreNotCompressed) {
  httplib::Client client("127.0.0.1", port_);
  client.set_decompress(false);
  const httplib::Headers browser = {{"Accept-Encoding", "gzip, deflate, br"}};
  for (const char* path : {"/", "/app.js", "/cytoscape.min.js", "/api/export?around=%23" "1&depth=2", "/api/style"}) {
    auto res = client.Get(path, browser);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_FALSE(res->has_header("Content-Encoding")) << path << ": " << res->get_header_value("Content-Encoding");
    EXPECT_EQ(res->get_header_value("Content-Length"), std::to_string(res->body.size())) << path;
  }
  auto refused = client.Get("/api/node?q=Vikram+Misri&offset=-1", browser);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_NE(refused->body.find("parameter 'offset' must be between 0 and"), std::string::npos) << refused->body;
}

TEST_F(ServerTest, LongAnswersAreCutWithANote) {
  int port = 0;
  std::thread* thread = nullptr;
  server::Server* small = Start(3, &port, &thread);
  ASSERT_NE(small, nullptr);
  auto all = GetJson("/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "2"}});
  ASSERT_GT(all.size(), 3u);
  auto cut = Get("/api/neighbors", Query{{"q", "Vikram Misri"}, {"depth", "2"}}, port);
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->status, 200);
  json rows = json::parse(cut->body);
  EXPECT_EQ(rows.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(rows[i], all[i]) << "the nearest are kept";
  EXPECT_NE(cut->get_header_value("X-Dkg-Note").find("showing the 3 nearest of " + std::to_string(all.size())),
            std::string::npos);
  auto sub = Get("/api/export", Query{{"around", "Vikram Misri"}, {"depth", "2"}}, port);
  ASSERT_TRUE(sub);
  EXPECT_EQ(json::parse(sub->body)["nodes"].size(), 3u);
  EXPECT_NE(sub->get_header_value("X-Dkg-Note").find("showing 3 of"), std::string::npos);
  auto card = Get("/api/node", Query{{"q", "Vikram Misri"}}, port);
  ASSERT_TRUE(card);
  EXPECT_LE(json::parse(card->body)["edges"].size(), 3u);
  // Search's own default (50 rows, as the command line's) is cut at the server's limit too.
  auto search = Get("/api/search", Query{{"q", "India"}}, port);
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
  EXPECT_LE(json::parse(search->body)["nodes"].size(), 3u);
  Stop(small, thread);
}

// The SHA-256 of the store's files (the database and, when there is one, its write-ahead log):
// "unchanged" means byte for byte.
std::string StoreChecksum(const std::string& db) {
  std::string all;
  for (const std::string& file : {db, db + "-wal"}) {
    if (std::filesystem::exists(file)) all += file.substr(db.size()) + ":" + Sha256Hex(testing::ReadFile(file)) + ";";
  }
  return all;
}

// Every hostile request: a 4xx with a JSON error, and the store exactly as before.
// Clients that open a connection and send their request a byte at a time (slowloris) each hold
// a worker until they have been silent for 10 s. Sixteen of them, twice httplib's default
// pool that they used to fill, leave the server answering everyone else at once.
TEST_F(ServerTest, StalledClientsDoNotStopTheServer) {
  std::vector<int> stalled;
  for (int i = 0; i < 16; ++i) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    const std::string partial = "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n";  // never ends
    ASSERT_EQ(send(fd, partial.data(), partial.size(), 0), static_cast<ssize_t>(partial.size()));
    stalled.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // each taken by a worker
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(5, 0);  // the stalled ones end after 10 s: an answer must come first
  auto res = client.Get("/api/stats");
  ASSERT_TRUE(res) << "no answer while 16 clients stalled";
  EXPECT_EQ(res->status, 200);
  for (int fd : stalled) close(fd);
}

TEST_F(ServerTest, HostileRequestsGetACleanRefusalAndChangeNothing) {
  const std::string before = Dkg("export --format json").second;
  const std::string stats_before = Dkg("stats --format json").second;
  ASSERT_FALSE(before.empty());
  const std::string checksum = StoreChecksum(db_);
  int requests = 0;

  // Malformed requests (every parameter's hostile values: below).
  const std::vector<std::pair<std::string, Query>> malformed = {
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "1 OR 1=1"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "99999999999999999999999"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "-1"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "1e3"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"relations", "cochaired' OR 1=1 --"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"kinds", "official;DROP TABLE nodes"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"direction", "sideways"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"q", "Masataka Okano"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"sql", "SELECT 1"}}},
      {"/api/export", {{"format", "pdf"}}},
      {"/api/export", {{"nodes", "1,2,3) OR (1=1"}}},
      {"/api/export", {{"nodes", "1"}, {"around", "Vikram Misri"}}},
      {"/api/export", {{"depth", "2"}}},
      {"/api/document", {{"id", "1 OR 1=1"}}},
      {"/api/document", {{"id", "0x10"}}},
      {"/api/document", {}},
      {"/api/search", {}},
      {"/api/search", {{"q", "Misri"}, {"limit", "100000000"}}},
      {"/api/path", {{"from", "Vikram Misri"}}},
      {"/api/../../etc/passwd", {}},
      {"/api/nodes';--", {}},
      {"/../../etc/passwd", {}},
      {"/index.html%00.js", {}},
  };
  for (const auto& [path, query] : malformed) {
    auto res = Get(path, query);
    ++requests;
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << Target(path, query) << ": " << res->body;
    EXPECT_LT(res->status, 500) << Target(path, query) << ": " << res->body;
  }
  // Writes are refused whatever they say.
  httplib::Client client("127.0.0.1", port_);
  for (const char* path : {"/api/node", "/api/import", "/"}) {
    auto post = client.Post(path, "DELETE FROM nodes", "text/plain");
    ++requests;
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 405) << path;
    auto del = client.Delete(path);
    ASSERT_TRUE(del);
    EXPECT_EQ(del->status, 405) << path;
  }
  // A node reference is a name, never a search: full-text syntax around a real name names no
  // node (it was read as the name's words, so `Misri*` looked like a prefix search).
  for (const char* q : {"^Misri", "Misri*", "(Misri)", "\"Misri\"", "Misri OR Okano", "Vik*"}) {
    auto res = Get("/api/node", {{"q", q}});
    ++requests;
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << q << ": " << res->body;
    EXPECT_NE(json::parse(res->body)["error"].get<std::string>().find("is full-text query syntax, which names no node"),
              std::string::npos)
        << q << ": " << res->body;
  }
  // And the server still answers, and the store is as it was.
  EXPECT_EQ(GetJson("/api/node", {{"q", "Vikram Misri"}})["node"]["name"], "Vikram Misri");
  EXPECT_EQ(StoreChecksum(db_), checksum) << "after " << requests << " hostile requests";
  EXPECT_EQ(Dkg("export --format json").second, before);
  EXPECT_EQ(Dkg("stats --format json").second, stats_before);
}

// Numbers are digits only ("-0" is a negative number, refused as the command line refuses it),
// a pair is two different nodes, and a node reference is a name, never a search: each as on the
// command line, with its message.
TEST_F(ServerTest, NumbersPairsAndNodeReferencesAreReadAsOnTheCommandLine) {
  const std::vector<std::pair<std::string, Query>> negative_zero = {
      {"/api/node", {{"q", "Vikram Misri"}, {"offset", "-0"}}},
      {"/api/node", {{"q", "Vikram Misri"}, {"limit", "-0"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "-0"}}},
      {"/api/export", {{"around", "Vikram Misri"}, {"depth", "-0"}}},
      {"/api/export", {{"around", "Vikram Misri"}, {"depth", "-00"}}},
      {"/api/path", {{"from", "Vikram Misri"}, {"to", "India"}, {"max_depth", "-0"}}},
      {"/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "-0"}}},
      {"/api/search", {{"q", "Misri"}, {"limit", "-0"}}},
      {"/api/document", {{"id", "-0"}}},
      {"/api/node", {{"q", "Vikram Misri"}, {"offset", "+0"}}},
  };
  for (const auto& [path, query] : negative_zero) {
    auto res = Get(path, query);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << Target(path, query) << ": " << res->body;
    EXPECT_TRUE(json::parse(res->body).contains("error")) << Target(path, query);
  }
  EXPECT_EQ(json::parse(Get("/api/node", {{"q", "Vikram Misri"}, {"offset", "-0"}})->body)["error"],
            "parameter 'offset' must be between 0 and 2147483647, not '-0'");
  EXPECT_EQ(DkgErr("show 'Vikram Misri' --offset -0").first, 2);
  EXPECT_EQ(DkgErr("export --around 'Vikram Misri' --depth -0").first, 2);
  // Leading zeros are digits still.
  EXPECT_EQ(Get("/api/node", {{"q", "Vikram Misri"}, {"offset", "00"}})->status, 200);

  for (const auto& [path, param, value, cli] :
       {std::tuple{"/api/dialogues", "pair", "India,India", "dialogues --pair India,India"},
        std::tuple{"/api/dialogues", "pair", "India, india", "dialogues --pair 'India, india'"},
        std::tuple{"/api/timeline", "q", "India,India", "timeline India,India"}}) {
    auto res = Get(path, {{param, value}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << path << " " << value << ": " << res->body;
    const std::string error = json::parse(res->body)["error"];
    EXPECT_NE(error.find("both sides name the same node #"), std::string::npos) << error;
    auto [code, err] = DkgErr(cli);
    EXPECT_EQ(code, 2) << cli;
    EXPECT_NE(err.find(error.substr(error.find("both sides"))), std::string::npos) << cli << ": " << err;
  }
  const std::string india = std::to_string(GetJson("/api/node", {{"q", "India"}})["node"]["id"].get<int64_t>());
  EXPECT_EQ(Get("/api/dialogues", {{"pair", "India,#" + india}})->status, 400);

  // A reference is a name: `Misri*` names no node (404), on both faces with one message; words of
  // a name still find it, whole words only.
  for (const char* q : {"Misri*", "Vik*", "\"Misri\"", "Misri OR Okano"}) {
    auto res = Get("/api/node", {{"q", q}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << q;
    const std::string error = json::parse(res->body)["error"];
    auto [code, err] = DkgErr(std::string("show ") + Quote(q));
    EXPECT_EQ(code, DkgErr("show 'no such node anywhere'").first) << q << ": as any name no node has";
    EXPECT_EQ(err.substr(0, err.find('\n')), "dkg: " + error) << q;
  }
  EXPECT_EQ(GetJson("/api/node", {{"q", "misri"}})["node"]["name"], "Vikram Misri");
  EXPECT_EQ(Get("/api/node", {{"q", "Misr"}})->status, 404);
}

// Every parameter of every endpoint, each given every hostile value in an otherwise good request:
// a 4xx with a JSON error, no crash, and the store's file byte for byte as before. The endpoints
// and their parameters are read from the server's own refusals, so a new one is covered or fails
// this test until it is.
TEST_F(ServerTest, EveryParameterOfEveryEndpointRefusesHostileValues) {
  // A good request per endpoint: a hostile value replaces one parameter at a time (or is added).
  const std::map<std::string, Query> good = {
      {"/api/stats", {}},
      {"/api/style", {}},
      {"/api/search", {{"q", "Misri"}, {"limit", "5"}}},
      {"/api/suggest", {{"q", "vik"}, {"limit", "5"}}},
      {"/api/node", {{"q", "Vikram Misri"}, {"limit", "5"}, {"offset", "0"}}},
      {"/api/neighbors",
       {{"q", "Vikram Misri"}, {"depth", "1"}, {"relations", "cochaired"}, {"direction", "both"}, {"kinds", "meeting"},
        {"as_of", "2025"}}},
      {"/api/path", {{"from", "Vikram Misri"}, {"to", "Masataka Okano"}, {"max_depth", "4"}, {"relations", "cochaired"},
                     {"direction", "both"}, {"from_date", "2024"}, {"to_date", "2025"}}},
      {"/api/cochairs", {{"meeting", "inaugural round"}, {"official", "Vikram Misri"}, {"country", "India"}, {"as_of", "2025"}}},
      {"/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "5"}, {"offset", "0"}, {"from_date", "2024"}}},
      {"/api/timeline", {{"q", "Vikram Misri"}, {"to_date", "2025"}}},
      {"/api/officials", {{"country", "India"}, {"office", "Foreign Secretary"}, {"as_of", "2025"}}},
      {"/api/dialogues", {{"pair", "India,Japan"}, {"quiet_since", "2024"}, {"as_of", "2025"}}},
      {"/api/document", {{"id", "1"}}},
      {"/api/export", {{"around", "Vikram Misri"}, {"depth", "1"}, {"kinds", "official,meeting"}, {"relations", "cochaired"},
                       {"format", "json"}, {"limit", "5"}, {"from_date", "2024"}}},
  };
  // Free text: a search's words and an office's title. SQL in them is words that match nothing
  // (as `dkg search` and `dkg officials --office` answer, exit 0, nothing found): a 200 with no
  // rows is the right answer there, and anything else hostile is refused.
  const std::set<std::pair<std::string, std::string>> free_text = {
      {"/api/search", "q"}, {"/api/suggest", "q"}, {"/api/officials", "office"}};

  // The endpoints, from the refusal of an unknown one.
  auto unknown = Get("/api/nowhere");
  ASSERT_TRUE(unknown);
  const std::string api = json::parse(unknown->body)["error"];
  std::vector<std::string> endpoints;
  for (size_t at = api.find("/api/", api.find("the API is:")); at != std::string::npos; at = api.find("/api/", at + 1)) {
    endpoints.push_back(api.substr(at, api.find_first_of(", ", at) - at));
  }
  ASSERT_EQ(endpoints.size(), good.size()) << api;
  // Each endpoint's parameters, from the refusal of an unknown one.
  std::map<std::string, std::vector<std::string>> params;
  for (const std::string& endpoint : endpoints) {
    ASSERT_TRUE(good.count(endpoint)) << endpoint << " has no good request in this test";
    auto res = Get(endpoint, {{"no_such_parameter", "1"}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 400) << endpoint;
    const std::string error = json::parse(res->body)["error"];
    const size_t list = error.find("this request takes: ");
    ASSERT_NE(list, std::string::npos) << error;
    std::string names = error.substr(list + 20);
    if (names == "no parameters") continue;
    for (size_t at = 0; at <= names.size();) {
      const size_t end = std::min(names.find(", ", at), names.size());
      params[endpoint].push_back(names.substr(at, end - at));
      at = end + 2;
    }
    // The good request is good, and names each parameter it can (`nodes` excludes `around`).
    auto ok = Get(endpoint, good.at(endpoint));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200) << Target(endpoint, good.at(endpoint)) << ": " << ok->body;
  }

  const std::vector<std::pair<std::string, std::string>> hostile = {
      {"a quote", "'"},
      {"a double quote", "\""},
      {"SQL", "' OR '1'='1"},
      {"SQL", "1' OR '1'='1' --"},
      {"SQL", "\"; DROP TABLE nodes; --"},
      {"SQL", "1; DELETE FROM edges"},
      {"SQL", "1 UNION SELECT text FROM documents"},
      {"SQL", "1) OR (1=1"},
      {"SQL", "%' --"},
      {"full-text syntax", "Misri*"},
      {"full-text syntax", "NEAR(Misri Okano)"},
      {"full-text syntax", "name:Misri"},
      {"full-text syntax", "^Misri"},
      {"full-text syntax", "Misri OR 1"},
      {"full-text syntax", "{name} : x"},
      {"a percent-encoded NUL", std::string("\0", 1)},
      {"a percent-encoded NUL", std::string("1\0", 2)},
      {"a percent-encoded NUL", std::string("Vikram Misri\0' OR 1=1", 22)},
      {"invalid UTF-8", std::string("\xff\xfe", 2)},
      {"invalid UTF-8", std::string("1\xc0\xaf", 3)},
      {"invalid UTF-8", std::string("Misri\xed\xa0\x80", 8)},
      {"a control character", "Misri\x1b[31m"},
      {"SQL", "Misri' UNION SELECT text FROM documents --"},
      {"SQL", "xid:' OR 1=1"},
      {"LIKE wildcards", "%"},
      {"LIKE wildcards", "_"},
      {"full-text syntax", "a AND NOT b"},
      {"a negative id", "#-1"},
      {"an id past 64 bits", "#99999999999999999999"},
      {"a 1 MB value", std::string(1 << 20, '1')},
      {"a 1,001-byte value", std::string(1001, '1')},
      {"a 5,000-byte value", std::string(5000, 'x')},
  };
  const std::string before = StoreChecksum(db_);
  ASSERT_FALSE(before.empty());
  size_t requests = 0, answered_as_text = 0;
  for (const std::string& endpoint : endpoints) {
    for (const std::string& param : params[endpoint]) {
      for (const auto& [what, value] : hostile) {
        Query query;
        if (endpoint == "/api/export" && param == "nodes") {
          query.push_back({"format", "json"});  // `nodes` takes no `around`, `depth` or `limit`
        } else {
          for (const auto& [k, v] : good.at(endpoint)) {
            if (k != param) query.push_back({k, v});
          }
        }
        query.push_back({param, value});
        // A request line past 8 KB is refused (414) before any parameter is read, whichever it
        // is: 1 MB values go to each endpoint's first parameter only (each costs the server a
        // fifth of a second to read), the 1,001-byte one to every parameter.
        if (value.size() > 8192 && param != params[endpoint].front()) continue;
        auto res = Get(endpoint, query);
        ++requests;
        const std::string shown = endpoint + " " + param + " = " + what + " (" + std::to_string(value.size()) + " bytes)";
        ASSERT_TRUE(res) << shown << ": no answer";
        if (res->status == 200 && free_text.count({endpoint, param})) {
          // Words that match nothing: an empty answer, never rows a query made up.
          json body = json::parse(res->body);
          const size_t rows = body.is_array() ? body.size() : body["nodes"].size() + body["documents"].size();
          EXPECT_EQ(rows, 0u) << shown << ": " << res->body.substr(0, 300);
          ++answered_as_text;
          continue;
        }
        EXPECT_GE(res->status, 400) << shown << ": " << res->body.substr(0, 300);
        EXPECT_LT(res->status, 500) << shown << ": " << res->body.substr(0, 300);
        json body = json::parse(res->body, nullptr, false);
        EXPECT_TRUE(body.is_object() && body.contains("error") && body["error"].is_string())
            << shown << ": " << res->status << " " << res->body.substr(0, 300);
      }
    }
  }
  EXPECT_GT(requests, 1000u);
  EXPECT_LT(answered_as_text, requests / 20) << "free text is the exception";
  // Nothing crashed, nothing changed.
  EXPECT_EQ(GetJson("/api/node", {{"q", "Vikram Misri"}})["node"]["name"], "Vikram Misri");
  EXPECT_EQ(StoreChecksum(db_), before) << "after " << requests << " hostile requests";
}

// Full-text query syntax in a search is refused, by the server (400) and the command line
// (exit 2) with the same message naming the operator; nothing is searched, nothing changes.
TEST_F(ServerTest, FullTextSyntaxInASearchIsRefusedAsOnTheCommandLine) {
  const std::string before = Dkg("export --format json").second;
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"Misri*", "'*'"},       {"(Misri)", "'('"},          {"\"Misri", "'\"'"},
      {"Misri OR x", "'OR'"},  {"NEAR(Misri Okano)", "'('"}, {"^Misri", "'^'"},
      {"name:Misri", "':'"},   {"{name}: Misri", "'{'"},    {"Misri AND NOT Okano", "'AND'"},
      {"Misri NOT Okano", "'NOT'"},
  };
  for (const auto& [q, op] : refused) {
    auto res = Get("/api/search", {{"q", q}});
    ASSERT_TRUE(res) << q;
    EXPECT_EQ(res->status, 400) << q << ": " << res->body;
    const std::string error = json::parse(res->body)["error"];
    EXPECT_NE(error.find("not full-text query syntax: " + op), std::string::npos) << q << ": " << error;
    auto [code, err] = DkgErr("search " + Quote(q));
    EXPECT_EQ(code, 2) << "dkg search " << q;
    EXPECT_EQ(err, "dkg: " + error + "\n") << "the command line says what the server says, for " << q;
    auto suggest = Get("/api/suggest", {{"q", q}});
    ASSERT_TRUE(suggest);
    EXPECT_EQ(suggest->status, 400) << "suggest " << q;
    EXPECT_EQ(json::parse(suggest->body)["error"], error) << "suggest " << q;
  }
  // Words are words: lower-case "or" and "not", apostrophes, "2+2", hyphens and dots are searched.
  for (const char* q : {"Misri or Okano", "India's", "2+2 Ministerial", "Vice-Minister", "Misri."}) {
    auto res = Get("/api/search", {{"q", q}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << q << ": " << res->body;
    EXPECT_EQ(DkgErr(std::string("search ") + Quote(q)).first, 0) << q;
  }
  EXPECT_FALSE(GetJson("/api/search", {{"q", "2+2 Ministerial"}})["nodes"].empty());
  EXPECT_EQ(Dkg("export --format json").second, before);
}

// Time windows: the command line's --from, --to and --as-of as from_date, to_date and as_of,
// with the same JSON; timeline, officials and dialogues as on the command line.
TEST_F(ServerTest, TimeWindowsAnswerAsTheCommandLineDoes) {
  ExpectSameAsCli("/api/neighbors", {{"q", "Vikram Misri"}, {"depth", "2"}, {"as_of", "2024-09"}},
                  "neighbors 'Vikram Misri' --depth 2 --as-of 2024-09");
  ExpectSameAsCli("/api/neighbors", {{"q", "Vikram Misri"}, {"from_date", "2024-11"}, {"to_date", "2024-12-31"}},
                  "neighbors 'Vikram Misri' --from 2024-11 --to 2024-12-31");
  ExpectSameAsCli("/api/path", {{"from", "Vikram Misri"}, {"to", "India"}, {"as_of", "2024-09"}},
                  "path 'Vikram Misri' India --as-of 2024-09");
  ExpectSameAsCli("/api/cochairs", {{"from_date", "2024"}}, "cochairs --from 2024");
  ExpectSameAsCli("/api/cochairs", {{"as_of", "2024-10"}}, "cochairs --as-of 2024-10");
  ExpectSameAsCli("/api/lineage", {{"q", "2+2 Ministerial"}, {"as_of", "2024-09"}},
                  "lineage '2+2 Ministerial' --as-of 2024-09");
  ExpectSameAsCli("/api/timeline", {{"q", "Vikram Misri"}}, "timeline 'Vikram Misri'");
  ExpectSameAsCli("/api/timeline", {{"q", "India"}, {"to_date", "2024-10"}}, "timeline India --to 2024-10");
  ExpectSameAsCli("/api/timeline", {{"q", "India,Japan"}}, "timeline India,Japan");
  ExpectSameAsCli("/api/officials", {}, "officials");
  ExpectSameAsCli("/api/officials", {{"country", "Japan"}, {"as_of", "2024-11-27"}},
                  "officials --country Japan --as-of 2024-11-27");
  ExpectSameAsCli("/api/dialogues", {}, "dialogues");
  ExpectSameAsCli("/api/dialogues", {{"pair", "India,Japan"}, {"as_of", "2025-06"}},
                  "dialogues --pair India,Japan --as-of 2025-06");
  ExpectSameAsCli("/api/dialogues", {{"quiet_since", "2024-12"}}, "dialogues --quiet-since 2024-12");
  EXPECT_FALSE(GetJson("/api/timeline", {{"q", "Vikram Misri"}})["events"].empty());
  EXPECT_FALSE(GetJson("/api/dialogues").empty());
  // The window changes the answer: the 2024-11-27 round is not there as of September 2024.
  const std::string all = GetJson("/api/neighbors", {{"q", "Vikram Misri"}}).dump();
  const std::string early = GetJson("/api/neighbors", {{"q", "Vikram Misri"}, {"as_of", "2024-09"}}).dump();
  EXPECT_NE(all.find("2024-11-27"), std::string::npos);
  EXPECT_EQ(early.find("2024-11-27"), std::string::npos);
  for (const char* format : {"json", "graphml", "dot"}) {
    auto res = Get("/api/export", {{"around", "Vikram Misri"}, {"depth", "2"}, {"as_of", "2024-09"}, {"format", format}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, Dkg(std::string("export --around 'Vikram Misri' --depth 2 --as-of 2024-09 --format ") + format).second)
        << format;
    auto whole = Get("/api/export", {{"from_date", "2024-11"}, {"format", format}});
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->body, Dkg(std::string("export --from 2024-11 --format ") + format).second) << format;
  }
  // Bad dates and windows are refused, naming the parameter; a walk from outside its window too.
  const std::vector<std::pair<std::string, Query>> refused = {
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"as_of", "yesterday"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"as_of", ""}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"from_date", "2024-13"}}},
      {"/api/neighbors", {{"q", "Vikram Misri"}, {"to_date", "2024-02-30"}}},
      {"/api/cochairs", {{"as_of", "2024"}, {"from_date", "2023"}}},
      {"/api/lineage", {{"q", "2+2 Ministerial"}, {"from_date", "2025"}, {"to_date", "2024"}}},
      {"/api/path", {{"from", "Vikram Misri"}, {"to", "India"}, {"to_date", "2024' OR 1=1"}}},
      {"/api/export", {{"around", "Vikram Misri"}, {"as_of", "20241127"}}},
      {"/api/timeline", {{"q", "India"}, {"as_of", "-2024"}}},
      {"/api/officials", {{"as_of", "11/27/2024"}}},
      {"/api/dialogues", {{"quiet_since", "last year"}}},
      {"/api/dialogues", {{"pair", "India"}}},
      {"/api/officials", {{"from_date", "2024"}}},
      {"/api/cochairs", {{"from_date", "2024-01-01xyz"}}},  // nothing may trail a day
      {"/api/officials", {{"office", ""}}},                 // empty names nothing, as in the CLI
      {"/api/officials", {{"country", ""}}},
      {"/api/cochairs", {{"as_of", "2024-02-15T10:00"}}},
      {"/api/export", {{"around", "inaugural round"}, {"as_of", "2024-09"}}},
      {"/api/neighbors", {{"q", "inaugural round"}, {"to_date", "2024-09"}}},
  };
  for (const auto& [path, query] : refused) {
    auto res = Get(path, query);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << Target(path, query) << ": " << res->body;
    EXPECT_TRUE(json::parse(res->body).contains("error")) << Target(path, query);
  }
  auto bad = Get("/api/neighbors", {{"q", "Vikram Misri"}, {"as_of", "yesterday"}});
  EXPECT_NE(json::parse(bad->body)["error"].get<std::string>().find("parameter 'as_of' is not a date"), std::string::npos);
  auto outside = Get("/api/neighbors", {{"q", "inaugural round"}, {"to_date", "2024-09"}});
  EXPECT_NE(json::parse(outside->body)["error"].get<std::string>().find("lies outside the window"), std::string::npos);
}

// A hub is opened a page at a time: the card's edges from an offset, an export's first nodes,
// each with the count of all (X-Dkg-Total) for the page's "more" buttons.
TEST_F(ServerTest, PagesOfAHubAnswerAsTheCommandLineDoes) {
  ExpectSameAsCli("/api/node", {{"q", "Vikram Misri"}, {"limit", "1"}, {"offset", "1"}},
                  "show 'Vikram Misri' --limit 1 --offset 1");
  auto whole = GetJson("/api/node", {{"q", "Vikram Misri"}});
  ASSERT_GE(whole["edges"].size(), 2u);
  auto page = Get("/api/node", {{"q", "Vikram Misri"}, {"limit", "1"}, {"offset", "1"}});
  ASSERT_TRUE(page);
  EXPECT_EQ(json::parse(page->body)["edges"][0], whole["edges"][1]);
  EXPECT_EQ(page->get_header_value("X-Dkg-Total"), std::to_string(whole["edges"].size()));
  EXPECT_NE(page->get_header_value("X-Dkg-Note").find("showing edges 2-2 of"), std::string::npos);
  EXPECT_EQ(page->get_header_value("X-Dkg-Limit"), "500");
  auto all = GetJson("/api/export", {{"around", "Vikram Misri"}});
  auto first = Get("/api/export", {{"around", "Vikram Misri"}, {"limit", "2"}});
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 200);
  EXPECT_EQ(json::parse(first->body)["nodes"].size(), 2u);
  EXPECT_EQ(first->get_header_value("X-Dkg-Total"), std::to_string(all["nodes"].size()));
  for (const Query& q : {Query{{"q", "Vikram Misri"}, {"limit", "0"}}, Query{{"q", "Vikram Misri"}, {"limit", "501"}},
                         Query{{"q", "Vikram Misri"}, {"offset", "-1"}}}) {
    auto res = Get("/api/node", q);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << Target("/api/node", q);
  }
  ExpectSameAsCli("/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "2"}}, "lineage '2+2 Ministerial' --limit 2");
  // A later page of a lineage, as `dkg lineage --offset K --limit N` prints it.
  ExpectSameAsCli("/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "2"}, {"offset", "1"}},
                  "lineage '2+2 Ministerial' --limit 2 --offset 1");
  const json entries = GetJson("/api/lineage", {{"q", "2+2 Ministerial"}});
  ASSERT_GE(entries.size(), 3u);
  auto later = Get("/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "2"}, {"offset", "1"}});
  ASSERT_TRUE(later);
  EXPECT_EQ(json::parse(later->body), json(std::vector<json>{entries[1], entries[2]}));
  EXPECT_EQ(later->get_header_value("X-Dkg-Total"), std::to_string(entries.size()));
  EXPECT_EQ(later->get_header_value("X-Dkg-Note"), "showing entries 2-3 of " + std::to_string(entries.size()) + " (limit)");
  EXPECT_EQ(json::parse(Get("/api/lineage", {{"q", "2+2 Ministerial"}, {"offset", "99"}})->body), json::array());
  EXPECT_EQ(Get("/api/lineage", {{"q", "2+2 Ministerial"}, {"offset", "-0"}})->status, 400);
  // A later page of a timeline, as `dkg timeline Q --offset K --limit N` prints it.
  ExpectSameAsCli("/api/timeline", {{"q", "India"}, {"limit", "2"}, {"offset", "1"}},
                  "timeline India --limit 2 --offset 1");
  const json timeline = GetJson("/api/timeline", {{"q", "India"}});
  const size_t events = timeline["events"].size();
  ASSERT_GE(events, 3u);
  auto events_later = Get("/api/timeline", {{"q", "India"}, {"limit", "2"}, {"offset", "1"}});
  ASSERT_TRUE(events_later);
  const json events_page = json::parse(events_later->body);
  ASSERT_EQ(events_page["events"].size(), 2u);
  EXPECT_EQ(events_page["events"][0], timeline["events"][1]);
  EXPECT_EQ(events_page["events"][1], timeline["events"][2]);
  EXPECT_EQ(events_later->get_header_value("X-Dkg-Total"), std::to_string(events));
  EXPECT_EQ(events_later->get_header_value("X-Dkg-Note"), "showing events 2-3 of " + std::to_string(events) + " (limit)");
  auto past_end = Get("/api/timeline", {{"q", "India"}, {"offset", std::to_string(events)}});
  ASSERT_TRUE(past_end);
  EXPECT_TRUE(json::parse(past_end->body)["events"].empty());
  EXPECT_EQ(past_end->get_header_value("X-Dkg-Note"),
            "no events at offset " + std::to_string(events) + " of " + std::to_string(events) + " (limit)");
  for (const Query& q : {Query{{"q", "India"}, {"offset", "-1"}}, Query{{"q", "India"}, {"limit", "0"}},
                         Query{{"q", "India"}, {"limit", "501"}}}) {
    auto res = Get("/api/timeline", q);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << Target("/api/timeline", q);
  }
  auto lineage = Get("/api/lineage", {{"q", "2+2 Ministerial"}, {"limit", "2"}});
  ASSERT_TRUE(lineage);
  EXPECT_EQ(json::parse(lineage->body).size(), 2u);
  EXPECT_EQ(lineage->get_header_value("X-Dkg-Total"),
            std::to_string(GetJson("/api/lineage", {{"q", "2+2 Ministerial"}}).size()));
  auto nodes_limit = Get("/api/export", {{"nodes", "1,2"}, {"limit", "1"}});
  ASSERT_TRUE(nodes_limit);
  EXPECT_EQ(nodes_limit->status, 400);
}

// Requests are answered side by side, each on a connection of its own, and each answer is the
// one it gets alone; Server-Timing says how long each waited for a connection and took.
TEST_F(ServerTest, AnswersRequestsSideBySide) {
  const std::vector<std::pair<std::string, Query>> asked = {
      {"/api/node", {{"q", "Vikram Misri"}, {"limit", "3"}}},
      {"/api/export", {{"around", "Vikram Misri"}, {"depth", "2"}}},
      {"/api/lineage", {{"q", "2+2 Ministerial"}}},
      {"/api/stats", {}},
      {"/api/suggest", {{"q", "vik"}}},
      {"/api/path", {{"from", "Vikram Misri"}, {"to", "Masataka Okano"}}},
      {"/api/cochairs", {}},
      {"/api/node", {{"q", "no such node anywhere"}}},
  };
  std::vector<std::pair<int, std::string>> alone;
  for (const auto& [path, query] : asked) {
    auto res = Get(path, query);
    ASSERT_TRUE(res);
    alone.emplace_back(res->status, res->body);
    const std::string timing = res->get_header_value("Server-Timing");
    EXPECT_EQ(timing.rfind("wait;dur=", 0), 0u) << path << ": " << timing;
    EXPECT_NE(timing.find(", answer;dur="), std::string::npos) << timing;
  }
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 6; ++i) {
        const size_t k = static_cast<size_t>(t + i) % asked.size();
        auto res = Get(asked[k].first, asked[k].second);
        if (!res || res->status != alone[k].first || res->body != alone[k].second) ++mismatches[t];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

// A picture holds no connection of the pool while Graphviz draws it: four slow pictures (a
// `dot` that first sleeps 3 s) held all four connections and stopped every other request for as
// long as they took. Pictures beyond two wait their turn without a connection.
TEST_F(ServerTest, SlowPicturesDoNotHoldUpOtherRequests) {
  testing::TempDir bin;
  const std::string fake = bin.File("dot");
  {
    FILE* f = fopen(fake.c_str(), "w");
    ASSERT_NE(f, nullptr);
    fputs("#!/bin/sh\nsleep 3\nexec /usr/bin/dot \"$@\"\n", f);
    fclose(f);
    std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
  }
  const std::string path = getenv("PATH") ? getenv("PATH") : "";
  setenv("PATH", (bin.File("") + ":" + path).c_str(), 1);
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  std::vector<std::thread> pictures;
  std::vector<int> status(4, 0);
  for (int i = 0; i < 4; ++i) {
    pictures.emplace_back([&, i] {
      auto res = Get("/api/export", {{"around", "Vikram Misri"}, {"format", i % 2 ? "png" : "svg"}});
      status[i] = res ? res->status : -1;
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // all four asked, two drawing
  const auto asked = Clock::now();
  auto stats = Get("/api/stats");
  const double waited = std::chrono::duration<double>(Clock::now() - asked).count();
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->status, 200);
  EXPECT_LT(waited, 1.5) << "a request waited for the pictures' connections";
  for (std::thread& t : pictures) t.join();
  const double all = std::chrono::duration<double>(Clock::now() - start).count();
  setenv("PATH", path.c_str(), 1);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(status[i], 200) << "picture " << i;
  EXPECT_GE(all, 6.0) << "at most two pictures are drawn at once (two rounds of 3 s)";
}

// What a raw request over a socket of its own gets back within `seconds` (until the server
// closes the connection or the time is up), and how long that took.
std::pair<std::string, double> RawRequest(int port, const std::string& request, int seconds) {
  const auto start = std::chrono::steady_clock::now();
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return {"", 0};
  timeval tv{seconds, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string got;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
    char buf[4096];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
      got.append(buf, static_cast<size_t>(n));
      if (got.find("\r\n\r\n") != std::string::npos) break;  // the head is enough
    }
  }
  close(fd);
  return {got, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
}

// A PUT or PATCH without Content-Length is refused at once (it was read for 10 s first, holding
// a connection), and a Range header never cuts an answer: a refusal keeps its status and its
// whole JSON body (it was a 416 with a cut body), an answer comes whole.
TEST_F(ServerTest, WritesWithoutALengthAndRangesAreAnsweredWhole) {
  for (const char* method : {"PUT", "PATCH", "POST"}) {
    auto [head, seconds] =
        RawRequest(port_, std::string(method) + " /api/node HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5);
    EXPECT_EQ(head.rfind("HTTP/1.1 405", 0), 0u) << method << ": " << head;
    EXPECT_LT(seconds, 2.0) << method << " without Content-Length held the connection";
  }
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(30, 0);
  auto refused = client.Get("/api/node?q=no%20such%20node%20anywhere", {{"Range", "bytes=0-10"}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 404) << refused->body;
  auto unranged = Get("/api/node", {{"q", "no such node anywhere"}});
  ASSERT_TRUE(unranged);
  EXPECT_EQ(refused->body, unranged->body);
  EXPECT_TRUE(json::parse(refused->body).contains("error")) << refused->body;
  auto whole = Get("/api/stats");
  ASSERT_TRUE(whole);
  auto ranged = client.Get("/api/stats", {{"Range", "bytes=0-10"}});
  ASSERT_TRUE(ranged);
  EXPECT_EQ(ranged->status, 200);
  EXPECT_EQ(ranged->body, whole->body);
  auto page = client.Get("/", {{"Range", "bytes=5-9"}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("</html>"), std::string::npos);
}

TEST_F(ServerTest, AmbiguousAndUnknownNodesAreExplained) {
  auto res = Get("/api/node", {{"q", "no such node anywhere"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_TRUE(json::parse(res->body).contains("error"));
  auto unknown = Get("/api/nowhere");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_NE(json::parse(unknown->body)["error"].get<std::string>().find("/api/node"), std::string::npos);
}

}  // namespace
}  // namespace dkg
