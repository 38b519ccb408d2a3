// Reporting the s137 work set showed unread at first sight (helper h137): the European office
// "State Secretary", a ministry named by its list of portfolios after a country's possessive, and
// an unnamed instrument signed by "the co-chairs" of the session in focus. Each on sentences
// written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight137Test : public ExtractFixture {};

// "State Secretary" (and "State Secretary for European Affairs") is an office, so the person
// after it is an official who co-chairs.
TEST_F(ExtractFirstSight137Test, StateSecretaryIsAnOffice) {
  Extract(
      "Austria and Uruguay hold consultations\nFeb 10, 2027\n"
      "The third round of Austria-Uruguay political consultations was held in Vienna on Tuesday. "
      "It was co-chaired by State Secretary for European Affairs Lena Maier and Uruguay's Deputy "
      "Foreign Minister Pablo Rivas.\n");
  ASSERT_NE(Find("official", "Lena Maier"), nullptr) << Dump();
  EXPECT_TRUE(HasRole("Lena Maier", "cochaired")) << Dump();
  EXPECT_TRUE(HasRole("Pablo Rivas", "cochaired")) << Dump();
}

// "Austria's Ministry of Labour, Family and Youth" is one ministry whose name lists its
// portfolios; no portfolio word becomes a person, and the official after the name serves in it.
TEST_F(ExtractFirstSight137Test, APossessiveCountrysMinistryKeepsItsListOfPortfolios) {
  Extract(
      "Austria and Uruguay discuss labour\nFeb 10, 2027\n"
      "Lena Maier, State Secretary at Austria's Ministry of Labour, Family and Youth, met Uruguay's "
      "Labour Minister Pablo Rivas in Montevideo on Tuesday.\n");
  const ExtractedNode* ministry = NodeNamedLike("organization", "Family and Youth");
  ASSERT_NE(ministry, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(ministry->name, "part_of", "Austria")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Maier", "represents", "Austria")) << Dump();
  EXPECT_EQ(Find("official", "Youth"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Family"), nullptr) << Dump();
}

// "the co-chairs signed a protocol on ...": the two co-chairs of the session in focus sign the
// instrument; a protocol only said to have been signed by the countries has no signatories.
TEST_F(ExtractFirstSight137Test, TheCoChairsSignAnUnnamedInstrument) {
  Extract(
      "Austria and Uruguay hold joint commission\nFeb 10, 2027\n"
      "The second session of the Austria-Uruguay Joint Economic Commission took place in Vienna on "
      "Tuesday, co-chaired by Austrian Economy Minister Lena Maier and Uruguayan Deputy Minister of "
      "Industry Pablo Rivas.\n"
      "At the end of the session the co-chairs signed a protocol on dairy and forestry projects.\n");
  const ExtractedNode* protocol = NodeNamedLike("agreement", "protocol");
  ASSERT_NE(protocol, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Lena Maier", "signed", protocol->name)) << Dump();
  EXPECT_TRUE(HasEdge("Pablo Rivas", "signed", protocol->name)) << Dump();
}

TEST_F(ExtractFirstSight137Test, CountriesSigningGiveNoSignatories) {
  Extract(
      "Austria and Uruguay hold joint commission\nFeb 10, 2027\n"
      "The second session of the Austria-Uruguay Joint Economic Commission took place in Vienna on "
      "Tuesday, co-chaired by Austrian Economy Minister Lena Maier and Uruguayan Deputy Minister of "
      "Industry Pablo Rivas.\n"
      "The co-chairs said the two countries had signed a protocol on dairy projects in 2019.\n");
  const ExtractedNode* protocol = NodeNamedLike("agreement", "protocol");
  if (protocol != nullptr) {
    EXPECT_FALSE(HasEdge("Lena Maier", "signed", protocol->name)) << Dump();
    EXPECT_FALSE(HasEdge("Pablo Rivas", "signed", protocol->name)) << Dump();
  }
  EXPECT_TRUE(HasRole("Lena Maier", "cochaired")) << Dump();
}

// In a story about a numbered session, "The commission last met in Montevideo in 2023" is the
// session before it and "Its next session is planned for 2029 in Uruguay" the one after it, each
// a round of the series, held there, and ordered by `follows`.
TEST_F(ExtractFirstSight137Test, TheSeriesNamedByItsHeadLastMetAndNextPlanned) {
  Extract(
      "Austria and Uruguay hold joint commission\nFeb 10, 2027\n"
      "The second session of the Austria-Uruguay Joint Economic Commission took place in Vienna on "
      "Tuesday.\n"
      "The commission last met in Montevideo in 2023. Its next session is planned for 2029 in "
      "Uruguay.\n");
  const std::string focus = "second session of the Austria-Uruguay Joint Economic Commission";
  ASSERT_NE(Find("meeting", focus), nullptr) << Dump();
  const ExtractedNode* before = NodeNamedLike("meeting", "previous session");
  ASSERT_NE(before, nullptr) << Dump();
  EXPECT_EQ(before->date, "2023") << Dump();
  EXPECT_TRUE(HasEdge(before->name, "held_in", "Montevideo")) << Dump();
  EXPECT_TRUE(HasEdge(before->name, "round_of", "Austria-Uruguay Joint Economic Commission")) << Dump();
  EXPECT_TRUE(HasEdge(focus, "follows", before->name)) << Dump();
  const ExtractedNode* next = NodeNamedLike("meeting", "next session");
  ASSERT_NE(next, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "held_in", "Uruguay")) << Dump();
  EXPECT_TRUE(HasEdge(next->name, "follows", focus)) << Dump();
}

// "The commission met in the morning" (no "last") tells of no earlier session.
TEST_F(ExtractFirstSight137Test, AMeetingWithoutLastIsNoEarlierSession) {
  Extract(
      "Austria and Uruguay hold joint commission\nFeb 10, 2027\n"
      "The second session of the Austria-Uruguay Joint Economic Commission took place in Vienna on "
      "Tuesday. The commission met in the morning.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "previous session"), nullptr) << Dump();
}

// "Political" and "consular" are portfolios: "State Secretary for Political Affairs Lena Maier",
// "Director-General for Consular Affairs Pablo Rivas" are offices, then names.
TEST_F(ExtractFirstSight137Test, PoliticalAndConsularAffairsArePortfolios) {
  Extract(
      "Austria and Uruguay hold consultations\nFeb 10, 2027\n"
      "The fourth round of Austria-Uruguay political consultations was held in Vienna on Tuesday. "
      "It was co-chaired by Austria's State Secretary for Political Affairs Lena Maier and Uruguay's "
      "Director-General for Consular Affairs Pablo Rivas.\n");
  ASSERT_NE(Find("official", "Lena Maier"), nullptr) << Dump();
  ASSERT_NE(Find("official", "Pablo Rivas"), nullptr) << Dump();
  EXPECT_TRUE(HasRole("Lena Maier", "cochaired")) << Dump();
  EXPECT_TRUE(HasRole("Pablo Rivas", "cochaired")) << Dump();
  EXPECT_EQ(Find("official", "Political Affairs Lena Maier"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
