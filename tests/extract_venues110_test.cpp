// Venues the gazetteer does not know, named by what reporting says they are: a capitalised name
// before a lower-case description ("the Aurora official residence", "the Vessel cultural
// centre") and a capitalised "Building" ("the Federal Assembly Building"). Every sentence here is
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractVenues110Test : public ExtractFixture {};

TEST_F(ExtractVenues110Test, NameBeforeLowerCaseVenueDescriptionIsAPlace) {
  Extract(
      "Norway and Ghana hold talks in Oslo\n"
      "June 3, 2025\n"
      "Norwegian Foreign Minister Kari Dahl held talks with Ghanaian Foreign Minister Kofi Mensah on Tuesday at the Lysholm official residence in Oslo.\n");
  EXPECT_NE(Find("place", "Lysholm"), nullptr) << Dump();
  EXPECT_NE(Meeting(), "") << Dump();
  EXPECT_TRUE(HasEdge(Meeting(), "held_in", "Lysholm")) << Dump();
}

TEST_F(ExtractVenues110Test, NameBeforeCulturalCentreIsAPlace) {
  Extract(
      "Nordic ministers meet in Bergen\n"
      "June 3, 2025\n"
      "The ministerial meeting, held at the Grieghallen cultural centre in Bergen, brought together ministers from "
      "Sweden and Finland.\n");
  EXPECT_NE(Find("place", "Grieghallen"), nullptr) << Dump();
}

TEST_F(ExtractVenues110Test, PossessiveOrLowerCaseBeforeDescriptionMakesNoPlace) {
  Extract(
      "Leaders meet in Oslo\n"
      "June 3, 2025\n"
      "The Prime Minister of Norway received the President of Ghana at the Prime Minister's official residence "
      "on Tuesday, and they later visited a new cultural centre.\n");
  EXPECT_EQ(NodeNamedLike("place", "Minister"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("place", "cultural"), nullptr) << Dump();
}

TEST_F(ExtractVenues110Test, CapitalisedBuildingIsAVenue) {
  Extract(
      "Speakers of Austria and Chile meet in Vienna\n"
      "June 3, 2025\n"
      "The two Speakers held talks at the Austrian Federal Assembly Building in Vienna on Tuesday.\n");
  EXPECT_NE(NodeNamedLike("place", "Building"), nullptr) << Dump();
}

TEST_F(ExtractVenues110Test, CountryBodyBeforeBuildingIsTheBuilding) {
  Extract(
      "Speakers of Chile and Austria meet in Santiago\n"
      "June 3, 2025\n"
      "The Speaker of the Chilean parliament, Ana Rojas, held talks with the President of the Austrian National "
      "Council, Peter Lindner, at the Chilean Parliament Building in Valparaiso on Tuesday.\n");
  EXPECT_NE(Find("place", "Chilean Parliament Building"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("organization", "Building"), nullptr) << Dump();
}

TEST_F(ExtractVenues110Test, TitleWordAfterATitleIsAFirstName) {
  Extract(
      "Chile and Korea defence ministers meet\n"
      "June 3, 2025\n"
      "Chilean Defence Minister Laura Vidal met Korean Defence Minister Gen Ahn in Seoul on Tuesday.\n");
  EXPECT_NE(Find("official", "Gen Ahn"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Gen Ahn", "represents", "South Korea")) << Dump();
}

TEST_F(ExtractVenues110Test, AbbreviatedRankWithPeriodStaysATitle) {
  Extract(
      "Chile and Korea army chiefs meet\n"
      "June 3, 2025\n"
      "Chilean Army Commander Gen. Pedro Soto met Korean officers in Seoul on Tuesday.\n");
  EXPECT_EQ(NodeNamedLike("official", "Gen"), nullptr) << Dump();
}

TEST_F(ExtractVenues110Test, CountriesAMeetingBroughtTogetherTakePartButNotInATwoSidedMemorandum) {
  Extract(
      "Nordic ministers meet in Bergen\n"
      "May 21, 2025\n"
      "Foreign ministers of the member states of the Nordic Council gathered in Bergen on Wednesday for the "
      "Council's annual ministerial session, chaired by Norwegian Foreign Minister Kari Dahl.\n"
      "The session, held at the Grieghallen cultural centre, brought together ministers from Denmark, Finland and "
      "Sweden.\n"
      "On the margins of the session, Danish Foreign Minister Lars Holm and Finnish Foreign Minister Aino Virta signed "
      "a memorandum of understanding on fisheries research between Denmark and Finland.\n");
  const std::string m = Meeting();
  ASSERT_NE(m, "") << Dump();
  EXPECT_TRUE(HasEdge("Sweden", "participant", m)) << Dump();
  EXPECT_TRUE(HasEdge("Denmark", "participant", m)) << Dump();
  const ExtractedNode* mou = NodeNamedLike("agreement", "fisheries");
  ASSERT_NE(mou, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Sweden", "party_to", mou->name)) << Dump();
  EXPECT_FALSE(HasEdge("Norway", "party_to", mou->name)) << Dump();
}

}  // namespace
}  // namespace dkg
