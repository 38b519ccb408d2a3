// Phrasings found missing on documents written by helper h84 for a generalisation check (not
// corpus text): a meeting reported at its close and dated again by its first day, "the two-day
// meeting" referring back, credentials presented to "the President of <country>, <name>",
// Portuguese "do" inside a name, and portfolios joined to a title ("Minister of Foreign Affairs and
// Regional Integration, Hon. A"). Every sentence is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractUnseen84Test : public ExtractFixture {};

// "ended on Friday" dates the last day; "held ... on 12 and 13 June" gives the first, which the
// meeting takes.
TEST_F(ExtractUnseen84Test, AMeetingEndedOnADayTakesItsFirstDayWhenGiven) {
  Extract(
      "Peru and Kenya close joint commission\n14 June 2025\n"
      "The 3rd Session of the Peru-Kenya Joint Commission ended on Friday in Nairobi with the signing of "
      "an Agreement on Tourism Cooperation.\n"
      "The session, held at the Kenyatta International Convention Centre on 12 and 13 June, was "
      "co-chaired by Foreign Minister Elmer Schialer of Peru and Cabinet Secretary Musalia Mudavadi of Kenya.\n");
  const ExtractedNode* session = NodeNamedLike("meeting", "3rd Session");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_EQ(session->date, "2025-06-12") << Dump();
}

// "on Sunday ... at the close of the summit" is its last day; "The three-day meeting, which opened
// on Friday" refers back to it and gives the first.
TEST_F(ExtractUnseen84Test, AtTheCloseOfASummitAndTheThreeDayMeetingWhichOpened) {
  Extract(
      "Pacific and Andean leaders adopt Suva Declaration\nMarch 9, 2025\n"
      "SUVA, March 9 - Leaders on Sunday adopted the Suva Declaration at the close of the third "
      "Pacific-Andean Summit.\n"
      "The three-day meeting, which opened on Friday, was hosted by Prime Minister Sitiveni Rabuka of Fiji.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Pacific-Andean Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_EQ(summit->date, "2025-03-07") << Dump();
  const ExtractedNode* declaration = Find("agreement", "Suva Declaration");
  ASSERT_NE(declaration, nullptr) << Dump();
  EXPECT_EQ(declaration->date, "2025-03-09") << Dump();
}

// A meeting that ended on a day and is given no other date keeps that day.
TEST_F(ExtractUnseen84Test, AMeetingThatEndedKeepsItsDayWhenNoOtherIsGiven) {
  Extract(
      "Chile, Korea wrap up talks\nApril 4, 2025\n"
      "The fifth round of the Chile-Korea Strategic Dialogue concluded on Thursday in Seoul.\n"
      "Both sides agreed to meet again in Santiago next year.\n");
  const ExtractedNode* round = NodeNamedLike("meeting", "fifth round");
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_EQ(round->date, "2025-04-03") << Dump();
}

// "presented her Letters of Credence to the President of the Republic of Peru, Karl Brandt, in a
// ceremony at the Torre Tagle Palace": the head of state receives the envoy, at that venue.
TEST_F(ExtractUnseen84Test, CredentialsToATitleOfACountryThenTheName) {
  Extract(
      "Ambassador presents credentials\n5 May 2025\n"
      "The Ambassador of Norway to Peru, Lena Berg, presented her Letters of Credence to the President "
      "of the Republic of Peru, Dina Boluarte, in a ceremony at the Torre Tagle Palace on Monday.\n");
  EXPECT_TRUE(HasRole("Lena Berg", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Dina Boluarte", "chaired")) << Dump();
  const ExtractedNode* ceremony = NodeNamedLike("meeting", "credentials");
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(ceremony->name, "held_in", "Torre Tagle Palace")) << Dump();
}

// "Ana do Carmo Leite": Portuguese "do" inside a name, like "dos" and "da".
TEST_F(ExtractUnseen84Test, PortugueseDoInsideAName) {
  Extract(
      "Health ministers meet\n2 June 2025\n"
      "The Minister of Health of Mozambique, Ana do Carmo Leite, met her Angolan counterpart in Maputo on Monday.\n");
  EXPECT_NE(Find("official", "Ana do Carmo Leite"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Ana"), nullptr) << Dump();
}

// "Minister for Foreign Affairs and Regional Integration, Hon. A", "Minister of Foreign Affairs,
// Regional Integration and the Diaspora, B": the portfolios belong to the title; the person is
// the name after the last comma.
TEST_F(ExtractUnseen84Test, PortfoliosJoinedToATitleAreNotAName) {
  Extract(
      "Togo and Benin ministers meet\n2 June 2025\n"
      "The Minister for Foreign Affairs and African Integration, Hon. Kossi Amevor, arrived in Cotonou on Monday.\n"
      "He was received by the Minister of State, Minister of Foreign Affairs, Cooperation and the Diaspora, "
      "Yao Kouassi Dossou.\n");
  EXPECT_NE(Find("official", "Kossi Amevor"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Yao Kouassi Dossou"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "African Integration"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "Cooperation"), nullptr) << Dump();
}

// A list of two officials with their titles is not one longer title.
TEST_F(ExtractUnseen84Test, TwoTitledOfficialsInAListStayTwo) {
  Extract(
      "Ministers meet\n2 June 2025\n"
      "The Minister of Trade of Peru, Ana Souza, and the Minister of Health of Chile, Karl Brandt, met in Lima on Monday.\n");
  EXPECT_NE(Find("official", "Ana Souza"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Karl Brandt"), nullptr) << Dump();
}

// Abidjan is a city of its own, not another name of Yamoussoukro, the capital.
TEST_F(ExtractUnseen84Test, AbidjanIsNotAnotherNameOfTheCapital) {
  Extract(
      "Ministers meet in Abidjan\n2 June 2025\n"
      "Foreign Minister Ana Souza of Brazil held talks in Abidjan on Monday with Minister Yao Dossou of Cote d'Ivoire.\n");
  EXPECT_NE(Find("place", "Abidjan"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Yamoussoukro"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Abidjan", "located_in", "Côte d'Ivoire")) << Dump();
}

// "Later the same day, she paid a courtesy call on B": the day of the talks two sentences before.
TEST_F(ExtractUnseen84Test, LaterTheSameDayIsTheDayOfTheSentenceBefore) {
  Extract(
      "Minister visits Lima\nMay 9, 2025\n"
      "In Lima on Monday, Foreign Minister Lena Berg of Norway held talks with Foreign Minister Elmer Schialer of Peru.\n"
      "The two ministers reviewed trade and fisheries.\n"
      "Later the same day, Lena Berg paid a courtesy call on President Dina Boluarte of Peru.\n");
  const ExtractedNode* call = NodeNamedLike("meeting", "Dina Boluarte");
  ASSERT_NE(call, nullptr) << Dump();
  EXPECT_EQ(call->date, "2025-05-05") << Dump();
}

// "On the same evening" is that day too: the parts of a day count like "day" (same_day_noun).
TEST_F(ExtractUnseen84Test, TheSameEveningIsTheDayOfTheSentenceBefore) {
  Extract(
      "Minister visits Quito\nMay 9, 2025\n"
      "In Quito on Monday, Foreign Minister Lena Berg of Norway held talks with Foreign Minister Ines Vega of Ecuador.\n"
      "The two ministers reviewed trade and fisheries.\n"
      "On the same evening, Lena Berg paid a courtesy call on President Pablo Mora of Ecuador.\n");
  const ExtractedNode* call = NodeNamedLike("meeting", "Pablo Mora");
  ASSERT_NE(call, nullptr) << Dump();
  EXPECT_EQ(call->date, "2025-05-05") << Dump();
}

}  // namespace
}  // namespace dkg
