// Dates and background facts that must not leak into the story's own events (h117), each on a
// document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBackground117Test : public ExtractFixture {};

// A future sentence previewing a meeting may recall an earlier one with a past date ("having
// held its opening session in Accra on May 4, 2021"): that date and place are the earlier
// meeting's, never the upcoming one's.
TEST_F(ExtractBackground117Test, PastDateInFutureSentenceDoesNotDateTheUpcomingMeeting) {
  Extract(
      "Ghana and Peru ministers to meet\nOct 2, 2024\n"
      "Ghanaian Foreign Minister Shirley Botchwey will travel to Peru next week for the second "
      "Ghana-Peru 2+2 Ministerial Meeting.\n"
      "The Ghana-Peru 2+2 next week will be just the second such ministerial exchange, the "
      "dialogue having held its opening session in Accra on May 4, 2021.\n");
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("second") != std::string::npos) {
      EXPECT_EQ(n.date.rfind("2021", 0), std::string::npos) << Dump();
    }
  }
  EXPECT_FALSE(HasEdge("second Ghana-Peru 2+2 Ministerial Meeting", "held_in", "Accra")) << Dump();
}

// A side remark about someone that is to come ("who will present her credentials next month")
// does not make the sentence's own past event a future one: its date stands.
TEST_F(ExtractBackground117Test, FutureSideRemarkLeavesThePastDateOfTheMainClause) {
  Extract(
      "New envoy thanks ministry staff\nMar 3, 2025\n"
      "Ambassador Lucia Ferreyra, who will present her credentials in Rome in the coming weeks, "
      "thanked the staff for their work during the Andean summit that Peru hosted in June 2024.\n");
  EXPECT_EQ(DateOf("summit"), "2024-06") << Dump();
}

// "A, who last travelled to Peru on 3 May 2019, met B on Wednesday": the date inside the
// person's relative clause is that earlier trip's; the meeting is Wednesday's.
TEST_F(ExtractBackground117Test, DateInsideAPersonsRelativeClauseDoesNotDateTheMeeting) {
  Extract(
      "Danish and Bolivian foreign ministers meet in La Paz\nJul 18, 2025\n"
      "Foreign Minister Lars Lokke Rasmussen of Denmark, who last travelled to Bolivia on 3 May 2019, "
      "met Bolivian Foreign Minister Celinda Sosa in La Paz on Wednesday.\n");
  EXPECT_EQ(DateOf("Sosa"), "2025-07-16") << Dump();
}

// A meeting the relative clause itself tells of keeps the clause's date.
TEST_F(ExtractBackground117Test, MeetingInsideTheRelativeClauseKeepsItsDate) {
  Extract(
      "Danish minister speaks on Bolivia ties\nJul 18, 2025\n"
      "Foreign Minister Lars Lokke Rasmussen of Denmark, who met Bolivian Foreign Minister Celinda "
      "Sosa in La Paz on 3 May 2025, spoke of closer ties on Thursday.\n");
  EXPECT_EQ(DateOf("Sosa"), "2025-05-03") << Dump();
}

// "In 2019, A and B signed a memorandum ...": a sentence dated years before the story's meeting
// tells of another time; the memorandum was not reached at the meeting in focus.
TEST_F(ExtractBackground117Test, BackgroundSigningIsNotAgreedAtTheMeetingInFocus) {
  Extract(
      "Kenya and Uruguay hold third Joint Commission in Nairobi\nFeb 14, 2025\n"
      "The third session of the Kenya-Uruguay Joint Commission was held in Nairobi on Wednesday, "
      "co-chaired by Kenyan Foreign Minister Peter Kamau and Uruguayan Foreign Minister Mario "
      "Lubetkin.\n"
      "In 2018, Kenya and Uruguay signed a memorandum of understanding on livestock.\n"
      "The ministers went over progress on trade and farming.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "third session");
  ASSERT_NE(meeting, nullptr) << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation == "agreed_at" && graph_.nodes[e.target].name == meeting->name) {
      ADD_FAILURE() << graph_.nodes[e.source].name << " agreed at the story's meeting\n" << Dump();
    }
  }
}

// "The commission last met in Montevideo in 2018, when the two sides signed an agreement": the
// agreement is of that time, neither reached at nor dated by the story's meeting.
TEST_F(ExtractBackground117Test, AgreementOfAnEarlierMeetingIsNotDatedByTheMeetingInFocus) {
  Extract(
      "Kenya and Uruguay hold third Joint Commission\nFeb 14, 2025\n"
      "The third session of the Kenya-Uruguay Joint Commission was held on Wednesday, co-chaired by "
      "Kenyan Foreign Minister Peter Kamau and Uruguayan Foreign Minister Mario Lubetkin.\n"
      "The commission last met in Montevideo in 2018, when the two sides signed an agreement on "
      "livestock.\n");
  const ExtractedNode* agreement = NodeNamedLike("agreement", "livestock");
  ASSERT_NE(agreement, nullptr) << Dump();
  EXPECT_EQ(agreement->date.rfind("2025", 0), std::string::npos) << Dump();
}

// The same signing told in the story's own time is reached at the meeting in focus.
TEST_F(ExtractBackground117Test, SigningOfTheStorysTimeIsAgreedAtTheMeetingInFocus) {
  Extract(
      "Kenya and Uruguay hold third Joint Commission in Nairobi\nFeb 14, 2025\n"
      "The third session of the Kenya-Uruguay Joint Commission was held in Nairobi on Wednesday, "
      "co-chaired by Kenyan Foreign Minister Peter Kamau and Uruguayan Foreign Minister Mario "
      "Lubetkin.\n"
      "On the margins of the session, Kenya and Uruguay signed a memorandum of understanding on livestock.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "third session");
  ASSERT_NE(meeting, nullptr) << Dump();
  bool agreed = false;
  for (const auto& e : graph_.edges) {
    agreed |= e.relation == "agreed_at" && graph_.nodes[e.target].name == meeting->name;
  }
  EXPECT_TRUE(agreed) << Dump();
}

}  // namespace
}  // namespace dkg
