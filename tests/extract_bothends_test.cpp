// Edges between two nodes the extractor already found (participant, represents, member_of), as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBothEndsTest : public ExtractFixture {};

// A minister named without a country, whose side only a later two-country session shows
// (inferred from the counterpart), took part for that country in the talks of the days before too.
TEST_F(ExtractBothEndsTest, ACountryInferredFromTheCounterpartJoinsTheOfficialsEarlierMeetings) {
  Extract(
      "Foreign Minister Halvorsen tours East Africa\nApr 7, 2025\n"
      "Minister of Foreign Affairs Ingrid Halvorsen travels this week to Dodoma and Kampala.\n"
      "In Dodoma on Monday, Halvorsen held talks with Tanzania's Minister for Foreign Affairs, "
      "Amani Mwakyusa.\n"
      "On Thursday, Halvorsen and Uganda's Minister of Foreign Affairs, Peter Okello, will co-chair "
      "the third session of the Denmark-Uganda Joint Commission.\n");
  EXPECT_TRUE(HasEdge("Ingrid Halvorsen", "represents", "Denmark")) << Dump();
  const ExtractedNode* talks = NodeNamedLike("meeting", "Mwakyusa");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Denmark", "participant", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("Tanzania", "participant", talks->name)) << Dump();
  EXPECT_FALSE(HasEdge("Uganda", "participant", talks->name)) << Dump();
}

}  // namespace
}  // namespace dkg
