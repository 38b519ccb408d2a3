#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/status.h"
#include "engine/types.h"
#include "importers/internal/dates.h"
#include "importers/internal/sentences.h"

// Agreement lifecycle (issue 12): announced -> negotiated -> signed -> in force -> ended, each
// stage as one document states it, with its date and the sentence that says so.
namespace dkg::extract {

// The phrasings of data/lexicon/agreement_stage.tsv ("entered into force", "was signed",
// "negotiations concluded", "withdrew from" ...). Immutable once loaded; may be shared between
// threads.
class AgreementStageLexicon {
 public:
  // Parses the lexicon's text; InvalidInput naming `file` and the line for a bad row.
  static Result<std::shared_ptr<const AgreementStageLexicon>> Parse(std::string_view text,
                                                                    const std::string& file);
  // The lexicon compiled into dkg (data/lexicon/agreement_stage.tsv), loaded once per process.
  static Result<std::shared_ptr<const AgreementStageLexicon>> LoadEmbedded();

  // The stages `sentences` state of the agreements among `graph`'s nodes, appended to
  // graph.stages: in each sentence that names an agreement (a mention inside it), each phrase of
  // the lexicon gives the agreement named nearest to it that stage, dated by the first date after
  // the phrase in the sentence, else the last one before it, else none (the document's date);
  // none when another, unnamed instrument stands between them (`another_`). One stage per agreement, stage and date in a document; the first sentence is its evidence.
  void AddStages(const std::vector<internal::Sentence>& sentences, const internal::Date& published,
                 ExtractedGraph& graph) const;

 private:
  struct Phrase {
    // Folded tokens; a phrase written with " ... " ("negotiations ... concluded") is parts that
    // must follow each other in the sentence, anything but a ';' between them.
    std::vector<std::vector<std::string>> parts;
    std::string stage;
    std::string text;
    size_t size() const;  // words in all
  };
  // Where `p` matches starting at token i: the end of its last part, or 0 when it does not.
  static size_t MatchAt(const Phrase& p, const std::vector<internal::Token>& t, size_t i);
  // Whether an `another_` row starts at token k and ends by token `end`.
  bool AnotherAt(const std::vector<internal::Token>& t, size_t k, size_t end) const;
  // Whether an `another_` row starts between the token ending at `name_end` (a named
  // agreement's end) and token `phrase`, other than right after the name or its comma.
  bool AnotherBetween(const std::vector<internal::Token>& t, int64_t name_end, size_t phrase) const;
  std::vector<Phrase> phrases_;  // longest first
  // The first word of every phrase: a token that is none of them starts no phrase, and is passed
  // without trying each phrase at it.
  std::set<std::string, std::less<>> first_words_;
  // Words that, a few words before a phrase, say the stage did not happen or may yet ("did not
  // sign", "may enter into force", "whether it should be terminated"): rows of stage "unsure".
  std::set<std::string> unsure_;
  // Rows of stage "another": an indefinite instrument ("an agreement", "a treaty"). Standing
  // between a named agreement and a phrase after it, and not right after the name (", an
  // agreement signed in 2019" restates the name), it is the instrument the phrase tells of: "the
  // X Accord, a revised version of an agreement first signed in 1987" did not sign the X Accord
  // in 1987.
  std::vector<std::vector<std::string>> another_;
};

// GUIDELINES: an agreement still under negotiation has no parties until the text says it was
// concluded. Removes the party_to edges of every agreement whose only stage in graph.stages is
// "negotiated" ("negotiations on the X Agreement made progress") and that nothing in the graph
// shows agreed (no agreed_at from it, no signed to it). Call after AddStages.
void DropPartiesOfNegotiatedOnly(ExtractedGraph& graph);

}  // namespace dkg::extract
