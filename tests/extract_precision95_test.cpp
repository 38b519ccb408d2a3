// Two precision bugs an attacker found (h95): an agreement a body reached at its own session, and
// an earlier edition held far from both sides, must not take the sides of the story's meeting.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractPrecision95Test : public ExtractFixture {
 protected:
  bool AnyPartyTo(const std::string& agreement) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == "party_to" && graph_.nodes[e.target].name == agreement) return true;
    }
    return false;
  }
  bool AnyEdgeFrom(const std::string& source, const std::string& relation) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == relation && graph_.nodes[e.source].name == source) return true;
    }
    return false;
  }
  bool AnyEdgeTo(const std::string& relation, const std::string& target) const {
    for (const auto& e : graph_.edges) {
      if (e.relation == relation && graph_.nodes[e.target].name == target) return true;
    }
    return false;
  }
};

constexpr const char* kDialogue =
    "Chile and Argentina hold mining talks\nApril 2, 2026\n"
    "The 4th Chile-Argentina Mining Dialogue was held in Santiago on 1 April 2026, where the two "
    "ministers signed the Santiago Protocol.\n";

// "The Council of the Andean Community met in Quito, where the ministers agreed to ...": the
// body's own session reached it; not the dialogue in focus, not its two sides.
TEST_F(ExtractPrecision95Test, BodyMeetingOnItsOwnAgreesAtItsOwnSession) {
  Extract(std::string(kDialogue) +
          "On Friday, the Council of Ministers of the Andean Community met in Quito, where the ministers agreed "
          "to lower tariffs on copper.\n");
  const ExtractedNode* agreement = NodeNamedLike("agreement", "lower tariffs");
  ASSERT_NE(agreement, nullptr) << Dump();
  EXPECT_FALSE(AnyEdgeFrom(agreement->name, "agreed_at")) << Dump();
  EXPECT_FALSE(AnyPartyTo(agreement->name)) << Dump();
}

// The sides themselves meeting and agreeing still reach it at the meeting in focus.
TEST_F(ExtractPrecision95Test, SidesAgreeingStillAgreeAtTheFocusMeeting) {
  Extract(std::string(kDialogue) + "The two ministers also agreed to lower tariffs on copper.\n");
  const ExtractedNode* agreement = NodeNamedLike("agreement", "lower tariffs");
  ASSERT_NE(agreement, nullptr) << Dump();
  EXPECT_TRUE(AnyEdgeFrom(agreement->name, "agreed_at")) << Dump();
  EXPECT_TRUE(AnyPartyTo(agreement->name)) << Dump();
}

// "The preceding summit took place in Nairobi": nothing makes it the two sides' meeting.
TEST_F(ExtractPrecision95Test, EarlierEditionInAThirdCountryTakesNoSides) {
  Extract(std::string(kDialogue) + "The preceding summit took place in Nairobi in 2018.\n");
  const ExtractedNode* earlier = NodeNamedLike("meeting", "Nairobi");
  ASSERT_NE(earlier, nullptr) << Dump();
  EXPECT_FALSE(AnyEdgeTo("participant", earlier->name)) << Dump();
}

// One held at a side's home alternates between the two: it keeps their sides.
TEST_F(ExtractPrecision95Test, EarlierEditionAtASidesHomeKeepsTheSides) {
  Extract(std::string(kDialogue) + "The previous session was held in Buenos Aires in May 2024.\n");
  const ExtractedNode* earlier = NodeNamedLike("meeting", "Buenos Aires");
  ASSERT_NE(earlier, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Argentina", "participant", earlier->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "participant", earlier->name)) << Dump();
}

}  // namespace
}  // namespace dkg
