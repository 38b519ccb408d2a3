// Who attends a meeting (attended, represents): lists of attendees, envoys at one ceremony,
// officials who speak at a meeting. Each test on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttendeesTest : public ExtractFixture {};

// Envoys who "also presented their credentials" to the same head of state on the same day are at
// the one ceremony the story reports; a list member introduced by ", and" with a country's title
// ("and Spain's ambassador, B") is an attendee of its own, not an apposition of the one before.
TEST_F(ExtractAttendeesTest, EnvoysWhoAlsoPresentCredentialsJoinTheOneCeremony) {
  Extract(
      "Envoys present credentials\nMay 11, 2023\n"
      "On Thursday, Ambassador Karl Brandt presented his credentials to President Ana Souza in Lima.\n"
      "Besides Brandt, Chile's envoy to Peru, Olu Adeyemi, and Spain's ambassador, Lena Berg, also "
      "presented their credentials to President Souza.\n");
  const std::string ceremony = Meeting();
  ASSERT_FALSE(ceremony.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "chaired", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Spain")) << Dump();
}

// On another day the same head receiving another envoy holds another ceremony.
TEST_F(ExtractAttendeesTest, CredentialsOnAnotherDayAreAnotherCeremony) {
  Extract(
      "Envoys present credentials\nMay 11, 2023\n"
      "On Thursday, Ambassador Karl Brandt presented his credentials to President Ana Souza in Lima.\n"
      "On March 2, 2023, Ambassador Olu Adeyemi presented his credentials to President Souza.\n");
  int ceremonies = 0;
  for (const auto& n : graph_.nodes) ceremonies += n.kind == "meeting";
  EXPECT_EQ(ceremonies, 2) << Dump();
}

// "A was accompanied by her trade minister, B": B serves A's country, not the other side's (the
// counterpart inference of a two-country meeting would give B the other one).
TEST_F(ExtractAttendeesTest, MinisterAccompanyingAnOfficialServesThatOfficialsCountry) {
  Extract(
      "Pact signed\nJul 9, 2023\n"
      "Prime Minister Ana Souza of Peru signed a trade pact with Chancellor Karl Brandt of Germany in "
      "Berlin on Sunday.\n"
      "Souza was accompanied by her trade minister, Luis Ortega, who signed the agreement together "
      "with the German economy minister, Lena Berg.\n");
  EXPECT_TRUE(HasEdge("Luis Ortega", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Ortega", "represents", "Germany")) << Dump();
  EXPECT_TRUE(HasRole("Luis Ortega", "attended")) << Dump();
}

// The text's own word for the companion's country stands.
TEST_F(ExtractAttendeesTest, CompanionsOwnCountryStands) {
  Extract(
      "Talks in Lima\nJul 9, 2023\n"
      "Foreign Minister Ana Souza of Peru was accompanied by her Chilean counterpart, Karl Brandt, "
      "at the talks in Lima on Sunday.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
}

// "B, Ambassador of Chile to Peru," is one official in a list: the envoy's post ("to Peru") does
// not end the apposition, so the next member is read too.
TEST_F(ExtractAttendeesTest, EnvoysPostInAnAppositionKeepsTheListTogether) {
  Extract(
      "Envoys present credentials\nMay 11, 2023\n"
      "On Thursday, Olu Adeyemi, Ambassador of Chile to Peru, and Lena Berg, Ambassador of Spain to "
      "Peru, presented their credentials to President Ana Souza in Lima.\n");
  const std::string ceremony = Meeting();
  ASSERT_FALSE(ceremony.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", ceremony)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Spain")) << Dump();
}

// Who addresses a meeting, or delivers remarks at its closing ceremony, is at it.
TEST_F(ExtractAttendeesTest, SpeakersAtAMeetingAttendIt) {
  Extract(
      "Andean summit opens\nMar 3, 2025\n"
      "The 5th Andean Leaders' Summit opened in Lima on Monday.\n"
      "Remarks at the closing ceremony were delivered by Secretary-General Karl Brandt; by Prime "
      "Minister Lena Berg of Chile; and by President Ana Souza of Peru.\n"
      "Foreign Minister Olu Adeyemi of Nigeria addressed the summit as a guest.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Andean");
  ASSERT_NE(summit, nullptr) << Dump();
  for (const char* who : {"Karl Brandt", "Lena Berg", "Ana Souza", "Olu Adeyemi"}) {
    EXPECT_TRUE(HasEdge(who, "attended", summit->name)) << who << "\n" << Dump();
  }
}

// "Speaking alongside A at a press conference after their summit, B said": both were at the
// summit; "Also speaking during the summit, A ..., and B noted": B spoke there too.
TEST_F(ExtractAttendeesTest, OfficialsSpeakingTogetherAttendTheMeetingNamed) {
  Extract(
      "Leaders meet\nMar 3, 2025\n"
      "Speaking alongside President Ana Souza of Peru at a press conference after the 3rd Peru-Chile "
      "Summit, President Karl Brandt of Chile said that ties had never been closer.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", summit->name)) << Dump();
}

// "A is visiting X and Y, and later he is due to join the emergency meeting of ...": A attends
// it; so does an official "due at" the closing session of a meeting.
TEST_F(ExtractAttendeesTest, OfficialWhoWillJoinOrIsDueAtAMeetingAttendsIt) {
  Extract(
      "A first trip\nMay 7, 2025\n"
      "Foreign Minister Karl Brandt of Chile is visiting Peru and Bolivia, the closest partners of his "
      "country, and later he is due to join the emergency meeting of G20 Trade Ministers in Quito.\n"
      "President Ana Souza of Peru, in Ecuador since Sunday, is due at the closing session "
      "of the 5th Andean Leaders' Summit.\n");
  const ExtractedNode* ministers = nullptr;
  const ExtractedNode* summit = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("Trade Ministers") != std::string::npos) ministers = &n;
    if (n.kind == "meeting" && n.name.find("Summit") != std::string::npos) summit = &n;
  }
  ASSERT_NE(ministers, nullptr) << Dump();
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", ministers->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "attended", ministers->name)) << Dump();
}

// A joint statement that opens the story, "issued by" the ministers: they attended the meeting
// the story then names (roles given to the meeting in focus before any meeting was named wait
// for it).
TEST_F(ExtractAttendeesTest, IssuersOfAnOpeningJointStatementAttendTheStorysMeeting) {
  Extract(
      "Peru and Chile hold talks\nApr 2, 2024\n"
      "Joint Statement on the Third Peru-Chile 2+2 Meeting, issued by Foreign Minister Ana Souza; "
      "Defence Minister Karl Brandt; and His Excellency Admiral (retired) Olu Adeyemi, Minister of "
      "Defence.\n"
      "On 2 April 2024 the ministers of Peru and Chile met in Lima for the Third Peru-Chile 2+2 "
      "Meeting.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "2+2");
  ASSERT_NE(meeting, nullptr) << Dump();
  for (const char* who : {"Ana Souza", "Karl Brandt", "Olu Adeyemi"}) {
    EXPECT_TRUE(HasEdge(who, "attended", meeting->name)) << who << "\n" << Dump();
  }
}

// "On the margins of the summit in Lima today (14.10.25), A and B signed ...": a date in figures
// in brackets does not hide the officials from the meeting.
TEST_F(ExtractAttendeesTest, BracketedDateBeforeTheOfficialsOfAFrontedSidelinesPhrase) {
  Extract(
      "Pact signed\nOct 14, 2025\n"
      "On the margins of the 5th Andean Leaders' Summit in Lima today (14.10.25), Prime Minister Ana "
      "Souza and Chile's Prime Minister, Karl Brandt, signed two agreements.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", summit->name)) << Dump();
}

// "Together with B, he also conducted X and Y": "he" is the official the story follows, who
// attends both meetings with B.
TEST_F(ExtractAttendeesTest, PronounAfterAFrontedPhraseTakesTheRole) {
  Extract(
      "Secretary visits Lima\nMay 7, 2025\n"
      "In Lima, Foreign Secretary Karl Brandt of Chile held talks with senior Peruvian officials.\n"
      "Together with Vice Minister Ana Souza of Peru, he also conducted the first round of the "
      "Chile-Peru Dialogue on Fisheries and the 3rd Chile-Peru Consular Consultations.\n");
  int attended = 0;
  for (const auto& e : graph_.edges) {
    attended += e.relation == "attended" && graph_.nodes[e.source].name == "Karl Brandt" &&
                (graph_.nodes[e.target].name.find("Fisheries") != std::string::npos ||
                 graph_.nodes[e.target].name.find("Consular") != std::string::npos);
  }
  EXPECT_EQ(attended, 2) << Dump();
}

// "taking part both in X and in Y": the role holds for both meetings.
TEST_F(ExtractAttendeesTest, TakingPartBothInTwoMeetings) {
  Extract(
      "Minister in Lima\nMay 5, 2023\n"
      "Foreign Minister Karl Brandt of Chile is taking part both in the 3rd round of the Chile-Peru "
      "Political Dialogue and in the 2nd Chile-Peru-Bolivia Trilateral Summit.\n");
  int attended = 0;
  for (const auto& e : graph_.edges) {
    attended += e.relation == "attended" && graph_.nodes[e.source].name == "Karl Brandt" &&
                graph_.nodes[e.target].kind == "meeting";
  }
  EXPECT_EQ(attended, 2) << Dump();
}

// "the Solomon Islands' Prime Minister, B": a plural name's bare apostrophe joins the country to
// the official, so B is the next member of a list of officials.
TEST_F(ExtractAttendeesTest, PluralCountrysApostropheKeepsAListOfOfficialsTogether) {
  Extract(
      "Pact signed\nSep 11, 2025\n"
      "On the sidelines of the 5th Andean Leaders' Summit in Lima, Prime Minister Ana Souza and the "
      "Solomon Islands' Prime Minister, Hon. Karl Brandt, signed two agreements.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", summit->name)) << Dump();
}

// "Ambassador A, the Secretary for Asia at the Chilean Ministry of Foreign Affairs": the
// office in apposition gives the official's body and country.
TEST_F(ExtractAttendeesTest, OfficeInAppositionGivesTheCountryTheFirstTitleLeftOpen) {
  Extract(
      "Visit\nMar 20, 2024\n"
      "Speaking to reporters last week, Ambassador Ana Souza, the Secretary for Asia and "
      "Oceania at the Chilean Ministry of Foreign Affairs, said that the visit was unusual.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "member_of", "Ministry of Foreign Affairs of Chile")) << Dump();
}

// "the two representatives of President A of Peru, Foreign Minister B and Finance Minister C":
// B and C serve Peru, read off A's title in the same sentence.
TEST_F(ExtractAttendeesTest, RepresentativesOfAnOfficialServeThatOfficialsCountry) {
  Extract(
      "Talks in Lima\nApr 2, 2024\n"
      "Chile's ministers will meet the two representatives of President Ana Souza of Peru, "
      "Foreign Minister Karl Brandt and Finance Minister Lena Berg.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Lena Berg", "represents", "Chile")) << Dump();
}

}  // namespace
}  // namespace dkg
