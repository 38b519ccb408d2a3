#include "queries/officials.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/normalize.h"

namespace dkg {

namespace {

// The earlier (or later) of two ISO dates by their first day; an empty one loses.
std::string Earlier(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  auto x = DateSpan::Parse(a), y = DateSpan::Parse(b);
  if (!x) return b;
  if (!y) return a;
  // Of two dates starting on one day, the more precise says more.
  return std::tie(x->first, y->precision) <= std::tie(y->first, x->precision) ? a : b;
}

std::string Later(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  auto x = DateSpan::Parse(a), y = DateSpan::Parse(b);
  if (!x) return b;
  if (!y) return a;
  return x->last >= y->last ? a : b;
}

struct Group {
  OfficeTerm term;
  std::string key;  // normalised title and country: one office
  std::set<int64_t> documents;
};

}  // namespace

Result<std::vector<OfficeTerm>> Officials(const Store& store, const OfficialsFilter& filter) {
  const std::string wanted = filter.office.empty() ? std::string() : NormalizeName(filter.office);
  // A title of punctuation alone ("'", "%' --") is no title: it would have filtered nothing and
  // listed every office.
  if (!filter.office.empty() && wanted.empty())
    return Status::InvalidInput("office '" + filter.office + "' names no office: a title has letters or digits");
  auto records = store.OfficeRecords(filter.country);
  if (!records.ok()) return records.status();
  // A report that names no country is read as of the official's country in their other reports
  // of the same title, when those name exactly one.
  std::map<std::pair<int64_t, std::string>, std::set<int64_t>> countries;
  for (const OfficeRecord& r : records.value()) {
    if (r.country_id) countries[{r.official_id, NormalizeName(r.title)}].insert(r.country_id);
  }
  std::map<std::tuple<int64_t, std::string, int64_t>, Group> groups;
  for (OfficeRecord r : records.value()) {
    const std::string title_key = NormalizeName(r.title);
    if (!wanted.empty() && title_key != wanted) continue;
    if (!r.country_id) {
      auto known = countries.find({r.official_id, title_key});
      if (known != countries.end() && known->second.size() == 1) r.country_id = *known->second.begin();
    }
    if (filter.country && r.country_id != *filter.country) continue;
    Group& g = groups[{r.official_id, title_key, r.country_id}];
    if (g.key.empty()) {
      g.key = title_key + "\t" + std::to_string(r.country_id);
      g.term.title = r.title;
      g.term.official.id = r.official_id;
      g.term.country.id = r.country_id;
    }
    if (!g.term.body.id && r.body_id) g.term.body.id = r.body_id;
    g.documents.insert(r.document_id);
    const std::string& reported = r.document_date;
    if (r.status == "held" || r.status == "outgoing" || r.status == "start") {
      g.term.first_seen = Earlier(g.term.first_seen, reported);
      g.term.last_seen = Later(g.term.last_seen, reported);
    }
    if (r.status == "start") g.term.start = Earlier(g.term.start, r.date.empty() ? reported : r.date);
    if (r.status == "end") g.term.end = Earlier(g.term.end, r.date.empty() ? reported : r.date);
    if (r.status == "former") g.term.end = Earlier(g.term.end, reported);  // ended by then
  }
  // When each term began, for the as-of rule: its start, else its first report.
  auto began = [](const OfficeTerm& t) {
    return DateSpan::Parse(t.start.empty() ? t.first_seen : t.start);
  };
  std::vector<OfficeTerm> out;
  std::set<int64_t> ids;
  for (auto& [key, g] : groups) {
    if (filter.as_of) {
      const DateSpan& d = *filter.as_of;
      auto from = began(g.term);
      if (!from || from->first > d.last) continue;  // not begun by D (or never dated)
      if (auto end = DateSpan::Parse(g.term.end); end && end->last <= d.last) continue;
      bool succeeded = false;
      for (const auto& [other_key, other] : groups) {
        if (other.key != g.key || other.term.official.id == g.term.official.id) continue;
        auto theirs = began(other.term);
        if (theirs && theirs->first > from->first && theirs->first <= d.last) succeeded = true;
      }
      if (succeeded) continue;
    }
    g.term.documents.assign(g.documents.begin(), g.documents.end());
    for (int64_t id : {g.term.official.id, g.term.country.id, g.term.body.id}) {
      if (id) ids.insert(id);
    }
    out.push_back(std::move(g.term));
  }
  auto nodes = store.GetNodes({ids.begin(), ids.end()});
  if (!nodes.ok()) return nodes.status();
  std::unordered_map<int64_t, const NodeRecord*> by_id;
  for (const NodeRecord& n : nodes.value()) by_id[n.id] = &n;
  for (OfficeTerm& t : out) {
    for (NodeRecord* n : {&t.official, &t.country, &t.body}) {
      if (!n->id) continue;
      auto it = by_id.find(n->id);
      if (it != by_id.end()) *n = *it->second;
    }
  }
  std::sort(out.begin(), out.end(), [](const OfficeTerm& a, const OfficeTerm& b) {
    const std::string sa = a.start.empty() ? a.first_seen : a.start;
    const std::string sb = b.start.empty() ? b.first_seen : b.start;
    return std::tie(a.country.name, a.title, sa, a.official.name) <
           std::tie(b.country.name, b.title, sb, b.official.name);
  });
  return out;
}

}  // namespace dkg
