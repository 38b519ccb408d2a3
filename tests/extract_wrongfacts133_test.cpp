// Wrong or missing facts found by attackers, each on a document written for the test: a dateline
// on a line of its own, a place the text denies, date ranges and stray dashes, a name particle
// before a city that ends the name, many contradictory "next session" sentences, and roles after
// nested relative clauses.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractWrongFacts133Test : public ExtractFixture {
 protected:
  int CountOf(const std::string& kind) const {
    int n = 0;
    for (const auto& node : graph_.nodes) n += node.kind == kind;
    return n;
  }
  int EdgesFrom(const std::string& source, const std::string& relation) const {
    int n = 0;
    for (const auto& e : graph_.edges) {
      n += e.relation == relation && graph_.nodes[e.source].name == source;
    }
    return n;
  }
};

// A dateline alone on the line after the headline is no publication date: it opens the body, so
// "here" is its city and the bare ministry is its country's.
TEST_F(ExtractWrongFacts133Test, ADatelineOnTheSecondLineIsTheDateline) {
  Extract(
      "Ecuador and Finland open dialogue\n"
      "Quito, 12 May 2025\n"
      "The Ministry of Foreign Affairs said the first Ecuador-Finland Political Dialogue was held "
      "here on Monday.\n");
  EXPECT_TRUE(source_.document.date.empty()) << source_.document.date;
  EXPECT_TRUE(HasEdge("first Ecuador-Finland Political Dialogue", "held_in", "Quito")) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs", "part_of", "Ecuador")) << Dump();
}

// The same with a dash and a colon ("ACCRA - 12 May 2025:"), on its own line after the date line.
TEST_F(ExtractWrongFacts133Test, ADatelineWithADashOnItsOwnLine) {
  Extract(
      "Ghana and Finland open dialogue\n"
      "May 13, 2025\n"
      "ACCRA - 12 May 2025:\n"
      "The Ministry of Foreign Affairs said the first Ghana-Finland Political Dialogue was held "
      "here on Monday.\n");
  EXPECT_EQ(source_.document.date, "2025-05-13");
  EXPECT_TRUE(HasEdge("first Ghana-Finland Political Dialogue", "held_in", "Accra")) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs", "part_of", "Ghana")) << Dump();
  EXPECT_EQ(DateOf("Ghana-Finland"), "2025-05-12") << Dump();
}

// A weekday or a label before the date still makes a publication date line.
TEST_F(ExtractWrongFacts133Test, AWeekdayBeforeTheDateIsStillADateLine) {
  Extract(
      "Ghana and Finland open dialogue\n"
      "Monday, 12 May 2025\n"
      "The first Ghana-Finland Political Dialogue was held in Accra today.\n");
  EXPECT_EQ(source_.document.date, "2025-05-12");
  Extract(
      "Ghana and Finland open dialogue\n"
      "Mon, 12 May 2025\n"
      "The first Ghana-Finland Political Dialogue was held in Accra today.\n");
  EXPECT_EQ(source_.document.date, "2025-05-12");
  Extract(
      "Ghana and Finland open dialogue\n"
      "Published: 12 May 2025\n"
      "The first Ghana-Finland Political Dialogue was held in Accra today.\n");
  EXPECT_EQ(source_.document.date, "2025-05-12");
}

// "was not held in A, as first planned, but in B": held in B, never in A.
TEST_F(ExtractWrongFacts133Test, APlaceTheTextDeniesHoldsNoMeeting) {
  Extract(
      "Water summit moves\nMar 4, 2026\n"
      "The Andean Water Summit was not held in Oslo, as first planned, but in Arequipa.\n");
  EXPECT_FALSE(HasEdge("Andean Water Summit", "held_in", "Oslo")) << Dump();
  EXPECT_TRUE(HasEdge("Andean Water Summit", "held_in", "Arequipa")) << Dump();
  Extract(
      "Water summit moves\nMar 4, 2026\n"
      "The Andean Water Summit was never held in Bergen; it took place in Arequipa instead.\n");
  EXPECT_FALSE(HasEdge("Andean Water Summit", "held_in", "Bergen")) << Dump();
}

// "A, where the summit was never held": no place for the summit from "where".
TEST_F(ExtractWrongFacts133Test, AWhereClauseThatDeniesThePlace) {
  Extract(
      "Water summit\nMar 4, 2026\n"
      "The ministers then flew to Bergen, where the Andean Water Summit was never held.\n");
  EXPECT_FALSE(HasEdge("Andean Water Summit", "held_in", "Bergen")) << Dump();
  Extract(
      "Water summit\nMar 4, 2026\n"
      "The ministers then flew to Bergen, where the Andean Water Summit was held.\n");
  EXPECT_TRUE(HasEdge("Andean Water Summit", "held_in", "Bergen")) << Dump();
}

// "not only in A": no negation of A.
TEST_F(ExtractWrongFacts133Test, NotOnlyIsNoNegation) {
  Extract(
      "Water summit\nMar 4, 2026\n"
      "The Andean Water Summit was held not only in Arequipa but also online.\n");
  EXPECT_TRUE(HasEdge("Andean Water Summit", "held_in", "Arequipa")) << Dump();
}

// A range's first day dates the meeting, however the range is written; a stray dash before a
// day changes nothing.
TEST_F(ExtractWrongFacts133Test, RangesGiveTheirFirstDay) {
  const std::pair<const char*, const char*> kCases[] = {
      {"from 8 to 10 June 2023", "2023-06-08"},   {"on 8-10 June 2023", "2023-06-08"},
      {"on 8 - 10 June 2023", "2023-06-08"},      {"on June 8-10, 2023", "2023-06-08"},
      {"between 8 and 10 June 2023", "2023-06-08"}, {"from 29 June to 1 July 2023", "2023-06-29"},
      {"on -10 June 2023", "2023-06-10"},
  };
  for (const auto& [when, iso] : kCases) {
    Extract(std::string("Commission meets\nJun 20, 2023\n"
                        "The fourth meeting of the Latvia-Ghana Joint Commission was held in Riga ") +
            when + ".\n");
    EXPECT_EQ(DateOf("Latvia-Ghana"), iso) << when << "\n" << Dump();
  }
}

// "Luis de Lima met B": a particle introduces the name's next word, a city or not.
TEST_F(ExtractWrongFacts133Test, AParticleBeforeACityThatEndsTheName) {
  Extract(
      "Talks in Santiago\nMar 10, 2026\n"
      "Peruvian Foreign Minister Tomas de Quito met Chilean Foreign Minister Ana Soto in Santiago on "
      "Monday.\n");
  EXPECT_NE(Find("official", "Tomas de Quito"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Tomas"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Quito"), nullptr) << Dump();
}

// Three hundred sentences naming "the next session" in ever other places and years: one meeting,
// the first statement's.
TEST_F(ExtractWrongFacts133Test, ContradictoryNextSessionsMakeOneMeeting) {
  const char* kCities[] = {"Riga", "Tallinn", "Vilnius", "Bergen", "Arequipa"};
  std::string text = "Water council meets\nMar 10, 2026\nThe Andean Water Council met in Cusco on Monday.\n";
  for (int i = 0; i < 300; ++i) {
    text += std::string("The next session will be held in ") + kCities[i % 5] + " in " +
            std::to_string(2027 + i % 7) + ".\n";
  }
  Extract(text);
  int next = 0;
  for (const auto& n : graph_.nodes) next += n.kind == "meeting" && n.name.find("next session") != std::string::npos;
  EXPECT_EQ(next, 1) << NamesOf("meeting");
  EXPECT_TRUE(HasEdge("next session in Riga", "held_in", "Riga")) << NamesOf("meeting");
  EXPECT_EQ(EdgesFrom("next session in Riga", "held_in"), 1);
}

// The same statement twice names one meeting.
TEST_F(ExtractWrongFacts133Test, ARepeatedNextSessionIsOneMeeting) {
  Extract(
      "Water council meets\nMar 10, 2026\n"
      "The Andean Water Council met in Cusco on Monday. The next session will be held in Riga in "
      "2027.\n"
      "Ministers confirmed that the next session will be held in Riga in 2027.\n");
  int next = 0;
  for (const auto& n : graph_.nodes) next += n.kind == "meeting" && n.name.find("next session") != std::string::npos;
  EXPECT_EQ(next, 1) << NamesOf("meeting");
}

// "A, who met B of Norway, who was visiting Lima, which ..., co-chaired the meeting": the verb
// after the last relative clause is A's.
TEST_F(ExtractWrongFacts133Test, ARoleAfterNestedRelativeClausesIsTheHeads) {
  for (const std::string relative : {"who", "which"}) {
    Extract(
        "Council meets\nMar 10, 2026\n"
        "Chilean Foreign Minister Ana Soto, who met Foreign Minister Lars Holm of Norway, who was "
        "visiting Lima, " + relative + " had hosted the summit in 2019, co-chaired the meeting of the "
        "Andean Water Council on Monday.\n");
    EXPECT_TRUE(HasEdge("Ana Soto", "cochaired", "meeting of the Andean Water Council")) << Dump();
    EXPECT_FALSE(HasEdge("Lars Holm", "cochaired", "meeting of the Andean Water Council")) << Dump();
    EXPECT_FALSE(HasRole("Lars Holm", "chaired")) << Dump();
    EXPECT_FALSE(HasRole("Ana Soto", "chaired")) << Dump();
  }
}

// One level: "A, who met B, co-chaired X" is A's role, not B's.
TEST_F(ExtractWrongFacts133Test, ARoleAfterOneRelativeClauseIsTheHeads) {
  Extract(
      "Council meets\nMar 10, 2026\n"
      "Chilean Foreign Minister Ana Soto, who met Norwegian Foreign Minister Lars Holm on Sunday, "
      "co-chaired the meeting of the Andean Water Council on Monday.\n");
  EXPECT_TRUE(HasEdge("Ana Soto", "cochaired", "meeting of the Andean Water Council")) << Dump();
  EXPECT_FALSE(HasEdge("Lars Holm", "cochaired", "meeting of the Andean Water Council")) << Dump();
}

}  // namespace
}  // namespace dkg
