#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "engine/status.h"
#include "engine/store.h"

// Finding things by what a user typed: the vocabulary filters may name, the nodes a mistyped
// name may have meant, and full-text search over names, aliases and documents.
namespace dkg {

// The node kinds and relations of the graph's vocabulary (eval/ONTOLOGY.md), in its order.
const std::vector<std::string>& OntologyKinds();
const std::vector<std::string>& OntologyRelations();

enum class Vocabulary { kKinds, kRelations };

// Checks the names of a --kinds or --relations filter: each must be in the ontology or in the
// store (structured imports may bring their own). Otherwise InvalidInput naming the unknown ones,
// the nearest valid one, and every valid name, so a typo is not a silently empty answer.
Status CheckVocabulary(const Store& store, Vocabulary which, const std::set<std::string>& names);

// Nodes whose name or an alias is nearest to `text` by edit distance (case-insensitive), best
// first, at most `limit`, only those close enough to be a plausible typo.
std::vector<NodeRecord> SuggestNodes(const Store& store, const std::string& text, size_t limit = 5);

// The nearest of `choices` to `text` by edit distance, or empty when none is plausibly meant.
std::string NearestWord(const std::string& text, const std::vector<std::string>& choices);

// Case-insensitive (ASCII) edit distance over bytes: insertions, deletions, substitutions and
// swaps of two adjacent bytes each count one (optimal string alignment).
size_t EditDistance(const std::string& a, const std::string& b);

// A node found by its name or an alias; `matched` is the name or alias that contains the words.
struct NameMatch {
  NodeRecord node;
  std::string matched;
  bool alias = false;
};

struct SearchResults {
  std::vector<NameMatch> names;
  std::vector<DocumentMatch> documents;
};

// The longest search Search() accepts (a longer one is InvalidInput, not a slow answer).
inline constexpr size_t kMaxSearchWords = 32;
inline constexpr size_t kMaxSearchBytes = 1000;

// The first piece of full-text query syntax in `text`: one of the characters " * ^ : ( ) { }, or
// one of the operators AND, OR, NOT (whole words in capitals, as SQLite's FTS5 reads them);
// empty when there is none.
std::string FullTextSyntaxIn(const std::string& text);

// Refuses full-text query syntax in a search (FullTextSyntaxIn). A search is words that must all
// occur; it was reading such syntax as words, so `Misri*` or `a OR b` silently meant something
// else than the user asked. InvalidInput naming what was found (one message for every face: the
// command line exits 2 with it, the server answers 400 with it); Ok otherwise.
Status CheckSearchWords(const std::string& text);

// Every node whose name or alias contains every word of `text`, and every document whose title or
// text does (with the words in context), best first, at most `limit` of each. Full-text syntax
// is refused (CheckSearchWords).
Result<SearchResults> Search(const Store& store, const std::string& text, int limit = 50);

}  // namespace dkg
