// A body named again by the head word of its name ("the Forum", "members of the Council", "the
// Council's session"): the story's latest body with that head, not the meeting in focus nor a new
// body. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class BodyHeadTest : public ExtractFixture {
 protected:
  // Whether `body` takes part in some meeting.
  bool TakesPart(const std::string& body) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == "participant" && graph_.nodes[e.source].name == body &&
          graph_.nodes[e.target].kind == "meeting") {
        return true;
      }
    }
    return false;
  }
};

TEST_F(BodyHeadTest, MembersOfTheHeadAreMembersOfTheBody) {
  Extract(
      "Andean leaders meet in Lima\n"
      "Mar 3, 2027\n"
      "The Andean Trade Forum held its Fifth Meeting in Lima on Monday.\n"
      "The other members of the Forum who attended were President Ana Souza of Peru; and President "
      "Karl Brandt of Chile.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "member_of", "Andean Trade Forum")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "member_of", "Andean Trade Forum")) << Dump();
  EXPECT_EQ(Find("organization", "Forum"), nullptr) << Dump();
}

TEST_F(BodyHeadTest, ThePossessiveHeadsMeetingIsTheBodys) {
  Extract(
      "Fisheries ministers meet in Suva\n"
      "Mar 3, 2027\n"
      "Ministers of the Pacific Fisheries Council gathered in Suva on Tuesday for the Council's annual "
      "plenary session, chaired by Fiji's Fisheries Minister Jone Tawake.\n");
  EXPECT_TRUE(TakesPart("Pacific Fisheries Council")) << Dump();
}

TEST_F(BodyHeadTest, TheHeadBeforeAndIsNoNewBody) {
  Extract(
      "Fisheries ministers meet in Suva\n"
      "Mar 3, 2027\n"
      "The Pacific Fisheries Council met in Suva on Tuesday.\n"
      "Minister Jone Tawake of Fiji called for closer ties between the Council and NATO.\n");
  EXPECT_EQ(Find("organization", "Council and NATO"), nullptr) << Dump();
  EXPECT_NE(Find("organization", "North Atlantic Treaty Organization"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
