// h158: misses of set s158 (a summit with signings, a host agency's visit report, a numbered
// dialogue, a regional council, an agreement's entry into force, a leaders' video call) at first
// sight, each rule on a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight158Test : public ExtractFixture {};

// "An agreement between the Comoros and Kenya on joint patrols of their waters entered into force":
// an unnamed instrument with its parties inside its name is an agreement they are party to; the
// apposition that tells its signing ("The agreement, signed in Mombasa on 4 May 2025 by A and B")
// is a signing held there that day, attended by its signatories.
TEST_F(ExtractFirstSight158Test, InstrumentBetweenSidesAndItsSigningInAnApposition) {
  Extract(
      "Patrol pact in force\n"
      "Mar 5, 2027\n"
      "An agreement between the Comoros and Kenya on joint patrols of their waters entered into "
      "force on Thursday, the Kenyan foreign ministry said.\n"
      "The agreement, signed in Mombasa on 4 May 2025 by Comorian Foreign Minister Dhoihir "
      "Abdou Bacar and Kenyan Foreign Minister Grace Wanjiru Otieno, lets either navy board "
      "suspect boats.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "joint patrols");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Comoros", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kenya", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Dhoihir Abdou Bacar", "signed", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Grace Wanjiru Otieno", "signed", deal->name)) << Dump();
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_EQ(signing->date, "2025-05-04") << Dump();
  EXPECT_TRUE(HasEdge(signing->name, "held_in", "Mombasa")) << Dump();
  EXPECT_TRUE(HasEdge(deal->name, "agreed_at", signing->name)) << Dump();
  EXPECT_TRUE(HasEdge("Dhoihir Abdou Bacar", "attended", signing->name)) << Dump();
}

// Talks between two countries on a subject are no instrument.
TEST_F(ExtractFirstSight158Test, TalksBetweenSidesOnASubjectAreNoInstrument) {
  Extract(
      "Talks resume\n"
      "Mar 5, 2027\n"
      "Talks between the Comoros and Kenya on joint patrols of their waters resumed on Thursday in "
      "Mombasa.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "patrols"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
