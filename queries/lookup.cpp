#include "queries/lookup.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "engine/normalize.h"

namespace dkg {

namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}


// A typo is a few edits: about one in three characters, at least one, at most four.
size_t Tolerance(const std::string& text) { return std::clamp<size_t>(text.size() / 3, 1, 4); }

}  // namespace

const std::vector<std::string>& OntologyKinds() {
  static const std::vector<std::string> kKinds = {
      "country",  "official", "person",    "organization", "place",   "region",
      "dialogue", "meeting",  "agreement", "topic",        "document"};
  return kKinds;
}

const std::vector<std::string>& OntologyRelations() {
  static const std::vector<std::string> kRelations = {
      "cochaired", "chaired",  "attended",   "participant", "represents",   "member_of",
      "part_of",   "held_in",  "located_in", "round_of",    "announced_at", "follows",
      "agreed_at", "party_to", "signed",     "discussed"};
  return kRelations;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  // Optimal string alignment: Levenshtein plus the swap of two adjacent letters as one edit
  // ("cohcairs" is one slip from "cochairs", not two). Three rows: the swap looks two back.
  auto same = [&](size_t i, size_t j) {
    return std::tolower(static_cast<unsigned char>(a[i])) == std::tolower(static_cast<unsigned char>(b[j]));
  };
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (same(i - 1, j - 1) ? 0 : 1)});
      if (i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1))
        row[j] = std::min(row[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

std::string NearestWord(const std::string& text, const std::vector<std::string>& choices) {
  std::string best;
  size_t best_distance = Tolerance(text) + 1;
  for (const std::string& c : choices) {
    size_t d = EditDistance(text, c);
    // A prefix ("cochair" for "cochairs") is as good as one edit.
    if (c.size() > text.size() && Lower(c).rfind(Lower(text), 0) == 0 && text.size() >= 3)
      d = std::min<size_t>(d, 1);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

Status CheckVocabulary(const Store& store, Vocabulary which, const std::set<std::string>& names) {
  const bool kinds = which == Vocabulary::kKinds;
  const std::vector<std::string>& ontology = kinds ? OntologyKinds() : OntologyRelations();
  std::vector<std::string> unknown;
  for (const std::string& n : names) {
    if (std::find(ontology.begin(), ontology.end(), n) == ontology.end()) unknown.push_back(n);
  }
  if (unknown.empty()) return Status::Ok();
  // Only a name outside the ontology costs a look at the store's own vocabulary.
  auto stored = kinds ? store.Kinds() : store.Relations();
  if (!stored.ok()) return stored.status();
  std::vector<std::string> valid = ontology;
  for (const std::string& s : stored.value()) {
    if (std::find(valid.begin(), valid.end(), s) == valid.end()) valid.push_back(s);
  }
  std::erase_if(unknown, [&](const std::string& n) { return stored->count(n) > 0; });
  if (unknown.empty()) return Status::Ok();
  std::string message = std::string("unknown ") + (kinds ? "kind" : "relation") +
                        (unknown.size() > 1 ? "s" : "") + ":";
  for (const std::string& u : unknown) message += " '" + u + "'";
  const std::string nearest = NearestWord(unknown.front(), valid);
  if (!nearest.empty()) message += " (did you mean '" + nearest + "'?)";
  message += std::string("; valid ") + (kinds ? "kinds" : "relations") + ":";
  for (size_t i = 0; i < valid.size(); ++i) message += (i ? ", " : " ") + valid[i];
  return Status::InvalidInput(message);
}

std::vector<NodeRecord> SuggestNodes(const Store& store, const std::string& text, size_t limit) {
  auto candidates = store.NameCandidates(text);
  if (!candidates.ok()) return {};
  const size_t tolerance = Tolerance(text);
  // Best distance per node over its name and aliases; ties by id so the answer is stable.
  std::map<int64_t, size_t> best;
  for (const auto& [id, name] : candidates.value()) {
    size_t d = EditDistance(text, name);
    // A typed word that is a whole word of a longer name ("Okano") is a near miss too.
    for (const std::string& w : IndexWords(name)) d = std::min(d, EditDistance(Lower(text), w));
    if (d > tolerance) continue;
    auto it = best.find(id);
    if (it == best.end() || d < it->second) best[id] = d;
  }
  std::vector<std::pair<size_t, int64_t>> ranked;
  for (const auto& [id, d] : best) ranked.emplace_back(d, id);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > limit) ranked.resize(limit);
  std::vector<int64_t> ids;
  for (const auto& r : ranked) ids.push_back(r.second);
  auto nodes = store.GetNodes(ids);
  return nodes.ok() ? nodes.value() : std::vector<NodeRecord>();
}

std::string FullTextSyntaxIn(const std::string& text) {
  static const std::string kSyntax = "\"*^:(){}";
  for (char c : text) {
    if (kSyntax.find(c) != std::string::npos) return std::string(1, c);
  }
  // The operators are whole words in capitals; "or" and "Not" are words like any other (NEAR is
  // an operator only before "(", found above).
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80 || c == '_') {
      word += static_cast<char>(c);
      continue;
    }
    if (word == "AND" || word == "OR" || word == "NOT") return word;
    word.clear();
  }
  return std::string();
}

Status CheckSearchWords(const std::string& text) {
  const std::string syntax = FullTextSyntaxIn(text);
  if (syntax.empty()) return Status::Ok();
  return Status::InvalidInput("search takes words, not full-text query syntax: '" + syntax +
                              "' is an operator of full-text queries; leave it out (every word "
                              "given must occur)");
}

Result<SearchResults> Search(const Store& store, const std::string& text, int limit) {
  SearchResults results;
  if (Status s = CheckSearchWords(text); !s.ok()) return s;
  const std::vector<std::string> words = IndexWords(text);
  if (words.empty())
    return Status::InvalidInput("search needs at least one word (letters or digits)");
  // Each word is a term of the full-text queries and is matched against every hit's names and
  // text: a query of thousands of words costs seconds and finds nothing a shorter one would not.
  if (text.size() > kMaxSearchBytes || words.size() > kMaxSearchWords) {
    return Status::InvalidInput("search text too long: " + std::to_string(words.size()) + " words, " +
                                std::to_string(text.size()) + " bytes (at most " +
                                std::to_string(kMaxSearchWords) + " words and " +
                                std::to_string(kMaxSearchBytes) + " bytes)");
  }
  auto ids = store.Search(text, limit);
  if (!ids.ok()) return ids.status();
  auto nodes = store.GetNodes(ids.value());
  if (!nodes.ok()) return nodes.status();
  auto contains_all = [&](const std::string& s) {
    const std::vector<std::string> have = IndexWords(s);
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(have.begin(), have.end(), w) != have.end();
    });
  };
  for (NodeRecord& n : nodes.value()) {
    NameMatch m;
    m.matched = n.name;
    if (!contains_all(n.name)) {
      for (const std::string& a : n.aliases) {
        if (contains_all(a)) {
          m.matched = a;
          m.alias = true;
          break;
        }
      }
    }
    m.node = std::move(n);
    results.names.push_back(std::move(m));
  }
  auto documents = store.SearchDocuments(text, limit);
  if (!documents.ok()) return documents.status();
  results.documents = std::move(documents).value();
  return results;
}

}  // namespace dkg
