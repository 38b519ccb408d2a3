// "PLACE was the venue for MEETING" and "the venue for MEETING will be PLACE" (pattern
// place-is-venue-of-meeting, added by following docs/extraction.md "Adding a phrasing"), as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractVenuePhrase113Test : public ExtractFixture {};

// A place said to be a meeting's venue or setting holds it, whichever side of the copula the
// place stands on.
TEST_F(ExtractVenuePhrase113Test, APlaceNamedAsTheVenueOfAMeetingHoldsIt) {
  Extract(
      "Peru and Chile review ties\nMar 3, 2027\n"
      "Arequipa was the setting for the fifth round of the Peru-Chile Joint Commission on Monday.\n"
      "The venue for the Third Andean Summit will be Cusco, officials in Lima said.\n");
  const std::string round = "fifth round of the Peru-Chile Joint Commission";
  ASSERT_NE(Find("meeting", round), nullptr) << Dump();
  EXPECT_TRUE(HasEdge(round, "held_in", "Arequipa")) << Dump();
  ASSERT_NE(Find("meeting", "Third Andean Summit"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Third Andean Summit", "held_in", "Cusco")) << Dump();
  EXPECT_FALSE(HasEdge("Third Andean Summit", "held_in", "Lima")) << Dump();
}

// A denial places nothing, and a venue of one part of a meeting ("the summit's closing dinner")
// is not the meeting's.
TEST_F(ExtractVenuePhrase113Test, ADenialOrAnotherOccasionsVenuePlacesNothing) {
  Extract(
      "Peru and Chile review ties\nMar 3, 2027\n"
      "Officials said Arequipa was not the venue for the fifth round of the Peru-Chile Joint "
      "Commission.\n"
      "Cusco was the venue for the Third Andean Summit's closing dinner.\n");
  EXPECT_FALSE(HasEdge("fifth round of the Peru-Chile Joint Commission", "held_in", "Arequipa")) << Dump();
  EXPECT_FALSE(HasEdge("Third Andean Summit", "held_in", "Cusco")) << Dump();
}

}  // namespace
}  // namespace dkg
