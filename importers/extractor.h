#pragma once

#include <memory>

#include "engine/status.h"
#include "engine/types.h"
#include "importers/reader.h"

namespace dkg {

namespace internal {
class Gazetteer;
}

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
  explicit Extractor(std::shared_ptr<const internal::Gazetteer> gazetteer);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  ExtractedGraph Extract(const SourceDocument& source) const;

 private:
  std::shared_ptr<const internal::Gazetteer> gazetteer_;
};

}  // namespace dkg
