// held_in and meeting dates, round h83: itineraries, ", where" clauses, a date inside a visit's
// sentence, part-of-year dates. Every sentence here is written for the test.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class HeldIn83 : public ExtractFixture {};

// A meeting a visit's clause names is dated by its own date, not the visit's.
TEST_F(HeldIn83, DateAfterTheDialogueDatesTheDialogueNotTheVisit) {
  Extract(
      "Ministers meet\n"
      "May 6, 2023\n"
      "LIMA: Ana Ruiz, the Foreign Minister of Chile, flew in on Friday for a two-day official visit, "
      "during which she is taking part in the 3rd Peru-Chile-Bolivia Trilateral Foreign Ministers' "
      "Dialogue, which is being held on Saturday (today).\n");
  const auto* d = NodeNamedLike("meeting", "Trilateral");
  ASSERT_NE(d, nullptr) << Dump();
  EXPECT_EQ(d->date, "2023-05-06") << Dump();
}


// "in late 2012", "in early March": the year or month.
TEST_F(HeldIn83, PartOfAYearDatesTheMeeting) {
  Extract(
      "Trade pact signed\n"
      "Nov 15, 2020\n"
      "Negotiations were launched in late 2012 at the 9th Andean Community Summit in Lima.\n");
  const auto* m = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_EQ(m->date, "2012") << Dump();
}


}  // namespace
}  // namespace dkg
