// Phrasings of reporting styles written for the test (a wire report, a ministry readout of a
// call, an embassy item, a round of a series), each on a document of our own.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractUnseenTest : public ExtractFixture {
 protected:
  bool HasAgreementNamed(const std::string& name) const { return Find("agreement", name) != nullptr; }
};

// Wire copy: "agreed on Monday to ..." names the agreement by what follows "to", not by the day.
TEST_F(ExtractUnseenTest, AWeekdayAfterAgreedOnIsNotTheAgreement) {
  Extract(
      "Chile, Peru widen fisheries patrols\nApr 8, 2024\n"
      "SANTIAGO, April 8 (Reuters) - Chile and Peru agreed on Monday to widen joint fisheries "
      "patrols off their coasts.\n");
  EXPECT_TRUE(HasAgreementNamed("widen joint fisheries patrols off their coasts")) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "widen joint fisheries patrols off their coasts")) << Dump();
}

// "following talks in Lima between A and her Chilean counterpart, B": the talks are a meeting
// of both, held in the city named before "between".
TEST_F(ExtractUnseenTest, TalksInACityBetweenAMinisterAndHerCounterpart) {
  Extract(
      "Peru and Chile agree on patrols\nApr 8, 2024\n"
      "The two governments agreed to share radar data, following talks in Lima between Peruvian "
      "Foreign Minister Elena Vargas and her Chilean counterpart, Tomas Rojas.\n");
  EXPECT_TRUE(HasRole("Elena Vargas", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Tomas Rojas", "attended")) << Dump();
  bool held_in_lima = false;
  for (const auto& e : graph_.edges) {
    held_in_lima |= e.relation == "held_in" && graph_.nodes[e.target].name == "Lima" &&
                    graph_.nodes[e.source].kind == "meeting";
  }
  EXPECT_TRUE(held_in_lima) << Dump();
}

// A ministry readout: "held a telephone talk with the Hon. B" is a call of the two.
TEST_F(ExtractUnseenTest, ATelephoneTalkWithAnHonourableMinister) {
  Extract(
      "Foreign Ministers' Telephone Talk\nMay 2, 2024\n"
      "On May 2, Ms. TANAKA Emi, Minister for Foreign Affairs of Japan, held a telephone talk with "
      "the Hon. Paul Martin, Minister of Foreign Affairs of Canada.\n");
  EXPECT_TRUE(HasRole("Paul Martin", "attended")) << Dump();
  EXPECT_TRUE(HasRole("TANAKA Emi", "attended")) << Dump();
}

// "agreed to hold the next round in Seoul": the round named inside the clause is what was
// agreed, not the meeting where it was agreed.
TEST_F(ExtractUnseenTest, AMeetingNamedInsideTheAgreedClauseIsNotWhereItWasAgreed) {
  Extract(
      "Chile and Korea hold policy talks\nJun 5, 2024\n"
      "The third round of the Chile-Korea Policy Dialogue was held in Santiago on June 5, 2024.\n"
      "The two sides agreed to hold the fourth round of the Policy Dialogue in Seoul in 2025.\n");
  for (const auto& e : graph_.edges) {
    if (e.relation != "agreed_at") continue;
    EXPECT_EQ(graph_.nodes[e.target].name.find("fourth"), std::string::npos) << Dump();
  }
}

// An official named before a title that opens with "First", after a hyphenated given name:
// "and Kim Hong-kyun, First Vice Minister of Foreign Affairs of the Republic of Korea".
TEST_F(ExtractUnseenTest, AHyphenatedGivenNameBeforeAFirstViceMinister) {
  Extract(
      "Policy talks in Santiago\nJun 5, 2024\n"
      "The talks were co-chaired by Elena Vargas, Undersecretary of Foreign Affairs of Chile, and "
      "Park Min-jun, First Vice Minister of Foreign Affairs of the Republic of Korea.\n");
  ASSERT_NE(Find("official", "Park Min-jun"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Park Min-jun", "represents", "South Korea")) << Dump();
}

// An envoy's courtesy call on a minister is a meeting of the two.
TEST_F(ExtractUnseenTest, ACourtesyCallIsAMeeting) {
  Extract(
      "Ambassador calls on minister\nSep 3, 2024\n"
      "Ambassador Lena Berg paid a courtesy call on the Minister of Trade, Hon. Kwame Mensah, at "
      "his office on Tuesday.\n");
  EXPECT_TRUE(HasRole("Lena Berg", "attended")) << Dump();
  EXPECT_TRUE(HasRole("Kwame Mensah", "attended")) << Dump();
}

// Embassy items: "Ambassador of Chile to Ghana, H.E. Elena Vargas" names Chile's envoy; the
// credentials are presented where the sentence says.
TEST_F(ExtractUnseenTest, AnAmbassadorOfOneCountryToAnotherPresentsCredentials) {
  Extract(
      "New ambassador presents credentials\nSep 24, 2024\n"
      "Ambassador of Chile to Ghana, H.E. Elena Vargas, presented her Letters of Credence to H.E. "
      "Kwame Mensah, President of the Republic of Ghana, at the Jubilee House on Thursday.\n"
      "Peru's Ambassador to Ghana, Tomas Rojas, attended the ceremony.\n");
  ASSERT_NE(Find("official", "Elena Vargas"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Elena Vargas", "represents", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Elena Vargas", "represents", "Ghana")) << Dump();
  EXPECT_TRUE(HasRole("Elena Vargas", "attended")) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Rojas", "represents", "Peru")) << Dump();
  bool held = false;
  for (const auto& e : graph_.edges) {
    held |= e.relation == "held_in" && graph_.nodes[e.target].name == "Jubilee House";
  }
  EXPECT_TRUE(held) << Dump();
}

// "the Chile - Peru Strategic Partnership": a spaced hyphen joins the two sides of a name read
// leftwards from its head, as an unspaced one does.
TEST_F(ExtractUnseenTest, ASpacedHyphenJoinsTheSidesOfAnAgreementsName) {
  Extract(
      "Leaders meet in Lima\nMar 4, 2024\n"
      "The two leaders welcomed progress under the Chile - Peru Strategic Partnership in Lima.\n");
  EXPECT_NE(Find("agreement", "Chile - Peru Strategic Partnership"), nullptr) << Dump();
  EXPECT_EQ(Find("agreement", "Peru Strategic Partnership"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
