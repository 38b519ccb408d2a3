// Identity keys of event nodes, for merging them across documents (run.h).

#include "importers/extract/run.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace dkg::extract {

  // A bilateral story's two countries: the two named most, when together they are most of the
  // country mentions (70%) and the second clearly leads the third. Empty otherwise.
  std::set<std::string> Run::DominantCountries() const {
    std::map<std::string, int> counts;
    int total = 0;
    for (const auto& si : infos_) {
      for (const Mention& m : si.m) {
        if (m.type == MT::kCountry && m.gaz >= 0) {
          ++counts[g_.countries()[m.gaz].iso];
          ++total;
        }
      }
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [iso, n] : counts) ranked.push_back({n, iso});
    std::sort(ranked.rbegin(), ranked.rend());
    if (ranked.size() >= 2 && ranked[0].first + ranked[1].first >= 0.7 * total &&
        (ranked.size() == 2 || ranked[1].first > ranked[2].first)) {
      return {ranked[0].second, ranked[1].second};
    }
    return {};
  }

  // "2018-10-29" -> {"2018-10-29", "2018-10", "2018"}: a meeting dated to the day in one report
  // and to the month or year in another shares a key at the coarser precision (the store still
  // checks that the dates agree).
  std::vector<std::string> Run::DatePrefixes(const std::string& date) {
    std::vector<std::string> out;
    if (date.size() >= 10) out.push_back(date.substr(0, 10));
    if (date.size() >= 7) out.push_back(date.substr(0, 7));
    if (date.size() >= 4) out.push_back(date.substr(0, 4));
    return out;
  }

  // Keys that let the store recognise these entities in other documents however they are
  // phrased: a series by its countries and signature, a round by its series and number, a dated
  // meeting by its countries, signature and date, an agreement by its parties and signature.
  void Run::IdentityKeys() {
    auto iso = [&](size_t country) {
      auto it = builder_.node(country).attrs.find("iso");
      return it == builder_.node(country).attrs.end() ? std::string() : it->second;
    };
    std::map<size_t, std::set<std::string>> participants, parties;
    std::map<size_t, size_t> series_of;
    for (const ExtractedEdge& e : builder_.edges()) {
      if (e.relation == "participant" && builder_.node(e.source).kind == "country") {
        participants[e.target].insert(iso(e.source));
      }
      if (e.relation == "party_to" && builder_.node(e.source).kind == "country") {
        parties[e.target].insert(iso(e.source));
      }
      if (e.relation == "round_of") series_of[e.source] = e.target;
    }
    const std::set<std::string>& dominant = story_countries_;
    // Each series' rounds, in the order series_of holds them: a scan of every round per series
    // made a story of thousands of series quadratic.
    std::map<size_t, std::vector<size_t>> rounds_of;
    for (const auto& [meeting, d] : series_of) rounds_of[d].push_back(meeting);
    std::map<size_t, std::string> series_key;
    for (const auto& [dialogue, info] : dialogue_info_) {
      // A series whose sides are bodies ("ASEAN Summit", "ASEAN-Korea Summit") is known by its
      // bodies and the countries in its name, never by the story's two countries.
      if (!info.bodies.empty()) {
        series_key[dialogue] = "series:" + Join(info.bodies, "+") + ":" + Join(info.isos, "-") + ":" + info.sig;
        builder_.AddIdentityKey(dialogue, series_key[dialogue]);
        continue;
      }
      std::set<std::string> isos = info.isos;
      if (const auto rounds = rounds_of.find(dialogue); rounds != rounds_of.end()) {
        for (const size_t meeting : rounds->second) {
          if (isos.size() < 2 && participants[meeting].size() >= 2) isos = participants[meeting];
        }
      }
      if (isos.size() < 2 && !dominant.empty() &&
          std::includes(dominant.begin(), dominant.end(), isos.begin(), isos.end())) {
        isos = dominant;
      }
      if (isos.size() < 2) continue;  // a series with fewer than two known sides is too vague to merge
      series_key[dialogue] = "series:" + Join(isos, "-") + ":" + info.sig;
      builder_.AddIdentityKey(dialogue, series_key[dialogue]);
      // "the Fifth 2+2 Meeting": a series named without its sides is named with them
      // ("Australia-Indonesia 2+2 Meeting"), the text's form kept as an alias.
      if (info.isos.empty() && isos.size() == 2) {
        std::string sides;
        for (const std::string& code : isos) {
          if (!sides.empty()) sides += '-';
          sides += g_.countries()[g_.CountryByIso(code)].name;
        }
        builder_.Rename(dialogue, sides + " " + builder_.node(dialogue).name);
      }
    }
    for (size_t n = 0; n < builder_.node_count(); ++n) {
      const ExtractedNode& node = builder_.node(n);
      auto sig = event_sig_.find(n);
      if (node.kind == "meeting") {
        auto series = series_of.find(n);
        if (series != series_of.end() && series_key.count(series->second)) {
          const std::string& key = series_key[series->second];
          auto round = node.attrs.find("round");
          if (round != node.attrs.end()) builder_.AddIdentityKey(n, "round:" + key + "#" + round->second);
          for (const std::string& d : DatePrefixes(node.date)) builder_.AddIdentityKey(n, "occurrence:" + key + "@" + d);
        }
        if (sig != event_sig_.end() && !participants[n].empty()) {
          for (const std::string& d : DatePrefixes(node.date)) {
            builder_.AddIdentityKey(n, "event:" + Join(participants[n], "-") + ":" + sig->second + "@" + d);
          }
        }
      } else if (node.kind == "agreement" && sig != event_sig_.end() && !parties[n].empty()) {
        builder_.AddIdentityKey(n, "agreement:" + Join(parties[n], "-") + ":" + sig->second);
      }
    }
  }

}  // namespace dkg::extract
