// The JSON API of `dkg serve`: checks a request's parameters, calls the library (queries/) and
// writes the answer with presentation/, exactly as the command line does for `--format json`.

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

#include "engine/store.h"
#include "presentation/answers.h"
#include "presentation/output.h"
#include "presentation/picture.h"
#include "queries/export.h"
#include "queries/graph_index.h"
#include "queries/dialogues.h"
#include "queries/graph_snapshot.h"
#include "queries/lookup.h"
#include "queries/officials.h"
#include "queries/queries.h"
#include "queries/time_window.h"
#include "queries/timeline.h"
#include "server/server.h"

namespace dkg::server {

namespace {

using json = nlohmann::ordered_json;

// How long Graphviz may draw one picture (svg, png) before the server stops it: a dense subgraph
// of a few hundred nodes took it minutes and a gigabyte and a half.
constexpr int kPictureSeconds = 30;
// The most nodes a picture holds (more are cut, nearest first, with a note): a picture of more
// cannot be read, and Graphviz's time grows faster than its nodes.
constexpr size_t kMaxPictureNodes = 150;
// The most pictures Graphviz draws at once; more wait their turn. A picture holds no connection
// of the pool while it is drawn (Api::Handle reads its subgraph, gives the connection back, then
// draws), and fewer drawings than cores-ish keep the other requests' CPU.
constexpr size_t kConcurrentPictures = 2;

// Longest parameter value accepted: a name, a list of relations or a search is far shorter.
constexpr size_t kMaxValue = 1000;
// A list of node ids (the page's canvas, for a download) may be longer; a URL holds at most 8 KB.
constexpr size_t kMaxIdList = 8000;

// A request refused before or while answering it: the HTTP status and the message.
struct Refusal {
  int status;
  std::string message;
  json extra = json::object();
};

Reply ErrorReply(const Refusal& r) {
  json body = {{"error", r.message}};
  for (auto& [k, v] : r.extra.items()) body[k] = v;
  Reply reply;
  reply.status = r.status;
  std::ostringstream os;
  presentation::WriteJson(body, os);
  reply.body = os.str();
  return reply;
}

bool ValidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return false;
    i += len;
  }
  return true;
}

// The checked parameters of one request.
class Args {
 public:
  // Refuses unknown names, repeated names, and values too long, not UTF-8 or with control
  // characters: nothing of such a request reaches the store.
  static std::variant<Args, Refusal> Check(const Params& params, const std::set<std::string>& allowed) {
    Args args;
    for (const auto& [name, value] : params) {
      if (!allowed.count(name)) {
        std::string known;
        for (const std::string& a : allowed) known += (known.empty() ? "" : ", ") + a;
        return Refusal{400, "unknown parameter '" + Printable(name) + "'; this request takes: " +
                                (known.empty() ? "no parameters" : known)};
      }
      if (args.values_.count(name)) return Refusal{400, "parameter '" + name + "' given more than once"};
      const size_t max = name == "nodes" ? kMaxIdList : kMaxValue;
      if (value.size() > max)
        return Refusal{400, "parameter '" + name + "' is " + std::to_string(value.size()) +
                                " bytes long; at most " + std::to_string(max) + " are accepted"};
      if (!ValidUtf8(value)) return Refusal{400, "parameter '" + name + "' is not valid UTF-8"};
      for (unsigned char c : value) {
        if (c < 0x20 || c == 0x7f)
          return Refusal{400, "parameter '" + name + "' holds a control character"};
      }
      args.values_[name] = value;
    }
    return args;
  }

  std::string Get(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::string() : it->second;
  }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }

  // An integer in [lo, hi], or `fallback` when not given.
  std::variant<int64_t, Refusal> Int(const std::string& name, int64_t fallback, int64_t lo, int64_t hi) const {
    if (!Has(name)) return fallback;
    const std::string& v = values_.at(name);
    // Digits only, as on the command line (WholeNumber): no sign, so "-0" is refused like any
    // other negative number rather than read as 0.
    if (!v.empty() && v[0] == '-' && v.size() > 1 &&
        std::all_of(v.begin() + 1, v.end(), [](unsigned char c) { return std::isdigit(c); }))
      return Refusal{400, "parameter '" + name + "' must be between " + std::to_string(lo) + " and " +
                              std::to_string(hi) + ", not '" + v + "'"};
    int64_t out = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size() || v.empty() ||
        !std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); }))
      return Refusal{400, "parameter '" + name + "' must be a whole number, not '" + v + "'"};
    if (out < lo || out > hi)
      return Refusal{400, "parameter '" + name + "' must be between " + std::to_string(lo) + " and " +
                              std::to_string(hi)};
    return out;
  }

  // Parameter names were not checked for UTF-8: shown only as printable ASCII.
  static std::string Printable(const std::string& s) {
    std::string out;
    for (unsigned char c : s.substr(0, 80)) out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    return out;
  }

 private:
  std::map<std::string, std::string> values_;
};

using presentation::SplitList;

int StatusOf(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidInput: return 400;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kAmbiguous: return 409;
    default: return 500;
  }
}

Reply JsonReply(const std::function<void(const presentation::Output&)>& present) {
  std::ostringstream os;
  presentation::Output o;
  o.format = presentation::OutputFormat::kJson;
  o.out = &os;
  present(o);
  Reply reply;
  reply.body = os.str();
  return reply;
}

// A date parameter (YYYY, YYYY-MM or YYYY-MM-DD), or nothing when not given.
std::variant<std::optional<DateSpan>, Refusal> DateOf(const Args& args, const std::string& name) {
  if (!args.Has(name)) return std::optional<DateSpan>();
  auto span = DateSpan::ParseGiven(args.Get(name));
  if (!span)
    return Refusal{400, "parameter '" + name + "' is not a date: '" + args.Get(name) +
                            "'; give YYYY, YYYY-MM or YYYY-MM-DD"};
  return span;
}

// The window of from_date, to_date and as_of: the command line's --from, --to and --as-of
// (`from` and `to` name the ends of a path). Refusals name the parameters, not the options.
std::variant<TimeWindow, Refusal> WindowOf(const Args& args) {
  for (const char* name : {"from_date", "to_date", "as_of"}) {
    auto date = DateOf(args, name);
    if (auto* r = std::get_if<Refusal>(&date)) return *r;
  }
  if (args.Has("as_of") && (args.Has("from_date") || args.Has("to_date")))
    return Refusal{400, "parameter 'as_of' cannot be combined with 'from_date' or 'to_date'"};
  auto window = ParseWindow(args.Get("from_date"), args.Get("to_date"), args.Get("as_of"));
  if (!window.ok())  // the dates are valid, so the only refusal left: an end before the start
    return Refusal{400, "parameter 'from_date' (" + args.Get("from_date") + ") is after 'to_date' (" +
                            args.Get("to_date") + ")"};
  return window.value();
}

// The parameters of a time window, for the routes that take one.
const std::set<std::string> kWindowParams = {"from_date", "to_date", "as_of"};
std::set<std::string> WithWindow(std::set<std::string> params) {
  params.insert(kWindowParams.begin(), kWindowParams.end());
  return params;
}

}  // namespace

// What every request shares: a pool of read-only connections to the store and the graph index
// of its current state. A request takes a connection of its own, so a slow one (the statistics
// of a store of millions of edges, a lineage) does not hold up the others: the page asks for a
// card, an expansion and a lineage at once.
struct Api::Impl {
  size_t limit = 500;
  std::mutex pool_mu;
  std::condition_variable pool_cv;
  std::vector<std::unique_ptr<Store>> idle;  // connections no request holds
  std::mutex index_mu;  // guards `index` and `index_state`, held while an index is (re)opened
  std::shared_ptr<const GraphIndex> index;
  std::string index_state;  // the store state `index` describes
  std::mutex picture_mu;  // guards `drawing`
  std::condition_variable picture_cv;
  size_t drawing = 0;  // pictures Graphviz is drawing now (at most kConcurrentPictures)

  // A picture to draw once the request's connection is given back: the styled DOT (it needs
  // nothing of the store) and what to draw it as.
  struct PendingPicture {
    std::string dot;
    presentation::PictureFormat format;
  };
  // Draws `picture` into `reply` (200, or 503 when Graphviz ran out of time, 500 when it failed),
  // waiting while kConcurrentPictures others are drawn. Holds no connection of the pool.
  void DrawPicture(const PendingPicture& picture, Reply& reply);

  // One request: a connection of the pool and the index it reads (the same one to its end, even
  // if another request meanwhile finds the store changed and opens a new one).
  struct Session;

  // A connection of the pool for one request, given back when it ends.
  class Lease {
   public:
    explicit Lease(Impl& impl) : impl_(impl) {
      std::unique_lock<std::mutex> lock(impl_.pool_mu);
      impl_.pool_cv.wait(lock, [&] { return !impl_.idle.empty(); });
      store_ = std::move(impl_.idle.back());
      impl_.idle.pop_back();
    }
    ~Lease() {
      {
        std::lock_guard<std::mutex> lock(impl_.pool_mu);
        impl_.idle.push_back(std::move(store_));
      }
      impl_.pool_cv.notify_one();
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store* store() { return store_.get(); }

   private:
    Impl& impl_;
    std::unique_ptr<Store> store_;
  };
};

struct Api::Impl::Session {
  Impl& shared;
  Store* store;
  size_t limit;
  std::shared_ptr<const GraphIndex> held_index;
  // Set by Draw for a picture: drawn by Api::Handle after the connection is given back.
  std::optional<PendingPicture> pending_picture = std::nullopt;

  // The graph index of the store's current state; reopened when another process wrote the store.
  Result<const GraphIndex*> Index() {
    if (held_index) return held_index.get();
    auto generation = store->Generation();
    if (!generation.ok()) return generation.status();
    auto fingerprint = store->Fingerprint();
    if (!fingerprint.ok()) return fingerprint.status();
    const std::string state = std::to_string(generation.value()) + "/" + fingerprint.value();
    std::lock_guard<std::mutex> lock(shared.index_mu);
    if (!shared.index || state != shared.index_state) {
      auto opened = GraphIndex::Open(*store);
      if (!opened.ok()) return opened.status();
      shared.index = std::shared_ptr<const GraphIndex>(std::move(opened).value());
      shared.index_state = state;
    }
    held_index = shared.index;
    return held_index.get();
  }

  // The node a parameter names (#id, xid:, name, alias or unique words); a refusal listing the
  // candidates when several fit.
  std::variant<int64_t, Refusal> Resolve(const Args& args, const std::string& name) {
    const std::string q = args.Get(name);
    if (q.empty()) return Refusal{400, "parameter '" + name + "' is required: a node (#id, name, alias or words of its name)"};
    std::vector<NodeRecord> candidates;
    auto id = ResolveNode(*store, q, &candidates);
    if (id.ok()) return id.value();
    if (id.status().code() == Status::Code::kAmbiguous) return Ambiguous(id.status(), candidates);
    return Refusal{StatusOf(id.status()), id.status().message()};
  }

  // A pair (`pair=A,B`, `q=A,B`) whose sides name one node: refused as on the command line.
  static Refusal SameNodeTwice(const std::string& name, const std::string& value, int64_t id) {
    return Refusal{400, "parameter '" + name + "' ('" + value + "'): both sides name the same node #" +
                            std::to_string(id) + " (a pair is two nodes)"};
  }

  // A name that fits several nodes: 409, with the candidates.
  static Refusal Ambiguous(const Status& status, const std::vector<NodeRecord>& candidates) {
    Refusal r{StatusOf(status), status.message()};
    json list = json::array();
    for (const NodeRecord& n : candidates) list.push_back(presentation::NodeJson(n));
    r.extra["candidates"] = list;
    return r;
  }

  std::optional<Refusal> CheckFilter(Vocabulary which, const std::set<std::string>& names) {
    Status s = CheckVocabulary(*store, which, names);
    if (s.ok()) return std::nullopt;
    return Refusal{StatusOf(s), s.message()};
  }

  using Answer = std::variant<Reply, Refusal>;

  Answer Stats(const Args&) {
    // Edges by relation from the graph index in memory (the page asks for the statistics as it
    // opens; grouping 6M edge rows took 2.5 s of CPU): the same counts as `dkg stats`.
    auto index = Index();
    auto stats = store->Stats(/*by_relation=*/!index.ok());
    if (!stats.ok()) return Refusal{500, stats.status().message()};
    if (index.ok()) stats->edges_by_relation = index.value()->EdgesByRelation();
    return JsonReply([&](const auto& o) { presentation::PresentStats(stats.value(), o); });
  }

  Answer Style(const Args&) {
    Reply reply;
    std::ostringstream os;
    presentation::WriteJson(presentation::StylesJson(), os);
    reply.body = os.str();
    return reply;
  }

  Answer Search(const Args& args) {
    const std::string q = args.Get("q");
    if (q.empty()) return Refusal{400, "parameter 'q' is required: the words to search for"};
    auto n = args.Int("limit", 50, 1, static_cast<int64_t>(limit));
    if (auto* r = std::get_if<Refusal>(&n)) return *r;
    // The default (50, the command line's) never exceeds the server's own limit.
    const int want = static_cast<int>(std::min<int64_t>(std::get<int64_t>(n), static_cast<int64_t>(limit)));
    auto results = dkg::Search(*store, q, want + 1);  // one more tells whether the answer was cut
    if (!results.ok()) return Refusal{StatusOf(results.status()), results.status().message()};
    SearchResults r = std::move(results).value();
    std::string note;
    if (r.names.size() > static_cast<size_t>(want) || r.documents.size() > static_cast<size_t>(want)) {
      note = "showing at most " + std::to_string(want) + " names and " + std::to_string(want) +
             " documents (limit)";
      if (r.names.size() > static_cast<size_t>(want)) r.names.resize(want);
      if (r.documents.size() > static_cast<size_t>(want)) r.documents.resize(want);
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentSearch(r, o); });
    reply.note = note;
    return reply;
  }

  Answer Suggest(const Args& args) {
    auto n = args.Int("limit", 10, 1, 50);
    if (auto* r = std::get_if<Refusal>(&n)) return *r;
    // Words typed, as for search: full-text syntax is refused with search's own message.
    if (Status s = CheckSearchWords(args.Get("q")); !s.ok()) return Refusal{StatusOf(s), s.message()};
    auto ids = store->SearchNamePrefix(args.Get("q"), static_cast<int>(std::get<int64_t>(n)));
    if (!ids.ok()) return Refusal{StatusOf(ids.status()), ids.status().message()};
    auto records = store->GetNodes(ids.value());
    if (!records.ok()) return Refusal{500, records.status().message()};
    // Best first, as the full-text index ranked them (GetNodes answers in id order).
    std::unordered_map<int64_t, const NodeRecord*> by_id;
    for (const NodeRecord& r : records.value()) by_id[r.id] = &r;
    std::vector<NodeRecord> ranked;
    for (int64_t id : ids.value()) {
      if (auto it = by_id.find(id); it != by_id.end()) ranked.push_back(*it->second);
    }
    return JsonReply([&](const auto& o) { presentation::PresentNodes(ranked, o); });
  }

  Answer Node(const Args& args) {
    auto id = Resolve(args, "q");
    if (auto* r = std::get_if<Refusal>(&id)) return *r;
    // A page of the card's edges (`dkg show --offset K --limit N`): the page reads only these.
    auto n = args.Int("limit", static_cast<int64_t>(limit), 1, static_cast<int64_t>(limit));
    if (auto* r = std::get_if<Refusal>(&n)) return *r;
    auto offset = args.Int("offset", 0, 0, INT32_MAX);
    if (auto* r = std::get_if<Refusal>(&offset)) return *r;
    auto card = ShowNode(*store, std::get<int64_t>(id), std::get<int64_t>(offset), std::get<int64_t>(n));
    if (!card.ok()) return Refusal{StatusOf(card.status()), card.status().message()};
    const NodeCard c = std::move(card).value();
    std::string note;
    const int64_t shown_to = c.edges_offset + static_cast<int64_t>(c.edges.size());
    if (c.edges_offset > 0 || shown_to < c.edges_total) {
      note = c.edges.empty() ? "no edges at offset " + std::to_string(c.edges_offset)
                             : "showing edges " + std::to_string(c.edges_offset + 1) + "-" + std::to_string(shown_to);
      note += " of " + std::to_string(c.edges_total) + " (limit)";
    }
    std::vector<int64_t> other_ids;
    for (const EdgeRecord& e : c.edges) other_ids.push_back(e.source == c.node.id ? e.target : e.source);
    auto others = store->GetNodes(other_ids);
    if (!others.ok()) return Refusal{500, others.status().message()};
    std::map<int64_t, NodeRecord> by_id;
    for (NodeRecord& other : others.value()) by_id[other.id] = std::move(other);
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentNodeCard(c, by_id, o); });
    reply.note = note;
    reply.total = c.edges_total;
    return reply;
  }

  // A walk within a time window (the command line's): its ends must lie in the window, and it
  // does not pass through the meetings and agreements outside it.
  std::optional<Refusal> Windowed(const TimeWindow& window, const std::vector<int64_t>& ends,
                                  TraversalOptions& options) {
    if (!window.active()) return std::nullopt;
    for (int64_t id : ends) {
      Status s = CheckNodeInWindow(*store, id, window);
      if (!s.ok()) return Refusal{StatusOf(s), s.message()};
    }
    auto excluded = ExcludedByWindow(*store, window);
    if (!excluded.ok()) return Refusal{500, excluded.status().message()};
    options.excluded = excluded.value();
    return std::nullopt;
  }

  std::variant<TraversalOptions, Refusal> Traversal(const Args& args, const char* depth_name,
                                                    int64_t fallback, int64_t max) {
    TraversalOptions options;
    auto depth = args.Int(depth_name, fallback, 1, max);
    if (auto* r = std::get_if<Refusal>(&depth)) return *r;
    options.max_depth = static_cast<int>(std::get<int64_t>(depth));
    options.relations = SplitList(args.Get("relations"));
    if (auto r = CheckFilter(Vocabulary::kRelations, options.relations)) return *r;
    const std::string direction = args.Has("direction") ? args.Get("direction") : "both";
    if (direction == "both") options.direction = Direction::kBoth;
    else if (direction == "out") options.direction = Direction::kOut;
    else if (direction == "in") options.direction = Direction::kIn;
    else return Refusal{400, "parameter 'direction' must be both, out or in"};
    return options;
  }

  Answer Neighbors(const Args& args) {
    auto traversal = Traversal(args, "depth", 1, 16);
    if (auto* r = std::get_if<Refusal>(&traversal)) return *r;
    TraversalOptions options = std::get<TraversalOptions>(traversal);
    const std::set<std::string> kinds = SplitList(args.Get("kinds"));
    if (auto r = CheckFilter(Vocabulary::kKinds, kinds)) return *r;
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    auto id = Resolve(args, "q");
    if (auto* r = std::get_if<Refusal>(&id)) return *r;
    if (auto r = Windowed(std::get<TimeWindow>(window), {std::get<int64_t>(id)}, options)) return *r;
    auto index = Index();
    if (!index.ok()) return Refusal{500, index.status().message()};
    auto found = index.value()->Neighborhood(std::get<int64_t>(id), options);
    // Records a slice at a time, so a kinds filter over a hub's neighbourhood stops at the limit.
    std::vector<presentation::Neighbor> rows;
    bool cut = false;
    constexpr size_t kSlice = 2000;
    for (size_t at = 0; at < found.size() && !cut; at += kSlice) {
      const size_t end = std::min(found.size(), at + kSlice);
      std::vector<int64_t> ids;
      for (size_t i = at; i < end; ++i) ids.push_back(found[i].first);
      auto records = store->GetNodes(ids);
      if (!records.ok()) return Refusal{500, records.status().message()};
      std::unordered_map<int64_t, const NodeRecord*> by_id;
      for (const NodeRecord& n : records.value()) by_id[n.id] = &n;
      for (size_t i = at; i < end; ++i) {
        auto it = by_id.find(found[i].first);
        if (it == by_id.end() || (!kinds.empty() && !kinds.count(it->second->kind))) continue;
        if (rows.size() == limit) {
          cut = true;
          break;
        }
        rows.push_back({*it->second, found[i].second});
      }
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentNeighbors(rows, o); });
    if (cut)
      reply.note = "showing the " + std::to_string(limit) + " nearest of " +
                   (kinds.empty() ? std::to_string(found.size()) : "more") + " nodes (limit)";
    return reply;
  }

  Answer Path(const Args& args) {
    auto traversal = Traversal(args, "max_depth", 8, 64);
    if (auto* r = std::get_if<Refusal>(&traversal)) return *r;
    TraversalOptions options = std::get<TraversalOptions>(traversal);
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    auto from = Resolve(args, "from");
    if (auto* r = std::get_if<Refusal>(&from)) return *r;
    auto to = Resolve(args, "to");
    if (auto* r = std::get_if<Refusal>(&to)) return *r;
    if (auto r = Windowed(std::get<TimeWindow>(window), {std::get<int64_t>(from), std::get<int64_t>(to)}, options))
      return *r;
    auto index = Index();
    if (!index.ok()) return Refusal{500, index.status().message()};
    auto path = FindPath(*store, *index.value(), std::get<int64_t>(from), std::get<int64_t>(to), options);
    if (!path.ok()) return Refusal{StatusOf(path.status()), path.status().message()};
    // FindPath may have rebuilt the index file; the next request reopens it.
    {
      std::lock_guard<std::mutex> lock(shared.index_mu);
      shared.index_state.clear();
    }
    return JsonReply([&](const auto& o) { presentation::PresentPath(path.value(), options.max_depth, o); });
  }

  Answer Cochairs(const Args& args) {
    CochairFilter filter;
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    filter.window = std::get<TimeWindow>(window);
    for (auto [name, slot] : {std::pair{"meeting", &filter.meeting}, std::pair{"official", &filter.official},
                              std::pair{"country", &filter.country}}) {
      if (!args.Has(name)) continue;
      auto id = Resolve(args, name);
      if (auto* r = std::get_if<Refusal>(&id)) return *r;
      *slot = std::get<int64_t>(id);
    }
    auto graph = CochairsSnapshot(*store, filter);
    if (!graph.ok()) return Refusal{500, graph.status().message()};
    auto rows = dkg::Cochairs(*graph.value(), filter);
    std::string note;
    if (rows.size() > limit) {
      note = "showing " + std::to_string(limit) + " of " + std::to_string(rows.size()) + " rows (limit)";
      rows.resize(limit);
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentCochairs(rows, *graph.value(), o); });
    reply.note = note;
    return reply;
  }

  Answer Lineage(const Args& args) {
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    auto id = Resolve(args, "q");
    if (auto* r = std::get_if<Refusal>(&id)) return *r;
    auto index = Index();
    if (!index.ok()) return Refusal{500, index.status().message()};
    auto graph = LineageSnapshot(*store, *index.value(), std::get<int64_t>(id));
    if (!graph.ok()) return Refusal{500, graph.status().message()};
    auto entries = dkg::Lineage(*graph.value(), std::get<int64_t>(id), std::get<TimeWindow>(window));
    // `limit`: fewer entries than the server's limit (`dkg lineage --limit N`; the page draws a
    // dialogue of thousands of rounds a first page at a time).
    auto most = args.Int("limit", static_cast<int64_t>(limit), 1, static_cast<int64_t>(limit));
    if (auto* r = std::get_if<Refusal>(&most)) return *r;
    // `offset`: a later page (`dkg lineage --offset K --limit N`; the page's "more" button).
    auto skip = args.Int("offset", 0, 0, INT32_MAX);
    if (auto* r = std::get_if<Refusal>(&skip)) return *r;
    const size_t cut = static_cast<size_t>(std::get<int64_t>(most));
    const size_t offset = static_cast<size_t>(std::get<int64_t>(skip));
    const int64_t total = static_cast<int64_t>(entries.size());
    std::string note;
    if (offset > 0) {
      entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(std::min(offset, entries.size())));
      if (entries.size() > cut) entries.resize(cut);
      note = entries.empty() ? "no entries at offset " + std::to_string(offset)
                             : "showing entries " + std::to_string(offset + 1) + "-" +
                                   std::to_string(offset + entries.size());
      note += " of " + std::to_string(total) + " (limit)";
    } else if (entries.size() > cut) {
      note = "showing " + std::to_string(cut) + " of " + std::to_string(entries.size()) + " entries (limit)";
      entries.resize(cut);
    }
    Reply reply = JsonReply([&](const auto& o) {
      presentation::PresentLineage(entries, *graph.value(), std::get<int64_t>(id), o);
    });
    reply.note = note;
    reply.total = total;
    return reply;
  }

  // `dkg timeline Q` (a node's dated events) or `dkg timeline A,B` (a pair's meetings): Q holding
  // a comma is a pair when both sides name a node, as on the command line.
  Answer Timeline(const Args& args) {
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    const TimeWindow w = std::get<TimeWindow>(window);
    const std::string q = args.Get("q");
    if (q.empty()) return Refusal{400, "parameter 'q' is required: a node, or two nodes A,B"};
    // `limit`: fewer events than the server's limit; `offset`: a later page, as
    // `dkg timeline Q --offset K --limit N` (only the page's events are read in full).
    auto most = args.Int("limit", static_cast<int64_t>(limit), 1, static_cast<int64_t>(limit));
    if (auto* r = std::get_if<Refusal>(&most)) return *r;
    auto skip = args.Int("offset", 0, 0, INT32_MAX);
    if (auto* r = std::get_if<Refusal>(&skip)) return *r;
    std::optional<Result<dkg::Timeline>> timeline;
    TimelinePage page;
    page.limit = static_cast<size_t>(std::get<int64_t>(most));
    page.offset = static_cast<size_t>(std::get<int64_t>(skip));
    if (const size_t comma = q.find(','); comma != std::string::npos) {
      auto a = ResolveNode(*store, q.substr(0, comma));
      auto b = ResolveNode(*store, q.substr(comma + 1));
      if (a.ok() && b.ok() && a.value() == b.value()) return SameNodeTwice("q", q, a.value());
      if (a.ok() && b.ok()) {
        timeline = PairTimeline(*store, a.value(), b.value(), w, page);
      } else {
        // A side that fits several nodes is refused like any ambiguous reference.
        for (const std::string& side : {q.substr(0, comma), q.substr(comma + 1)}) {
          std::vector<NodeRecord> candidates;
          auto id = ResolveNode(*store, side, &candidates);
          if (!id.ok() && id.status().code() == Status::Code::kAmbiguous) return Ambiguous(id.status(), candidates);
        }
      }
    }
    if (!timeline) {
      auto id = Resolve(args, "q");
      if (auto* r = std::get_if<Refusal>(&id)) return *r;
      timeline = NodeTimeline(*store, [&] { return Index(); }, std::get<int64_t>(id), w, page);
    }
    if (!timeline->ok()) return Refusal{StatusOf(timeline->status()), timeline->status().message()};
    dkg::Timeline t = std::move(*timeline).value();
    std::string note;
    if (page.offset > 0) {
      note = t.events.empty() ? "no events at offset " + std::to_string(page.offset)
                              : "showing events " + std::to_string(t.offset + 1) + "-" +
                                    std::to_string(t.offset + t.events.size());
      note += " of " + std::to_string(t.total) + " (limit)";
    } else if (t.total > t.events.size()) {
      note = "showing " + std::to_string(t.events.size()) + " of " + std::to_string(t.total) + " events (limit)";
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentTimeline(t, o); });
    reply.note = note;
    reply.total = static_cast<int64_t>(t.total);
    return reply;
  }

  // `dkg officials [--country Q] [--office TITLE] [--as-of DATE]`.
  Answer Officials(const Args& args) {
    OfficialsFilter filter;
    // As on the command line: a parameter given empty names nothing.
    for (const char* name : {"office", "country"}) {
      if (args.Has(name) && args.Get(name).empty()) {
        return Refusal{400, std::string("parameter '") + name + "' is empty: an empty value names nothing"};
      }
    }
    filter.office = args.Get("office");
    auto as_of = DateOf(args, "as_of");
    if (auto* r = std::get_if<Refusal>(&as_of)) return *r;
    filter.as_of = std::get<std::optional<DateSpan>>(as_of);
    if (args.Has("country")) {
      auto id = Resolve(args, "country");
      if (auto* r = std::get_if<Refusal>(&id)) return *r;
      filter.country = std::get<int64_t>(id);
    }
    auto terms = dkg::Officials(*store, filter);
    if (!terms.ok()) return Refusal{StatusOf(terms.status()), terms.status().message()};
    std::vector<OfficeTerm> rows = std::move(terms).value();
    std::string note;
    if (rows.size() > limit) {
      note = "showing " + std::to_string(limit) + " of " + std::to_string(rows.size()) + " rows (limit)";
      rows.resize(limit);
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentOfficials(rows, o); });
    reply.note = note;
    return reply;
  }

  // `dkg dialogues [--pair A,B] [--quiet-since DATE] [--as-of DATE]`.
  Answer Dialogues(const Args& args) {
    DialoguesFilter filter;
    for (auto [name, slot] : {std::pair{"quiet_since", &filter.quiet_since}, std::pair{"as_of", &filter.reference}}) {
      auto date = DateOf(args, name);
      if (auto* r = std::get_if<Refusal>(&date)) return *r;
      *slot = std::get<std::optional<DateSpan>>(date);
    }
    if (args.Has("pair")) {
      const std::string pair = args.Get("pair");
      const size_t comma = pair.find(',');
      if (comma == std::string::npos) return Refusal{400, "parameter 'pair' takes two nodes: A,B"};
      for (auto [side, slot] : {std::pair{pair.substr(0, comma), &filter.a}, std::pair{pair.substr(comma + 1), &filter.b}}) {
        std::vector<NodeRecord> candidates;
        auto id = ResolveNode(*store, side, &candidates);
        if (!id.ok()) {
          if (id.status().code() == Status::Code::kAmbiguous) return Ambiguous(id.status(), candidates);
          return Refusal{StatusOf(id.status()), id.status().message()};
        }
        *slot = id.value();
      }
      if (filter.a == filter.b) return SameNodeTwice("pair", pair, *filter.a);
    }
    auto series = dkg::Dialogues(*store, filter);
    if (!series.ok()) return Refusal{StatusOf(series.status()), series.status().message()};
    std::vector<DialogueSeries> rows = std::move(series).value();
    std::string note;
    if (rows.size() > limit) {
      note = "showing " + std::to_string(limit) + " of " + std::to_string(rows.size()) + " rows (limit)";
      rows.resize(limit);
    }
    Reply reply = JsonReply([&](const auto& o) { presentation::PresentDialogues(rows, o); });
    reply.note = note;
    return reply;
  }

  Answer Document(const Args& args) {
    auto n = args.Int("id", 0, 1, INT64_MAX);
    if (auto* r = std::get_if<Refusal>(&n)) return *r;
    const int64_t id = std::get<int64_t>(n);
    if (id == 0) return Refusal{400, "parameter 'id' is required: a document id"};
    auto docs = store->Documents({id});
    if (!docs.ok()) return Refusal{500, docs.status().message()};
    auto text = store->DocumentText(id);
    if (!text.ok()) return Refusal{500, text.status().message()};
    if (docs->empty() || !text.value()) return Refusal{404, "no document #" + std::to_string(id)};
    return JsonReply([&](const auto& o) { presentation::PresentDocument(docs->front(), *text.value(), o); });
  }

  Answer Export(const Args& args) {
    static const std::map<std::string, std::pair<std::string, std::string>> kTypes = {
        {"json", {"application/json", "json"}},
        {"graphml", {"application/graphml+xml", "graphml"}},
        {"dot", {"text/vnd.graphviz; charset=utf-8", "dot"}},
        {"svg", {"image/svg+xml", "svg"}},
        {"png", {"image/png", "png"}}};
    const std::string format = args.Has("format") ? args.Get("format") : "json";
    auto type = kTypes.find(format);
    if (type == kTypes.end()) return Refusal{400, "parameter 'format' must be json, graphml, dot, svg or png"};
    const bool picture = format == "svg" || format == "png";
    SubgraphSelection selection;
    auto window = WindowOf(args);
    if (auto* r = std::get_if<Refusal>(&window)) return *r;
    selection.window = std::get<TimeWindow>(window);
    // `limit`: fewer nodes than the server's limit (the page asks for a first page of a hub).
    auto most = args.Int("limit", static_cast<int64_t>(limit), 1, static_cast<int64_t>(limit));
    if (auto* r = std::get_if<Refusal>(&most)) return *r;
    if (args.Has("limit") && args.Has("nodes")) return Refusal{400, "parameter 'limit' needs 'around' or neither"};
    auto depth = args.Int("depth", 1, 0, 16);
    if (auto* r = std::get_if<Refusal>(&depth)) return *r;
    selection.depth = static_cast<int>(std::get<int64_t>(depth));
    selection.kinds = SplitList(args.Get("kinds"));
    selection.relations = SplitList(args.Get("relations"));
    if (auto r = CheckFilter(Vocabulary::kKinds, selection.kinds)) return *r;
    if (auto r = CheckFilter(Vocabulary::kRelations, selection.relations)) return *r;
    if (args.Has("nodes")) {
      // Exactly these nodes (the page's canvas) and the edges among them.
      if (args.Has("around") || args.Has("depth")) return Refusal{400, "parameter 'nodes' excludes 'around' and 'depth'"};
      std::vector<int64_t> ids;
      for (const std::string& item : SplitList(args.Get("nodes"))) {
        int64_t id = 0;
        auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), id);
        if (ec != std::errc() || end != item.data() + item.size() || id <= 0)
          return Refusal{400, "parameter 'nodes' must be node ids separated by commas, not '" + item + "'"};
        ids.push_back(id);
      }
      if (ids.empty()) return Refusal{400, "parameter 'nodes' names no node"};
      if (ids.size() > limit)
        return Refusal{400, "parameter 'nodes' names " + std::to_string(ids.size()) + " nodes; at most " +
                                std::to_string(limit) + " are exported"};
      if (picture && ids.size() > kMaxPictureNodes)
        return Refusal{400, "parameter 'nodes' names " + std::to_string(ids.size()) + " nodes; a picture (" + format +
                                ") holds at most " + std::to_string(kMaxPictureNodes)};
      auto index = Index();
      if (!index.ok()) return Refusal{500, index.status().message()};
      auto graph = GraphSnapshot::Induced(*store, *index.value(), ids);
      if (!graph.ok()) return Refusal{500, graph.status().message()};
      Subgraph sub = SelectSubgraph(*graph.value(), selection);
      sub.whole = false;
      return Draw(format, type->second.first, sub);
    }
    if (args.Has("around")) {
      auto id = Resolve(args, "around");
      if (auto* r = std::get_if<Refusal>(&id)) return *r;
      selection.around = std::get<int64_t>(id);
      Status s = CheckNodeInWindow(*store, *selection.around, selection.window);
      if (!s.ok()) return Refusal{StatusOf(s), s.message()};
    } else if (args.Has("depth")) {
      return Refusal{400, "parameter 'depth' needs 'around'"};
    }
    auto index = Index();
    if (!index.ok()) return Refusal{500, index.status().message()};
    size_t most_nodes = static_cast<size_t>(std::get<int64_t>(most));
    if (picture) most_nodes = std::min(most_nodes, kMaxPictureNodes);
    auto bounded = SelectBounded(*store, *index.value(), selection, most_nodes);
    if (!bounded.ok()) return Refusal{500, bounded.status().message()};
    Reply reply = Draw(format, type->second.first, bounded->subgraph);
    if (reply.status == 200 && bounded->cut)
      reply.note = "showing " + std::to_string(bounded->subgraph.nodes.size()) + " of " +
                   std::to_string(bounded->available) + " nodes (limit)";
    reply.total = static_cast<int64_t>(bounded->available);
    return reply;
  }

  // The subgraph in an export format, or drawn by Graphviz.
  Reply Draw(const std::string& format, const std::string& content_type, const Subgraph& sub) {
    Result<std::string> body = std::string();
    if (format == "svg" || format == "png") {
      // Graphviz may take up to kPictureSeconds: drawn once the connection is given back.
      pending_picture = PendingPicture{presentation::StyledDot(sub),
                                       format == "png" ? presentation::PictureFormat::kPng : presentation::PictureFormat::kSvg};
    } else {
      body = ExportSubgraph(*store, sub, format == "json"      ? ExportFormat::kJson
                                         : format == "graphml" ? ExportFormat::kGraphml
                                                               : ExportFormat::kDot);
    }
    if (!body.ok()) return ErrorReply({500, body.status().message()});
    Reply reply;
    reply.content_type = content_type;
    reply.body = std::move(body).value();
    return reply;
  }
};

void Api::Impl::DrawPicture(const PendingPicture& picture, Reply& reply) {
  {
    std::unique_lock<std::mutex> lock(picture_mu);
    picture_cv.wait(lock, [&] { return drawing < kConcurrentPictures; });
    ++drawing;
  }
  struct Done {
    Impl& impl;
    ~Done() {
      {
        std::lock_guard<std::mutex> lock(impl.picture_mu);
        --impl.drawing;
      }
      impl.picture_cv.notify_one();
    }
  } done{*this};
  bool timed_out = false;
  auto body = presentation::DrawWithGraphviz(picture.dot, picture.format, kPictureSeconds, &timed_out);
  if (body.ok()) {
    reply.body = std::move(body).value();
    return;
  }
  // A drawing Graphviz could not finish in time: the server declines it, the request was good.
  Reply error = ErrorReply({timed_out ? 503 : 500, body.status().message()});
  error.total = reply.total;
  reply = std::move(error);
}

Api::Api(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Open(const std::string& db, size_t limit) {
  StoreOptions options;
  options.read_only = true;  // the server never writes: not even a migration
  options.create_if_missing = false;
  auto impl = std::make_unique<Impl>();
  impl->limit = limit == 0 ? 1 : limit;
  // Enough connections for what the page asks at once (a card, an expansion, a lineage and
  // suggestions) on a machine of a few cores; more requests wait for one.
  constexpr int kConnections = 4;
  for (int i = 0; i < kConnections; ++i) {
    auto store = Store::Open(db, options);
    if (!store.ok()) return store.status();
    impl->idle.push_back(std::move(store).value());
  }
  // The graph index is loaded now, not by the first request that needs it (on the 1M-node store
  // of bench/, 72 MB and about a second): opening a hub answers at once from the start. A store
  // whose index cannot be read now is tried again by each request.
  {
    Impl::Lease lease(*impl);
    Impl::Session session{*impl, lease.store(), impl->limit, nullptr, std::nullopt};
    (void)session.Index();
  }
  return std::unique_ptr<Api>(new Api(std::move(impl)));
}

Reply Api::Handle(const std::string& path, const Params& params) {
  using Handler = Impl::Session::Answer (Impl::Session::*)(const Args&);
  struct Route {
    Handler handler;
    std::set<std::string> params;
  };
  static const std::map<std::string, Route> kRoutes = {
      {"/api/stats", {&Impl::Session::Stats, {}}},
      {"/api/style", {&Impl::Session::Style, {}}},
      {"/api/search", {&Impl::Session::Search, {"q", "limit"}}},
      {"/api/suggest", {&Impl::Session::Suggest, {"q", "limit"}}},
      {"/api/node", {&Impl::Session::Node, {"q", "limit", "offset"}}},
      {"/api/neighbors", {&Impl::Session::Neighbors, WithWindow({"q", "depth", "relations", "direction", "kinds"})}},
      {"/api/path", {&Impl::Session::Path, WithWindow({"from", "to", "max_depth", "relations", "direction"})}},
      {"/api/cochairs", {&Impl::Session::Cochairs, WithWindow({"meeting", "official", "country"})}},
      {"/api/lineage", {&Impl::Session::Lineage, WithWindow({"q", "limit", "offset"})}},
      {"/api/timeline", {&Impl::Session::Timeline, WithWindow({"q", "limit", "offset"})}},
      {"/api/officials", {&Impl::Session::Officials, {"country", "office", "as_of"}}},
      {"/api/dialogues", {&Impl::Session::Dialogues, {"pair", "quiet_since", "as_of"}}},
      {"/api/document", {&Impl::Session::Document, {"id"}}},
      {"/api/export", {&Impl::Session::Export, WithWindow({"around", "depth", "kinds", "relations", "format", "nodes", "limit"})}},
  };
  auto route = kRoutes.find(path);
  if (route == kRoutes.end()) {
    std::string known;
    for (const auto& [name, r] : kRoutes) known += (known.empty() ? "" : ", ") + name;
    return ErrorReply({404, "no such API: " + Args::Printable(path) + "; the API is: " + known});
  }
  auto args = Args::Check(params, route->second.params);
  if (auto* r = std::get_if<Refusal>(&args)) return ErrorReply(*r);
  using Clock = std::chrono::steady_clock;
  const auto asked = Clock::now();
  auto started = asked;
  Reply reply;
  std::optional<Impl::PendingPicture> picture;
  try {
    // The connection is held while the store is read, and given back before a picture is drawn:
    // four slow pictures held all four and stopped every other request for up to kPictureSeconds.
    Impl::Lease lease(*impl_);
    started = Clock::now();
    Impl::Session session{*impl_, lease.store(), impl_->limit, nullptr, std::nullopt};
    Impl::Session::Answer answer = (session.*route->second.handler)(std::get<Args>(args));
    if (auto* r = std::get_if<Refusal>(&answer)) {
      reply = ErrorReply(*r);
    } else {
      reply = std::get<Reply>(std::move(answer));
      picture = std::move(session.pending_picture);
    }
  } catch (const std::exception& e) {
    // The library reports failures as Status; an exception here is a bug, not the request's fault.
    reply = ErrorReply({500, std::string("internal error: ") + e.what()});
  }
  if (picture) impl_->DrawPicture(*picture, reply);
  reply.waited_ms = std::chrono::duration<double, std::milli>(started - asked).count();
  reply.answered_ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  return reply;
}

}  // namespace dkg::server
