#pragma once

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"
#include "importers/internal/dates.h"
#include "importers/internal/tokenizer.h"
#include "importers/internal/word_hash.h"

namespace dkg::extract {

// What one sentence says of when an official held the office it names them with.
struct OfficeCue {
  // "held" (nothing said: the office is reported as held at the document's date), "former",
  // "outgoing", "start" or "end" (data/lexicon/office_time.tsv explains each).
  std::string status = "held";
  std::string date;  // an explicit date for a start or end ("took office in May 2024"), ISO; or empty
  std::string phrase;  // the phrase that said so, for the evidence rule
};

// The phrasings that date an official's office, read from data/lexicon/office_time.tsv: words
// before the name ("former", "outgoing"), verb phrases after it ("took office", "stepped down",
// with the date that follows them) and phrases the official is the object of ("succeeding X").
// Immutable once loaded; may be shared between threads.
class OfficeTimeLexicon {
 public:
  // Parses the lexicon's text; InvalidInput naming `file` and the line for a bad row.
  static Result<std::shared_ptr<const OfficeTimeLexicon>> Parse(std::string_view text,
                                                                const std::string& file);
  // The lexicon compiled into dkg (data/lexicon/office_time.tsv), loaded once per process.
  static Result<std::shared_ptr<const OfficeTimeLexicon>> LoadEmbedded();

  // The cue for an official named at tokens [b, e) of one sentence's `tokens`: a "before" phrase
  // among the few tokens before the name (not past another clause: ';', '(', a verb phrase of
  // this lexicon), an "after" phrase among the few after it, or an "object" phrase right before
  // it. `published` resolves relative dates. The default cue ("held") when none.
  OfficeCue Read(const std::vector<internal::Token>& tokens, size_t b, size_t e,
                 const internal::Date& published) const;

 private:
  struct Phrase {
    std::vector<std::string> words;  // folded tokens
    std::string status;
    std::string text;
  };
  // A list's phrases by their first word: their positions in the list, longest first as there.
  using FirstWordIndex = std::unordered_map<std::string, std::vector<size_t>, internal::WordHash>;
  // The longest phrase of `list` (indexed by `index`) starting at token i, or nullptr.
  const Phrase* At(const std::vector<Phrase>& list, const FirstWordIndex& index,
                   const std::vector<internal::Token>& tokens, size_t i) const;
  std::vector<Phrase> before_, after_, object_;
  // At() is asked at each token near every official's name, and a walk of a whole list compared
  // every phrase's first word with the token's: only the phrases starting with it are tried.
  FirstWordIndex before_at_, after_at_, object_at_;
  // One-word rows of status "link" (may stand between the name and an "after" phrase) and "stop"
  // (before a title, starts another official's), lower-cased.
  std::set<std::string> links_, stops_;
};

// One mention of an official, with what its sentence says of their office.
struct OfficeSighting {
  OfficeCue cue;
  Span sentence;
};

// The office reports one document makes of one official (node `official`, with `title` and the
// nodes of its country and body, -1 for none): one per distinct cue, each with the first sentence
// that gave it. A plain "held" report is left out when another mention in the document calls the
// official former or gone: "former Foreign Secretary A ... A said" reports no current office.
std::vector<ExtractedOffice> OfficeReports(size_t official, const std::string& title, long country,
                                           long body, const std::vector<OfficeSighting>& sightings);

}  // namespace dkg::extract
