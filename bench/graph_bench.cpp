// dkg-bench-graph: the query set of the peer benchmark kit (../shared/bench) answered by dkg.
//
//   dkg-bench-graph --data DIR --db STORE [--import-s SECONDS]
//
// Opens STORE (made by `dkg import DIR/nodes.csv DIR/edges.csv`), opens its graph index the way
// every `dkg path` does (the saved file when it is current), maps the kit's node ids to store
// ids through their external ids, then runs 2 untimed warm-ups of each query type and the 100
// shortest-path and 100 two-hop queries of DIR/queries.csv through GraphIndex::PathLength and
// GraphIndex::CountWithin, the calls behind `dkg path --batch` and `dkg neighbors --count`.
// Prints one JSON line like the kit's runners, so its report and agreement check include dkg.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "engine/store.h"
#include "queries/graph_index.h"

namespace {

using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double Percentile(std::vector<double> xs, double p) {
  if (xs.empty()) return 0;
  std::sort(xs.begin(), xs.end());
  const double k = (xs.size() - 1) * p / 100.0;
  const size_t lo = static_cast<size_t>(k), hi = std::min(lo + 1, xs.size() - 1);
  return xs[lo] + (xs[hi] - xs[lo]) * (k - lo);
}

nlohmann::json Summary(const std::vector<double>& ms) {
  double total = 0;
  for (double x : ms) total += x;
  return {{"median_ms", Percentile(ms, 50)}, {"p95_ms", Percentile(ms, 95)}, {"total_s", total / 1000.0},
          {"n", ms.size()}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string data, db;
  double import_s = -1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--data")) data = argv[i + 1];
    else if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
    else if (!std::strcmp(argv[i], "--import-s")) import_s = std::atof(argv[i + 1]);
  }
  if (data.empty() || db.empty()) {
    std::cerr << "usage: dkg-bench-graph --data DIR --db STORE [--import-s SECONDS]\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  std::vector<std::string> hops;
  {
    std::ifstream in(data + "/queries.csv");
    if (!in) {
      std::cerr << data << "/queries.csv: cannot open\n";
      return 2;
    }
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::stringstream ss(line);
      std::string type, a, b;
      std::getline(ss, type, ',');
      std::getline(ss, a, ',');
      std::getline(ss, b, ',');
      if (type == "path") pairs.emplace_back(a, b);
      else hops.push_back(a);
    }
  }
  const auto t_open = Clock::now();
  dkg::StoreOptions options;
  options.read_only = true;
  auto store = dkg::Store::Open(db, options);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  auto index = dkg::GraphIndex::Open(*store.value());
  if (!index.ok()) {
    std::cerr << index.status().message() << "\n";
    return 1;
  }
  const double open_s = MsSince(t_open) / 1000.0;
  auto id_of = [&](const std::string& xid) -> int64_t {
    auto id = store.value()->FindByXid(xid);
    return id.ok() && id.value() ? *id.value() : -1;
  };
  std::vector<std::pair<int64_t, int64_t>> path_ids;
  for (const auto& [a, b] : pairs) path_ids.emplace_back(id_of(a), id_of(b));
  std::vector<int64_t> hop_ids;
  for (const std::string& x : hops) hop_ids.push_back(id_of(x));

  const dkg::GraphIndex& g = *index.value();
  dkg::TraversalOptions path_options;  // max depth 8, every relation, both directions: the kit's rules
  dkg::TraversalOptions hop_options;
  hop_options.max_depth = 2;
  for (size_t i = 0; i < 2 && i < path_ids.size(); ++i) g.PathLength(path_ids[i].first, path_ids[i].second, path_options);
  for (size_t i = 0; i < 2 && i < hop_ids.size(); ++i) g.CountWithin(hop_ids[i], hop_options);

  std::vector<int> lengths;
  std::vector<long long> counts;
  std::vector<double> path_ms, hop_ms;
  for (const auto& [a, b] : path_ids) {
    const auto t0 = Clock::now();
    const int length = g.PathLength(a, b, path_options);
    path_ms.push_back(MsSince(t0));
    lengths.push_back(length);
  }
  for (int64_t x : hop_ids) {
    const auto t0 = Clock::now();
    const size_t count = g.CountWithin(x, hop_options);
    hop_ms.push_back(MsSince(t0));
    counts.push_back(static_cast<long long>(count));
  }
  const double bytes_per_edge = g.edge_count() ? static_cast<double>(g.MemoryBytes()) / g.edge_count() : 0;
  nlohmann::json out = {
      {"system", "dkg"},
      {"load_s", import_s >= 0 ? import_s : open_s},
      {"path", Summary(path_ms)},
      {"hop2", Summary(hop_ms)},
      {"path_timeouts", 0},
      {"hop2_timeouts", 0},
      {"lengths", lengths},
      {"hop2_counts", counts},
      {"version", "dkg"},
      {"open_s", open_s},
      {"index_bytes", g.MemoryBytes()},
      {"index_bytes_per_edge", bytes_per_edge},
      {"nodes", g.node_count()},
      {"edges", g.edge_count()},
      {"notes", "load = `dkg import nodes.csv edges.csv` into a new store, process start to exit (SQLite rows "
                "and indexes, graph index saved; node names enter the full-text index at first use); "
                "queries on the saved CSR graph index, bidirectional BFS, single thread"}};
  std::cout << out.dump() << std::endl;
  return 0;
}
