// Dates of meetings and visits: parts of a day, and the words around a date (h57).

#include <gtest/gtest.h>

#include "importers/internal/dates.h"
#include "importers/internal/tokenizer.h"
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

using internal::Date;
using internal::MatchDate;
using internal::Tense;
using internal::Tokenize;

// "this morning" is the publication day, "last night" the day before; "next morning" follows
// whatever the story told last, so it gives no date.
TEST(DatePartOfDayTest, ThisMorningIsThePublicationDay) {
  const Date published{2024, 11, 27};
  auto tokens = Tokenize("this morning last night next morning this afternoon");
  EXPECT_EQ(MatchDate(tokens, 0, published, Tense::kPast)->date.Iso(), "2024-11-27");
  EXPECT_EQ(MatchDate(tokens, 0, published, Tense::kPast)->end, 2u);
  EXPECT_EQ(MatchDate(tokens, 2, published, Tense::kPast)->date.Iso(), "2024-11-26");
  EXPECT_FALSE(MatchDate(tokens, 4, published, Tense::kFuture).has_value());
  EXPECT_EQ(MatchDate(tokens, 6, published, Tense::kFuture)->date.Iso(), "2024-11-27");
}

class ExtractDatesTest : public ExtractFixture {};

TEST_F(ExtractDatesTest, AMeetingHeldThisMorningIsDatedThePublicationDay) {
  Extract(
      "India and Chile hold talks\n"
      "Mar 4, 2026\n"
      "The third India-Chile Strategic Dialogue was held in Santiago this morning.\n");
  bool dated = false;
  for (const auto& n : graph_.nodes) dated |= n.kind == "meeting" && n.date == "2026-03-04";
  EXPECT_TRUE(dated) << Dump();
}

// A date after the meeting another "runs alongside" (or is held "together with") dates both.
TEST_F(ExtractDatesTest, MeetingsHeldAlongsideAnotherShareItsDate) {
  Extract(
      "Leaders arrive in Nairobi\n"
      "Jun 1, 2026\n"
      "Delegations have begun to arrive for the third Kenya-Ghana Summit, which is to run alongside the "
      "twelfth Kenya-Tanzania Summit on June 3 and 4 in Nairobi.\n");
  int dated = 0;
  for (const auto& n : graph_.nodes) dated += n.kind == "meeting" && n.date == "2026-06-03";
  EXPECT_EQ(dated, 2) << Dump();
}

// A place goes to the meeting named nearest before it, whichever stage made that meeting: a visit
// a pattern makes from the sentence's start does not take the place of a meeting named later.
TEST_F(ExtractDatesTest, APlaceGoesToTheNearestMeetingBeforeIt) {
  Extract(
      "Minister travels on\n"
      "Jun 1, 2026\n"
      "Foreign Minister Ana Souza arrived on Monday to spend two days in the capital, after which she "
      "will attend the fourth Kenya-Ghana Joint Commission in Mombasa.\n");
  EXPECT_TRUE(HasEdge("fourth Kenya-Ghana Joint Commission", "held_in", "Mombasa")) << Dump();
}

}  // namespace
}  // namespace dkg
