// Known wrong facts and small misses (h135), each on a document written for the test: an
// instrument's name inside a body's or a building's name, a body named again by a head word that
// reporting uses for other things, ministry names whose portfolios run past a comma, the month of
// an invited visit, the next round of the series in focus, and a ministry unit's officials.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractWrongFacts135Test : public ExtractFixture {};

// "the Head of the Baltic Treaty Secretariat": the body is the Secretariat, and the treaty whose
// name it carries is neither a body nor an agreement anyone signed here.
TEST_F(ExtractWrongFacts135Test, AnInstrumentsNameBeforeAnOrganizationHeadIsTheBody) {
  Extract(
      "Treaty officials in Tallinn\nMay 3, 2026\n"
      "Ines Varga, the Head of the Baltic Treaty Secretariat, met Estonian Foreign Minister Kalle "
      "Tamm in Tallinn on Monday.\n");
  EXPECT_NE(Find("organization", "Baltic Treaty Secretariat"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Baltic Treaty"), nullptr) << Dump();
  EXPECT_EQ(Find("agreement", "Baltic Treaty"), nullptr) << Dump();
  EXPECT_EQ(Find("agreement", "Baltic Treaty Secretariat"), nullptr) << Dump();
}

// A capital that only opens the body's name ("the Bern Treaty Secretariat") names no country
// of the story.
TEST_F(ExtractWrongFacts135Test, ACapitalOpeningABodysNameNamesNoCountry) {
  Extract(
      "Treaty officials in Tallinn\nMay 3, 2026\n"
      "Ines Varga of the Bern Treaty Secretariat met Estonian Foreign Minister Kalle Tamm in "
      "Tallinn on Monday.\n");
  EXPECT_NE(Find("organization", "Bern Treaty Secretariat"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Switzerland"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Estonia"), nullptr) << Dump();
}

// The same with a bureau: "the Andes Accord Bureau" is a body.
TEST_F(ExtractWrongFacts135Test, AnInstrumentsBureauIsABody) {
  Extract(
      "Bureau backs roads\nMay 3, 2026\n"
      "The Andes Accord Bureau approved a loan to Bolivia on Monday.\n");
  EXPECT_NE(Find("organization", "Andes Accord Bureau"), nullptr) << NamesOf("organization");
  EXPECT_EQ(NodeNamedLike("agreement", "Andes Accord"), nullptr) << Dump();
}

// "the Porto Convention Centre" is a building where the meeting was held, not a convention.
TEST_F(ExtractWrongFacts135Test, AnInstrumentWordBeforeAVenueHeadIsABuilding) {
  Extract(
      "Ministers meet in Porto\nMay 3, 2026\n"
      "Portuguese Foreign Minister Rui Matos met Chilean Foreign Minister Ana Reyes at the Porto "
      "Convention Centre on Monday.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "Convention"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Porto Convention Centre"), nullptr) << Dump();
}

// "the Union" is not the story's last union: reporting also uses the word bare for a federal
// state's government or for a union the story never names; "the Bank" likewise. Neither is one
// more mention of the union or bank the story named before.
TEST_F(ExtractWrongFacts135Test, TheUnionAndTheBankNameNoEarlierBody) {
  Extract(
      "Leaders meet in Nairobi\nApr 8, 2026\n"
      "The African Union and the Asian Development Bank met in Nairobi on Wednesday.\n"
      "Kenya's Foreign Minister Jane Wambui said the Union would fund the new corridor, and the "
      "Bank would lend the rest.\n");
  const ExtractedNode* au = Find("organization", "African Union");
  const ExtractedNode* bank = Find("organization", "Asian Development Bank");
  ASSERT_NE(au, nullptr) << Dump();
  ASSERT_NE(bank, nullptr) << Dump();
  EXPECT_EQ(au->mentions.size(), 1u) << Dump();
  EXPECT_EQ(bank->mentions.size(), 1u) << Dump();
}

// "the Council" still names the story's council again.
TEST_F(ExtractWrongFacts135Test, TheCouncilStillNamesTheStorysCouncil) {
  Extract(
      "Council meets\nApr 8, 2026\n"
      "The Nordic Fisheries Council met in Oslo on Wednesday.\n"
      "Norwegian Fisheries Minister Ola Berg said the Council would meet again in the autumn.\n");
  const ExtractedNode* council = Find("organization", "Nordic Fisheries Council");
  ASSERT_NE(council, nullptr) << Dump();
  EXPECT_EQ(council->mentions.size(), 2u) << Dump();
}

// "the Ministry of Foreign Affairs, Trade and Development", "Ministry of Agriculture, Forestry
// and Fisheries of Vietnam": the portfolios after the comma are part of the name.
TEST_F(ExtractWrongFacts135Test, AMinistrysPortfoliosGoOnPastAComma) {
  Extract(
      "Canada and Viet Nam sign fisheries pact\nJun 2, 2026\n"
      "OTTAWA, Jun 2 - Canada's Ministry of Foreign Affairs, Trade and Development hosted a "
      "delegation from Viet Nam on Tuesday.\n"
      "The Ministry of Agriculture, Forestry and Fisheries of Vietnam signed an agreement with "
      "Canada.\n");
  EXPECT_NE(Find("organization", "Ministry of Foreign Affairs, Trade and Development of Canada"), nullptr)
      << NamesOf("organization");
  EXPECT_NE(Find("organization", "Ministry of Agriculture, Forestry and Fisheries of Vietnam"), nullptr)
      << NamesOf("organization");
  EXPECT_TRUE(HasEdge("Ministry of Agriculture, Forestry and Fisheries of Vietnam", "part_of", "Vietnam")) << Dump();
  EXPECT_EQ(Find("organization", "Ministry of Agriculture"), nullptr) << NamesOf("organization");
}

// A list of ministries is not one name: "the Ministry of Finance, Peru's central bank and ..."
// has no portfolio after the comma, and a name after it is a person.
TEST_F(ExtractWrongFacts135Test, AMinistryBeforeACommaAndANameKeepsItsOwnName) {
  Extract(
      "Budget talks\nJun 2, 2026\n"
      "Officials of the Ministry of Finance, Ana Torres and Luis Vega, met bankers in Lima on "
      "Tuesday.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Torres"), nullptr) << NamesOf("organization");
}

// "invited her to visit Lima in March", in a story of May 2026: the visit is to come, in March
// 2027, not the March just gone.
TEST_F(ExtractWrongFacts135Test, AMonthOfAnInvitedVisitIsTheNextSuchMonth) {
  Extract(
      "Peru and Chile ministers meet\nMay 10, 2026\n"
      "Peruvian Foreign Minister Ana Souza met Chilean Foreign Minister Karl Brandt in Lima on "
      "Sunday.\n"
      "Brandt invited Souza to visit Santiago in March.\n");
  EXPECT_EQ(DateOf("visit"), "2027-03") << Dump();
}

// "was invited to the summit in March" tells of a summit: no verb follows "to", and the month
// stays the last March.
TEST_F(ExtractWrongFacts135Test, AnInvitationToANamedOccasionKeepsThePastMonth) {
  Extract(
      "Peru and Chile ministers meet\nMay 10, 2026\n"
      "Chilean Foreign Minister Karl Brandt, who was invited to the Andean Water Summit in Quito in "
      "March, met Peruvian Foreign Minister Ana Souza in Lima on Sunday.\n");
  EXPECT_EQ(DateOf("Andean Water Summit"), "2026-03") << Dump();
}

// "The next round will be held in Oslo in 2027", in a story about the fourth round: the fifth
// round of the same series, following the fourth.
TEST_F(ExtractWrongFacts135Test, TheNextRoundIsTheFollowingRoundOfTheSeries) {
  Extract(
      "Norway and Peru hold consultations\nMar 4, 2026\n"
      "LIMA, Mar 4 - The Fourth Round of the Norway-Peru Political Consultations was held in Lima on "
      "Wednesday.\n"
      "The next round will be held in Oslo in 2027.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next round");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "round_of", "Norway-Peru Political Consultations")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "follows", "Fourth Round of the Norway-Peru Political Consultations")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Oslo")) << Dump();
  EXPECT_EQ(next->date, "2027") << Dump();
}

// The next session named both ways is one meeting: "The Sixth Session of the Joint Commission
// will be held in Accra; the next session ..." keeps one node for round 6.
TEST_F(ExtractWrongFacts135Test, TheNextSessionNamedByItsNumberTooIsOneMeeting) {
  Extract(
      "Ghana and Peru hold joint commission\nMar 4, 2026\n"
      "LIMA, Mar 4 - The Fifth Session of the Ghana-Peru Joint Commission was held in Lima on "
      "Wednesday.\n"
      "The Sixth Session of the Ghana-Peru Joint Commission will be held in Accra in 2027.\n"
      "Officials said the next session would be held in Accra in 2027.\n");
  int sixth = 0;
  for (const auto& n : graph_.nodes) {
    auto r = n.attrs.find("round");
    sixth += n.kind == "meeting" && r != n.attrs.end() && r->second == "6";
  }
  EXPECT_EQ(sixth, 1) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "next session"), nullptr) << Dump();
}

// Named the other way round, the text's name wins over the pattern's description.
TEST_F(ExtractWrongFacts135Test, TheNextRoundTakesTheNameTheTextGivesItLater) {
  Extract(
      "Norway and Peru hold consultations\nMar 4, 2026\n"
      "LIMA, Mar 4 - The Fourth Round of the Norway-Peru Political Consultations was held in Lima on "
      "Wednesday.\n"
      "The next round will be held in Oslo in 2027.\n"
      "The Fifth Round of the Norway-Peru Political Consultations will focus on fisheries.\n");
  const ExtractedNode* fifth = Find("meeting", "Fifth Round of the Norway-Peru Political Consultations");
  ASSERT_NE(fifth, nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "next round"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge(fifth->name, "held_in", "Oslo")) << Dump();
  for (const auto& a : fifth->aliases) EXPECT_NE(a, "next round in Oslo") << Dump();
}

// "The next summit must address the crisis in Lima": no next meeting is held anywhere, and in a
// story with no series the next edition is no round of anything.
TEST_F(ExtractWrongFacts135Test, ANextEditionWithoutASeriesInFocusIsNoRound) {
  Extract(
      "Ministers meet in Lima\nMar 4, 2026\n"
      "Peruvian Foreign Minister Ana Souza met Chilean Foreign Minister Karl Brandt in Lima on "
      "Wednesday.\n"
      "The next meeting will be held in Santiago in 2027.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next meeting");
  ASSERT_NE(next, nullptr) << Dump();
  for (const auto& e : graph_.edges) {
    EXPECT_FALSE(graph_.nodes[e.source].name == next->name && e.relation == "round_of") << Dump();
  }
}

// "the Director-General for Asia of the Ministry of Foreign Affairs of Uruguay, A" and "the
// Director-General for the Americas at the Ministry ... of Norway, B": a unit's official is a
// member of the ministry and serves its country.
TEST_F(ExtractWrongFacts135Test, AUnitsOfficialIsAMemberOfTheMinistryAndServesItsCountry) {
  Extract(
      "Uruguay and Norway hold consultations\nMar 4, 2026\n"
      "MONTEVIDEO, Mar 4 - The Director-General for Asia of the Ministry of Foreign Affairs of "
      "Uruguay, Laura Pintos, and the Director-General for the Americas at the Ministry of Foreign Affairs "
      "of Norway, Erik Solheim Dahl, co-chaired the consultations on Wednesday.\n");
  EXPECT_TRUE(HasEdge("Laura Pintos", "represents", "Uruguay")) << Dump();
  EXPECT_TRUE(HasEdge("Laura Pintos", "member_of", "Ministry of Foreign Affairs of Uruguay")) << Dump();
  EXPECT_TRUE(HasEdge("Erik Solheim Dahl", "represents", "Norway")) << Dump();
  EXPECT_TRUE(HasEdge("Erik Solheim Dahl", "member_of", "Ministry of Foreign Affairs of Norway")) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "Americas"), nullptr) << NamesOf("official");
}

// "the director of the festival, A": no office of the gazetteer, and no body after the portfolio,
// so no member_of. The unit's director in the next sentence, with a ministry after "of", is one:
// the rule is live in this story, so the first expectation cannot pass for want of any member_of.
TEST_F(ExtractWrongFacts135Test, ADirectorWithNoBodyIsNoMemberOfAMinistry) {
  Extract(
      "Minister visits festival\nMar 4, 2026\n"
      "Peruvian Culture Minister Rosa Quispe met the director of the festival, Tomas Rey, in Cusco "
      "on "
      "Wednesday.\n"
      "She was joined by the Director-General for Culture of the Ministry of Foreign Affairs of "
      "Peru, "
      "Laura Pintos.\n");
  ASSERT_TRUE(HasEdge("Laura Pintos", "member_of", "Ministry of Foreign Affairs of Peru"))
      << Dump();
  for (const auto& e : graph_.edges) {
    EXPECT_FALSE(graph_.nodes[e.source].name == "Tomas Rey" && e.relation == "member_of") << Dump();
  }
}

}  // namespace
}  // namespace dkg
