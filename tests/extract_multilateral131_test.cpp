// h131: multilateral reporting (a bloc's ministers meeting under a rotating chair, envoys standing
// in for their countries, treaties signed in small towns by several ministers), each rule on a
// sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractMultilateral131Test : public ExtractFixture {};

// "the foreign ministers of the member states of X met": the members' ministers are X's group,
// so their meeting is X's; "under the chairmanship of A" makes A its chair, and "Taking part
// were B and C" its attendees.
TEST_F(ExtractMultilateral131Test, MinistersOfTheMemberStatesOfABlocMeetUnderAChair) {
  Extract(
      "Andean ministers meet in Lima\n"
      "Mar 3, 2027\n"
      "The foreign ministers of the member states of the Andean Community met in Lima on Monday under the "
      "chairmanship of Peruvian Foreign Minister Rosa Quispe.\n"
      "Taking part were Bolivia's Foreign Minister Jorge Mamani and Colombian Foreign Minister Lucia Rivas.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "Andean Community");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Andean Community", "participant", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "chaired", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Jorge Mamani", "attended", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Lucia Rivas", "attended", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge(meeting->name, "held_in", "Lima")) << Dump();
}

// Without a group noun before "of the member states", no group of the body meets.
TEST_F(ExtractMultilateral131Test, MemberStatesAloneMakeNoGroupMeeting) {
  Extract(
      "Andean trade grows\n"
      "Mar 3, 2027\n"
      "Exports of the member states of the Andean Community grew by four percent last year, officials said.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Andean Community"), nullptr) << Dump();
}

// An envoy named after the city of the posting ("its ambassador in Lima, B") is an official of the
// country represented; one named by office alone still says the country took part.
TEST_F(ExtractMultilateral131Test, CountryRepresentedByItsAmbassadorInACity) {
  Extract(
      "Andean ministers meet in Lima\n"
      "Mar 3, 2027\n"
      "The foreign ministers of the member states of the Andean Community met in Lima on Monday.\n"
      "Ecuador was represented by its ambassador in Lima, Marta Ibarra Vinueza. Bolivia was represented by its "
      "ambassador to Peru.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "Andean Community");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Marta Ibarra Vinueza", "represents", "Ecuador")) << Dump();
  EXPECT_TRUE(HasEdge("Marta Ibarra Vinueza", "attended", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Bolivia", "participant", meeting->name)) << Dump();
  EXPECT_EQ(Find("official", "Lima"), nullptr) << Dump();
}

// A treaty "signed in TOWN on DAY last year by the three countries' ministers, A of X, B of Y and
// C of Z": the town no gazetteer knows is a place, the signing is held there on that day of the
// year before publication, and each minister signed for a party.
TEST_F(ExtractMultilateral131Test, TreatySignedInAnUnknownTownByTheCountriesMinisters) {
  Extract(
      "Parliament ratifies lake treaty\n"
      "Mar 4, 2027\n"
      "Parliament on Wednesday ratified the Titicaca Fisheries Treaty.\n"
      "The treaty was signed in Copacabanita on November 20 last year by the three countries' fisheries "
      "ministers, Ana Condori of Bolivia, Luis Paredes of Peru and Elena Soto of Chile.\n");
  ASSERT_NE(Find("place", "Copacabanita"), nullptr) << Dump();
  const ExtractedNode* signing = NodeNamedLike("meeting", "Titicaca Fisheries Treaty");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_EQ(signing->date, "2026-11-20") << Dump();
  EXPECT_TRUE(HasEdge(signing->name, "held_in", "Copacabanita")) << Dump();
  for (const char* who : {"Ana Condori", "Luis Paredes", "Elena Soto"}) {
    EXPECT_TRUE(HasEdge(who, "signed", "Titicaca Fisheries Treaty")) << who << "\n" << Dump();
  }
  EXPECT_TRUE(HasEdge("Chile", "party_to", "Titicaca Fisheries Treaty")) << Dump();
}

// "held in" a capitalised word that is no town ("in Plenary"), or a month, makes no place.
TEST_F(ExtractMultilateral131Test, HeldInAMonthMakesNoPlace) {
  Extract(
      "Council meets\n"
      "Mar 4, 2027\n"
      "The Andean Council of Ministers was held in March last year in Lima.\n");
  EXPECT_EQ(Find("place", "March"), nullptr) << Dump();
}

// "A and B signed a memorandum of understanding under which ...": an instrument named by its kind
// alone, signed by both.
TEST_F(ExtractMultilateral131Test, PlainMemorandumSignedByBoth) {
  Extract(
      "Chile and Peru sign customs memorandum\n"
      "Mar 4, 2027\n"
      "Chilean Foreign Minister Elena Soto met Peruvian Foreign Minister Luis Paredes in Lima on Tuesday.\n"
      "After the talks, Soto and Paredes signed a memorandum of understanding under which Peru will train Chilean "
      "customs officers.\n");
  const ExtractedNode* mou = NodeNamedLike("agreement", "memorandum of understanding");
  ASSERT_NE(mou, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Elena Soto", "signed", mou->name)) << Dump();
  EXPECT_TRUE(HasEdge("Luis Paredes", "signed", mou->name)) << Dump();
}

// "the X Convention Centre": the venue head is longer than the instrument word inside it.
TEST_F(ExtractMultilateral131Test, ConventionCentreIsAVenueNotAnInstrument) {
  Extract(
      "Ministers meet in Lima\n"
      "Mar 4, 2027\n"
      "The Andean Council of Ministers held its 9th Ordinary Session at the Pachacamac International Convention "
      "Centre in Lima on Monday.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "Convention"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Pachacamac International Convention Centre"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
