// Attacks on the session's new rules (h139), each on a sentence written for the test: places a
// text denies with a contraction ("wasn't held in"), with "rather than" / "instead of", or inside
// a relative clause that a pattern reads ("which was never held in A"); and the traveller of "A
// met B in X and then travelled to Y", who is A, never B; and where "the next session will be held"
// was agreed.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttack139Test : public ExtractFixture {};

// A contraction negates as "not" does, with a straight or a typographic apostrophe.
TEST_F(ExtractAttack139Test, AContractedNegationDeniesThePlace) {
  for (const char* body : {"The Baltic Rivers Summit wasn't held in Tartu.\n",
                           "The Baltic Rivers Summit won't be held in Tartu.\n",
                           "The Baltic Rivers Summit didn't take place in Tartu.\n",
                           "The Baltic Rivers Summit wasn\xe2\x80\x99t held in Tartu.\n"}) {
    Extract(std::string("River summit\nApr 9, 2026\n") + body);
    EXPECT_FALSE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << body << Dump();
  }
  // ... and only before the place it denies: "wasn't" before a later clause's place is no denial.
  Extract(
      "River summit\nApr 9, 2026\n"
      "The Baltic Rivers Summit wasn't held in Tartu, but in Tallinn.\n");
  EXPECT_FALSE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << Dump();
  EXPECT_TRUE(HasEdge("Baltic Rivers Summit", "held_in", "Tallinn")) << Dump();
}

// "rather than in B" and "instead of in B" deny B; a place before them stands.
TEST_F(ExtractAttack139Test, RatherThanAndInsteadOfDenyThePlaceAfterThem) {
  Extract(
      "River summit\nApr 9, 2026\n"
      "Rather than in Tartu, the Baltic Rivers Summit will take place in Tallinn.\n");
  EXPECT_FALSE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << Dump();
  Extract(
      "River summit\nApr 9, 2026\n"
      "The Baltic Rivers Summit took place in Tallinn instead of in Tartu.\n");
  EXPECT_TRUE(HasEdge("Baltic Rivers Summit", "held_in", "Tallinn")) << Dump();
  EXPECT_FALSE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << Dump();
}

// A relative clause read by a pattern ("X, which was held in A") denies its place as the place
// rules do: "which was never held in A" holds nothing in A; without the negation it does.
TEST_F(ExtractAttack139Test, ARelativeClauseThatDeniesThePlace) {
  Extract(
      "River summit\nApr 9, 2026\n"
      "The Baltic Rivers Summit, which was never held in Tartu, took place in Tallinn.\n");
  EXPECT_FALSE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << Dump();
  Extract(
      "River summit\nApr 9, 2026\n"
      "The ministers discussed the Baltic Rivers Summit, which was held in Tartu.\n");
  EXPECT_TRUE(HasEdge("Baltic Rivers Summit", "held_in", "Tartu")) << Dump();
}

// "A met B in X and then travelled to Y": B, the one met, makes no trip to Y and no visit held in
// X; "A welcomed B, who arrived in X" is still B's visit to X.
TEST_F(ExtractAttack139Test, TheOneMetIsNoTraveller) {
  Extract(
      "Swedish minister tours\nApr 9, 2026\n"
      "Foreign Minister Lena Falk of Sweden met Mayor Nils Dahl in Gothenburg and then travelled "
      "to "
      "Malmo.\n");
  EXPECT_TRUE(HasEdge("Nils Dahl", "attended", "Falk's meeting with Nils Dahl")) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Nils Dahl's visit"), nullptr) << Dump();
  Extract(
      "Swedish minister tours\nApr 9, 2026\n"
      "Foreign Minister Lena Falk of Sweden held talks with Mayor Nils Dahl in Gothenburg before "
      "she flew to Malmo.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Nils Dahl's visit"), nullptr) << Dump();
  Extract(
      "Swedish minister tours\nApr 9, 2026\n"
      "Mayor Nils Dahl welcomed Foreign Minister Lena Falk of Sweden, who arrived in Gothenburg on "
      "Monday.\n");
  EXPECT_NE(NodeNamedLike("meeting", "Lena Falk's visit to Gothenburg"), nullptr) << Dump();
  // One who travels "together with" another is a traveller too.
  Extract(
      "Swedish minister tours\nApr 9, 2026\n"
      "Foreign Minister Lena Falk of Sweden, together with Trade Minister Nils Dahl, travelled to "
      "Gothenburg on Monday.\n");
  EXPECT_NE(NodeNamedLike("meeting", "Nils Dahl's visit to Gothenburg"), nullptr) << Dump();
}

// "The two sides agreed that the next session will be held in X": the agreement was reached at the
// session of the story, never at the next one it plans; a clause about a past meeting keeps it.
TEST_F(ExtractAttack139Test, AnAgreedNextSessionIsNotWhereItWasAgreed) {
  Extract(
      "Commission meets\nApr 9, 2026\n"
      "The third session of the Estonia-Ghana Joint Commission was held in Tartu on Tuesday.\n"
      "The two sides agreed that the next session will be held in Accra.\n");
  const ExtractedNode* agreement = NodeNamedLike("agreement", "next session");
  ASSERT_NE(agreement, nullptr) << Dump();
  EXPECT_TRUE(
      HasEdge(agreement->name, "agreed_at", "third session of the Estonia-Ghana Joint Commission"))
      << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation != "agreed_at" || graph_.nodes[e.source].name != agreement->name) continue;
    EXPECT_EQ(graph_.nodes[e.target].name.find("next session"), std::string::npos) << Dump();
  }
}

}  // namespace
}  // namespace dkg
