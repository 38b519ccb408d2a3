// Review of the extraction rules added together (h54): each test is a sentence written for it that
// one of those rules read wrongly, or a check that a rule stays inside its case.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class Review54Test : public ExtractFixture {
 protected:
  // The name of the one agreement node; empty when there is none or more than one.
  std::string Agreement() const {
    std::string name;
    int count = 0;
    for (const auto& n : graph_.nodes) {
      if (n.kind == "agreement") name = n.name, ++count;
    }
    return count == 1 ? name : "";
  }
};

// "A said that X and Y had agreed to ...": the reporting official's clause ends at "said"; the
// countries after it are the subject of "agreed", and the reporter's country is no party.
TEST_F(Review54Test, ReportedAgreementIsTheReportedSubjectsNotTheReporters) {
  Extract(
      "Border crossing to reopen\nMar 4, 2031\n"
      "Foreign Minister Ana Souza of Portugal said on Monday that Peru and Chile had agreed to "
      "reopen the Tacna border crossing.\n");
  const std::string agreement = Agreement();
  ASSERT_FALSE(agreement.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", agreement)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", agreement)) << Dump();
  EXPECT_FALSE(HasEdge("Portugal", "party_to", agreement)) << Dump();
}

// "also" restates a round only after a copula ("which was also the sixth meeting"); "held the
// third round ... and also the fourth round" lists another round, which keeps its own node.
TEST_F(Review54Test, AlsoInAListOfRoundsIsAnotherRound) {
  Extract(
      "Peru and Chile dialogue\nMar 4, 2031\n"
      "Peru and Chile held the third round of the Peru-Chile Strategic Dialogue in Lima in May "
      "2029, and also the fourth round of the Peru-Chile Strategic Dialogue in Santiago in June "
      "2030.\n");
  ASSERT_NE(Find("meeting", "fourth round of the Peru-Chile Strategic Dialogue"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("fourth round of the Peru-Chile Strategic Dialogue", "held_in", "Santiago")) << Dump();
  EXPECT_FALSE(HasEdge("third round of the Peru-Chile Strategic Dialogue", "held_in", "Santiago")) << Dump();
}

// The restatement the rule is for still joins: "the fourth round, which was also the sixth
// meeting of the Peru-Chile Strategic Dialogue" is one meeting.
TEST_F(Review54Test, RoundRestatedAfterACopulaIsTheSameRound) {
  Extract(
      "Peru and Chile dialogue\nMar 4, 2031\n"
      "Peru and Chile held the fourth round of the Peru-Chile Strategic Dialogue in Lima on Monday, "
      "which was also the sixth meeting of the Peru-Chile Strategic Dialogue.\n");
  int meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting";
  EXPECT_EQ(meetings, 1) << Dump();
}

// "in X, COUNTRY" names a place only when the country ends the phrase; "invest in Green
// Hydrogen, Peru said" is a topic, then a country that speaks.
TEST_F(Review54Test, TopicBeforeASpeakingCountryIsNoPlace) {
  Extract(
      "Peru and Chile talks\nMar 4, 2031\n"
      "The two countries will invest in Green Hydrogen, Peru said on Monday.\n"
      "The ministers met in Tacna, Peru on Monday.\n");
  EXPECT_EQ(Find("place", "Green Hydrogen"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Tacna", "located_in", "Peru")) << Dump();
}

}  // namespace
}  // namespace dkg
