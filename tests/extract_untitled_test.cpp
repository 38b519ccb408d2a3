// Officials the text names without a title (helper h90). Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class UntitledOfficialsTest : public ExtractFixture {};

// A well-known office holder named in full, with no title, in a story that names their country
// is an official of that country.
TEST_F(UntitledOfficialsTest, KnownHolderWithoutTitleIsAnOfficial) {
  Extract(
      "Canada and Chile review their trade ties\nMay 4, 2026\n"
      "The Chilean Foreign Minister, Rosa Campos, held talks in Ottawa on Monday with her Canadian "
      "counterpart, Tom Hardy.\n"
      "Campos said her country felt close to the government of Justin Trudeau and hoped to deepen "
      "cooperation with Canada.\n");
  ASSERT_NE(Find("official", "Justin Trudeau"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Justin Trudeau", "represents", "Canada")) << Dump();
}

// The name alone is not enough in a story about other countries: nothing ties the person to
// an office the story is about.
TEST_F(UntitledOfficialsTest, KnownHolderOfAnUnnamedCountryIsNotAnOfficial) {
  Extract(
      "Peru and Chile review their trade ties\nMay 4, 2026\n"
      "The Chilean Foreign Minister, Rosa Campos, held talks in Lima on Monday with her Peruvian "
      "counterpart, Tom Hardy, who quoted a speech by Justin Trudeau.\n");
  EXPECT_EQ(Find("official", "Justin Trudeau"), nullptr) << Dump();
}

// "took over the post from A": a holder spoken of, not acting, is an official of their country
// but not the "he" of the next clause, so the new minister's trip is not theirs.
TEST_F(UntitledOfficialsTest, HolderSpokenOfIsNotTheStorysSubject) {
  Extract(
      "New minister travels to Spain\nMay 4, 2026\n"
      "Only yesterday did Foreign Minister Rosa Campos of Canada take over the post from Justin "
      "Trudeau, and today she is already on her first trip, which takes her to Spain and Portugal.\n");
  ASSERT_NE(Find("official", "Justin Trudeau"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Justin Trudeau", "represents", "Canada")) << Dump();
  EXPECT_FALSE(HasRole("Justin Trudeau", "attended")) << Dump();
}

// "He met a group of students and discussed the reforms that follow when A takes office": A, in
// a relative clause after the object, is not whom he met.
TEST_F(UntitledOfficialsTest, OfficialInRelativeClauseIsNotWhomTheyMet) {
  Extract(
      "Chilean envoy tours Canada\nMay 4, 2026\n"
      "The Chilean Foreign Minister, Rosa Campos, spoke at a university in Ottawa on Monday.\n"
      "She met a group of Canadian students and discussed with them the reforms that will follow "
      "when Justin Trudeau opens the new session of parliament.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Trudeau"), nullptr) << Dump();
}

// "held talks with A and B; C is to take office in May": C, the subject of the clause after the
// semicolon, did not hold the talks.
TEST_F(UntitledOfficialsTest, SemicolonBeforeANewSubjectEndsTheTalks) {
  Extract(
      "Chile and Canada hold talks\nMay 4, 2026\n"
      "The Chilean Foreign Minister, Rosa Campos, held talks in Ottawa yesterday with the Canadian "
      "Foreign Minister, Tom Hardy, and with Lena Fox, who will succeed him; Trudeau is to name "
      "her next week, Justin Trudeau's office said.\n");
  EXPECT_FALSE(HasRole("Justin Trudeau", "attended")) << Dump();
}

}  // namespace
}  // namespace dkg
