// Receptions ("A was received by B"), one family in events.pat: both word orders ("by B at the
// venue", "at the venue by B"), with and without a venue, the one received named or the official
// the story follows, "received by B, who ...", and welcomes at an airport or air base (one lexicon
// class, `arrival_venue_word`), which make no meeting. Whatever the order, the host chairs the
// reception (GUIDELINES: officials who host a meeting for the host side chair it) and the one
// received attends; never both roles for the host.
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractReceptions160Test : public ExtractFixture {
 protected:
  // The one meeting named after `host`: the host chairs it, `guest` attends, the host does not
  // also attend, and, when `venue` is given, it is held there.
  void ExpectReception(const std::string& guest, const std::string& host, const std::string& venue) {
    const ExtractedNode* m = NodeNamedLike("meeting", host);
    ASSERT_NE(m, nullptr) << Dump();
    EXPECT_TRUE(HasEdge(host, "chaired", m->name)) << Dump();
    EXPECT_FALSE(HasEdge(host, "attended", m->name)) << Dump();
    EXPECT_TRUE(HasEdge(guest, "attended", m->name)) << Dump();
    if (!venue.empty()) {
      EXPECT_TRUE(HasEdge(m->name, "held_in", venue)) << Dump();
    }
  }
};

constexpr const char* kOpening =
    "Latvian minister in Chile\nMay 4, 2027\n"
    "Latvia's Foreign Minister Ilze Berzina arrived in Santiago on Monday for a two-day visit.\n";

// "A was received by B at the venue" and "A was received at the venue by B": the same reception.
TEST_F(ExtractReceptions160Test, ByTheHostThenTheVenue) {
  Extract(std::string(kOpening) +
          "Foreign Minister Ilze Berzina was received by President Tomas Valdivia at the Corvela Palace "
          "on Tuesday.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "Corvela Palace");
}

TEST_F(ExtractReceptions160Test, TheVenueThenTheHost) {
  Extract(std::string(kOpening) +
          "Foreign Minister Ilze Berzina was received at the Corvela Palace by President Tomas Valdivia "
          "on Tuesday.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "Corvela Palace");
}

// The official the story follows ("she", "the visiting minister"), in both orders.
TEST_F(ExtractReceptions160Test, TheSubjectByTheHostThenTheVenue) {
  Extract(std::string(kOpening) + "On Tuesday she was received by President Tomas Valdivia at the Corvela Palace.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "Corvela Palace");
}

TEST_F(ExtractReceptions160Test, TheSubjectAtTheVenueThenByTheHost) {
  Extract(std::string(kOpening) +
          "The visiting minister was received at the Corvela Palace by President Tomas Valdivia.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "Corvela Palace");
}

// Without a venue: the sentence opens with the one received, or a clause says what the two did.
TEST_F(ExtractReceptions160Test, WithoutAVenue) {
  Extract(std::string(kOpening) + "Foreign Minister Ilze Berzina was received by President Tomas Valdivia on Tuesday.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "");
}

TEST_F(ExtractReceptions160Test, ReceivedByTheHostWhoDidSomething) {
  Extract(std::string(kOpening) +
          "On Tuesday, Foreign Minister Ilze Berzina was received by President Tomas Valdivia, who "
          "welcomed the new shipping line.\n");
  ExpectReception("Ilze Berzina", "Tomas Valdivia", "");
}

// A welcome at an airport or an air base is the arrival, in either order and however the venue
// is written: no meeting named after the one who welcomes.
TEST_F(ExtractReceptions160Test, AWelcomeAtAnAirportOrAirBaseIsNoReception) {
  for (const char* body : {
           "Foreign Minister Ilze Berzina was received by Deputy Minister Rosa Quiroga at Pudel Air Base.\n",
           "Foreign Minister Ilze Berzina was received at Pudel Air Base by Deputy Minister Rosa Quiroga.\n",
           "She was received by Deputy Minister Rosa Quiroga at Pudel International Airport.\n",
           "She was received at the airport by Deputy Minister Rosa Quiroga.\n",
           "He was received by Deputy Minister Rosa Quiroga at the Pudel Airfield.\n",
           "At the airport, Foreign Minister Ilze Berzina was received by Deputy Minister Rosa Quiroga.\n",
       }) {
    Extract(std::string(kOpening) + body);
    EXPECT_EQ(NodeNamedLike("meeting", "Rosa Quiroga"), nullptr) << body << Dump();
    EXPECT_FALSE(HasRole("Rosa Quiroga", "chaired")) << body << Dump();
  }
}

// "The letter of A was received by B, who ...": no official was received, so no reception.
TEST_F(ExtractReceptions160Test, ALetterReceivedIsNoReception) {
  Extract(std::string(kOpening) + "The letter of Foreign Minister Ilze Berzina was received by President Tomas Valdivia, who read it.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Tomas Valdivia"), nullptr) << Dump();
  EXPECT_FALSE(HasRole("Tomas Valdivia", "chaired")) << Dump();
}

// "ÖZKAN Emre": a family name in capitals is the surname in any script (Run::AllCapitals, one test
// shared with the dateline rules), given with an initial capital in the meeting's name.
TEST_F(ExtractReceptions160Test, ASurnameInCapitalsInAnyScript) {
  Extract(
      "Turkish minister in Portugal\nMay 4, 2027\n"
      "Turkish Foreign Minister ÖZKAN Emre paid a state visit to Lisbon on Monday.\n");
  EXPECT_NE(Find("meeting", "Özkan's visit to Lisbon"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Emre's"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
