// A capital named by a common noun ("the Peruvian capital", "in the capital") is that country's
// capital, a place where meetings are held; as specifications, each on a document written for it.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn71Test : public ExtractFixture {};

// "in the capital" with one country in the sentence: that country's capital holds the meeting.
TEST_F(ExtractHeldIn71Test, TheCapitalOfTheOneCountryNamedHoldsTheSummit) {
  Extract(
      "Andean leaders gather for forum\nJun 2, 2025\n"
      "With Peru chairing the bloc this year, the third Andes-Pacific Summit is being held in the capital on June 4.\n");
  EXPECT_TRUE(HasEdge("third Andes-Pacific Summit", "held_in", "Lima")) << Dump();
}

// "the Peruvian capital": a demonym before the noun names the country.
TEST_F(ExtractHeldIn71Test, ADemonymCapitalIsThatCountrysCapital) {
  Extract(
      "Andean leaders gather for forum\nJun 2, 2025\n"
      "The third Andes-Pacific Summit was held in the Peruvian capital on June 4.\n");
  EXPECT_TRUE(HasEdge("third Andes-Pacific Summit", "held_in", "Lima")) << Dump();
}

// Two countries named: which capital is meant is not said, so none is taken.
TEST_F(ExtractHeldIn71Test, TheCapitalWithTwoCountriesNamedIsNoPlace) {
  Extract(
      "Andean leaders gather for forum\nJun 2, 2025\n"
      "Peru and Chile said the third Andes-Pacific Summit is being held in the capital on June 4.\n");
  EXPECT_FALSE(HasEdge("third Andes-Pacific Summit", "held_in", "Lima")) << Dump();
  EXPECT_FALSE(HasEdge("third Andes-Pacific Summit", "held_in", "Santiago")) << Dump();
}

// A visit to a country that names no city: a meeting the visitor takes part in during it is held
// in that country.
TEST_F(ExtractHeldIn71Test, AMeetingDuringAVisitToACountryIsHeldThere) {
  Extract(
      "Minister lands in Peru for trilateral talks\nMar 3, 2025\n"
      "Foreign Minister Lars Dahl of Norway arrived on Monday for a three-day official visit to Peru, "
      "during which he is taking part in the 2nd Norway-Peru-Chile Trilateral Ministerial Dialogue.\n");
  EXPECT_TRUE(HasEdge("2nd Norway-Peru-Chile Trilateral Ministerial Dialogue", "held_in", "Peru")) << Dump();
}

// The meeting's sentence names a town the gazetteer does not know: the country is not the most
// specific place given, so the visit lends nothing.
TEST_F(ExtractHeldIn71Test, AMeetingInAnUnknownTownTakesNotTheVisitsCountry) {
  Extract(
      "Minister lands in Peru for trilateral talks\nMar 3, 2025\n"
      "Foreign Minister Lars Dahl of Norway arrived on Monday for a three-day official visit to Peru, "
      "during which he is taking part in the 2nd Norway-Peru-Chile Trilateral Ministerial Dialogue in Paracas.\n");
  EXPECT_FALSE(HasEdge("2nd Norway-Peru-Chile Trilateral Ministerial Dialogue", "held_in", "Peru")) << Dump();
}

}  // namespace
}  // namespace dkg
