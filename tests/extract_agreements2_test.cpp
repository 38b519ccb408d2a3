// Clause agreements ("agreed to ...", "agreed that ..."): where the clause that names one ends,
// and the noun phrase it is also known by. Each document is written for the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ClauseAgreementTest : public ExtractFixture {
 protected:
  using ExtractFixture::Find;

  const ExtractedNode* Find(const std::string& name) const { return ExtractFixture::Find("agreement", name); }

  std::string Agreements() const { return NamesOf("agreement"); }
};

TEST_F(ClauseAgreementTest, PurposeClauseAfterACommaIsNotPartOfTheName) {
  Extract(
      "Peru and Chile ease travel\nMar 4, 2025\n"
      "Peru and Chile agreed to waive visas for each other's students, to make study abroad cheaper.\n"
      "Bolivia and Ecuador agreed to reopen two border crossings, so as to speed up trade.\n");
  EXPECT_NE(Find("waive visas for each other's students"), nullptr) << Agreements();
  EXPECT_NE(Find("reopen two border crossings"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementTest, ShortAttributionAtTheEndIsNotPartOfTheName) {
  Extract(
      "Peru and Chile talk\nMar 4, 2025\n"
      "Peru and Chile agreed that fisheries research should be pooled, a statement from the Peruvian "
      "foreign ministry said.\n");
  EXPECT_NE(Find("fisheries research should be pooled"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementTest, RelativeClauseInTheFutureEndsTheName) {
  Extract(
      "Peru and Chile talk\nMar 4, 2025\n"
      "Peru and Chile agreed on a set of joint projects that will bring water to the Atacama towns.\n");
  EXPECT_NE(Find("a set of joint projects"), nullptr) << Agreements();
}

TEST_F(ClauseAgreementTest, AClauseAgreementIsAlsoNamedByItsNoun) {
  Extract(
      "Peru and Chile talk\nMar 4, 2025\n"
      "Peru and Chile agreed to open a joint consulate in Arica.\n");
  const ExtractedNode* agreement = Find("open a joint consulate in Arica");
  ASSERT_NE(agreement, nullptr) << Agreements();
  EXPECT_NE(std::find(agreement->aliases.begin(), agreement->aliases.end(),
                      "agreement to open a joint consulate in Arica"),
            agreement->aliases.end());
}

TEST_F(ClauseAgreementTest, AnInstrumentBetweenBodiesHasNoCountryParties) {
  Extract(
      "Peru and Chile sign accords\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru met Chile's Foreign Minister Karl Brandt in Lima.\n"
      "An MoU on water research between the universities of Peru and Chile was signed by Foreign "
      "Ministers Ana Souza and Karl Brandt.\n"
      "An MoU on fisheries was signed by Foreign Ministers Ana Souza and Karl Brandt.\n");
  auto parties = [&](const std::string& prefix) {
    int n = 0;
    for (const auto& e : graph_.edges) {
      n += e.relation == "party_to" && graph_.nodes[e.target].name.rfind(prefix, 0) == 0;
    }
    return n;
  };
  ASSERT_NE(Agreements().find("MoU on water research"), std::string::npos) << Agreements();
  EXPECT_EQ(parties("MoU on water research"), 0) << Agreements();
  EXPECT_EQ(parties("MoU on fisheries"), 2) << Agreements();
}

TEST_F(ClauseAgreementTest, TheHeadlineSaysWhoSignedTheBodysInstrument) {
  Extract(
      "Ministers Ana Souza and Karl Brandt sign Water Accord in Lisbon\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Peru met Chile's Foreign Minister Karl Brandt in Lisbon.\n"
      "The Water Accord shares the river's flow between the two countries.\n");
  int signatures = 0;
  for (const auto& e : graph_.edges) {
    signatures += e.relation == "signed" && graph_.nodes[e.target].name == "Water Accord";
  }
  EXPECT_EQ(signatures, 2) << Agreements();
}

// A comma before a quote mark closes the quoted words: what follows attributes them and is no part
// of the agreement ("... more often," Souza told reporters).
TEST_F(ClauseAgreementTest, AQuoteClosedAfterACommaEndsTheAgreedClause) {
  Extract(
      "Navies to patrol together\nMay 5, 2025\n"
      "\"We have agreed to patrol together at sea, and to do it more often,\" Ana Souza, Foreign Minister "
      "of Peru, told reporters after the talks with Chile in Lima.\n");
  bool found = false;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "agreement") continue;
    found = true;
    EXPECT_EQ(n.name.find("told"), std::string::npos) << n.name;
    EXPECT_EQ(n.name.find("reporters"), std::string::npos) << n.name;
  }
  EXPECT_TRUE(found) << Dump();
}

}  // namespace
}  // namespace dkg
