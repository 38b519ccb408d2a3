// Attack findings of h106 on the session's rules: a clause of its own ("..., while C paid a call
// on D") keeps its meetings and officials apart from the trigger before it, and an earlier
// meeting of two office holders in the sentence is not taken for a list of courtesy calls on them.
// Every sentence here is written for the test.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttack106Test : public ExtractFixture {
 protected:
  // The names of the meetings `official` attends.
  std::set<std::string> MeetingsOf(const std::string& official) const {
    std::set<std::string> out;
    for (const auto& e : graph_.edges) {
      if (e.relation == "attended" && graph_.nodes[e.source].name == official &&
          graph_.nodes[e.target].kind == "meeting") {
        out.insert(graph_.nodes[e.target].name);
      }
    }
    return out;
  }
  size_t Shared(const std::string& a, const std::string& b) const {
    size_t n = 0;
    const std::set<std::string> of_b = MeetingsOf(b);
    for (const std::string& m : MeetingsOf(a)) n += of_b.count(m);
    return n;
  }
};

TEST_F(ExtractAttack106Test, WhileClauseKeepsItsCallApartFromTheTalksBefore) {
  Extract(
      "Envoy busy in Tokyo\n"
      "June 6, 2025\n"
      "Foreign Minister Mei Tanaka held talks with President Omar Haddad in Kyoto on Thursday, while "
      "Ambassador Ivo Novak paid a courtesy call on Speaker Sara Dahl.\n");
  EXPECT_EQ(Shared("Mei Tanaka", "Omar Haddad"), 1u) << Dump();
  EXPECT_EQ(Shared("Ivo Novak", "Sara Dahl"), 1u) << Dump();
  EXPECT_EQ(Shared("Mei Tanaka", "Ivo Novak"), 0u) << Dump();
  EXPECT_EQ(Shared("Omar Haddad", "Sara Dahl"), 0u) << Dump();
}

TEST_F(ExtractAttack106Test, TalksOfTwoHoldersBeforeCallsOnBothStayTheirOwn) {
  Extract(
      "Envoy busy in Tokyo\n"
      "June 6, 2025\n"
      "Foreign Minister Mei Tanaka held talks with President Omar Haddad in Kyoto on Thursday, while "
      "Ambassador Ivo Novak paid courtesy calls on President Omar Haddad and Foreign Minister Mei "
      "Tanaka.\n");
  // Their own talks, and one call on each.
  EXPECT_EQ(Shared("Mei Tanaka", "Omar Haddad"), 1u) << Dump();
  EXPECT_EQ(Shared("Ivo Novak", "Omar Haddad"), 1u) << Dump();
  EXPECT_EQ(Shared("Ivo Novak", "Mei Tanaka"), 1u) << Dump();
  EXPECT_EQ(MeetingsOf("Ivo Novak").size(), 2u) << Dump();
}

TEST_F(ExtractAttack106Test, TalksBeforeASemicolonAreNotTakenForTheCalls) {
  // "; Ambassador C paid ...": a title, then the official who opens a clause of his own.
  Extract(
      "Envoy busy in Tokyo\n"
      "June 6, 2025\n"
      "Foreign Minister Mei Tanaka held talks with President Omar Haddad in Kyoto on Thursday; "
      "Ambassador Ivo Novak paid courtesy calls on President Omar Haddad and Foreign Minister Mei "
      "Tanaka.\n");
  EXPECT_EQ(Shared("Mei Tanaka", "Omar Haddad"), 1u) << Dump();
  EXPECT_EQ(MeetingsOf("Ivo Novak").size(), 2u) << Dump();
  EXPECT_EQ(MeetingsOf("Mei Tanaka").size(), 2u) << Dump();
}

}  // namespace
}  // namespace dkg
