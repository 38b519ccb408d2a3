// Hostile and unusual input against the session's rules (h121): a body the gazetteer knows as
// another country's in a story datelined elsewhere, and a next meeting said not to be held
// somewhere.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttack121Test : public ExtractFixture {};

// A national parliament known by its own name ("the Storting": Norway's) met in a story datelined
// in another country's capital is not a body of the dateline's country, whether or not the story
// names Norway; a bare ministry there still is the dateline's.
TEST_F(ExtractAttack121Test, AForeignParliamentIsNoBodyOfTheDatelineCountry) {
  Extract(
      "Speaker visits Quito\nMay 9, 2025\n"
      "QUITO, May 9 - A delegation of the Storting met members of the National Assembly in Quito "
      "on Friday, the Foreign Ministry said.\n");
  EXPECT_FALSE(HasEdge("Storting", "part_of", "Ecuador")) << Dump();
}

// "The next summit will not be held in X": the sentence says where it will not be.
TEST_F(ExtractAttack121Test, ANextMeetingNotToBeHeldSomewhereIsNotHeldThere) {
  Extract(
      "Ministers close forum in Tallinn\nApril 2, 2025\n"
      "Foreign Minister Liis Tamm of Estonia and Foreign Minister Ruta Vaitkus of Lithuania "
      "co-chaired the second session of the Estonia-Lithuania Joint Commission in Tallinn on "
      "Wednesday. Officials said the next session would not be held in Vilnius before 2027.\n");
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    EXPECT_FALSE(HasEdge(n.name, "held_in", "Vilnius")) << Dump();
  }
  EXPECT_TRUE(HasEdge("second session of the Estonia-Lithuania Joint Commission", "held_in", "Tallinn")) << Dump();
}

// The same sentence without "not" still makes the next session, held where it says.
TEST_F(ExtractAttack121Test, ANextMeetingToBeHeldSomewhereIsStillHeldThere) {
  Extract(
      "Ministers close forum in Tallinn\nApril 2, 2025\n"
      "Foreign Minister Liis Tamm of Estonia and Foreign Minister Ruta Vaitkus of Lithuania "
      "co-chaired the second session of the Estonia-Lithuania Joint Commission in Tallinn on "
      "Wednesday. Officials said the next session would be held in Vilnius in 2027.\n");
  EXPECT_TRUE(HasEdge("next session in Vilnius", "held_in", "Vilnius")) << Dump();
}

// "A and B signed a memorandum on X between ... during ... in PLACE": the instrument's name stops
// before "between" (as signed-unnamed-instrument's does): one memorandum, not one per pattern
// with a name running on to "... during the visit in".
TEST_F(ExtractAttack121Test, TheSidesUnnamedInstrumentStopsBeforeBetween) {
  Extract(
      "Ghana and Togo sign border deal\nJune 3, 2025\n"
      "Ghana and Togo signed a memorandum on border posts between the customs services during the "
      "visit in Accra on Tuesday.\n");
  int memoranda = 0;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "agreement") {
      ++memoranda;
      EXPECT_EQ(n.name.find("between"), std::string::npos) << Dump();
    }
  }
  EXPECT_GE(memoranda, 1) << Dump();
}

}  // namespace
}  // namespace dkg
