// Helper h142: "committed to" states a commitment made now, as "agreed to" does, but not a
// position held ("remain committed to") nor an aim ("committed to achieving ..."); ministers of
// one side meeting "their counterparts of" another make the sides' meeting, whose agreements
// "both sides" reach; "Director"/"Head" are an office only with the body they are of after them.
// Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class Commitments142Test : public ExtractFixture {
 protected:
  std::string Agreements() const { return NamesOf("agreement"); }
};

TEST_F(Commitments142Test, CommittedToAnActIsAnAgreementOfTheMeeting) {
  Extract(
      "Ecuador and Norway ministers meet\nApr 10, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador met Foreign Minister Lars Holm of Norway in Lima on Monday.\n"
      "The two ministers committed to launching talks on a fisheries accord.\n");
  const ExtractedNode* talks = Find("agreement", "launching talks on a fisheries accord");
  ASSERT_NE(talks, nullptr) << Agreements();
  EXPECT_TRUE(HasEdge("Ecuador", "party_to", "launching talks on a fisheries accord"));
  EXPECT_TRUE(HasEdge("Norway", "party_to", "launching talks on a fisheries accord"));
}

TEST_F(Commitments142Test, PositionHeldOrAimIsNoAgreement) {
  Extract(
      "Ecuador and Norway ministers meet\nApr 10, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador met Foreign Minister Lars Holm of Norway in Lima on Monday.\n"
      "The two ministers remain committed to the peace process in the region.\n"
      "They said their governments are firmly committed to open trade.\n"
      "Both sides committed to achieving concrete results in the coming years.\n"
      "They reaffirmed their commitment to the rules-based order.\n");
  EXPECT_EQ(Agreements(), "");
}

TEST_F(Commitments142Test, MinistersMeetingCounterpartsOfABlocMakeTheMeetingBothSidesAgreeAt) {
  Extract(
      "Andean and Nordic ministers meet\nJun 5, 2025\n"
      "The foreign ministers of Peru, Ecuador and Bolivia met their counterparts of the Nordic "
      "Council in Quito on Wednesday.\n"
      "Both sides agreed to set up a joint scholarship fund.\n");
  const ExtractedNode* fund = Find("agreement", "set up a joint scholarship fund");
  ASSERT_NE(fund, nullptr) << Agreements();
  EXPECT_NE(NamesOf("meeting"), "");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "set up a joint scholarship fund"));
  EXPECT_TRUE(HasEdge("Bolivia", "party_to", "set up a joint scholarship fund"));
}

TEST_F(Commitments142Test, UnitOfficeWithItsBodyIsAnOfficial) {
  Extract(
      "Secretariat head meets Ecuador minister\nJun 3, 2025\n"
      "Ingrid Solberg, the Head of the Alpine Treaty Secretariat, met Foreign Minister Ana Duarte "
      "of Ecuador in Geneva on Monday.\n"
      "The Director for Asia of the Ministry of Foreign Affairs of Peru, Lucia Ramos, also attended.\n");
  EXPECT_NE(Find("official", "Ingrid Solberg"), nullptr) << NamesOf("official");
  EXPECT_NE(Find("official", "Lucia Ramos"), nullptr) << NamesOf("official");
}

TEST_F(Commitments142Test, UnitOfficeWordWithoutABodyIsNoOfficial) {
  Extract(
      "Ecuador minister in Geneva\nJun 3, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador met Foreign Minister Lars Holm of Norway in Geneva on Monday.\n"
      "A campaign-group director, Tom Varga, spoke to reporters outside.\n");
  EXPECT_EQ(Find("official", "Tom Varga"), nullptr) << NamesOf("official");
}

TEST_F(Commitments142Test, PairMeetingAgainIsTheirNextMeetingDatedForward) {
  Extract(
      "Ecuador and Norway ministers meet\nMar 14, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador held talks with Foreign Minister Lars Holm of Norway in Quito on Thursday.\n"
      "The two ministers will meet again in September in Oslo.\n");
  EXPECT_EQ(DateOf("next meeting"), "2025-09") << NamesOf("meeting");
  EXPECT_TRUE(HasEdge("next meeting in September", "held_in", "Oslo"));
  EXPECT_TRUE(HasEdge("Lars Holm", "attended", "next meeting in September"));
  EXPECT_EQ(DateOf("talks"), "2025-03-13");
}

TEST_F(Commitments142Test, MonthBeforeTheStorysIsNextYearsForANextMeeting) {
  Extract(
      "Ecuador and Norway ministers meet\nMar 14, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador held talks with Foreign Minister Lars Holm of Norway in Quito on Thursday.\n"
      "They agreed to meet again in Oslo in February.\n");
  EXPECT_EQ(DateOf("next meeting"), "2026-02") << NamesOf("meeting");
}

TEST_F(Commitments142Test, NotMeetingAgainMakesNoMeeting) {
  Extract(
      "Ecuador and Norway ministers meet\nMar 14, 2025\n"
      "Foreign Minister Ana Duarte of Ecuador held talks with Foreign Minister Lars Holm of Norway in Quito on Thursday.\n"
      "The two ministers will not meet again in September.\n");
  EXPECT_EQ(DateOf("next meeting"), "?") << NamesOf("meeting");
  EXPECT_NE(Meeting(), "");
}

}  // namespace
}  // namespace dkg
