// Phrasings met on documents of our own that the extractor was not written against: an office
// held in a body named inside a relative clause, and hyphenated given names in meeting labels.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractUnseen75Test : public ExtractFixture {};

// "B, who chairs the Trade Committee, joined the talks": B chairs a body, not the talks; B
// still took part in them.
TEST_F(ExtractUnseen75Test, ChairingABodyInARelativeClauseIsNoMeetingRole) {
  Extract(
      "Ministers hold talks in Lima\nApril 9, 2025\n"
      "Peru's Foreign Minister Elena Vargas held talks with Chile's Foreign Minister Tomas Reyes "
      "in Lima on Tuesday.\n"
      "Senator Rosa Quispe, who chairs the Andean Trade Committee, also joined the talks.\n");
  EXPECT_FALSE(HasRole("Rosa Quispe", "chaired")) << Dump();
  EXPECT_TRUE(HasRole("Elena Vargas", "attended")) << Dump();
}

// "A chairs the dialogue's plenary": a trigger whose object is lower-case keeps its meaning.
TEST_F(ExtractUnseen75Test, ChairingTheTalksIsStillARole) {
  Extract(
      "Ministers hold talks in Lima\nApril 9, 2025\n"
      "Peru's Foreign Minister Elena Vargas held talks with Chile's Foreign Minister Tomas Reyes "
      "in Lima on Tuesday. Elena Vargas chaired the talks.\n");
  EXPECT_TRUE(HasRole("Elena Vargas", "chaired")) << Dump();
}

// "Park Ji-hoon": the family name comes first and the hyphenated given name after it, so a
// meeting named after him is "Park's", never the given name's second half.
TEST_F(ExtractUnseen75Test, AHyphenatedGivenNameIsNotTheSurname) {
  Extract(
      "Ministers meet in Busan\nJune 4, 2025\n"
      "Foreign Minister Park Ji-hoon met Peru's Foreign Minister Elena Vargas in Busan on "
      "Wednesday.\n");
  const std::string meeting = Meeting();
  EXPECT_EQ(meeting.find("hoon"), std::string::npos) << Dump();
}

}  // namespace
}  // namespace dkg
