// Courtesy calls on several office holders (GUIDELINES: an engagement with its own participants is
// its own meeting): "paid courtesy calls on A, B and C" is one call on each, attended by the
// visitor and that office holder, also when the last holder's title runs into the name with no
// comma ("Minister of Foreign Affairs and Trade C"); "Chairman of the National Assembly A B".
// Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractCourtesyTest : public ExtractFixture {
 protected:
  // The meetings `official` attends.
  std::set<size_t> MeetingsOf(const std::string& official) const {
    std::set<size_t> out;
    for (const auto& e : graph_.edges) {
      if (e.relation == "attended" && graph_.nodes[e.source].name == official &&
          graph_.nodes[e.target].kind == "meeting") {
        out.insert(e.target);
      }
    }
    return out;
  }
  // How many meetings both attend.
  size_t Shared(const std::string& a, const std::string& b) const {
    size_t n = 0;
    const std::set<size_t> of_b = MeetingsOf(b);
    for (size_t m : MeetingsOf(a)) n += of_b.count(m);
    return n;
  }
  size_t MeetingCount() const {
    size_t n = 0;
    for (const auto& node : graph_.nodes) n += node.kind == "meeting";
    return n;
  }
};

TEST_F(ExtractCourtesyTest, CourtesyCallsOnThreeOfficialsAreThreeMeetings) {
  Extract(
      "Peruvian envoy begins her mission in Oslo\n"
      "March 3, 2025\n"
      "The new Ambassador of Peru to Norway, Ana Souza, arrived in Oslo last week.\n"
      "On Tuesday, Souza paid courtesy calls on President Karl Brandt, Prime Minister Lars Holm and "
      "Foreign Minister Eva Lind.\n");
  for (const char* host : {"Karl Brandt", "Lars Holm", "Eva Lind"}) {
    EXPECT_EQ(MeetingsOf(host).size(), 1u) << host << "\n" << Dump();
    EXPECT_EQ(Shared("Ana Souza", host), 1u) << host << "\n" << Dump();
  }
  // No call is on two of them at once.
  EXPECT_EQ(Shared("Karl Brandt", "Lars Holm"), 0u) << Dump();
  EXPECT_EQ(Shared("Lars Holm", "Eva Lind"), 0u) << Dump();
}

TEST_F(ExtractCourtesyTest, PortfolioTitleWithoutCommaEndsTheListOfCalls) {
  Extract(
      "Speaker of Chile ends visit to Estonia\n"
      "May 14, 2025\n"
      "The Speaker of the Chamber of Deputies of Chile, Rosa Fuentes, arrived in Tallinn on Monday.\n"
      "On Tuesday, Fuentes paid courtesy calls on Prime Minister Mart Kask and Minister of Foreign "
      "Affairs and Trade Jaan Tamm.\n");
  ASSERT_NE(Find("official", "Jaan Tamm"), nullptr) << NamesOf("official");
  EXPECT_EQ(Shared("Rosa Fuentes", "Jaan Tamm"), 1u) << Dump();
  EXPECT_EQ(Shared("Rosa Fuentes", "Mart Kask"), 1u) << Dump();
  EXPECT_EQ(Shared("Mart Kask", "Jaan Tamm"), 0u) << Dump();
}

TEST_F(ExtractCourtesyTest, OneCourtesyCallOnOneOfficialIsOneMeeting) {
  Extract(
      "Peruvian envoy begins her mission in Oslo\n"
      "March 3, 2025\n"
      "The new Ambassador of Peru to Norway, Ana Souza, paid a courtesy call on Prime Minister "
      "Lars Holm on Tuesday.\n");
  EXPECT_EQ(MeetingCount(), 1u) << NamesOf("meeting");
  EXPECT_EQ(Shared("Ana Souza", "Lars Holm"), 1u) << Dump();
}

// "Chairman of the National Assembly A B": the body after the article is the office's (a body
// the lexicon knows), the name follows with no comma.
TEST_F(ExtractCourtesyTest, ChairmanOfTheNationalAssemblyThenNameIsAnOfficial) {
  Extract(
      "Peru and Laos hold talks\n"
      "March 3, 2025\n"
      "President Ana Souza of Peru held talks with the President of Laos in Vientiane on Monday.\n"
      "During the visit, Souza also met Chairman of the National Assembly Khamla Vong.\n");
  ASSERT_NE(Find("official", "Khamla Vong"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Assembly"), nullptr) << NamesOf("official");
  EXPECT_EQ(Shared("Ana Souza", "Khamla Vong"), 1u) << Dump();
}

// After an article, capitalised words the lexicon knows as no body may be a name: no split.
TEST_F(ExtractCourtesyTest, UnknownBodyAfterArticleIsNotSplitIntoAName) {
  Extract(
      "Peru and Laos hold talks\n"
      "March 3, 2025\n"
      "During the visit, President Ana Souza of Peru also met Secretary of the Central Committee "
      "Boun Mee.\n");
  EXPECT_EQ(NodeNamedLike("official", "Committee"), nullptr) << NamesOf("official");
  EXPECT_EQ(NodeNamedLike("official", "Central"), nullptr) << NamesOf("official");
}

}  // namespace
}  // namespace dkg
