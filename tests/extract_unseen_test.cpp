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

}  // namespace
}  // namespace dkg
