// Clause agreements (helper h80): where an agreed clause ends, and agreements reported by a state
// or by their noun. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ClauseAgreementsTest : public ExtractFixture {
 protected:
  std::string Agreements() const { return NamesOf("agreement"); }
};

TEST_F(ClauseAgreementsTest, NewSubjectAfterAndEndsTheClause) {
  Extract(
      "Peru and Chile leaders meet in Lima\nMar 4, 2025\n"
      "President Ana Souza of Peru held talks with President Karl Brandt of Chile in Lima on Tuesday.\n"
      "The two presidents agreed to protect the Andean glaciers, and they named 2026 a year of mountain "
      "research.\n");
  EXPECT_NE(Find("agreement", "protect the Andean glaciers"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementsTest, SemicolonEndsTheClause) {
  Extract(
      "Peru and Chile leaders meet in Lima\nMar 4, 2025\n"
      "President Ana Souza of Peru held talks with President Karl Brandt of Chile in Lima on Tuesday.\n"
      "The two presidents agreed to reopen the southern rail line; the ministers also discussed fishing quotas.\n");
  EXPECT_NE(Find("agreement", "reopen the southern rail line"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementsTest, AdverbBeforeToStillNamesTheClause) {
  Extract(
      "Peru and Chile hold joint commission in Lima\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held talks in Lima on Tuesday.\n"
      "The ministers decided as well to create a committee on river transport.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "create a committee on river transport");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, InAgreementOnNamesAnAgreement) {
  Extract(
      "Peru and Chile leaders speak by phone\nMar 4, 2025\n"
      "President Ana Souza of Peru spoke by phone with President Karl Brandt of Chile on Tuesday.\n"
      "The two presidents were in agreement on widening copper exports and port investment.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "widening copper exports");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, AgreementReachedOnNamesAnAgreement) {
  Extract(
      "Peru and Chile hold joint commission in Lima\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held talks in Lima on Tuesday.\n"
      "Among the results was an agreement reached on easing visas for students.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "easing visas for students");
  ASSERT_NE(a, nullptr) << Agreements();
  bool alias = false;
  for (const auto& s : a->aliases) alias |= s == "agreement on easing visas for students";
  EXPECT_TRUE(alias) << Agreements();
}

TEST_F(ClauseAgreementsTest, SlashJoinsTheTwoSidesOfATreatyName) {
  Extract(
      "Peru and Chile review their border\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile met in Lima on Tuesday.\n"
      "Patrols will follow the Peru/Chile River Boundary Treaty.\n");
  EXPECT_NE(Find("agreement", "Peru/Chile River Boundary Treaty"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementsTest, TwoInstrumentsJoinedByAndAreTwoNames) {
  Extract(
      "Peru and Chile review their border\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile met in Lima on Tuesday.\n"
      "Patrols will follow the River Boundary Treaty and Customs Cooperation Agreement.\n");
  EXPECT_NE(Find("agreement", "River Boundary Treaty"), nullptr) << Agreements();
  EXPECT_NE(Find("agreement", "Customs Cooperation Agreement"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementsTest, AndInsideOneTreatyNameStays) {
  Extract(
      "Peru and Chile mark treaty anniversary\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile met in Lima on Tuesday.\n"
      "They marked the anniversary of the Treaty of Peace and Friendship.\n");
  EXPECT_NE(Find("agreement", "Treaty of Peace and Friendship"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementsTest, JointCommuniqueIsTheMeetingsStatement) {
  Extract(
      "Peru and Chile hold strategic dialogue\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the first Peru-Chile "
      "Strategic Dialogue in Lima on Tuesday.\n"
      "A joint press communique was released by the two ministers after the talks.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "Joint Statement");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, OneSidesCommuniqueIsNoAgreement) {
  Extract(
      "Peru and Chile hold strategic dialogue\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the first Peru-Chile "
      "Strategic Dialogue in Lima on Tuesday.\n"
      "According to the Peruvian communique, the ministers discussed fishing quotas.\n");
  EXPECT_EQ(Agreements(), "");
}

TEST_F(ClauseAgreementsTest, BodiesAfterBetweenAreTheParties) {
  Extract(
      "Peru and Chile sign agreements in Lima\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile met in Lima on Tuesday.\n"
      "Souza and Brandt then signed an agreement on coastal patrols between Peru's Ministry of Defence and "
      "the Ministry of Fisheries of Chile.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "agreement on coastal patrols");
  ASSERT_NE(a, nullptr) << Agreements();
  const ExtractedNode* defence = NodeNamedLike("organization", "Ministry of Defence");
  const ExtractedNode* fisheries = NodeNamedLike("organization", "Ministry of Fisheries");
  ASSERT_NE(defence, nullptr) << Dump();
  ASSERT_NE(fisheries, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(defence->name, "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge(fisheries->name, "party_to", a->name)) << Dump();
  EXPECT_FALSE(HasEdge("Peru", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, PresentTenseOfAJointTextNamesAnAgreement) {
  Extract(
      "Joint statement of Peru and Chile\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the first Peru-Chile "
      "Strategic Dialogue in Lima on Tuesday.\n"
      "The ministers agree to open a joint trade office in Arica.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "open a joint trade office");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, StatementOpeningTheStoryIsTheMeetingsStatement) {
  Extract(
      "Peru and Chile hold strategic dialogue\nMar 4, 2025\n"
      "A joint communique was put out today by Foreign Minister Ana Souza and Foreign Minister Karl Brandt.\n"
      "On Tuesday Souza, Peru's Foreign Minister, received Brandt, Chile's Foreign Minister, for the first "
      "Peru-Chile Strategic Dialogue in Lima.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "Joint Statement");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", a->name)) << Dump();
}

TEST_F(ClauseAgreementsTest, JointStatementHeadlineIsTheMeetingsStatement) {
  Extract(
      "Joint Statement: Peru and Chile hold their first Strategic Dialogue in Lima\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru and Foreign Minister Karl Brandt of Chile held the first Peru-Chile "
      "Strategic Dialogue in Lima on Tuesday.\n"
      "The ministers discussed fishing quotas and port investment.\n");
  const ExtractedNode* a = NodeNamedLike("agreement", "Joint Statement");
  ASSERT_NE(a, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Peru", "party_to", a->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", a->name)) << Dump();
}

}  // namespace
}  // namespace dkg
