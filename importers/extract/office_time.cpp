#include "importers/extract/office_time.h"

#include <algorithm>
#include <set>
#include <utility>

#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;
}  // namespace dkg

namespace dkg::extract {

namespace {

// How far from the name a cue may stand, in tokens: "India's former Foreign Secretary, A" has
// six before the name; "A, who took office as Foreign Secretary in May" three after it.
constexpr size_t kBefore = 8;
constexpr size_t kAfter = 4;
// How far after a start or end phrase its date may follow ("took office as Foreign Secretary in
// January 2024").
constexpr size_t kDateReach = 8;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

// Tokens that end the stretch a cue may be read from: another clause or sentence part.
bool Boundary(const internal::Token& t) {
  return t.text == ";" || t.text == "(" || t.text == ")" || t.text == "." || t.text == ":";
}

}  // namespace

Result<std::shared_ptr<const OfficeTimeLexicon>> OfficeTimeLexicon::Parse(std::string_view text,
                                                                          const std::string& file) {
  auto lexicon = std::make_shared<OfficeTimeLexicon>();
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    auto bad = [&](const std::string& why) {
      return Status::InvalidInput(file + ":" + std::to_string(line_no) + ": " + why);
    };
    if (f.size() != 3) return bad("expected phrase<TAB>status<TAB>where");
    if (f[1] == "link" || f[1] == "stop") {
      const std::vector<internal::Token> words = internal::Tokenize(f[0]);
      if (words.size() != 1) return bad("a " + f[1] + " row is one word");
      if (f[2] != (f[1] == "link" ? "after" : "before")) return bad("a " + f[1] + " row has the wrong where");
      (f[1] == "link" ? lexicon->links_ : lexicon->stops_).insert(words[0].lower);
      continue;
    }
    static const char* kStatuses[] = {"former", "outgoing", "start", "end"};
    if (std::find(std::begin(kStatuses), std::end(kStatuses), f[1]) == std::end(kStatuses)) {
      return bad("status '" + f[1] + "' is not former, outgoing, start or end");
    }
    Phrase phrase;
    for (const internal::Token& t : internal::Tokenize(f[0])) phrase.words.push_back(t.fold());
    if (phrase.words.empty()) return bad("empty phrase");
    phrase.status = f[1];
    phrase.text = f[0];
    if (f[2] == "before") lexicon->before_.push_back(std::move(phrase));
    else if (f[2] == "after") lexicon->after_.push_back(std::move(phrase));
    else if (f[2] == "object") lexicon->object_.push_back(std::move(phrase));
    else return bad("where '" + f[2] + "' is not before, after or object");
  }
  for (auto [list, index] : {std::pair{&lexicon->before_, &lexicon->before_at_},
                              std::pair{&lexicon->after_, &lexicon->after_at_},
                              std::pair{&lexicon->object_, &lexicon->object_at_}}) {
    std::stable_sort(list->begin(), list->end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    for (size_t k = 0; k < list->size(); ++k) (*index)[(*list)[k].words.front()].push_back(k);
  }
  return std::shared_ptr<const OfficeTimeLexicon>(std::move(lexicon));
}

Result<std::shared_ptr<const OfficeTimeLexicon>> OfficeTimeLexicon::LoadEmbedded() {
  static const Result<std::shared_ptr<const OfficeTimeLexicon>> loaded =
      []() -> Result<std::shared_ptr<const OfficeTimeLexicon>> {
    for (int i = 0; i < kDataFiles_count; ++i) {
      if (kDataFiles[i].name == "office_time.tsv") {
        return Parse(kDataFiles[i].bytes, "data/lexicon/office_time.tsv");
      }
    }
    return Status::Internal("data/lexicon/office_time.tsv is not compiled into dkg");
  }();
  return loaded;
}

const OfficeTimeLexicon::Phrase* OfficeTimeLexicon::At(const std::vector<Phrase>& list,
                                                       const FirstWordIndex& index,
                                                       const std::vector<internal::Token>& tokens,
                                                       size_t i) const {
  if (i >= tokens.size()) return nullptr;
  const auto it = index.find(tokens[i].fold());
  if (it == index.end()) return nullptr;
  for (const size_t k : it->second) {  // longest first
    const Phrase& p = list[k];
    if (i + p.words.size() > tokens.size()) continue;
    bool match = true;
    for (size_t w = 1; w < p.words.size() && match; ++w) match = tokens[i + w].fold() == p.words[w];
    if (match) return &p;
  }
  return nullptr;
}

OfficeCue OfficeTimeLexicon::Read(const std::vector<internal::Token>& tokens, size_t b, size_t e,
                                  const internal::Date& published) const {
  OfficeCue cue;
  if (b >= e || e > tokens.size()) return cue;
  // The official as the object of a phrase: "succeeding Arun Kapoor", "succeeding Foreign
  // Secretary Arun Kapoor" (the phrase ends where the title before the name starts).
  for (size_t i = b; i-- > 0 && b - i <= kBefore;) {
    if (Boundary(tokens[i]) || tokens[i].text == ",") break;
    if (const Phrase* p = At(object_, object_at_, tokens, i); p && i + p->words.size() <= b) {
      cue.status = p->status;
      cue.phrase = p->text;
      return cue;
    }
  }
  // Qualifiers within the title before the name.
  for (size_t i = b; i-- > 0 && b - i <= kBefore;) {
    if (Boundary(tokens[i]) || At(after_, after_at_, tokens, i) || At(object_, object_at_, tokens, i)) break;
    if (const Phrase* p = At(before_, before_at_, tokens, i); p && i + p->words.size() <= b) {
      cue.status = p->status;
      cue.phrase = p->text;
      return cue;
    }
    // "and" or "with" before a title starts another official's: stop there.
    if (stops_.count(tokens[i].lower)) break;
  }
  // A verb phrase after the name, with the date that follows it. Only a few linking words may
  // stand between ("A, who has recently taken ..."): "A since he took office" is someone else's.
  for (size_t i = e; i < tokens.size() && i - e <= kAfter; ++i) {
    if (Boundary(tokens[i])) break;
    const Phrase* p = At(after_, after_at_, tokens, i);
    if (!p) {
      if (!links_.count(tokens[i].lower)) break;
      continue;
    }
    cue.status = p->status;
    cue.phrase = p->text;
    for (size_t j = i + p->words.size(); j < tokens.size() && j - i <= kDateReach; ++j) {
      if (Boundary(tokens[j]) || tokens[j].text == ",") break;
      if (auto date = internal::MatchDate(tokens, j, published, internal::Tense::kPast)) {
        cue.date = date->date.Iso();
        break;
      }
    }
    return cue;
  }
  return cue;
}

std::vector<ExtractedOffice> OfficeReports(size_t official, const std::string& title, long country,
                                           long body, const std::vector<OfficeSighting>& sightings) {
  std::vector<ExtractedOffice> out;
  if (title.empty()) return out;
  bool gone = false;
  for (const OfficeSighting& s : sightings) gone |= s.cue.status == "former" || s.cue.status == "end";
  std::set<std::pair<std::string, std::string>> seen;
  for (const OfficeSighting& s : sightings) {
    if (gone && s.cue.status == "held") continue;
    if (!seen.insert({s.cue.status, s.cue.date}).second) continue;
    ExtractedOffice o;
    o.official = official;
    o.title = title;
    o.country = country;
    o.body = body;
    o.status = s.cue.status;
    o.date = s.cue.date;
    o.evidence.span = s.sentence;
    o.evidence.rule = s.cue.phrase.empty() ? "office:held" : "office:" + s.cue.status + ":" + s.cue.phrase;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace dkg::extract
