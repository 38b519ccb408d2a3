#pragma once

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"
#include "importers/reader.h"

namespace dkg {

namespace internal {
class Gazetteer;
}
namespace extract {
class PatternSet;
}

// What one pattern caught in one sentence: the pattern's name, the sentence, and the text each
// slot caught (a list slot gives one entry per member). For `--explain` and the pattern tests.
struct PatternTrace {
  std::string pattern;
  Span sentence;
  std::vector<std::pair<std::string, std::string>> slots;
};

// Turns a news article or press release into graph nodes and edges, each edge carrying the
// sentence it was read from and the rule that fired (`ExtractedEdge::evidence`), each node the
// rule that created it (attrs["rule"]) and every span that names it. Rules are general patterns
// over tokens and gazetteers (docs/extraction.md); the reference data is loaded once and shared.
// Extract() is const and keeps no state between documents, so one Extractor may serve several
// threads.
class Extractor {
 public:
  // An extractor over the reference data compiled into dkg.
  static Result<std::unique_ptr<Extractor>> Create();
  explicit Extractor(std::shared_ptr<const internal::Gazetteer> gazetteer,
                     std::shared_ptr<const extract::PatternSet> patterns = nullptr);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  ExtractedGraph Extract(const SourceDocument& source) const;
  // As Extract(), also listing every pattern match in `trace` (REQUIRES: trace != nullptr).
  ExtractedGraph Extract(const SourceDocument& source, std::vector<PatternTrace>* trace) const;

  // The patterns compiled into dkg (data/patterns/*.pat), checked against the extractor's
  // mention types, lexicon classes, action verbs and relations. Loaded once per process.
  static Result<std::shared_ptr<const extract::PatternSet>> EmbeddedPatterns();

 private:
  std::shared_ptr<const internal::Gazetteer> gazetteer_;
  std::shared_ptr<const extract::PatternSet> patterns_;
  // The evidence rules of the patterns with attribute host-at-home (Run::HostsCountry), read
  // from the patterns once here rather than from every pattern's actions for each document.
  std::set<std::string> host_rules_;
};

}  // namespace dkg
