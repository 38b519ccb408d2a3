// Visits and bilateral reporting the s145 work set still left unread (helper h157): a reception
// whose venue is told before its host ("was received at the River Palace by"), an unnamed
// instrument whose topic opens with "the" ("a memorandum on the training of ..."), and an office's
// portfolios before "of COUNTRY" ("Minister of Lands and Natural Resources of Ghana"), "the two
// ministers agreed" after a trip has moved on, talks in a "where" clause after an airport greeting,
// and a lower-case "director of the X Agency, A". Each on sentences written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractVisits157Test : public ExtractFixture {};

// "the visiting minister was received at the Estevez Palace by her counterpart, A": a reception at
// a named venue, held there, chaired by the host and attended by the official the story follows.
TEST_F(ExtractVisits157Test, AReceptionWithTheVenueBeforeTheHostIsAMeetingHeldThere) {
  Extract(
      "Ghana and Uruguay hold talks\nFeb 9, 2027\n"
      "Ghana's Foreign Minister Ama Owusu arrived in Montevideo on Monday for a two-day visit.\n"
      "On Tuesday the Ghanaian minister was received at the Estevez Palace by her counterpart, Luis "
      "Carranza.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "meeting with Luis Carranza at Estevez Palace");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Luis Carranza", "chaired", m->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ama Owusu", "attended", m->name)) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Estevez Palace")) << Dump();
  EXPECT_EQ(m->date, "2027-02-09") << Dump();
}

TEST_F(ExtractVisits157Test, AGuestNamedInFullIsReceivedAtTheVenueByTheHost) {
  Extract(
      "Ghana and Uruguay hold talks\nFeb 9, 2027\n"
      "President Kwame Boateng was received at the Estevez Palace by President Rosa Vela on Tuesday.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "Rosa Vela");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Vela", "chaired", m->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kwame Boateng", "attended", m->name)) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Estevez Palace")) << Dump();
}

// At an airport the greeting is no meeting, whichever order the host and the venue come in.
TEST_F(ExtractVisits157Test, AGreetingAtAnAirportWithTheVenueFirstIsNoMeeting) {
  Extract(
      "Ghana and Uruguay hold talks\nFeb 9, 2027\n"
      "Ghana's Foreign Minister Ama Owusu arrived in Montevideo on Monday.\n"
      "She was received at Carrasco International Airport by Deputy Minister Luis Carranza.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Carrasco"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Carranza's meeting"), nullptr) << Dump();
}

// "He was met at the airport by B and was later driven to the Palace, where the two leaders held a
// closed-door meeting": the greeting's encounter is held at the venue of the "where" clause that
// tells of the talks, not at the airport.
TEST_F(ExtractVisits157Test, TalksInAWhereClauseAfterAnAirportGreetingAreHeldAtItsVenue) {
  Extract(
      "Ghana and Uruguay hold talks\nFeb 9, 2027\n"
      "Ghanaian President Kwame Boateng arrived in Montevideo on Tuesday for a state visit.\n"
      "He was met at Carrasco International Airport by President Rosa Vela and was later driven to the "
      "Estevez Palace, where the two leaders held a closed-door meeting.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "meeting with Rosa Vela");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Estevez Palace")) << Dump();
  EXPECT_FALSE(HasEdge(m->name, "held_in", "Carrasco International Airport")) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Vela", "attended", m->name)) << Dump();
}

// "the director of the National Water Agency, Kofi Mensah": a lower-case unit office is a title
// when its body follows at once and the holder's name after a comma; "a campaign-group director,
// Tom Varga" names no official.
TEST_F(ExtractVisits157Test, ALowerCaseDirectorOfANamedBodyBeforeANameIsAnOffice) {
  Extract(
      "Ghana and Uruguay hold talks\nFeb 9, 2027\n"
      "Ghana's Foreign Minister Ama Owusu met Uruguayan Foreign Minister Luis Carranza in Montevideo on "
      "Tuesday.\n"
      "The Ghanaian delegation included Trade Minister Yaw Darko and the director of the National Water "
      "Agency, Kofi Mensah.\n"
      "A campaign-group director, Tom Varga, criticised the visit.\n");
  ASSERT_NE(Find("official", "Kofi Mensah"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Mensah", "member_of", "National Water Agency")) << Dump();
  EXPECT_EQ(Find("official", "Tom Varga"), nullptr) << Dump();
}

// "signed a memorandum of understanding on the protection of migrant workers": the topic after the
// preposition may open with "the"; "on the sidelines of ..." and "on the occasion of ..." are when
// and where it was signed, never its name.
TEST_F(ExtractVisits157Test, AnUnnamedInstrumentsTopicMayOpenWithThe) {
  Extract(
      "Ghana and Uruguay sign labour pact\nFeb 9, 2027\n"
      "Ghana's Foreign Minister Ama Owusu met Uruguayan Foreign Minister Luis Carranza in Montevideo "
      "on Tuesday. The two ministers signed a memorandum of understanding on the protection of migrant "
      "workers.\n");
  const ExtractedNode* mou =
      Find("agreement", "memorandum of understanding on the protection of migrant workers");
  ASSERT_NE(mou, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ama Owusu", "signed", mou->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ghana", "party_to", mou->name)) << Dump();
}

TEST_F(ExtractVisits157Test, OnTheSidelinesIsNoPartOfAnInstrumentsName) {
  Extract(
      "Ghana and Uruguay sign labour pact\nFeb 9, 2027\n"
      "Ghana's Foreign Minister Ama Owusu met Uruguayan Foreign Minister Luis Carranza in Lima on "
      "Tuesday. The two ministers signed a memorandum on the sidelines of the forum.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "sidelines"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("agreement", "memorandum"), nullptr) << Dump();
}

// "Kofi Mensah, Minister of Lands and Natural Resources of Ghana": the words before "of Ghana" are
// the office's portfolios, no second official.
TEST_F(ExtractVisits157Test, PortfoliosBeforeOfCountryNameNoOfficial) {
  Extract(
      "Ghana and Uruguay\nFeb 9, 2027\n"
      "Kofi Mensah, Minister of Lands and Natural Resources of Ghana, met Uruguayan Foreign Minister "
      "Luis Carranza in Montevideo on Tuesday.\n");
  EXPECT_EQ(Find("official", "Natural Resources"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Mensah", "represents", "Ghana")) << Dump();
}

// A trip's story: "On Tuesday she held talks in Quito with B. The two ministers agreed to ...": what
// the two ministers agreed was reached at the talks the story told last, not at the first stop's
// meeting, the one in focus.
TEST_F(ExtractVisits157Test, TheTwoMinistersAgreedAtTheStopTheStoryToldLast) {
  Extract(
      "Owusu tours the Andes\nFeb 12, 2027\n"
      "Ghana's Foreign Minister Ama Owusu on Friday ended a tour of Peru and Ecuador.\n"
      "On Monday she met Peruvian Foreign Minister Luis Carranza in Lima.\n"
      "On Tuesday she held talks in Quito with Ecuador's Foreign Minister, Marta Paz. The two ministers "
      "agreed to set up a working group on fisheries.\n");
  const ExtractedNode* group = NodeNamedLike("agreement", "working group on fisheries");
  ASSERT_NE(group, nullptr) << Dump();
  const ExtractedNode* quito = NodeNamedLike("meeting", "Marta Paz");
  ASSERT_NE(quito, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(group->name, "agreed_at", quito->name)) << Dump();
  const ExtractedNode* lima = NodeNamedLike("meeting", "Luis Carranza");
  ASSERT_NE(lima, nullptr) << Dump();
  EXPECT_FALSE(HasEdge(group->name, "agreed_at", lima->name)) << Dump();
}

// "The two sides agreed ..." are the countries: reached at the meeting in focus, whatever encounter
// the story told last.
TEST_F(ExtractVisits157Test, TheTwoSidesAgreedAtTheMeetingInFocus) {
  Extract(
      "Ghana and Peru hold joint commission\nFeb 12, 2027\n"
      "The Second Session of the Ghana-Peru Joint Commission was held in Lima on Thursday.\n"
      "Before the session came the Meeting of Senior Officials on Wednesday, which was co-chaired by "
      "Kofi Mensah, Director at the Ministry of Foreign Affairs of Ghana, and Rosa Vela, Director at the "
      "Ministry of Foreign Affairs of Peru.\n"
      "The two sides agreed to set up a working group on fisheries.\n");
  const ExtractedNode* group = NodeNamedLike("agreement", "working group on fisheries");
  ASSERT_NE(group, nullptr) << Dump();
  const ExtractedNode* session = NodeNamedLike("meeting", "Second Session");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(group->name, "agreed_at", session->name)) << Dump();
  const ExtractedNode* officials = NodeNamedLike("meeting", "Senior Officials");
  ASSERT_NE(officials, nullptr) << Dump();
  EXPECT_FALSE(HasEdge(group->name, "agreed_at", officials->name)) << Dump();
}

}  // namespace
}  // namespace dkg
