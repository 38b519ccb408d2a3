// Phrasings of reporting styles written for the test (a press office's trip statement, a
// defence ministry release, a leaders' video-call readout), each on a document of our own.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractGeneraliseTest : public ExtractFixture {};

// Commonwealth style: "the Minister for Trade, the Hon A MP": an article before the honorific
// after the title's comma.
TEST_F(ExtractGeneraliseTest, AnHonourableAfterTheTitlesComma) {
  Extract(
      "Trade ministers meet in Perth\nMay 2, 2024\n"
      "The Minister for Trade, the Hon Peter Walsh MP, held talks with Chile's Minister of Trade "
      "Ana Rojas in Perth on Thursday.\n");
  ASSERT_NE(Find("official", "Peter Walsh"), nullptr) << Dump();
  EXPECT_TRUE(HasRole("Peter Walsh", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Ana Rojas", "attended")) << Dump();
}

// A readout: "held a video conference with B" is a meeting of the two.
TEST_F(ExtractGeneraliseTest, AVideoConferenceWithALeaderIsAMeeting) {
  Extract(
      "Readout of the Prime Minister's call\nMarch 3, 2025\n"
      "Prime Minister Rui Costa today held a video conference with the President of "
      "Chile, Marta Alvarez.\n");
  EXPECT_TRUE(HasRole("Rui Costa", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Marta Alvarez", "attended")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", Meeting())) << Dump();
}

// "..., where he is meeting B. He is also calling on C": the second "he" is still the
// travelling minister, not B.
TEST_F(ExtractGeneraliseTest, TheOfficialMetAfterHeIsNotTheNextHe) {
  Extract(
      "Foreign Minister Lund visits Peru\nMarch 6, 2024\n"
      "Foreign Minister Mia Lund arrived in Peru on Tuesday.\n"
      "Today the Foreign Minister is in Lima, where he is meeting Peru's Minister of Foreign "
      "Affairs, Tomas Rojas.\n"
      "He is also calling on Elena Vargas, Secretary-General of the Andean Community, at its "
      "headquarters.\n");
  EXPECT_TRUE(HasRole("Tomas Rojas", "attended")) << Dump();
  bool lund_meets_vargas = false, rojas_meets_vargas = false;
  for (const auto& e : graph_.edges) {
    if (e.relation != "attended") continue;
    const std::string& who = graph_.nodes[e.source].name;
    if (who != "Mia Lund" && who != "Tomas Rojas") continue;
    for (const auto& f : graph_.edges) {
      if (f.relation == "attended" && f.target == e.target && graph_.nodes[f.source].name == "Elena Vargas") {
        (who == "Mia Lund" ? lund_meets_vargas : rojas_meets_vargas) = true;
      }
    }
  }
  EXPECT_TRUE(lund_meets_vargas) << Dump();
  EXPECT_FALSE(rojas_meets_vargas) << Dump();
}

// "signed a Memorandum of Understanding on Fisheries Cooperation between A and B": one agreement,
// named in full, not also its bare head.
TEST_F(ExtractGeneraliseTest, ASignedNamedMemorandumIsOneAgreement) {
  Extract(
      "Peru and Ghana sign fisheries memorandum\nMay 2, 2024\n"
      "In Lima on Monday, Foreign Minister Tomas Rojas held talks with Ghana's Foreign Minister "
      "Kofi Mensah.\n"
      "After the talks, the two ministers signed a Memorandum of Understanding on Fisheries "
      "Cooperation between Peru and Ghana.\n");
  int agreements = 0;
  for (const auto& n : graph_.nodes) agreements += n.kind == "agreement";
  EXPECT_EQ(agreements, 1) << Dump();
  EXPECT_EQ(Find("agreement", "Memorandum of Understanding"), nullptr) << Dump();
}

// "agreed to meet on the margins of the G7 summit": the summit is where they will meet, not
// where they agreed to; that was the call the readout reports.
TEST_F(ExtractGeneraliseTest, AgreeingToMeetAtASummitWasAgreedOnTheCall) {
  Extract(
      "Readout of the Prime Minister's call\nMarch 3, 2025\n"
      "Prime Minister Rui Costa today held a video conference with the President of Chile, Marta "
      "Alvarez.\n"
      "The two leaders agreed to meet in person on the margins of the G20 summit in Johannesburg "
      "in November.\n");
  const std::string call = "Costa's video conference with Marta Alvarez";
  ASSERT_NE(Find("meeting", call), nullptr) << Dump();
  bool at_call = false, at_summit = false;
  for (const auto& e : graph_.edges) {
    if (e.relation != "agreed_at") continue;
    at_call |= graph_.nodes[e.target].name == call;
    at_summit |= graph_.nodes[e.target].name != call;
  }
  EXPECT_TRUE(at_call) << Dump();
  EXPECT_FALSE(at_summit) << Dump();
}

// "chaired by President A, with President B the notable absence": B neither chairs nor, with A,
// co-chairs.
TEST_F(ExtractGeneraliseTest, AnAbsenceAfterTheChairsCommaIsNoChair) {
  Extract(
      "Andean leaders meet in Quito\nMay 6, 2024\n"
      "The Andean Presidential Summit was held in Quito on Monday, chaired by Ecuadorian "
      "President Ana Souza, with Peruvian President Karl Brandt the most notable absence.\n");
  EXPECT_TRUE(HasRole("Ana Souza", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Karl Brandt", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Karl Brandt", "cochaired")) << Dump();
  EXPECT_FALSE(HasRole("Ana Souza", "cochaired")) << Dump();
}

// Chairs of two sides named in two sentences ("It was chaired by B", about another meeting the
// story describes) do not co-chair the summit.
TEST_F(ExtractGeneraliseTest, ChairsInSeparateSentencesDoNotCochair) {
  Extract(
      "Andean leaders meet in Quito\nMay 6, 2024\n"
      "The Andean Presidential Summit was held in Quito on Monday, chaired by Ecuadorian "
      "President Ana Souza.\n"
      "A preparatory gathering of the bloc's foreign ministers took place in the same city on "
      "Sunday. It was chaired by Peruvian Foreign Minister Karl Brandt.\n");
  EXPECT_TRUE(HasRole("Ana Souza", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Ana Souza", "cochaired")) << Dump();
  EXPECT_FALSE(HasRole("Karl Brandt", "cochaired")) << Dump();
}

// "He was accompanied by Minister for Trade B": B is on the visitor's side, not the host's.
TEST_F(ExtractGeneraliseTest, AMinisterAccompanyingAVisitorIsNotTheHostsOfficial) {
  Extract(
      "Prime Minister Holm visits Peru\nMay 6, 2024\n"
      "At the invitation of Peru's President Ana Souza, Prime Minister of Norway Lars Holm paid an "
      "official visit to Peru from 5 to 7 May 2024.\n"
      "He was accompanied by Minister for Trade Karl Brandt and a business delegation.\n");
  EXPECT_TRUE(HasRole("Karl Brandt", "attended")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
}

}  // namespace
}  // namespace dkg
