// A reception in the active voice ("President A received Minister B", "A on Monday received B at
// the Corvela Palace"): one pattern, host-received-guest, with an optional venue. The host chairs
// the meeting, the guest attends it, a venue named after "at" is where it was held unless it is
// one where a visitor is welcomed on arrival (an airport, an air base), and a negated verb makes
// nothing.
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractReceptions166Test : public ExtractFixture {
 protected:
  // The meetings with both people in a role, whatever their names.
  int MeetingsOf(const std::string& a, const std::string& b) const {
    int n = 0;
    for (const auto& node : graph_.nodes) {
      if (node.kind != "meeting") continue;
      const bool has_a = HasEdge(a, "chaired", node.name) || HasEdge(a, "attended", node.name);
      const bool has_b = HasEdge(b, "chaired", node.name) || HasEdge(b, "attended", node.name);
      n += has_a && has_b;
    }
    return n;
  }
};

constexpr const char* kHeader = "Talks in Santiago\nMay 4, 2027\n";

TEST_F(ExtractReceptions166Test, TheHostReceivesTheGuestAtTheVenue) {
  Extract(
      std::string(kHeader) +
      "President Tomas Valdivia on Tuesday received Foreign Minister Ilze Berzina at the Corvela "
      "Palace.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "Tomas Valdivia");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Valdivia", "chaired", m->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ilze Berzina", "attended", m->name)) << Dump();
  EXPECT_TRUE(HasEdge(m->name, "held_in", "Corvela Palace")) << Dump();
}

// Without a venue the same pattern reads the reception; the day between the host and the verb
// is no obstacle.
TEST_F(ExtractReceptions166Test, WithoutAVenueTheReceptionIsStillAMeeting) {
  Extract(std::string(kHeader) +
          "President Tomas Valdivia warmly received Foreign Minister Ilze Berzina.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "Tomas Valdivia");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Valdivia", "chaired", m->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ilze Berzina", "attended", m->name)) << Dump();
}

// "did not receive", "has not yet received", "never received": no meeting of the two.
TEST_F(ExtractReceptions166Test, ANegatedReceptionMakesNothing) {
  for (const char* sentence :
       {"President Tomas Valdivia did not receive Minister Ilze Berzina.",
        "President Tomas Valdivia has not received Minister Ilze Berzina.",
        "President Tomas Valdivia never received Minister Ilze Berzina at the Corvela Palace."}) {
    Extract(std::string(kHeader) + sentence + "\n");
    EXPECT_EQ(MeetingsOf("Tomas Valdivia", "Ilze Berzina"), 0) << sentence << "\n" << Dump();
  }
}

// An airport is where a visitor is welcomed on arrival, no venue of talks: the reception pattern
// does not hold the meeting there. (The C++ rule meeting-in-place still reads "at PLACE" after
// the meeting's sentence and places it there: an open problem of that rule, not this pattern's.)
TEST_F(ExtractReceptions166Test, AnArrivalVenueIsNoVenueOfTheReception) {
  Extract(std::string(kHeader) +
          "President Tomas Valdivia received Foreign Minister Ilze Berzina at Valdor International "
          "Airport.\n");
  const ExtractedNode* m = NodeNamedLike("meeting", "Tomas Valdivia");
  ASSERT_NE(m, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Valdivia", "chaired", m->name)) << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation != "held_in") continue;
    for (const auto& ev : e.evidence) EXPECT_NE(ev.rule, "pattern:host-received-guest") << Dump();
  }
}

}  // namespace
}  // namespace dkg
