// Facts the extractor used to state wrongly, each reproduced on a document written for the test:
// roles carried into a parallel clause, countries read from a city inside an instrument's name,
// a courtesy call lent to a relative clause's counterpart, invisible characters splitting one
// name into two nodes, and spelled variants of one country.
#include <gtest/gtest.h>

#include <string>

#include "importers/internal/tokenizer.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractWrongFactsTest : public ExtractFixture {
 protected:
  // How many meetings `official` holds any role at.
  int MeetingsOf(const std::string& official) const {
    int n = 0;
    for (const auto& e : graph_.edges) {
      if (graph_.nodes[e.source].name == official && graph_.nodes[e.target].kind == "meeting" &&
          (e.relation == "attended" || e.relation == "chaired" || e.relation == "cochaired")) {
        ++n;
      }
    }
    return n;
  }
  int CountOf(const std::string& kind) const {
    int n = 0;
    for (const auto& node : graph_.nodes) n += node.kind == kind;
    return n;
  }
};

// (a) "A met B on Monday, while C met D": two meetings, each with its own two people.
TEST_F(ExtractWrongFactsTest, AParallelClauseAfterWhileIsAnotherMeeting) {
  Extract(
      "Ministers of Norway and Kenya meet\nApr 9, 2025\n"
      "Norwegian Foreign Minister Ingrid Dahl met Kenyan Foreign Minister Joseph Otieno in Nairobi "
      "on Tuesday, while Norwegian Trade Minister Lars Holm met Kenyan Trade Minister Grace "
      "Wanjiru.\n");
  EXPECT_EQ(MeetingsOf("Ingrid Dahl"), 1) << Dump();
  EXPECT_EQ(MeetingsOf("Joseph Otieno"), 1) << Dump();
  EXPECT_EQ(MeetingsOf("Lars Holm"), 1) << Dump();
  EXPECT_EQ(MeetingsOf("Grace Wanjiru"), 1) << Dump();
}

// (b) "the two sides signed the Cusco Water Accord": a city inside the instrument's name says
// nothing of its parties, and the signing names one instrument, not a second unnamed one.
TEST_F(ExtractWrongFactsTest, ACityInAnInstrumentsNameMakesNoParty) {
  Extract(
      "Chile and Bolivia sign water accord\nFeb 4, 2025\n"
      "Chilean Foreign Minister Karl Brandt held talks with Bolivian Foreign Minister Rosa Quispe in "
      "Santiago on Monday.\n"
      "After the talks, the two sides signed the Lisbon Water Accord.\n");
  EXPECT_FALSE(HasEdge("Portugal", "party_to", "Lisbon Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "Lisbon Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Bolivia", "party_to", "Lisbon Water Accord")) << Dump();
  EXPECT_EQ(CountOf("agreement"), 1) << Dump();
}

// A capital paired with another side by a hyphen still names a party ("the Lima-Quito Accord").
TEST_F(ExtractWrongFactsTest, CapitalsPairedInAnInstrumentsNameAreItsParties) {
  Extract(
      "Railway accord\nFeb 4, 2025\n"
      "Officials said the Lima-Quito Railway Accord was signed on Monday.\n");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "Lima-Quito Railway Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Ecuador", "party_to", "Lima-Quito Railway Accord")) << Dump();
}

// "agreed to sign the X Pact": the named pact is what they agreed, not a second accord beside it.
TEST_F(ExtractWrongFactsTest, AgreeingToSignANamedPactIsThatPact) {
  Extract(
      "Chile and Bolivia to sign pact\nFeb 4, 2025\n"
      "Chile and Bolivia agreed on Monday to sign the Lisbon Water Accord.\n");
  EXPECT_EQ(CountOf("agreement"), 1) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "Lisbon Water Accord")) << Dump();
  EXPECT_FALSE(HasEdge("Portugal", "party_to", "Lisbon Water Accord")) << Dump();
}

// "agreed to deepen ties, and the two sides signed the X": the agreed clause ends where a new
// subject and its verb begin; the signed instrument is no part of it.
TEST_F(ExtractWrongFactsTest, ANewSubjectAfterAndEndsTheAgreedClause) {
  Extract(
      "Chile and Bolivia sign pact\nFeb 4, 2025\n"
      "Chile and Bolivia agreed on Monday to expand rail links, and the two sides signed the "
      "Lisbon Water Accord.\n");
  EXPECT_NE(Find("agreement", "expand rail links"), nullptr) << Dump();
  EXPECT_EQ(CountOf("agreement"), 2) << Dump();
}

// (c) "A paid a courtesy call on B, who later met C": C takes no part in the courtesy call.
TEST_F(ExtractWrongFactsTest, ARelativeClausesCounterpartTakesNoCourtesyCall) {
  Extract(
      "Envoy calls on President\nJun 3, 2025\n"
      "Ghana's new Ambassador Kofi Mensah paid a courtesy call on President Elena Vargas of Chile, "
      "who later met Argentine Foreign Minister Diego Paz.\n");
  EXPECT_EQ(MeetingsOf("Kofi Mensah"), 1) << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation == "attended" && graph_.nodes[e.source].name == "Kofi Mensah") {
      EXPECT_FALSE(HasEdge("Diego Paz", "attended", graph_.nodes[e.target].name)) << Dump();
    }
  }
  // B's own meeting with C is a meeting of its own.
  EXPECT_EQ(MeetingsOf("Diego Paz"), 1) << Dump();
  EXPECT_EQ(MeetingsOf("Elena Vargas"), 2) << Dump();
}

// "Invited by Minister B, Peru's envoy began a week-long visit to Chile": read before the story
// says B is Chilean, B looks like the visitor; B, who turns out to serve Chile, is the host, not
// the visitor: nobody visits their own country.
TEST_F(ExtractWrongFactsTest, AVisitorGuessedBeforeTheirCountryWasKnownIsNoVisitorAtHome) {
  Extract(
      "Peru-Chile dialogue opens\nJun 9, 2025\n"
      "Invited by Foreign Minister Karl Brandt, Peru's top diplomat began on Sunday a week-long "
      "visit to Chile, her first trip abroad in the new post.\n"
      "Today, Foreign Minister Brandt and Foreign Minister Ana Souza of Peru will co-chair the third "
      "round of the Peru-Chile Strategic Dialogue.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Chile")) << Dump();
  const auto* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "attended", visit->name)) << Dump();
}

// (d) A zero-width space, joiner or non-joiner, a byte-order mark or a soft hyphen inside a name
// is not part of it: one official, one country, one place.
TEST_F(ExtractWrongFactsTest, InvisibleCharactersInsideANameMakeNoSecondNode) {
  Extract(
      "Talks in Lima\nMay 5, 2025\n"
      "Foreign Minister Ana Sou\xE2\x80\x8Bza of Peru met Foreign Minister Karl Brandt of Chile in "
      "Li\xC2\xADma on Monday.\n"
      "Sou\xE2\x80\x8Dza and Brandt also discussed trade, and Ana Souza said Pe\xEF\xBB\xBFru "
      "welcomed Chi\xE2\x80\x8Cle's offer.\n");
  EXPECT_NE(Find("official", "Ana Souza"), nullptr) << Dump();
  EXPECT_EQ(CountOf("official"), 2) << Dump();
  EXPECT_EQ(CountOf("country"), 2) << Dump();
  EXPECT_NE(Find("place", "Lima"), nullptr) << Dump();
}

// The tokenizer keeps a word whole across an invisible character and leaves the character out of
// its text; its span still covers every byte, so evidence offsets stay those of the file.
TEST_F(ExtractWrongFactsTest, AnInvisibleCharacterInsideAWordIsNotPartOfItsText) {
  const std::string text = "Sou\xE2\x80\x8Bza and Pe\xC2\xADru \xE2\x80\x8E" "and\xE2\x80\x8B Chile";
  const auto tokens = internal::Tokenize(text);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].text, "Souza");
  EXPECT_EQ(tokens[0].end, 8);
  EXPECT_EQ(tokens[2].text, "Peru");
  EXPECT_EQ(tokens[3].text, "and");
  EXPECT_EQ(tokens[4].text, "Chile");
  EXPECT_TRUE(tokens[4].space_before);
}

// (e) "Viet Nam" and "Vietnam" are one country, and a meeting named with either spelling one key.
TEST_F(ExtractWrongFactsTest, VietNamAndVietnamAreOneCountry) {
  Extract(
      "Viet Nam, Chile hold commission\nMar 3, 2025\n"
      "The fourth meeting of the Viet Nam-Chile Joint Committee was held in Hanoi on Monday.\n"
      "Vietnam and Chile agreed to expand trade.\n");
  EXPECT_EQ(CountOf("country"), 2) << Dump();
}

TEST_F(ExtractWrongFactsTest, VietNamAndVietnamNameOneMeetingAcrossStories) {
  EXPECT_EQ(KindCountInOneStore(
                {"Committee meets\nMar 3, 2025\n"
                 "The fourth meeting of the Viet Nam-Chile Joint Committee was held in Hanoi on "
                 "March 3, 2025.\n",
                 "Committee meets in Hanoi\nMar 4, 2025\n"
                 "The fourth meeting of the Vietnam-Chile Joint Committee took place in Hanoi on "
                 "March 3, 2025.\n"},
                "meeting"),
            1);
}

}  // namespace
}  // namespace dkg
