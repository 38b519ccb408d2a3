// Clause agreements ("agreed to ...", "agreed that ..."): where the clause that names one ends,
// and the noun phrase it is also known by. Each document is written for the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "importers/extractor.h"
#include "importers/reader.h"

namespace dkg {
namespace {

class ClauseAgreementTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = Extractor::Create();
    ASSERT_TRUE(created.ok()) << created.status().message();
    extractor_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  void Extract(const std::string& text) {
    auto doc = ParseTextDocument(text, "test.txt");
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    graph_ = extractor_->Extract(doc.value());
  }

  const ExtractedNode* Find(const std::string& name) const {
    for (const auto& n : graph_.nodes) {
      if (n.kind == "agreement" && n.name == name) return &n;
    }
    return nullptr;
  }

  std::string Agreements() const {
    std::string out;
    for (const auto& n : graph_.nodes) {
      if (n.kind == "agreement") out += n.name + "\n";
    }
    return out;
  }

  static Extractor* extractor_;
  ExtractedGraph graph_;
};

Extractor* ClauseAgreementTest::extractor_ = nullptr;

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

}  // namespace
}  // namespace dkg
