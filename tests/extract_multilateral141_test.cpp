// h141: multilateral misses left open (co-chairs signing as a group, a series' short name, a
// body's office after its short name, apostrophes inside names), each rule on a sentence of its
// own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractMultilateral141Test : public ExtractFixture {};

// "The vice ministers signed X" after a sentence naming three co-chairs: each co-chair signs it
// (pattern chairs-signed, slot latest-chairs), and a "Work Plan" is an instrument.
TEST_F(ExtractMultilateral141Test, CoChairsNamedAsAGroupSignTheInstrument) {
  Extract(
      "Vice ministers hold consultations\n"
      "Mar 3, 2027\n"
      "The third meeting of the Joint Commission of Vietnam, Laos and Cambodia was held in Hanoi "
      "on Monday.\n"
      "It was co-chaired by Vice Minister Tran Van Minh of Vietnam, Vice Minister Khamphao Sisouk "
      "of Laos and "
      "Vice Minister Chea Sokha of Cambodia.\n"
      "The vice ministers signed a Joint Work Plan for 2028.\n");
  const ExtractedNode* plan = NodeNamedLike("agreement", "Joint Work Plan");
  ASSERT_NE(plan, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Tran Van Minh", "signed", plan->name)) << Dump();
  EXPECT_TRUE(HasEdge("Khamphao Sisouk", "signed", plan->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chea Sokha", "signed", plan->name)) << Dump();
  const ExtractedNode* meeting = NodeNamedLike("meeting", "third meeting");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(plan->name, "agreed_at", meeting->name)) << Dump();
}

// With no co-chairs named, "the ministers signed" gives nobody a signature.
TEST_F(ExtractMultilateral141Test, GroupSigningWithoutCoChairsSignsForNobody) {
  Extract(
      "Ministers meet in Hanoi\n"
      "Mar 3, 2027\n"
      "Foreign Minister Tran Van Minh of Vietnam attended the meeting in Hanoi with Foreign "
      "Minister Chea Sokha "
      "of Cambodia.\n"
      "The ministers signed the Mekong Fisheries Protocol.\n");
  for (const auto& e : graph_.edges) EXPECT_NE(e.relation, "signed") << Dump();
}

// "the 56th Leaders Meeting" in a story about the "Pacific Islands Forum Leaders Meeting": the
// short name is the body's series, not a second one.
TEST_F(ExtractMultilateral141Test, SeriesShortNameIsTheBodysSeries) {
  Extract(
      "Leaders gather for summit\n"
      "Mar 3, 2027\n"
      "The leaders met in Honiara on Monday for the 55th Pacific Islands Forum Leaders Meeting.\n"
      "The 56th Leaders Meeting will be held in Suva next year.\n");
  const ExtractedNode* later = NodeNamedLike("meeting", "56th");
  ASSERT_NE(later, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(later->name, "round_of", "Pacific Islands Forum Leaders Meeting")) << Dump();
  EXPECT_EQ(Find("dialogue", "Leaders Meeting"), nullptr) << Dump();
}

// "Forum Secretary General A": the body's head word alone before an office and its holder names
// the story's latest body with that head; the holder is its member. "the Council Chair" with no
// such body before it names none.
TEST_F(ExtractMultilateral141Test, OfficeAfterABodysShortNameMakesAMember) {
  Extract(
      "Leaders gather for summit\n"
      "Mar 3, 2027\n"
      "Leaders of the Pacific Islands Forum met in Honiara on Monday.\n"
      "Forum Secretary General Tomasi Vake welcomed the leaders.\n");
  EXPECT_TRUE(HasEdge("Tomasi Vake", "member_of", "Pacific Islands Forum")) << Dump();
}

TEST_F(ExtractMultilateral141Test, OfficeAfterAnUnnamedBodysHeadMakesNoMember) {
  Extract(
      "Leaders gather for summit\n"
      "Mar 3, 2027\n"
      "Leaders met in Honiara on Monday.\n"
      "Forum Secretary General Tomasi Vake welcomed the leaders.\n");
  for (const auto& e : graph_.edges) EXPECT_NE(e.relation, "member_of") << Dump();
}

// Names with an apostrophe inside, before a capital or a lower-case syllable, stay whole, and so
// does the surname a meeting is named by.
TEST_F(ExtractMultilateral141Test, ApostropheInsideANameKeepsItWhole) {
  Extract(
      "Minister receives envoys\n"
      "Mar 3, 2027\n"
      "Foreign Minister Tuilagi Lemalu'aiga met Ambassador Mamadou N'Gom of Senegal and Senator "
      "Kevin O'Hara "
      "of Ireland in Apia on Monday.\n");
  EXPECT_NE(Find("official", "Tuilagi Lemalu'aiga"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Mamadou N'Gom"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Kevin O'Hara"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("meeting", "Lemalu'aiga's meeting"), nullptr) << Dump();
}

// "met in Montevideo" ... "the opening session, which was held at the Estevez Palace": a venue no
// gazetteer places, named after "at" in a story whose meetings are all in one city, is in that
// city, and the city's one meeting, said to be held there, is held at it (the most specific place).
TEST_F(ExtractMultilateral141Test, VenueInALaterSentenceHoldsTheCitysMeeting) {
  Extract(
      "Ministers meet on river navigation\n"
      "Mar 3, 2027\n"
      "Deputy foreign ministers of Uruguay, Brazil and Paraguay met in Montevideo on Wednesday for the third "
      "meeting of the Trilateral Mechanism on River Navigation.\n"
      "Uruguayan Transport Minister Carlos Vidal also took part in the opening session, which was held at the "
      "Estevez Palace.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "third meeting");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Estevez Palace", "located_in", "Montevideo")) << Dump();
  EXPECT_TRUE(HasEdge(meeting->name, "held_in", "Estevez Palace")) << Dump();
  EXPECT_FALSE(HasEdge(meeting->name, "held_in", "Montevideo")) << Dump();
}

}  // namespace
}  // namespace dkg
