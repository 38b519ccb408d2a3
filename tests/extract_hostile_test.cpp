// Stories whose size or repetition stress the extractor (long stories of many visits), as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHostileTest : public ExtractFixture {};

// A later sentence about a visitor, by name or as "he"/"she", ties the city it names to the
// visit (Run::VisitCities, which finds the sentences saying "he"/"she" once for all visits).
TEST_F(ExtractHostileTest, AVisitsCityIsNamedByTheVisitorOrByAPronoun) {
  Extract(
      "Premier visits Norway\nMar 4, 2025\n"
      "Prime Minister Abel Kamara of Ghana arrived in Norway on Monday for a state visit to "
      "Norway.\n"
      "In Bergen, Kamara toured the harbour with local officials.\n"
      "Foreign Minister Rosa Quispe of Peru is on an official visit to Japan this week.\n"
      "On Tuesday she was in Osaka, where she opened a trade fair.\n");
  EXPECT_TRUE(HasEdge("Kamara's visit to Norway", "held_in", "Bergen")) << Dump();
  EXPECT_TRUE(HasEdge("Quispe's visit to Japan", "held_in", "Osaka")) << Dump();
  EXPECT_FALSE(HasEdge("Kamara's visit to Norway", "held_in", "Osaka")) << Dump();
}

}  // namespace
}  // namespace dkg
