// Where meetings are held (held_in) when only the headline or an indirect phrase says it, as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn63Test : public ExtractFixture {};

// The headline names the meeting and its town; the body speaks only of "the council".
TEST_F(ExtractHeldIn63Test, AHeadlinePlaceHoldsTheStoryMeetingTheBodyLeavesUnplaced) {
  Extract(
      "Souza and Brandt open 12th Luso-Austrian Council of Ministers in Porto\nMar 3, 2025\n"
      "On Monday Portuguese Prime Minister Ana Souza and Austrian Chancellor Karl Brandt opened "
      "the 12th Luso-Austrian Council of Ministers.\n"
      "The council discussed energy links and a joint naval patrol.\n");
  EXPECT_TRUE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Porto")) << Dump();
}

// Two places in the headline: which one holds the meeting is not said, so neither is taken.
// ("opens the Council in Porto after a stop in Lisbon" would say it: the headline pattern reads
// the place right after the meeting.)
TEST_F(ExtractHeldIn63Test, AHeadlineWithTwoPlacesPlacesNothing) {
  Extract(
      "Souza in Porto and Lisbon for 12th Luso-Austrian Council of Ministers\nMar 3, 2025\n"
      "On Monday Portuguese Prime Minister Ana Souza and Austrian Chancellor Karl Brandt opened "
      "the 12th Luso-Austrian Council of Ministers.\n");
  EXPECT_FALSE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Porto")) << Dump();
  EXPECT_FALSE(HasEdge("12th Luso-Austrian Council of Ministers", "held_in", "Lisbon")) << Dump();
}

// A town no gazetteer knows, found by the body ("in Tromso, Norway"), is found again in the headline.
TEST_F(ExtractHeldIn63Test, AHeadlineTownTheBodyFoundElsewhereHoldsTheMeeting) {
  Extract(
      "Chile and Norway hold third fisheries ministerial in Kvaloya\nMay 30, 2023\n"
      "Chile and Norway held the third ministerial meeting of the Chile-Norway Fisheries Council "
      "(CNFC) this week.\n"
      "Ministers had toured the harbour in Kvaloya, Norway, the day before.\n");
  EXPECT_TRUE(HasEdge("third ministerial meeting of the Chile-Norway Fisheries Council", "held_in", "Kvaloya")) << Dump();
}

// The venue is named before the meeting is ("the presidents met for talks at the Castle in X"),
// then the talks "in X": the talks are held at the venue, the most specific place given.
TEST_F(ExtractHeldIn63Test, AVenueInTheCityOfAMeetingIsWhereItIsHeld) {
  Extract(
      "Souza receives Brandt\nMar 5, 2025\n"
      "On Tuesday the presidents met for talks at the Ajuda Palace in Lisbon.\n"
      "Portuguese President Ana Souza held talks in Lisbon on Tuesday with Austrian President Karl Brandt.\n");
  EXPECT_TRUE(HasEdge("Souza's meeting with Karl Brandt", "held_in", "Ajuda Palace")) << Dump();
  EXPECT_FALSE(HasEdge("Souza's meeting with Karl Brandt", "held_in", "Lisbon")) << Dump();
}

// The meeting placed in the city first, its venue in the city named after: the venue.
TEST_F(ExtractHeldIn63Test, ALaterVenueInTheCityRefinesTheMeetingsPlace) {
  Extract(
      "Souza receives Brandt\nMar 5, 2025\n"
      "Portuguese President Ana Souza held talks in Lisbon on Tuesday with Austrian President Karl Brandt.\n"
      "The talks, at the Ajuda Palace in Lisbon, lasted two hours.\n");
  EXPECT_TRUE(HasEdge("Souza's meeting with Karl Brandt", "held_in", "Ajuda Palace")) << Dump();
  EXPECT_FALSE(HasEdge("Souza's meeting with Karl Brandt", "held_in", "Lisbon")) << Dump();
}

// Two venues in the city: which one held the talks is not said; the city stands.
TEST_F(ExtractHeldIn63Test, TwoVenuesInTheCityLeaveTheCity) {
  Extract(
      "Souza receives Brandt\nMar 5, 2025\n"
      "Portuguese President Ana Souza held talks in Lisbon on Tuesday with Austrian President Karl Brandt.\n"
      "Brandt later held a meeting at the Ajuda Palace in Lisbon and gave a dinner at the Necessidades Palace in Lisbon.\n");
  EXPECT_TRUE(HasEdge("Souza's meeting with Karl Brandt", "held_in", "Lisbon")) << Dump();
}

// A trip to two countries is held in both, and in the city it goes to in the second.
TEST_F(ExtractHeldIn63Test, ATripToTwoCountriesIsHeldInEachAndItsCities) {
  Extract(
      "Souza leaves on first foreign trip\nApr 2, 2025\n"
      "Portuguese Prime Minister Ana Souza left on Sunday on her first foreign trip, which takes her to Peru and Chile.\n"
      "On Tuesday Souza will move on to Santiago, where she is to see business leaders.\n");
  const std::string trip = "Ana Souza's trip to Peru and Chile";
  EXPECT_TRUE(HasEdge(trip, "held_in", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge(trip, "held_in", "Santiago")) << Dump();
  EXPECT_FALSE(HasEdge(trip, "held_in", "Chile")) << Dump();
}

}  // namespace
}  // namespace dkg
