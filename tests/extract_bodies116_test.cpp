// Regional bodies and their members: the member states of a grouping the gazetteer lists
// (data/gazetteer/memberships.tsv), named at its session; the chair of a body named in an
// apposition.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBodies116Test : public ExtractFixture {};

// "ministers from A, B and C" at a regional council's session: the countries listed, members of
// the council the story is about, are its members; a guest that is no member is not.
TEST_F(ExtractBodies116Test, MinistersFromMemberStatesAtARegionalSessionAreMembers) {
  Extract(
      "Nordic ministers meet in Bergen\nOctober 2, 2025\n"
      "The foreign ministers of the Nordic Council met in Bergen on Thursday for their autumn "
      "session.\n"
      "The session brought together ministers from Sweden, Finland, Denmark and Iceland, and a "
      "guest minister from Canada.\n");
  EXPECT_TRUE(HasEdge("Sweden", "member_of", "Nordic Council")) << Dump();
  EXPECT_TRUE(HasEdge("Iceland", "member_of", "Nordic Council")) << Dump();
  EXPECT_FALSE(HasEdge("Canada", "member_of", "Nordic Council")) << Dump();
}

// A member list of a body with an acronym: "the Andean Community's members Peru and Ecuador".
TEST_F(ExtractBodies116Test, CountriesNamedBesideAGroupingTheyBelongToAreMembers) {
  Extract(
      "Andean ministers agree on customs rules\nMarch 3, 2025\n"
      "Trade ministers of the Andean Community, from Peru, Ecuador and Bolivia, agreed on new "
      "customs rules in Quito on Monday, with Argentina attending as an observer.\n");
  EXPECT_TRUE(HasEdge("Peru", "member_of", "Andean Community")) << Dump();
  EXPECT_TRUE(HasEdge("Bolivia", "member_of", "Andean Community")) << Dump();
  EXPECT_FALSE(HasEdge("Argentina", "member_of", "Andean Community")) << Dump();
}

// "the situation in Northern Chile": a member country named as where something is says nothing
// of its membership.
TEST_F(ExtractBodies116Test, ACountryAfterInIsAPlaceNotAMember) {
  Extract(
      "Pacific Alliance ministers discuss migration\nMay 6, 2025\n"
      "Ministers of the Pacific Alliance discussed migration flows in Northern Chile at a meeting "
      "on Monday.\n");
  ASSERT_NE(Find("organization", "Pacific Alliance"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Chile", "member_of", "Pacific Alliance")) << Dump();
}

// "the chair of X, Peruvian President A": A holds the seat, and A's country is a member.
TEST_F(ExtractBodies116Test, TheChairOfABodyInAppositionIsItsMember) {
  Extract(
      "Regional leaders meet in Quito\nMay 6, 2025\n"
      "The summit was opened on Monday by the rotating chair of the Andean Community, Peruvian "
      "President Ana Souza, and by Ecuador's Foreign Minister Luis Vega.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "member_of", "Andean Community")) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "member_of", "Andean Community")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Vega", "member_of", "Andean Community")) << Dump();
}

// "the next ministerial session, which will be held in Lima in March 2027": a meeting of its own,
// held and dated where its own words say, not the session the story reports.
TEST_F(ExtractBodies116Test, TheNextSessionHeldElsewhereIsAMeetingOfItsOwn) {
  Extract(
      "Andean ministers meet in Quito\nMay 6, 2025\n"
      "Foreign ministers of the Andean Community held their annual session in Quito on Monday.\n"
      "Peru invited the ministers to the next ministerial session, which will be held in Lima in "
      "March 2027.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next ministerial session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_EQ(next->date, "2027-03") << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge(next->name, "held_in", "Quito")) << Dump();
}

// "A and B signed a memorandum on river patrols between Peru and Chile" at a regional session:
// one instrument, whose parties are the two countries named, not every country at the session.
TEST_F(ExtractBodies116Test, AnInstrumentBetweenTwoCountriesSignedAtASessionIsTheirs) {
  Extract(
      "Andean ministers meet in Quito\nMay 6, 2025\n"
      "Foreign ministers of Peru, Chile, Ecuador and Bolivia held their annual session in Quito on "
      "Monday.\n"
      "On the margins of the session, Peru's Foreign Minister Ana Souza and Chile's Foreign Minister "
      "Karl Brandt signed a memorandum on river patrols between Peru and Chile.\n");
  int memoranda = 0;
  for (const auto& n : graph_.nodes) memoranda += n.kind == "agreement" && n.name.find("river patrols") != std::string::npos;
  EXPECT_EQ(memoranda, 1) << Dump();
  const ExtractedNode* memo = NodeNamedLike("agreement", "river patrols");
  ASSERT_NE(memo, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", memo->name)) << Dump();
  EXPECT_FALSE(HasEdge("Ecuador", "party_to", memo->name)) << Dump();
}

// A national parliament known by its own name ("the Storting") is that country's body, when the
// story names the country.
TEST_F(ExtractBodies116Test, AParliamentKnownByItsOwnNameIsItsCountrysBody) {
  Extract(
      "Speaker visits Lima\nMay 6, 2025\n"
      "The President of the Storting, Ola Berg, held talks with Peru's Foreign Minister Ana Souza "
      "in Lima on Monday. Trade between Norway and Peru has doubled since 2020.\n");
  ASSERT_NE(Find("organization", "Storting"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Storting", "part_of", "Norway")) << Dump();
}

}  // namespace
}  // namespace dkg
