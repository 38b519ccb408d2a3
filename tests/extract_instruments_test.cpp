// Instruments of agreements: which named instruments a meeting's participants adopt there.
// Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class InstrumentsTest : public ExtractFixture {};

TEST_F(InstrumentsTest, NamedDeclarationOfALeadersSummitIsAgreedThere) {
  Extract(
      "The Tarapaca Declaration: joint statement of the leaders of Peru, Chile and Bolivia\nMar 4, 2025\n"
      "We, President Ana Souza of Peru, President Carlos Vidal of Chile and President Luis Arce of "
      "Bolivia, met today in Arica for the second Andean Leaders Summit, which President Vidal hosted.\n"
      "We reaffirm our commitment to a peaceful and prosperous region.\n");
  EXPECT_TRUE(HasEdge("Tarapaca Declaration", "agreed_at", "second Andean Leaders Summit")) << Dump();
}

TEST_F(InstrumentsTest, BareDeclarationIsNoJointStatement) {
  Extract(
      "Peru and Chile hold fisheries talks\nMar 4, 2025\n"
      "Peru's Foreign Minister Ana Souza met Chile's Foreign Minister Carlos Vidal in Lima on Monday.\n"
      "Souza welcomed the declaration of a ceasefire in the region.\n");
  for (const auto& n : graph_.nodes) {
    EXPECT_NE(n.name.rfind("Joint Statement of", 0), 0u) << Dump();
  }
}

TEST_F(InstrumentsTest, DeclarationDatedByAnEarlierYearIsNotAgreedAtTheMeeting) {
  Extract(
      "Peru and Chile hold defence talks\nMar 4, 2025\n"
      "Peru's Defence Minister Ana Souza met Chile's Defence Minister Carlos Vidal in Lima on Monday "
      "for the first Peru-Chile Defence Dialogue.\n"
      "They reviewed cooperation on the basis of the 2011 Joint Declaration on Border Security.\n");
  EXPECT_FALSE(HasEdge("2011 Joint Declaration on Border Security", "agreed_at", "first Peru-Chile Defence Dialogue"))
      << Dump();
}

}  // namespace
}  // namespace dkg
