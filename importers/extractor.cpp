#include "importers/extractor.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "importers/extract/agreement_stage.h"
#include "importers/extract/pattern.h"
#include "importers/extract/run.h"
#include "importers/internal/gazetteer.h"
#include "schema/embedded.h"

// The public face of extraction; the stages themselves live in importers/extract/ (run.h).

namespace dkg {

extern const EmbeddedFile kPatternFiles[];
extern const int kPatternFiles_count;

using extract::CheckActions;
using extract::MentionTypeNames;
using extract::Run;
using internal::Lexicon;

Result<std::unique_ptr<Extractor>> Extractor::Create() {
  auto gazetteer = internal::Gazetteer::LoadEmbedded();
  if (!gazetteer.ok()) return gazetteer.status();
  auto patterns = EmbeddedPatterns();
  if (!patterns.ok()) return patterns.status();
  // Extract() reads the stage phrases each time; a broken file is an error here, not stages
  // that silently never appear.
  if (auto stages = extract::AgreementStageLexicon::LoadEmbedded(); !stages.ok()) return stages.status();
  return std::make_unique<Extractor>(std::move(gazetteer).value(), patterns.value());
}

Result<std::shared_ptr<const extract::PatternSet>> Extractor::EmbeddedPatterns() {
  static const Result<std::shared_ptr<const extract::PatternSet>> loaded =
      []() -> Result<std::shared_ptr<const extract::PatternSet>> {
    extract::PatternVocabulary vocab;
    vocab.mention_types = MentionTypeNames();
    for (int i = 0; i < static_cast<int>(Lexicon::kCount); ++i) {
      vocab.lexicon_classes.push_back(internal::LexiconName(static_cast<Lexicon>(i)));
    }
    auto set = std::make_shared<extract::PatternSet>();
    for (int i = 0; i < kPatternFiles_count; ++i) {
      Status s = set->Add(std::string(kPatternFiles[i].name), kPatternFiles[i].bytes, vocab);
      if (!s.ok()) return s;
    }
    if (Status s = CheckActions(*set); !s.ok()) return s;
    return std::shared_ptr<const extract::PatternSet>(std::move(set));
  }();
  return loaded;
}

Extractor::Extractor(std::shared_ptr<const internal::Gazetteer> gazetteer,
                     std::shared_ptr<const extract::PatternSet> patterns)
    : gazetteer_(std::move(gazetteer)), patterns_(std::move(patterns)) {
  if (!patterns_) {
    auto embedded = EmbeddedPatterns();
    // The embedded files are checked by the tests of every build; an empty set keeps a broken
    // build usable rather than crashing.
    patterns_ = embedded.ok() ? embedded.value() : std::make_shared<const extract::PatternSet>();
  }
  host_rules_ = extract::RulesWithAttribute(*patterns_, "host-at-home");
}
Extractor::~Extractor() = default;

ExtractedGraph Extractor::Extract(const SourceDocument& source) const {
  Run run(*gazetteer_, *patterns_, host_rules_, source, nullptr);
  return run.Go();
}

ExtractedGraph Extractor::Extract(const SourceDocument& source, std::vector<PatternTrace>* trace) const {
  Run run(*gazetteer_, *patterns_, host_rules_, source, trace);
  return run.Go();
}

}  // namespace dkg
