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

// A demonym before a currency's noun other than dollars ("Danish kroner", "Indian rupees",
// "Chilean pesos") names the currency, no country; the parties written beside it stay.
TEST_F(ExtractAttack155Test, CurrencyNounsBesideTheParties) {
  Extract(
      "Loan signed\nMar 3, 2026\n"
      "Portugal and Uruguay signed a loan agreement worth 30 million Danish kroner.\n");
  EXPECT_EQ(Find("country", "Denmark"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Portugal"), nullptr) << Dump();
  Extract(
      "Grant signed\nMar 3, 2026\n"
      "The Indian rupees grant was signed by Portugal and Uruguay, with 5 million Chilean pesos more.\n");
  EXPECT_EQ(Find("country", "India"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Chile"), nullptr) << Dump();
  // A country's name before a word that is no currency stays the country.
  Extract(
      "Talks\nMar 3, 2026\n"
      "Denmark and Uruguay signed a trade agreement in Porto.\n");
  EXPECT_NE(Find("country", "Denmark"), nullptr) << Dump();
}

// "Minister of Trade II Ines Duarte": the numeral ranks the office with or without a comma before
// the name; it is no part of the name.
TEST_F(ExtractAttack155Test, ARankedOfficeWithNoCommaBeforeTheName) {
  for (const char* sep : {" ", ", "}) {
    Extract(std::string("Ministers meet\nMar 3, 2026\n") + "Minister of Trade II" + sep +
            "Ines Duarte of Portugal met Foreign Minister Pablo Rivas of Uruguay in Porto.\n");
    EXPECT_NE(Find("official", "Ines Duarte"), nullptr) << sep << "\n" << Dump();
    EXPECT_EQ(Find("official", "II Ines Duarte"), nullptr) << sep << "\n" << Dump();
  }
  // A name's own numeral after the name still ends it.
  Extract(
      "Ministers meet\nMar 3, 2026\n"
      "Foreign Minister Pablo Rivas III of Uruguay met Foreign Minister Ines Duarte of Portugal.\n");
  EXPECT_EQ(Find("official", "II Ines Duarte"), nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("official", "Pablo Rivas"), nullptr) << Dump();
}

// A dateline's town in capitals joined by a hyphen with no spaces is one town ("KORVIK-NESET");
// the dateline's own dash, with spaces, still ends it.
TEST_F(ExtractAttack155Test, AHyphenatedTownInCapitalsOpensTheDateline) {
  Extract(
      "Talks\n"
      "KORVIK-NESET, 3 March 2026 - Foreign Minister Ines Duarte of Portugal met Foreign Minister "
      "Pablo Rivas of Uruguay.\n");
  EXPECT_NE(Find("place", "Korvik-Neset"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Korvik"), nullptr) << Dump();
  EXPECT_EQ(DateOf("meeting"), "2026-03-03") << Dump();
  Extract(
      "Talks\n"
      "KORVIKNES - Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas of "
      "Uruguay.\n");
  EXPECT_NE(Find("place", "Korviknes"), nullptr) << Dump();
}

// A byline in capitals is no dateline town: "BY ANNA LEE, 3 MARCH 2026" made a place "By Anna Lee".
TEST_F(ExtractAttack155Test, ABylineInCapitalsIsNoTown) {
  Extract(
      "Talks\n"
      "BY TERESA MOLL, 3 MARCH 2026\n"
      "PORTO - Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas of Uruguay "
      "yesterday.\n");
  EXPECT_EQ(NodeNamedLike("place", "Moll"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Porto"), nullptr) << Dump();
  EXPECT_EQ(DateOf("meeting"), "2026-03-02") << Dump();
}

// "By Teresa Moll" / "March 3, 2026" / dateline: the date line after a byline with no date dates
// the story, as it would have as the document's second line; the dateline after it still reads.
TEST_F(ExtractAttack155Test, ADateLineAfterABylineDatesTheStory) {
  Extract(
      "Talks\n"
      "By Teresa Moll\n"
      "March 3, 2026\n"
      "KORVIKNES - Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas of "
      "Uruguay yesterday.\n");
  EXPECT_EQ(DateOf("meeting"), "2026-03-02") << Dump();
  EXPECT_NE(Find("place", "Korviknes"), nullptr) << Dump();
  // A sentence after the byline that holds a date among other words is no date line.
  Extract(
      "Talks\n"
      "By Teresa Moll\n"
      "On March 3, 2026 Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas "
      "of Uruguay in Porto.\n");
  EXPECT_NE(Find("official", "Ines Duarte"), nullptr) << Dump();
  EXPECT_EQ(DateOf("meeting"), "2026-03-03") << Dump();
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

// A negating word right before a role's trigger denies the role: "did not attend", "was never
// received by", "didn't chair" make no attendance and no chair; the same sentences without the
// negation do.
TEST_F(ExtractAttack155Test, ANegatedRoleTriggerMakesNoRole) {
  const std::string head =
      "Talks\nMar 3, 2026\n"
      "The Portugal-Uruguay Joint Commission held its eleventh session in Porto on Monday. ";
  Extract(head + "President Marta Lobo did not attend the session.\n");
  EXPECT_FALSE(HasRole("Marta Lobo", "attended")) << Dump();
  Extract(head + "President Marta Lobo attended the session.\n");
  EXPECT_TRUE(HasRole("Marta Lobo", "attended")) << Dump();
  Extract(head + "Foreign Minister Ines Duarte didn't chair the session.\n");
  EXPECT_FALSE(HasRole("Ines Duarte", "chaired")) << Dump();
  Extract(
      "Talks\nMar 3, 2026\n"
      "Foreign Minister Ines Duarte of Portugal arrived in Montevideo on Monday. Duarte was never "
      "received by President Pablo Rivas of Uruguay at the Estevez Palace.\n");
  EXPECT_FALSE(HasRole("Pablo Rivas", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Pablo Rivas", "chaired")) << Dump();
}

// A dateline of nothing but a date ("3 March 2026 - ...", "March 3, 2026: ...") dates the story
// and no meeting: "yesterday" after it is the 2nd, where the meeting took the dateline's 3rd.
TEST_F(ExtractAttack155Test, ADatelineOfOnlyADateDatesTheStory) {
  for (const char* dateline : {"3 March 2026 - ", "March 3, 2026: "}) {
    Extract(std::string("Talks\n") + dateline +
            "Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas of Uruguay "
            "yesterday.\n");
    EXPECT_EQ(DateOf("meeting"), "2026-03-02") << dateline << "\n" << Dump();
  }
  // A date opening a sentence with a comma is the sentence's own.
  Extract(
      "Talks\nMar 9, 2026\n"
      "On 3 March 2026, Foreign Minister Ines Duarte of Portugal met Foreign Minister Pablo Rivas "
      "of Uruguay.\n");
  EXPECT_EQ(DateOf("meeting"), "2026-03-03") << Dump();
}

}  // namespace
}  // namespace dkg
