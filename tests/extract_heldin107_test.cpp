// Where meetings are held (held_in) when the meeting's long name ends with a body's, as
// specifications, each on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractHeldIn107Test : public ExtractFixture {};

// A meeting named "... Meeting of X on the Y of the <body>" is a meeting even when the body is
// named by the earlier stages; "which is to take place ... in C" places it, the participant
// attends it, and the date after "said on Monday" is the statement's, not the meeting's.
TEST_F(ExtractHeldIn107Test, AMeetingNamedAfterABodyIsPlacedAndDatedByItsOwnClause) {
  Extract(
      "Minister to attend envoys' meeting in the south\nMar 3, 2025\n"
      "LIMA, March 3 -- A spokesperson for the Peruvian foreign ministry said on Monday that Foreign "
      "Minister Ana Souza will take part in the Ministerial Meeting of Envoys on the Future of the "
      "Andean Trade Forum (ATF), which is to take place from March 12 to 14 in Cusco, in southern "
      "Peru.\n");
  const std::string meeting = "Ministerial Meeting of Envoys on the Future of the Andean Trade Forum";
  ASSERT_NE(Find("meeting", meeting), nullptr) << Dump();
  EXPECT_EQ(Find("meeting", meeting)->date, "2025-03-12") << Dump();
  EXPECT_TRUE(HasEdge(meeting, "held_in", "Cusco")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", meeting)) << Dump();
  EXPECT_NE(Find("organization", "Andean Trade Forum"), nullptr) << Dump();
}

// A numbered session of a body keeps to the rules for bodies that meet: the body is not kept
// as an organization inside a meeting's name.
TEST_F(ExtractHeldIn107Test, ANumberedConferenceOfABodyIsNotSplit) {
  Extract(
      "Ministers gather in Lima\nMar 3, 2025\n"
      "Foreign Minister Ana Souza opened the 5th Ministerial Conference of the Andean-Pacific "
      "Cooperation Forum in Lima on Monday.\n");
  EXPECT_EQ(Find("organization", "Andean-Pacific Cooperation Forum"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
