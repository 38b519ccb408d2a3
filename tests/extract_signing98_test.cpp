// Signings and where their instruments were agreed (h98): a signing its own sentence places
// inside a visit ("during the visit of ...") is an engagement of that visit.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractSigning98Test : public ExtractFixture {};

// "The accord was signed in Lima ... during the visit of President C to Peru": agreed at the
// visit, its signatories attend the visit, and no separate signing occasion is left.
TEST_F(ExtractSigning98Test, SigningDuringAVisitIsAgreedAtTheVisit) {
  Extract(
      "Peru and Ecuador mark anniversary of river accord\nMay 4, 2026\n"
      "Peru's Foreign Minister Lucia Varga said on Monday that the Amazon Navigation Accord had "
      "entered into force.\n"
      "The Amazon Navigation Accord was signed in Lima on 3 June 2025 by Foreign Minister Lucia Varga "
      "and Foreign Minister Tomas Oquendo, during the visit of Ecuadorian President Rafael Montalvo "
      "to Peru.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Amazon Navigation Accord", "agreed_at", visit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Oquendo", "attended", visit->name)) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "signing"), nullptr) << Dump();
}

// A signing the sentence does not place in the visit stays an occasion of its own.
TEST_F(ExtractSigning98Test, SigningBesideAVisitStaysItsOwnOccasion) {
  Extract(
      "Peru and Ecuador sign river accord\nMay 4, 2026\n"
      "Ecuadorian President Rafael Montalvo began a state visit to Peru on Monday.\n"
      "The Amazon Navigation Accord was signed in Lima on Tuesday by Foreign Minister Lucia Varga "
      "and Foreign Minister Tomas Oquendo.\n");
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Amazon Navigation Accord", "agreed_at", signing->name)) << Dump();
}

// "The two ministers signed an Agreement on A and a Memorandum on B": both instruments of the
// list are signed by the meeting's two co-chairs and agreed at it.
TEST_F(ExtractSigning98Test, EveryInstrumentOfAnIndefiniteListIsSignedAndAgreed) {
  Extract(
      "Peru and Chile hold fisheries commission\nMay 4, 2026\n"
      "The 3rd Session of the Peru-Chile Fisheries Commission was held in Lima on Monday, co-chaired by "
      "Foreign Minister Lucia Varga of Peru and Foreign Minister Tomas Oquendo of Chile.\n"
      "The two ministers signed an Agreement on Visa Exemption for Diplomats and a Memorandum of "
      "Understanding on Port Services.\n");
  const std::string session = Meeting();
  ASSERT_FALSE(session.empty()) << Dump();
  for (const char* instrument : {"Agreement on Visa Exemption for Diplomats", "Memorandum of Understanding on Port Services"}) {
    EXPECT_TRUE(HasEdge("Lucia Varga", "signed", instrument)) << instrument << Dump();
    EXPECT_TRUE(HasEdge("Tomas Oquendo", "signed", instrument)) << instrument << Dump();
    EXPECT_TRUE(HasEdge(instrument, "agreed_at", session)) << instrument << Dump();
  }
}

// "Lima hosted the first summit in 2024. At that summit the ministers approved X": X was reached
// at the earlier summit the sentence before named, not at the summit in focus.
TEST_F(ExtractSigning98Test, AdoptedAtThatMeetingIsTheMeetingNamedBefore) {
  Extract(
      "Andean leaders meet in Quito for second summit\nMay 4, 2026\n"
      "The second Andean Leaders' Summit was held in Quito on Monday.\n"
      "Lima hosted the first Andean Leaders' Summit in June 2024. At that summit the ministers approved the "
      "Andean Framework for Cooperation on Water.\n");
  EXPECT_TRUE(HasEdge("Andean Framework for Cooperation on Water", "agreed_at", "first Andean Leaders' Summit")) << Dump();
  EXPECT_FALSE(HasEdge("Andean Framework for Cooperation on Water", "agreed_at", "second Andean Leaders' Summit")) << Dump();
}

}  // namespace
}  // namespace dkg
