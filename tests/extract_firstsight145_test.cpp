// Reporting the s145 work set showed unread at first sight (helper h145): an office ranked by a
// numeral ("Minister of Foreign Affairs II"), "chaired jointly by", an honorific inside a name
// ("Omar Sheikh Abdi"), "the Office of the President", venue names with South Asian heads
// ("Niwas", "Durbar"), a reception at a named venue, "the Ghanaian foreign minister" naming
// the one foreign minister the story has not placed, "Agreed Minutes" with a lower-case
// instrument listed after it, "in the Field of" in an instrument's title, and a commission's
// first and next sessions. Each on sentences written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight145Test : public ExtractFixture {};

// "Malaysia's Minister of Trade II, Dato A": the numeral ranks the office; it is no person, and
// the name after the comma is the official, who co-chairs ("chaired jointly by").
TEST_F(ExtractFirstSight145Test, ANumeralAfterAnOfficeIsNoNameAndChairedJointlyIsCoChaired) {
  Extract(
      "Malaysia and Chile hold trade talks\nFeb 9, 2027\n"
      "The Fourth Meeting of the Malaysia-Chile Joint Trade Committee was held in Penang on Tuesday.\n"
      "The meeting was chaired jointly by Malaysia's Minister of Trade II, Dato Aminah Karim, and "
      "Chile's Minister of Economy Tomas Rojas.\n");
  EXPECT_EQ(Find("official", "II"), nullptr) << Dump();
  const ExtractedNode* karim = NodeNamedLike("official", "Aminah Karim");
  ASSERT_NE(karim, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(karim->name, "represents", "Malaysia")) << Dump();
  EXPECT_TRUE(HasRole(karim->name, "cochaired")) << Dump();
  EXPECT_TRUE(HasRole("Tomas Rojas", "cochaired")) << Dump();
  EXPECT_FALSE(HasRole("Tomas Rojas", "chaired")) << Dump();
}

// "Somali Prime Minister Omar Sheikh Abdi": an honorific word between two words of a name is part
// of it; a leading honorific is not ("Sheikh Omar" stays a title and a name).
TEST_F(ExtractFirstSight145Test, AnHonorificInsideANameIsPartOfIt) {
  Extract(
      "Kenya and Somalia discuss border\nFeb 9, 2027\n"
      "Somali Prime Minister Omar Sheikh Abdi met Kenyan Foreign Minister Grace Wanjiru in Nairobi on "
      "Tuesday.\n");
  ASSERT_NE(Find("official", "Omar Sheikh Abdi"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Omar"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Omar Sheikh Abdi", "represents", "Somalia")) << Dump();
}

// "the Office of the President": a title after "of the" belongs to the body's name.
TEST_F(ExtractFirstSight145Test, TheOfficeOfThePresidentIsOneBody) {
  Extract(
      "Kenya and Somalia discuss border\nFeb 9, 2027\n"
      "Somali Prime Minister Omar Sheikh Abdi met Kenyan Foreign Minister Grace Wanjiru in Nairobi on "
      "Tuesday. Staff of the Office of the President of Kenya briefed the two delegations.\n");
  EXPECT_NE(NodeNamedLike("organization", "Office of the President"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Office of the"), nullptr) << Dump();
}

// "at Ananda Niwas", "at Singha Durbar": "Niwas" (a residence) and "Durbar" (a palace) end a
// venue's name as "Palace" does.
TEST_F(ExtractFirstSight145Test, NiwasAndDurbarAreVenueHeads) {
  Extract(
      "Indian minister calls on Nepali president\nFeb 9, 2027\n"
      "Indian External Affairs Minister Ravi Menon paid a courtesy call on President Sita Kumari Thapa "
      "at Ananda Niwas in Pokhara on Tuesday.\n");
  ASSERT_NE(Find("place", "Ananda Niwas"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Ananda Niwas"), nullptr) << Dump();
}

// "Foreign Minister A ... the Ghanaian foreign minister": the description names the one foreign
// minister the story has not placed, and says whom she serves; with two unplaced holders of the
// office it names neither.
TEST_F(ExtractFirstSight145Test, ADemonymDescriptionPlacesTheOneUnplacedHolder) {
  Extract(
      "Owusu tours Andes\nFeb 9, 2027\n"
      "Foreign Minister Ama Owusu on Friday ended a tour that took her to Lima and Quito.\n"
      "In Lima the Ghanaian foreign minister met Peru's Foreign Minister Luis Carranza.\n");
  EXPECT_TRUE(HasEdge("Ama Owusu", "represents", "Ghana")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Carranza", "represents", "Ghana")) << Dump();
}

TEST_F(ExtractFirstSight145Test, TwoUnplacedHoldersAreNotPlacedByADescription) {
  Extract(
      "Ministers meet\nFeb 9, 2027\n"
      "Foreign Minister Ama Owusu and Foreign Minister Luis Carranza met on Friday.\n"
      "Later the Ghanaian foreign minister flew home.\n");
  EXPECT_FALSE(HasEdge("Ama Owusu", "represents", "Ghana")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Carranza", "represents", "Ghana")) << Dump();
}

// "the two ministers signed the Agreed Minutes of ... and an agreement on ...": "Agreed Minutes" is
// an instrument, and a lower-case one listed after it is one too; the session's co-chairs sign both.
TEST_F(ExtractFirstSight145Test, AgreedMinutesAndAListedLowerCaseInstrumentAreSignedByThePair) {
  Extract(
      "Malaysia and Chile hold trade talks\nFeb 9, 2027\n"
      "The Fourth Meeting of the Malaysia-Chile Joint Trade Committee was held in Penang on Tuesday, "
      "co-chaired by Malaysian Trade Minister Aminah Karim and Chilean Economy Minister Tomas Rojas.\n"
      "At the end of the meeting, the two ministers signed the Agreed Minutes of the Fourth Meeting "
      "and a protocol on halal certification.\n");
  const ExtractedNode* minutes = NodeNamedLike("agreement", "Agreed Minutes");
  ASSERT_NE(minutes, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Aminah Karim", "signed", minutes->name)) << Dump();
  const ExtractedNode* protocol = NodeNamedLike("agreement", "protocol on halal certification");
  ASSERT_NE(protocol, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Aminah Karim", "signed", protocol->name)) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Rojas", "signed", protocol->name)) << Dump();
}

// A joint commission's story: "in the Field of" inside an instrument's title, the series' first
// session told as its history ("was set up in 2014 and held its first session in Accra in May
// 2017"), and "agreed to hold the fourth session in Ghana in 2028" (a later round, held there; what
// was agreed was reached at the session in focus, not at the one it convenes).
TEST_F(ExtractFirstSight145Test, AJointCommissionsTitleHistoryAndNextSession) {
  Extract(
      "Kenya and Ghana hold joint commission\nMay 8, 2026\n"
      "The Third Session of the Ghana-Kenya Permanent Joint Commission was held in Mombasa on Thursday.\n"
      "The commission was set up in 2014 and held its first session in Accra in May 2017.\n"
      "The ministers signed a Memorandum of Understanding on Cooperation in the Field of Tourism.\n"
      "The two sides agreed to hold the fourth session in Ghana in 2028.\n");
  EXPECT_NE(Find("agreement", "Memorandum of Understanding on Cooperation in the Field of Tourism"), nullptr)
      << Dump();
  const ExtractedNode* first = NodeNamedLike("meeting", "first round");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_EQ(first->date, "2017-05") << Dump();
  EXPECT_TRUE(HasEdge(first->name, "held_in", "Accra")) << Dump();
  const ExtractedNode* fourth = NodeNamedLike("meeting", "fourth round");
  ASSERT_NE(fourth, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(fourth->name, "held_in", "Ghana")) << Dump();
  EXPECT_TRUE(HasEdge(fourth->name, "round_of", "Ghana-Kenya Permanent Joint Commission")) << Dump();
  const ExtractedNode* third = NodeNamedLike("meeting", "Third Session");
  ASSERT_NE(third, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(fourth->name, "follows", third->name)) << Dump();
  const ExtractedNode* pledge = NodeNamedLike("agreement", "fourth session");
  ASSERT_NE(pledge, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(pledge->name, "agreed_at", third->name)) << Dump();
  EXPECT_FALSE(HasEdge(pledge->name, "agreed_at", fourth->name)) << Dump();
}

// "Ghana's Independence Day": a holiday after a country's possessive is no official.
TEST_F(ExtractFirstSight145Test, AHolidayAfterACountrysPossessiveIsNoOfficial) {
  Extract(
      "Peru marks Ghanaian holiday\nFeb 9, 2027\n"
      "In the evening President Rosa Vela hosted a reception at the Estevez Palace to mark Ghana's "
      "Independence Day.\n");
  EXPECT_EQ(Find("official", "Independence Day"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Rosa Vela"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
