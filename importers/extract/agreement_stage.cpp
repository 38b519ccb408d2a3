#include "importers/extract/agreement_stage.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <tuple>

#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;
}  // namespace dkg

namespace dkg::extract {

namespace {

const char* const kStages[] = {"announced", "negotiated", "signed", "in_force", "ended"};

}  // namespace

Result<std::shared_ptr<const AgreementStageLexicon>> AgreementStageLexicon::Parse(std::string_view text,
                                                                                  const std::string& file) {
  auto lexicon = std::make_shared<AgreementStageLexicon>();
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    auto bad = [&](const std::string& why) {
      return Status::InvalidInput(file + ":" + std::to_string(line_no) + ": " + why);
    };
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
      return bad("expected phrase<TAB>stage");
    }
    Phrase phrase;
    phrase.text = line.substr(0, tab);
    phrase.stage = line.substr(tab + 1);
    if (phrase.stage == "unsure") {
      const auto words = internal::Tokenize(phrase.text);
      if (words.size() != 1) return bad("an 'unsure' row is one word");
      lexicon->unsure_.insert(words[0].fold());
      continue;
    }
    if (phrase.stage == "another") {
      std::vector<std::string> words;
      for (const internal::Token& t : internal::Tokenize(phrase.text)) words.push_back(t.fold());
      if (words.empty()) return bad("empty 'another' row");
      lexicon->another_.push_back(std::move(words));
      continue;
    }
    if (std::find(std::begin(kStages), std::end(kStages), phrase.stage) == std::end(kStages)) {
      return bad("stage '" + phrase.stage + "' is not announced, negotiated, signed, in_force or ended");
    }
    std::string rest = phrase.text;
    while (true) {
      const size_t gap = rest.find(" ... ");
      std::vector<std::string> words;
      for (const internal::Token& t : internal::Tokenize(rest.substr(0, gap))) words.push_back(t.fold());
      if (words.empty()) return bad("empty phrase or part of a phrase");
      phrase.parts.push_back(std::move(words));
      if (gap == std::string::npos) break;
      rest = rest.substr(gap + 5);
    }
    lexicon->first_words_.insert(phrase.parts[0][0]);
    lexicon->phrases_.push_back(std::move(phrase));
  }
  std::stable_sort(lexicon->phrases_.begin(), lexicon->phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  return std::shared_ptr<const AgreementStageLexicon>(std::move(lexicon));
}

Result<std::shared_ptr<const AgreementStageLexicon>> AgreementStageLexicon::LoadEmbedded() {
  static const Result<std::shared_ptr<const AgreementStageLexicon>> loaded =
      []() -> Result<std::shared_ptr<const AgreementStageLexicon>> {
    for (int i = 0; i < kDataFiles_count; ++i) {
      if (kDataFiles[i].name == "agreement_stage.tsv") {
        return Parse(kDataFiles[i].bytes, "data/lexicon/agreement_stage.tsv");
      }
    }
    return Status::Internal("data/lexicon/agreement_stage.tsv is not compiled into dkg");
  }();
  return loaded;
}

size_t AgreementStageLexicon::Phrase::size() const {
  size_t n = 0;
  for (const auto& part : parts) n += part.size();
  return n;
}

size_t AgreementStageLexicon::MatchAt(const Phrase& p, const std::vector<internal::Token>& t, size_t i) {
  auto part_at = [&](const std::vector<std::string>& words, size_t at) {
    if (at + words.size() > t.size()) return false;
    for (size_t k = 0; k < words.size(); ++k) {
      if (t[at + k].fold() != words[k]) return false;
    }
    return true;
  };
  if (!part_at(p.parts[0], i)) return 0;
  size_t end = i + p.parts[0].size();
  for (size_t k = 1; k < p.parts.size(); ++k) {
    size_t at = end;
    while (at < t.size() && t[at].text != ";" && !part_at(p.parts[k], at)) ++at;
    if (at >= t.size() || t[at].text == ";") return 0;
    end = at + p.parts[k].size();
  }
  return end;
}

bool AgreementStageLexicon::AnotherAt(const std::vector<internal::Token>& t, size_t k, size_t end) const {
  for (const auto& words : another_) {
    if (k + words.size() > end) continue;
    bool match = true;
    for (size_t w = 0; w < words.size() && match; ++w) match = t[k + w].fold() == words[w];
    if (match) return true;
  }
  return false;
}

bool AgreementStageLexicon::AnotherBetween(const std::vector<internal::Token>& t, int64_t name_end,
                                           size_t phrase) const {
  size_t first = 0;  // the first token after the name
  while (first < phrase && t[first].start < name_end) ++first;
  for (size_t k = first; k < phrase; ++k) {
    if (k == first || (k == first + 1 && t[first].text == ",")) continue;  // a restated name
    if (AnotherAt(t, k, phrase)) return true;
  }
  return false;
}

void AgreementStageLexicon::AddStages(const std::vector<internal::Sentence>& sentences,
                                      const internal::Date& published, ExtractedGraph& graph) const {
  std::set<std::tuple<size_t, std::string, std::string>> seen;  // (agreement, stage, date)
  // Every agreement mention, in node order (which decides ties below), then sorted by where it
  // starts, so each sentence reads only its own: read whole for each sentence, a story of N
  // sentences naming N agreements took N^2.
  struct Named {
    Span span;
    size_t node;
    size_t order;
  };
  std::vector<Named> all_named;
  for (size_t n = 0; n < graph.nodes.size(); ++n) {
    if (graph.nodes[n].kind != "agreement") continue;
    for (const Span& m : graph.nodes[n].mentions) all_named.push_back({m, n, all_named.size()});
  }
  std::stable_sort(all_named.begin(), all_named.end(),
                   [](const Named& a, const Named& b) { return a.span.start < b.span.start; });
  std::vector<const Named*> in_sentence;
  for (const internal::Sentence& s : sentences) {
    // The agreements named in this sentence, by where.
    in_sentence.clear();
    auto from = std::lower_bound(all_named.begin(), all_named.end(), s.span.start,
                                 [](const Named& a, int64_t start) { return a.span.start < start; });
    for (auto it = from; it != all_named.end() && it->span.start <= s.span.end; ++it) {
      if (it->span.end <= s.span.end) in_sentence.push_back(&*it);
    }
    if (in_sentence.empty()) continue;
    std::sort(in_sentence.begin(), in_sentence.end(), [](const Named* a, const Named* b) { return a->order < b->order; });
    std::vector<std::pair<Span, size_t>> named;
    named.reserve(in_sentence.size());
    for (const Named* m : in_sentence) named.emplace_back(m->span, m->node);
    const auto& t = s.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const Phrase* found = nullptr;
      size_t after = 0;
      bool inside = false;  // in an agreement's own name ("Agreement on Signed Instruments"): no cue
      for (const auto& [span, n] : named) inside = inside || (t[i].start >= span.start && t[i].end <= span.end);
      if (inside || !first_words_.contains(t[i].fold())) continue;
      for (const Phrase& p : phrases_) {  // longest first
        if ((after = MatchAt(p, t, i)) != 0) {
          found = &p;
          break;
        }
      }
      if (!found) continue;
      bool unsure = false;
      for (size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) unsure = unsure || unsure_.count(t[k].fold()) > 0;
      if (after < t.size() && unsure_.count(t[after].fold())) unsure = true;  // "announced nothing"
      if (unsure) {
        i += found->parts[0].size() - 1;
        continue;
      }
      // The agreement named nearest the phrase.
      size_t agreement = named.front().second;
      int64_t best = INT64_MAX, best_end = -1;
      for (const auto& [span, n] : named) {
        const int64_t d = span.end <= t[i].start ? t[i].start - span.end : span.start - t[after - 1].end;
        if (d >= 0 && d < best) {
          best = d;
          agreement = n;
          best_end = span.end <= t[i].start ? span.end : -1;
        }
      }
      if (best_end >= 0 && AnotherBetween(t, best_end, i)) {
        i += found->parts[0].size() - 1;
        continue;
      }
      std::string date;
      for (size_t j = after; j < t.size() && date.empty(); ++j) {
        // A date after another instrument ("signed the X Accord, which updates an agreement of
        // 1995") is that instrument's; one right after the name's comma restates the name.
        if (AnotherAt(t, j, t.size())) {
          bool restated = false;
          for (const auto& [span, n] : named) {
            restated = restated || (j >= 2 && t[j - 1].text == "," && span.end == t[j - 2].end);
          }
          if (!restated) break;
        }
        if (auto m = internal::MatchDate(t, j, published, internal::Tense::kPast)) date = m->date.Iso();
      }
      if (date.empty()) {
        // Else the last date before the phrase: scanning from the start keeps the latest match.
        for (size_t j = 0; j < i; ++j) {
          if (auto m = internal::MatchDate(t, j, published, internal::Tense::kPast)) date = m->date.Iso();
        }
      }
      i += found->parts[0].size() - 1;  // a gapped phrase may hold another cue in its gap
      if (!seen.insert({agreement, found->stage, date}).second) continue;
      ExtractedStage stage;
      stage.agreement = agreement;
      stage.stage = found->stage;
      stage.date = date;
      stage.evidence.span = s.span;
      stage.evidence.rule = "stage:" + found->stage + ":" + found->text;
      graph.stages.push_back(std::move(stage));
    }
  }
}

void DropPartiesOfNegotiatedOnly(ExtractedGraph& graph) {
  // kStages[1]: "negotiated". Any other stage (announced, signed, in force, ended) keeps them.
  std::set<size_t> negotiated, other;
  for (const ExtractedStage& s : graph.stages) (s.stage == kStages[1] ? negotiated : other).insert(s.agreement);
  std::set<size_t> concluded;  // reached at a meeting or signed: agreed, whatever the stages say
  for (const ExtractedEdge& e : graph.edges) {
    if (e.relation == "agreed_at") concluded.insert(e.source);
    if (e.relation == "signed") concluded.insert(e.target);
  }
  graph.edges.erase(std::remove_if(graph.edges.begin(), graph.edges.end(),
                                   [&](const ExtractedEdge& e) {
                                     return e.relation == "party_to" && negotiated.count(e.target) &&
                                            !other.count(e.target) && !concluded.count(e.target);
                                   }),
                    graph.edges.end());
}

}  // namespace dkg::extract
