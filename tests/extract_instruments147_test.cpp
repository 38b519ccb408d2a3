// Agreements (helper h147): instruments the text names only in lower-case words, in a list ("a
// convention on X, a memorandum on Y and an agreement on Z", "a memorandum on X and another on
// Y"), each with its signatories, parties and meeting. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class InstrumentListTest : public ExtractFixture {
 protected:
  std::string Agreements() const { return NamesOf("agreement"); }
  // The agreement whose name holds `part`, or "" (its name, for the edge lookups).
  std::string Named(const std::string& part) const {
    const ExtractedNode* n = NodeNamedLike("agreement", part);
    return n ? n->name : "";
  }
};

TEST_F(InstrumentListTest, EachInstrumentOfAListIsSignedByTheSignatories) {
  Extract(
      "Peru and Norway sign three agreements in Lima\nMar 3, 2027\n"
      "Norwegian Prime Minister Karl Brandt held talks with Peruvian President Ana Souza in Lima "
      "on Tuesday.\n"
      "Later, Trade Minister Omar Haddad, the trade minister of Peru, and Foreign Minister Lars "
      "Holm signed a convention for the avoidance of double taxation, a memorandum on school "
      "exchanges and an agreement on the mobility of nurses.\n");
  const std::string convention = Named("double taxation");
  const std::string memorandum = Named("school exchanges");
  const std::string mobility = Named("mobility of nurses");
  ASSERT_NE(convention, "") << Agreements();
  ASSERT_NE(memorandum, "") << Agreements();
  ASSERT_NE(mobility, "") << Agreements();
  // The first is named in full, not cut at "the".
  EXPECT_NE(convention.find("convention for the avoidance of double taxation"), std::string::npos)
      << Agreements();
  // Its second member ends before the "and" that opens the third.
  EXPECT_EQ(memorandum.find(" and"), std::string::npos) << Agreements();
  for (const std::string& agreement : {convention, memorandum, mobility}) {
    EXPECT_TRUE(HasEdge("Omar Haddad", "signed", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Lars Holm", "signed", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Peru", "party_to", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Norway", "party_to", agreement)) << agreement;
  }
  // One node per instrument: the convention is not also a shorter "convention".
  int conventions = 0;
  for (const auto& n : graph_.nodes)
    conventions += n.kind == "agreement" && n.name.find("convention") != std::string::npos;
  EXPECT_EQ(conventions, 1) << Agreements();
}

TEST_F(InstrumentListTest, AnotherOnNamesASecondInstrumentOfTheSameKind) {
  Extract(
      "Chile and Ghana deepen ties\nMar 3, 2027\n"
      "Chilean Foreign Minister Ana Souza met Ghanaian Foreign Minister Kofi Mensah in Accra on "
      "Monday.\n"
      "The two ministers signed a memorandum of understanding on cooperation in animal health and "
      "another on the upkeep of border roads.\n");
  const std::string first = Named("animal health");
  const std::string second = Named("border roads");
  ASSERT_NE(first, "") << Agreements();
  ASSERT_NE(second, "") << Agreements();
  EXPECT_NE(first, second);
  EXPECT_EQ(first.find("another"), std::string::npos) << Agreements();
  // The second is named by the first's kind and its own topic.
  EXPECT_NE(second.find("memorandum of understanding on the upkeep of border roads"),
            std::string::npos)
      << Agreements();
  for (const std::string& agreement : {first, second}) {
    EXPECT_TRUE(HasEdge("Ana Souza", "signed", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Kofi Mensah", "signed", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Chile", "party_to", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Ghana", "party_to", agreement)) << agreement;
  }
}

TEST_F(InstrumentListTest, SidesListSignedUnnamedInstrumentsAreTheirs) {
  Extract(
      "Ghana and Togo sign border deals\nMar 3, 2027\n"
      "Ghana and Togo signed an agreement on customs, a protocol on rail links and a memorandum on "
      "the "
      "training of pilots in Lome on Friday.\n");
  for (const char* part : {"customs", "rail links", "training of pilots"}) {
    const std::string agreement = Named(part);
    ASSERT_NE(agreement, "") << part << "\n" << Agreements();
    EXPECT_TRUE(HasEdge("Ghana", "party_to", agreement)) << agreement;
    EXPECT_TRUE(HasEdge("Togo", "party_to", agreement)) << agreement;
  }
}

TEST_F(InstrumentListTest, TheSidelinesAreWhereNotWhat) {
  Extract(
      "Chile and Ghana deepen ties\nMar 3, 2027\n"
      "Chilean Foreign Minister Ana Souza met Ghanaian Foreign Minister Kofi Mensah in Accra on "
      "Monday.\n"
      "Both sides also signed an agreement on the sidelines of the forum.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "sidelines"), nullptr) << Agreements();
}

// "After the talks, the two leaders signed ...": the instrument is agreed at the talks the story
// told last, not at the state visit holding them; its signatories attend the talks.
TEST_F(InstrumentListTest, SignedAfterTheTalksIsAgreedAtTheTalks) {
  Extract(
      "Souza begins state visit to Norway\nMar 3, 2027\n"
      "Peruvian President Ana Souza arrived in Oslo on Monday for a three-day state visit to "
      "Norway.\n"
      "On Tuesday she held talks with Norwegian Prime Minister Karl Brandt on trade and shipping.\n"
      "After the talks, Trade Minister Omar Haddad and Foreign Minister Lars Holm signed an "
      "agreement on fisheries.\n");
  const std::string fisheries = Named("fisheries");
  ASSERT_NE(fisheries, "") << Agreements();
  const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(talks, nullptr) << NamesOf("meeting");
  ASSERT_NE(visit, nullptr) << NamesOf("meeting");
  EXPECT_TRUE(HasEdge(fisheries, "agreed_at", talks->name)) << NamesOf("meeting");
  EXPECT_FALSE(HasEdge(fisheries, "agreed_at", visit->name)) << NamesOf("meeting");
  EXPECT_TRUE(HasEdge("Omar Haddad", "attended", talks->name));
  EXPECT_TRUE(HasEdge("Omar Haddad", "signed", fisheries));
}

// Without a sequel word the instrument stays the story's occasion's.
TEST_F(InstrumentListTest, SignedDuringTheVisitStaysTheVisits) {
  Extract(
      "Souza begins state visit to Norway\nMar 3, 2027\n"
      "Peruvian President Ana Souza arrived in Oslo on Monday for a three-day state visit to "
      "Norway.\n"
      "On Tuesday she held talks with Norwegian Prime Minister Karl Brandt on trade and shipping.\n"
      "During the visit, Trade Minister Omar Haddad and Foreign Minister Lars Holm signed an "
      "agreement on fisheries.\n");
  const std::string fisheries = Named("fisheries");
  ASSERT_NE(fisheries, "") << Agreements();
  const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
  ASSERT_NE(talks, nullptr) << NamesOf("meeting");
  EXPECT_FALSE(HasEdge(fisheries, "agreed_at", talks->name)) << NamesOf("meeting");
}

// "a Joint Work Plan for 2028", "the Indicative Cooperation Programme 2027-2031": the year is part
// of the name, and a capitalised cooperation programme is an instrument. The World Food Programme
// is no instrument.
TEST_F(InstrumentListTest, WorkPlanKeepsItsYearAndACooperationProgrammeIsAnInstrument) {
  Extract(
      "Chile and Ghana adopt work plan\nMar 3, 2027\n"
      "Chilean Foreign Minister Ana Souza met Ghanaian Foreign Minister Kofi Mensah in Accra on "
      "Monday.\n"
      "The two ministers adopted a Joint Work Plan for 2028 and signed a new Indicative "
      "Cooperation "
      "Programme 2027-2031.\n"
      "They also praised the World Food Programme.\n");
  EXPECT_NE(Find("agreement", "Joint Work Plan for 2028"), nullptr) << Agreements();
  EXPECT_NE(Find("agreement", "Indicative Cooperation Programme 2027-2031"), nullptr)
      << Agreements();
  EXPECT_EQ(NodeNamedLike("agreement", "Food"), nullptr) << Agreements();
}

}  // namespace
}  // namespace dkg
