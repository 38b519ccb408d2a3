// Wrong facts a review found (h159), each on a document written for the test: an opening "After
// ..." that tells of no encounter, a contrast whose object is a meeting, a described official
// who is the one met, another body's first session, a round denied, a bank's "summit", a next
// occasion's date before its words, a headline verb before a country, a given name that is a
// capital's, and currencies other than the dollar.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractWrongFacts159Test : public ExtractFixture {};

const char kVisit[] =
    "Souza visits Norway\nMar 3, 2027\n"
    "Peruvian President Ana Souza arrived in Oslo on Monday for a three-day state visit to "
    "Norway.\n"
    "On Tuesday she held talks with Norwegian Prime Minister Karl Brandt at the palace.\n";

// "After arriving in Bergen, A and B signed ...": the sequel word governs no meeting noun, so
// the memorandum is not agreed at the talks told before, and its signatories do not attend them.
TEST_F(ExtractWrongFacts159Test, AfterArrivingIsNoSequelOfTheTalks) {
  for (const std::string opening :
       {"After arriving in Bergen on Wednesday", "After years of negotiation"}) {
    Extract(std::string(kVisit) + opening +
            ", Peruvian Trade Minister Omar Haddad and Norwegian Fisheries Minister Lars Holm "
            "signed a memorandum on fisheries.\n");
    const ExtractedNode* memo = NodeNamedLike("agreement", "fisheries");
    const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
    ASSERT_NE(memo, nullptr) << opening << "\n" << Dump();
    ASSERT_NE(talks, nullptr) << opening << "\n" << Dump();
    EXPECT_FALSE(HasEdge(memo->name, "agreed_at", talks->name)) << opening << "\n" << Dump();
    EXPECT_FALSE(HasEdge("Lars Holm", "attended", talks->name)) << opening << "\n" << Dump();
    EXPECT_TRUE(HasEdge("Lars Holm", "signed", memo->name)) << opening << "\n" << Dump();
  }
}

// "Following their meeting, ..." and "At a lunch that followed, ..." still tell of the talks.
TEST_F(ExtractWrongFacts159Test, FollowingTheirMeetingIsASequelOfTheTalks) {
  for (const std::string opening :
       {"Following their meeting", "At a lunch that followed", "Afterwards"}) {
    Extract(std::string(kVisit) + opening +
            ", Peruvian Trade Minister Omar Haddad and Norwegian Fisheries Minister Lars Holm "
            "signed a memorandum on fisheries.\n");
    const ExtractedNode* memo = NodeNamedLike("agreement", "fisheries");
    const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
    ASSERT_NE(memo, nullptr) << opening << "\n" << Dump();
    ASSERT_NE(talks, nullptr) << opening << "\n" << Dump();
    EXPECT_TRUE(HasEdge(memo->name, "agreed_at", talks->name)) << opening << "\n" << Dump();
  }
}

// "Rather than the X Summit being held in Apia, leaders met in Suva": the contrast's object is
// the meeting, so the place of its clause is the one denied.
TEST_F(ExtractWrongFacts159Test, AContrastOverAMeetingDeniesItsPlace) {
  Extract(
      "Leaders meet in Suva\nMar 3, 2027\n"
      "Rather than the Pacific Harbour Summit being held in Apia, leaders met in Suva on "
      "Tuesday.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Pacific Harbour Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_FALSE(HasEdge(summit->name, "held_in", "Apia")) << Dump();
}

// "She met the Kenyan foreign minister": the official the story follows, whose country is not
// known, is not the Kenyan minister she met.
TEST_F(ExtractWrongFacts159Test, TheOfficialMetIsNotTheUnplacedVisitor) {
  Extract(
      "Berg in Kenya\nMar 3, 2027\n"
      "Foreign Minister Lena Berg arrived in Nairobi on Monday for a three-day visit.\n"
      "On Tuesday she met the Kenyan foreign minister at the ministry.\n");
  ASSERT_NE(Find("official", "Lena Berg"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Lena Berg", "represents", "Kenya")) << Dump();
}

// "A trade council was set up in 2014 and held its first session in Kumasi": in a story on a
// joint commission, another body's first session is no round of the commission; the
// commission's own is.
TEST_F(ExtractWrongFacts159Test, AnotherBodysFirstSessionIsNoRoundOfTheSeries) {
  const std::string story =
      "Commission meets\nMar 3, 2027\n"
      "The fourth session of the Norway-Ghana Joint Commission opened in Accra on Monday.\n";
  Extract(story +
          "A trade council was set up in 2014 and held its first session in Kumasi in May 2016.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "first round"), nullptr) << Dump();
  Extract(story +
          "The commission was set up in 2014 and held its first session in Kumasi in May 2016.\n");
  const ExtractedNode* first = NodeNamedLike("meeting", "first round");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(first->name, "held_in", "Kumasi")) << Dump();
  EXPECT_EQ(first->date, "2016-05") << Dump();
}

// "agreed not to hold the fifth session in Kumasi" makes no fifth round; "agreed to hold" does.
TEST_F(ExtractWrongFacts159Test, ARoundNotToBeHeldIsNoRound) {
  const std::string story =
      "Commission meets\nMar 3, 2027\n"
      "The fourth session of the Norway-Ghana Joint Commission opened in Accra on Monday.\n";
  Extract(story + "The two sides agreed not to hold the fifth session in Kumasi in 2028.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "fifth"), nullptr) << Dump();
  Extract(story + "The two sides agreed to hold the fifth session in Kumasi in 2028.\n");
  const ExtractedNode* fifth = NodeNamedLike("meeting", "fifth");
  ASSERT_NE(fifth, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(fifth->name, "held_in", "Kumasi")) << Dump();
}

// "The next session of the X Commission will never be held in Tamale": no next session there.
TEST_F(ExtractWrongFacts159Test, ANextSessionNeverHeldIsNoNextSession) {
  Extract(
      "Commission meets\nMar 3, 2027\n"
      "The fourth session of the Norway-Ghana Joint Commission opened in Accra on Monday.\n"
      "The next session of the Norway-Ghana Joint Commission will never be held in Tamale.\n");
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") {
      EXPECT_FALSE(HasEdge(n.name, "held_in", "Tamale")) << Dump();
    }
  }
}

// "The bloc's fifth summit" after a bank is named is no summit of the bank's; after a bloc it is
// the bloc's.
TEST_F(ExtractWrongFacts159Test, OnlyABlocHoldsTheBlocsSummit) {
  Extract(
      "Bank officials meet\nMar 3, 2027\n"
      "Officials of the World Bank met finance ministers in Lima on Monday.\n"
      "The bloc's fifth summit will be held in Quito in June.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "World Bank summit"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("World Bank", "participant", "fifth World Bank summit")) << Dump();
  Extract(
      "Mercosur ministers meet\nMar 3, 2027\n"
      "Foreign ministers of Mercosur met in Lima on Monday.\n"
      "The bloc's fifth summit will be held in Quito in June.\n");
  EXPECT_NE(Find("meeting", "fifth Mercosur summit"), nullptr) << Dump();
}

// A date opening the sentence of a next occasion, with no other meeting named before it, is the
// next occasion's.
TEST_F(ExtractWrongFacts159Test, AnOpeningDateDatesTheNextOccasion) {
  Extract(
      "Council meets\nMar 20, 2027\n"
      "On 12 June, the next summit will be held in Lima.\n");
  EXPECT_EQ(DateOf("next summit"), "2027-06-12") << Dump();
  Extract(
      "Council meets\nMar 20, 2027\n"
      "In September next year, the next session will take place in Lima.\n");
  // "next year" is not read yet: the month is the next September after the story's day.
  EXPECT_EQ(DateOf("next session").substr(4), "-09") << Dump();
}

// "Prime Minister Arrives Chile": a headline's verb is no given name, so Chile is the country.
TEST_F(ExtractWrongFacts159Test, AHeadlineVerbBeforeACountryIsNoName) {
  Extract(
      "Prime Minister Arrives Chile\nMar 20, 2027\n"
      "The prime minister of Norway arrived in Santiago on Monday.\n");
  EXPECT_EQ(NodeNamedLike("official", "Chile"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Chile"), nullptr) << Dump();
}

// "thanked Victoria Alvarez", "urged Santiago Ruiz": a capital before a capitalised word is a
// person's given name, no government thanked or urged; "thanked Santiago for its support" is.
TEST_F(ExtractWrongFacts159Test, AGivenNameAfterAGovernmentVerbIsNoCapital) {
  Extract(
      "Minister thanks aide\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund thanked Victoria Alvarez for her work and urged "
      "Santiago Ruiz to attend the talks.\n");
  EXPECT_EQ(Find("country", "Seychelles"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Chile"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Victoria"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Santiago"), nullptr) << Dump();
  Extract(
      "Minister thanks Chile\nMar 20, 2027\n"
      "Norwegian Foreign Minister Eva Lund thanked Santiago for its support.\n");
  EXPECT_NE(Find("country", "Chile"), nullptr) << Dump();
}

// "40 million Kenyan shillings", "20 million Chinese yuan": the country names a currency.
TEST_F(ExtractWrongFacts159Test, CurrenciesBeyondTheDollarNameNoCountry) {
  Extract(
      "Loan signed\nMar 20, 2027\n"
      "Norway will lend Ghana 40 million Kenyan shillings and 20 million Chinese yuan, the "
      "ministry said.\n");
  EXPECT_EQ(Find("country", "Kenya"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "China"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Ghana"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
