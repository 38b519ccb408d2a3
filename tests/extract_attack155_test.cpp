// Attacks on the session's new rules with odd input (h155), each on a sentence written for the
// test: numbers past an int's range where an ordinal or a day is read, currencies named after a
// country beside the real parties, an office ranked by a numeral with no comma before the name,
// and a dateline town in capitals joined by a hyphen.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttack155Test : public ExtractFixture {};

// "the 4294967297th session" counts no round: read as an int it wrapped to 1, so it merged with the
// first session and gave that one a second place. A six-digit ordinal still counts.
TEST_F(ExtractAttack155Test, AnOrdinalPastAnIntCountsNoRound) {
  Extract(
      "Commission meets\nMar 3, 2026\n"
      "The first session of the Portugal-Uruguay Joint Commission was held in Porto in May 2018. "
      "The 4294967297th session of the Portugal-Uruguay Joint Commission was held in Montevideo.\n");
  EXPECT_TRUE(HasEdge("first session of the Portugal-Uruguay Joint Commission", "held_in", "Porto"))
      << Dump();
  EXPECT_FALSE(HasEdge("first session of the Portugal-Uruguay Joint Commission", "held_in", "Montevideo"))
      << Dump();
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    const auto round = n.attrs.find("round");
    EXPECT_TRUE(round == n.attrs.end() || round->second == "1" || round->second == "2")
        << n.name << " round " << round->second;
  }
  Extract(
      "Commission meets\nMar 3, 2026\n"
      "The 18446744073709551617th session of the Portugal-Uruguay Joint Commission was held in Porto.\n");
  for (const auto& n : graph_.nodes) {
    const auto round = n.attrs.find("round");
    EXPECT_TRUE(round == n.attrs.end()) << n.name << " round " << round->second;
  }
}

// A day of more than two digits is no day of the month: "4294967299 March" was read as 3 March.
TEST_F(ExtractAttack155Test, ADayOfManyDigitsIsNoDate) {
  const std::string head = "Ministers meet\nMar 30, 2026\n";
  const std::string rest =
      " March, Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas of Uruguay "
      "in Porto.\n";
  Extract(head + "On 3" + rest);
  EXPECT_EQ(DateOf("meeting"), "2026-03-03") << Dump();
  Extract(head + "On 4294967299" + rest);
  EXPECT_NE(DateOf("meeting"), "2026-03-03") << Dump();
  Extract(head + "On 103" + rest);
  EXPECT_NE(DateOf("meeting"), "2026-03-03") << Dump();
}

// A next occasion on 29 February with no year is the first 29 February on or after the story's
// day, in a leap year: never "2029-02-29". A story of the last day of 9999 stores no year 10000
// ("10000-03-02").
TEST_F(ExtractAttack155Test, ANextOccasionOnTheTwentyNinthOfFebruary) {
  const std::string body =
      "The ministers of Portugal and Uruguay met in Porto. The next session will be held in "
      "Montevideo on 29 February.\n";
  Extract("Talks\nMar 1, 2028\n" + body);
  EXPECT_EQ(DateOf("next session"), "2032-02-29") << Dump();
  Extract("Talks\nFeb 29, 2028\n" + body);
  EXPECT_EQ(DateOf("next session"), "2028-02-29") << Dump();
  Extract(
      "Talks\n9999-12-31\n"
      "The ministers of Portugal and Uruguay met in Porto. The next session will be held in "
      "Montevideo on 2 March. They agreed to meet again next year in Lima.\n");
  EXPECT_NE(NodeNamedLike("meeting", "next session"), nullptr) << Dump();
  for (const auto& n : graph_.nodes) EXPECT_LE(n.date.size(), 10u) << n.name << " " << n.date;
}

}  // namespace
}  // namespace dkg
