// Meetings on reporting the extractor was not written against (helper h148): two bodies as the
// sides of talks, a numbered round of lower-case consultations whose sides are the subject, a
// body that met in a city. Each on sentences written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractMeetings148Test : public ExtractFixture {};

// "The EU and the AU held talks in ...": two bodies are the sides of the talks, held there.
TEST_F(ExtractMeetings148Test, TwoBodiesHoldingTalksAreItsSides) {
  Extract(
      "EU and AU hold talks\nApr 14, 2027\n"
      "The European Union and the African Union held talks in Addis Ababa on Monday on trade and "
      "security.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("European Union", "participant", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("African Union", "participant", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Addis Ababa")) << Dump();
}

// Bodies that only disagree hold no talks.
TEST_F(ExtractMeetings148Test, BodiesHoldingViewsHoldNoTalks) {
  Extract(
      "EU and AU differ\nApr 14, 2027\n"
      "The European Union and the African Union held different views on the talks in Addis "
      "Ababa.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "between European Union"), nullptr) << Dump();
}

// "Latvia and Peru held the fifth round of political consultations between their foreign
// ministries": the lower-case consultations of the two sides are a series, the meeting its fifth
// round, and a later "sixth round of the Latvia-Peru political consultations" the same series.
TEST_F(ExtractMeetings148Test, SidesHoldingANumberedRoundMakeTheirSeries) {
  Extract(
      "Latvia and Peru consult\nApr 14, 2027\n"
      "Latvia and Peru held the fifth round of political consultations between their foreign "
      "ministries in Riga on Monday.\n");
  const ExtractedNode* series = NodeNamedLike("dialogue", "political consultations");
  ASSERT_NE(series, nullptr) << Dump();
  EXPECT_EQ(series->name, "Latvia-Peru political consultations") << Dump();
  const ExtractedNode* round = NodeNamedLike("meeting", "fifth round");
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(round->name, "round_of", series->name)) << Dump();
  EXPECT_TRUE(HasEdge(round->name, "held_in", "Riga")) << Dump();
  EXPECT_TRUE(HasEdge("Latvia", "participant", round->name)) << Dump();
}

// Unnumbered talks of two countries are no round of a series.
TEST_F(ExtractMeetings148Test, UnnumberedTalksMakeNoSeries) {
  Extract(
      "Latvia and Peru talk\nApr 14, 2027\n"
      "Latvia and Peru held political consultations in Riga on Monday.\n");
  ASSERT_NE(NodeNamedLike("meeting", "consultations"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("dialogue", "consultations"), nullptr) << Dump();
}

// "The Denmark-Kenya Trade Council met in Nairobi": the body held a meeting there and takes part
// in it; "A, who chaired the session," then chairs that meeting.
TEST_F(ExtractMeetings148Test, ABodyThatMetInACityHeldAMeetingThere) {
  Extract(
      "Trade council meets\nApr 14, 2027\n"
      "The Fiji-Samoa Trade Council met in Suva on Monday. Fijian Trade Minister Losa Tabua, who "
      "chaired the session, welcomed the Samoan delegation.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "Fiji-Samoa Trade Council");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(meeting->name, "held_in", "Suva")) << Dump();
  EXPECT_TRUE(HasEdge("Fiji-Samoa Trade Council", "participant", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Losa Tabua", "chaired", meeting->name)) << Dump();
}

// "last met in" is an earlier meeting, and a body that only reports others meeting held none.
TEST_F(ExtractMeetings148Test, ABodyReportingOthersMeetingHeldNone) {
  Extract(
      "Trade council statement\nApr 14, 2027\n"
      "The Fiji-Samoa Trade Council said ministers met in Suva on Monday.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "meeting of the Fiji-Samoa"), nullptr) << Dump();
}

// "The next session of the X Joint Commission will be held in Oslo": the commission's coming
// session, its next round, held there; no meeting named "session of the ...".
TEST_F(ExtractMeetings148Test, TheNextSessionOfANamedSeriesIsItsNextRound) {
  Extract(
      "Samoa and Fiji commission\nApr 14, 2027\n"
      "The third session of the Samoa-Fiji Joint Commission was held in Suva on Monday. The next "
      "session of the Samoa-Fiji Joint Commission will be held in Apia in 2028.\n");
  const ExtractedNode* next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Apia")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "round_of", "Samoa-Fiji Joint Commission")) << Dump();
  EXPECT_EQ(Find("meeting", "session of the Samoa-Fiji Joint Commission"), nullptr) << NamesOf("meeting");
}

// "the upcoming X Summit, which India hosts": a coming meeting not said to be held somewhere at
// the sentence's opening is a meeting of its own, as before.
TEST_F(ExtractMeetings148Test, AnUpcomingSummitNamedInPassingIsStillAMeeting) {
  Extract(
      "Ministers speak\nApr 14, 2027\n"
      "The spokesman also spoke about the upcoming Coral Sea Leaders Summit, which Fiji will host "
      "in May.\n");
  EXPECT_NE(NodeNamedLike("meeting", "Coral Sea Leaders Summit"), nullptr) << NamesOf("meeting");
}

// "arrived in Accra and paid a courtesy call on President B": the call is the engagement, held
// there; the arrival makes no visit beside it. An arrival "for a two-day visit" keeps its visit.
TEST_F(ExtractMeetings148Test, AnArrivalForACourtesyCallIsNoVisitBesideIt) {
  Extract(
      "Estonian minister in Ghana\nApr 14, 2027\n"
      "Estonia's Foreign Minister Kaido Tamm arrived in Accra on Monday and paid a courtesy call on "
      "President Kofi Mensah.\n");
  EXPECT_TRUE(HasRole("Kaido Tamm", "attended")) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "visit"), nullptr) << NamesOf("meeting");
  Extract(
      "Estonian minister in Ghana\nApr 14, 2027\n"
      "Estonia's Foreign Minister Kaido Tamm arrived in Accra on Monday for a two-day visit and "
      "paid a courtesy call on President Kofi Mensah.\n");
  EXPECT_NE(NodeNamedLike("meeting", "visit"), nullptr) << NamesOf("meeting");
}

// A single chair in the other voices: "was presided over by A", "A will chair the meeting".
TEST_F(ExtractMeetings148Test, PresidedOverByAndWillChairNameTheChair) {
  Extract(
      "Fisheries council\nApr 14, 2027\n"
      "The Pacific Tuna Council met in Suva on Monday. The meeting was presided over by Fijian "
      "Fisheries Minister Losa Tabua.\n");
  EXPECT_TRUE(HasRole("Losa Tabua", "chaired")) << Dump();
  Extract(
      "Fisheries council\nApr 14, 2027\n"
      "Fijian Fisheries Minister Losa Tabua will chair the meeting of the Pacific Tuna Council in "
      "Suva next week.\n");
  EXPECT_TRUE(HasRole("Losa Tabua", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Losa Tabua", "attended")) << Dump();
}

}  // namespace
}  // namespace dkg
