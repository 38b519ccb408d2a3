// Meetings, series and roles in phrasings the project's own corpus rarely uses, each on a
// document written for the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractGeneralTest : public ExtractFixture {};

// "will also call on" a senior official: a courtesy call is a meeting of the two.
TEST_F(ExtractGeneralTest, CallingOnAnOfficialIsAMeeting) {
  Extract(
      "Minister visits Accra\nMay 3, 2025\n"
      "Foreign Minister Lena Berg of Sweden arrived in Accra on Monday for a two-day visit.\n"
      "Minister Berg will also call on Vice President Kwame Mensah before leaving for Lome.\n");
  EXPECT_TRUE(HasRole("Lena Berg", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Kwame Mensah", "attended")) << Dump();
}

// "The second round was held in Quito in 2021": an earlier round named in passing is a meeting
// held there.
TEST_F(ExtractGeneralTest, AnEarlierRoundHeldElsewhereIsAMeeting) {
  Extract(
      "Peru, Ecuador hold border talks\nOct 2, 2024\n"
      "LIMA, Oct 2 - Peru and Ecuador held the third round of their border consultations in Lima "
      "on Tuesday, the foreign ministry said.\n"
      "The second round was held in Quito in 2021.\n");
  // Named as the series' rounds are (nth-edition-of-focus-series-held-in), not by its place.
  const ExtractedNode* second = NodeNamedLike("meeting", "second round");
  ASSERT_NE(second, nullptr) << Dump();
  EXPECT_NE(second->name.find("border consultations"), std::string::npos) << Dump();
  EXPECT_TRUE(HasEdge(second->name, "held_in", "Quito")) << Dump();
}

// "X and the Y held the fourth round of their political consultations in P": a lower-case series
// after "the Nth round of their" still makes the two countries' meeting, held in P.
TEST_F(ExtractGeneralTest, CountriesHoldingARoundOfLowerCaseConsultationsMeet) {
  Extract(
      "Chile, Netherlands hold consultations\nMar 8, 2025\n"
      "SANTIAGO, March 8 - Chile and the Netherlands held the second round of their political "
      "consultations in Santiago on Friday, the Chilean foreign ministry said.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  EXPECT_TRUE(HasEdge(meeting, "held_in", "Santiago")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Netherlands", "participant", meeting)) << Dump();
}

// "the second round of their bilateral policy dialogue": a dialogue held by two countries is
// their meeting too, and the heads of the two delegations attend it.
TEST_F(ExtractGeneralTest, CountriesHoldingARoundOfTheirPolicyDialogueMeet) {
  Extract(
      "Ghana, Togo hold policy dialogue\nSep 9, 2025\n"
      "ACCRA, Sept 9 - Ghana and Togo held the third round of their bilateral policy dialogue in "
      "Accra on Monday.\n"
      "Ghana's Deputy Foreign Minister Ama Owusu headed the Ghanaian delegation, while Togo's "
      "Secretary-General Komi Adjo led the Togolese side.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  EXPECT_TRUE(HasEdge(meeting, "held_in", "Accra")) << Dump();
  EXPECT_TRUE(HasEdge("Ghana", "participant", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Ama Owusu", "attended", meeting)) << Dump();
}

// Titles that run on with a portfolio straight into the name ("Undersecretary for Policy Maria
// Lopez", "Vice Minister of Foreign Affairs Arif Hakim") still name the official.
TEST_F(ExtractGeneralTest, TitlesWithAPortfolioBeforeTheNameMakeOfficials) {
  Extract(
      "Manila, Jakarta hold talks\nJul 1, 2025\n"
      "Philippine Undersecretary for Policy Maria Elena Cruz met Indonesian Vice Minister of "
      "Foreign Affairs Arif Hakim in Manila on Monday.\n");
  EXPECT_NE(Find("official", "Maria Elena Cruz"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Arif Hakim"), nullptr) << Dump();
  EXPECT_TRUE(HasRole("Maria Elena Cruz", "attended")) << Dump();
}

// "the Peru - Chile Joint Commission": a spaced hyphen joins the two sides of a name as an
// unspaced one does, so the session is a round of the whole commission.
TEST_F(ExtractGeneralTest, ASpacedHyphenJoinsTheSidesOfASeriesName) {
  Extract(
      "Commission meets\nJun 8, 2023\n"
      "The Fourth Session of the Costa Rica - Panama Joint Commission was held in San Jose on Wednesday.\n");
  EXPECT_NE(Find("dialogue", "Costa Rica - Panama Joint Commission"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Fourth Session of the Costa Rica - Panama Joint Commission", "round_of",
                      "Costa Rica - Panama Joint Commission"))
      << Dump();
}

// Ordinals past the fifteenth number rounds too.
TEST_F(ExtractGeneralTest, TheSeventeenthSessionIsRoundSeventeen) {
  Extract(
      "Commission meets\nMar 4, 2025\n"
      "The seventeenth session of the Peru-Chile Joint Commission was held in Lima on Monday.\n");
  const ExtractedNode* session = Find("meeting", "seventeenth session of the Peru-Chile Joint Commission");
  ASSERT_NE(session, nullptr) << Dump();
  ASSERT_TRUE(session->attrs.count("round")) << Dump();
  EXPECT_EQ(session->attrs.at("round"), "17");
}

// "A and her Chilean counterpart, B, signed ...": A, named without a title, is an official who
// signs too.
TEST_F(ExtractGeneralTest, ThePersonPairedWithACounterpartIsAnOfficial) {
  Extract(
      "Accord signed\nMar 4, 2025\n"
      "Ana Souza and her Chilean counterpart, Karl Brandt, signed the Water Accord in Lima on Monday.\n");
  EXPECT_NE(Find("official", "Ana Souza"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", "Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Water Accord")) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "represents", "Chile")) << Dump();
}

// A series whose sides are bodies gains a side when a country joins its name: the "ASEAN-Korea
// Summit" is its own series, not a phrasing of the "ASEAN Summit", and its first round is no
// round of the other.
TEST_F(ExtractGeneralTest, ACountryJoiningABodySeriesMakesAnotherSeries) {
  Extract(
      "Summits in Vientiane\nOct 9, 2024\n"
      "Leaders met in Vientiane on Wednesday for the 44th ASEAN Summit.\n"
      "On Thursday Laos hosted the inaugural ASEAN-Korea Summit, attended by President Yoon Suk Yeol.\n");
  EXPECT_NE(Find("dialogue", "ASEAN Summit"), nullptr) << Dump();
  EXPECT_NE(Find("dialogue", "ASEAN-Korea Summit"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("inaugural ASEAN-Korea Summit", "round_of", "ASEAN-Korea Summit")) << Dump();
  EXPECT_FALSE(HasEdge("inaugural ASEAN-Korea Summit", "round_of", "ASEAN Summit")) << Dump();
}

// A full name written without a title before the titled surname ("Maria Lindqvist, the Federal
// Minister ..., ... Minister Lindqvist") names the official in full.
TEST_F(ExtractGeneralTest, AnOfficialIsNamedByTheFullestNameWritten) {
  Extract(
      "Ministers meet\nMay 2, 2025\n"
      "Maria Lindqvist, the Federal Minister for Trade, and Tomas Berg, Norway's Minister of Fisheries, "
      "met in Oslo today.\n"
      "According to Minister Lindqvist, trade is growing.\n");
  const ExtractedNode* official = Find("official", "Maria Lindqvist");
  ASSERT_NE(official, nullptr) << Dump();
  EXPECT_NE(std::find(official->aliases.begin(), official->aliases.end(), "Lindqvist"), official->aliases.end())
      << Dump();
  EXPECT_EQ(Find("official", "Lindqvist"), nullptr) << Dump();
}

// A meeting's name that "will hold its fourth round" names a series, even with its sides after
// it; "the 2+2 talks" later in the story are that round, not another meeting.
TEST_F(ExtractGeneralTest, ANameThatHoldsItsFourthRoundIsASeries) {
  Extract(
      "Peru and Chile to hold fourth round of 2+2 talks\nLima, Apr 28, 2025\n"
      "The 2+2 Foreign and Defence Ministers' Meeting between Peru and Chile will hold its fourth round "
      "in Lima on May 3, the Foreign Ministry said.\n"
      "Besides the 2+2 talks, the spokesperson also spoke about trade.\n");
  const ExtractedNode* round = Find("meeting", "fourth round of the 2+2 Foreign and Defence Ministers' Meeting");
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_EQ(round->date, "2025-05-03");
  EXPECT_TRUE(HasEdge(round->name, "held_in", "Lima")) << Dump();
  EXPECT_EQ(Meeting(), round->name) << Dump();  // "the 2+2 talks" made no second meeting
  bool series = false;
  for (const auto& n : graph_.nodes) series |= n.kind == "dialogue";
  EXPECT_TRUE(series) << Dump();
}

// A short form without the series' number is no reference to it: the "Defence Ministerial
// Meeting" beside a "2+2 Foreign and Defence Ministerial Meeting" is a meeting of its own.
TEST_F(ExtractGeneralTest, AShortFormWithoutTheSeriesNumberIsAnotherMeeting) {
  Extract(
      "Ministers meet in Lima\nLima, Apr 28, 2025\n"
      "The 2+2 Foreign and Defence Ministerial Meeting between Peru and Chile will hold its fourth round "
      "in Lima on Monday.\n"
      "The two defence ministers will also hold a Defence Ministerial Meeting.\n");
  EXPECT_NE(Find("meeting", "Defence Ministerial Meeting"), nullptr) << Dump();
}

// "of" inside a capitalised event name: "the Voice of Andean Peoples Summit".
TEST_F(ExtractGeneralTest, OfJoinsCapitalisedWordsOfAnEventName) {
  Extract(
      "Summit ahead\nAug 12, 2024\n"
      "Reporters were briefed on the forthcoming Voice of Andean Peoples Summit, which is to be "
      "hosted by Peru on August 17.\n");
  const ExtractedNode* summit = Find("meeting", "Voice of Andean Peoples Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_EQ(summit->date, "2024-08-17");
}

// "A meeting of A with B was held": the officials inside the meeting's own phrase, the subject of
// the passive trigger, take part in it; a speaker before the meeting's phrase does not.
TEST_F(ExtractGeneralTest, OfficialsInsideAPassiveMeetingsPhraseAttendIt) {
  Extract(
      "Ministers meet\nMay 6, 2025\n"
      "A meeting of Foreign Minister Ana Souza of Peru with Foreign Minister Carlos Vidal of Chile was "
      "held in Lima on Monday.\n");
  EXPECT_TRUE(HasRole("Carlos Vidal", "attended")) << Dump();
  Extract(
      "Talks ahead\nMay 6, 2025\n"
      "Spokesperson Mia Lund said that talks between Peru and Chile would be held in Lima on Monday.\n");
  EXPECT_FALSE(HasRole("Mia Lund", "attended")) << Dump();
}

// A compound ordinal counts its tens: "Twenty-Eighth" is round 28, and the name keeps it whole.
TEST_F(ExtractGeneralTest, ACompoundOrdinalCountsItsTens) {
  Extract(
      "Commission meets\nMar 4, 2025\n"
      "The Twenty-Eighth Session of the Peru-Chile Joint Commission opened in Lima on Monday.\n");
  const ExtractedNode* session = Find("meeting", "Twenty-Eighth Session of the Peru-Chile Joint Commission");
  ASSERT_NE(session, nullptr) << Dump();
  ASSERT_TRUE(session->attrs.count("round")) << Dump();
  EXPECT_EQ(session->attrs.at("round"), "28");
}

// "A, the acting Peruvian Minister of Trade": a word saying how the office is held (acting,
// interim, caretaker) keeps the apposition, so the name is an official of that country.
TEST_F(ExtractGeneralTest, AnActingOfficeInAnAppositionNamesTheOfficial) {
  Extract(
      "Trade talks in Quito\nJun 2, 2025\n"
      "Ecuador and Peru held trade talks in Quito on Monday.\n"
      "Peru was represented by Rosa Quispe, the acting Peruvian Minister of Trade, and Ecuador by "
      "Luis Andrade, Ecuador's interim Minister of Production.\n");
  ASSERT_NE(Find("official", "Rosa Quispe"), nullptr) << Dump();
  ASSERT_NE(Find("official", "Luis Andrade"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Luis Andrade", "represents", "Ecuador")) << Dump();
}

// "The visiting minister ... will be accompanied by A": A goes where the unnamed subject goes,
// which the sentence does not say; the story's meeting is not A's.
TEST_F(ExtractGeneralTest, AccompanyingAnUnnamedSubjectAttendsNoMeeting) {
  Extract(
      "Talks in Lima\nJun 2, 2025\n"
      "Foreign Minister Ana Souza of Brazil and Foreign Minister Rosa Quispe of Peru held the third "
      "round of their Strategic Dialogue in Lima on Monday.\n"
      "The Bolivian foreign minister, whose trip ends on Friday, will be accompanied by Jorge "
      "Mamani, the Bolivian Minister of Mining.\n");
  ASSERT_NE(Find("official", "Jorge Mamani"), nullptr) << Dump();
  EXPECT_FALSE(HasRole("Jorge Mamani", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Ana Souza", "cochaired") || HasRole("Ana Souza", "attended")) << Dump();
}

// "A was accompanied by B": with the subject named, B attends the subject's meeting.
TEST_F(ExtractGeneralTest, AccompanyingANamedOfficialAttendsTheMeeting) {
  Extract(
      "Talks in Lima\nJun 2, 2025\n"
      "Foreign Minister Ana Souza of Brazil held talks with Foreign Minister Rosa Quispe of Peru in "
      "Lima on Monday.\n"
      "Souza was accompanied by Deputy Minister Carlos Lima.\n");
  EXPECT_TRUE(HasRole("Carlos Lima", "attended")) << Dump();
}

// "King Harald" known by one given name: the node keeps the royal title as an alias, so two
// monarchs of one name stay apart and a reader finds "King Harald".
TEST_F(ExtractGeneralTest, AMonarchOfOneNameKeepsTheRoyalTitleAsAnAlias) {
  Extract(
      "State visit to Oslo\nJun 2, 2025\n"
      "President Ana Souza of Brazil was received by King Harald at the Royal Palace in Oslo on "
      "Monday.\n");
  const ExtractedNode* king = Find("official", "Harald");
  ASSERT_NE(king, nullptr) << Dump();
  EXPECT_NE(std::find(king->aliases.begin(), king->aliases.end(), "King Harald"), king->aliases.end()) << Dump();
}

// "A, the ministry's spokesperson, said": the office is the ministry's; the name before it is an
// official all the same.
TEST_F(ExtractGeneralTest, ABodysSpokespersonInAnAppositionIsAnOfficial) {
  Extract(
      "Ministry briefs on talks\nJun 2, 2025\n"
      "Chile and Peru held talks on fisheries in Lima on Monday.\n"
      "At a briefing, Marta Rojas, the foreign ministry's spokesperson, said the talks were useful.\n");
  EXPECT_NE(Find("official", "Marta Rojas"), nullptr) << Dump();
}

// "A, who was then the Peruvian president": the clause gives A the office, even when another
// holder of it was named earlier in the story.
TEST_F(ExtractGeneralTest, AWhoClauseNamingAnOfficeNamesItsPastHolder) {
  Extract(
      "Dialogue marks twenty years\nJun 2, 2025\n"
      "President Ana Souza of Brazil met President Rosa Quispe of Peru in Lima on Monday.\n"
      "The Brazil-Peru Strategic Dialogue was launched in 2005 by President Lula and Alan Garcia, "
      "who was then the Peruvian president.\n");
  ASSERT_NE(Find("official", "Alan Garcia"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Alan Garcia", "represents", "Peru")) << Dump();
}

// A long patronymic name is one name ("Khalid bin Nasser bin Abdulrahman Al Faris"), and the
// father's name inside it ("Nasser bin Abdulrahman Al Faris") is another person.
TEST_F(ExtractGeneralTest, APatronymicNameIsWholeAndItsFatherIsSomeoneElse) {
  Extract(
      "Prince receives delegation\nJun 2, 2025\n"
      "His Royal Highness Prince Khalid bin Nasser bin Abdulrahman Al Faris, Governor of the Province, "
      "received Foreign Minister Ana Souza of Brazil on Monday.\n"
      "She conveyed greetings to King Nasser bin Abdulrahman Al Faris.\n");
  ASSERT_NE(Find("official", "Khalid bin Nasser bin Abdulrahman Al Faris"), nullptr) << Dump();
  ASSERT_NE(Find("official", "Nasser bin Abdulrahman Al Faris"), nullptr) << Dump();
}

// "Jean-Paul Mbala Kasongo Pen'Ekita, Minister of ...": an apostrophe inside a surname joins it.
TEST_F(ExtractGeneralTest, AnApostropheInsideASurnameKeepsTheNameWhole) {
  Extract(
      "Talks in Kinshasa\nJun 2, 2025\n"
      "Foreign Minister Ana Souza of Brazil met Jean-Paul Mbala Pen'Ekita, Minister of Foreign "
      "Affairs of the Democratic Republic of Congo, in Kinshasa on Monday.\n");
  EXPECT_NE(Find("official", "Jean-Paul Mbala Pen'Ekita"), nullptr) << Dump();
}

// "LIMA, 3 June 2025 - ... met today", posted the next day: "today" is the dateline's day, the
// day the report was filed.
TEST_F(ExtractGeneralTest, TodayCountsFromTheDatelinesDay) {
  Extract(
      "Peru and Chile hold fisheries talks\n04.06.2025\n"
      "LIMA, 3 June 2025 - Foreign Minister Ana Souza of Peru met Foreign Minister Karl Brandt of "
      "Chile today for talks on fisheries.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_EQ(talks->date, "2025-06-03") << Dump();
}

}  // namespace
}  // namespace dkg
