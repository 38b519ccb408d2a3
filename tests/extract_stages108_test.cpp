// Agreement stages (agreement_stage.tsv): a stage phrase after an indefinite, unnamed instrument
// ("an agreement that was first signed in 1987") tells of that instrument, not of the named
// agreement before it; right after the name (", an agreement signed in ...") it restates the name.
#include <string>
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractStages108Test : public ExtractFixture {
 protected:
  // The stages of agreement `name` as "stage@date", in order.
  std::string StagesOf(const std::string& name) const {
    std::string out;
    for (const auto& s : graph_.stages) {
      if (graph_.nodes[s.agreement].name == name) out += s.stage + "@" + s.date + " ";
    }
    return out;
  }
};

TEST_F(ExtractStages108Test, PhraseAfterAnotherInstrumentDoesNotDateTheNamedOne) {
  Extract(
      "Chile and Peru renew their fisheries pact\n"
      "Mar 4, 2024\n"
      "In Lima today the foreign ministers of Chile and Peru signed the Agreement on Coastal Fisheries, "
      "an updated text of an accord that was first signed in Arica on May 2, 1995.\n");
  ASSERT_NE(Find("agreement", "Agreement on Coastal Fisheries"), nullptr) << NamesOf("agreement");
  EXPECT_EQ(StagesOf("Agreement on Coastal Fisheries").find("1995"), std::string::npos)
      << StagesOf("Agreement on Coastal Fisheries");
}

TEST_F(ExtractStages108Test, InstrumentRestatedRightAfterItsNameKeepsTheDate) {
  Extract(
      "Ministers recall fisheries convention\n"
      "Mar 4, 2024\n"
      "The ministers of Chile and Peru recalled the Agreement on Coastal Fisheries, an accord signed in "
      "Arica on May 2, 1995.\n");
  ASSERT_NE(Find("agreement", "Agreement on Coastal Fisheries"), nullptr) << NamesOf("agreement");
  EXPECT_NE(StagesOf("Agreement on Coastal Fisheries").find("signed@1995-05-02"), std::string::npos)
      << StagesOf("Agreement on Coastal Fisheries");
}

// A headline listing two instruments names the signing by both, so that it reads as what was signed.
TEST_F(ExtractStages108Test, HeadlineSigningIsNamedByEveryInstrumentItLists) {
  Extract(
      "Chile and Peru sign fisheries accord and water MoU in Lima\n"
      "May 6, 2024\n"
      "The foreign ministers of Chile and Peru put their signatures to the two instruments in Lima on Monday.\n");
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing of");
  ASSERT_NE(signing, nullptr) << NamesOf("meeting");
  EXPECT_NE(signing->name.find("fisheries accord and water MoU"), std::string::npos) << signing->name;
}

}  // namespace
}  // namespace dkg
