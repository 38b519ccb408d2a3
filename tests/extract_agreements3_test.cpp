// Agreements (helper h66): what is no agreement ("agreed that X was important": a shared view)
// and instrument names that go on past a bracketed acronym. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class AgreementsThreeTest : public ExtractFixture {
 protected:
  std::string Agreements() const { return NamesOf("agreement"); }
};

TEST_F(AgreementsThreeTest, AgreedJudgementIsNoAgreement) {
  Extract(
      "Peru and Chile leaders speak by phone\nMar 4, 2025\n"
      "President Ana Souza of Peru spoke by phone with President Karl Brandt of Chile on Tuesday.\n"
      "The two presidents agreed that closer river transport links were important for the Andean region.\n"
      "They also agreed that tourism could play a larger role in their trade.\n");
  EXPECT_EQ(Agreements(), "");
}

TEST_F(AgreementsThreeTest, AgreedCommitmentStaysAnAgreement) {
  Extract(
      "Peru and Chile leaders speak by phone\nMar 4, 2025\n"
      "President Ana Souza of Peru spoke by phone with President Karl Brandt of Chile on Tuesday.\n"
      "The two presidents agreed that they needed to reopen the southern border crossings soon.\n");
  EXPECT_NE(Agreements(), "");
}

TEST_F(AgreementsThreeTest, BracketedAcronymInsideAnInstrumentName) {
  Extract(
      "Peru and Chile sign fisheries MoU\nMar 4, 2025\n"
      "Peru and Chile signed the Memorandum of Understanding (MoU) on Joint Patrols of the Southern "
      "Fishing Grounds in Lima on Tuesday.\n");
  EXPECT_NE(Find("agreement", "Memorandum of Understanding (MoU) on Joint Patrols of the Southern Fishing Grounds"),
            nullptr)
      << Agreements();
}

TEST_F(AgreementsThreeTest, TwoLetterSurnameEndsASignatoryList) {
  Extract(
      "Peru and Chile sign port MoU\nMar 4, 2025\n"
      "Chile's Foreign Minister Tomas Lu met Peru's Foreign Minister Ana Souza in Lima on Monday.\n"
      "Next, an MoU on port security between the two ministries was signed by Ana Souza, Minister of "
      "Foreign Affairs, and Lu.\n");
  bool signed_by_lu = false;
  for (const auto& e : graph_.edges) {
    signed_by_lu = signed_by_lu || (e.relation == "signed" && graph_.nodes[e.source].name == "Tomas Lu");
  }
  EXPECT_TRUE(signed_by_lu) << Agreements();
}

TEST_F(AgreementsThreeTest, TwoLetterParticleIsNoSurname) {
  Extract(
      "Peru and Chile talk\nMar 4, 2025\n"
      "Foreign Minister Ana Souza met Trade Minister Karl de Al in Lima on Monday.\n"
      "Al signed nothing, and An official said so.\n");
  ASSERT_NE(NodeNamedLike("official", "Karl"), nullptr) << Agreements();
  for (const auto& n : graph_.nodes) {
    if (n.kind != "official") continue;
    for (const auto& a : n.aliases) EXPECT_NE(a, "An") << n.name;
    for (const auto& a : n.aliases) EXPECT_NE(a, "Al") << n.name;
  }
}

TEST_F(AgreementsThreeTest, AllianceNamedByTwoCountriesIsTheirAgreement) {
  Extract(
      "Souza and Brandt seal Peru-Chile Solar Alliance\nMar 4, 2025\n"
      "Peru's Energy Minister Ana Souza and Chile's Energy Minister Karl Brandt agreed in Arica on a "
      "Peru-Chile Solar Alliance.\n"
      "The Pacific Alliance was not mentioned.\n");
  EXPECT_TRUE(HasEdge("Peru", "party_to", "Peru-Chile Solar Alliance")) << Agreements();
  EXPECT_TRUE(HasEdge("Chile", "party_to", "Peru-Chile Solar Alliance")) << Agreements();
  EXPECT_EQ(Find("agreement", "Pacific Alliance"), nullptr) << Agreements();
}

TEST_F(AgreementsThreeTest, BodiesThatOpenAnAgreementNameAreItsSides) {
  Extract(
      "ASEAN and Mercosur ministers meet\nMar 4, 2025\n"
      "Ministers of ASEAN and Mercosur met in Lima on Monday and endorsed the ASEAN-Mercosur Framework "
      "of Cooperation on Fisheries.\n");
  EXPECT_TRUE(HasEdge("ASEAN", "party_to", "ASEAN-Mercosur Framework of Cooperation on Fisheries") ||
              HasEdge("Association of Southeast Asian Nations", "party_to",
                      "ASEAN-Mercosur Framework of Cooperation on Fisheries"))
      << Agreements();
}

TEST_F(AgreementsThreeTest, InstrumentThatHadBeenAdoptedBeforeIsNotReachedAtTheMeeting) {
  Extract(
      "Andean ministers meet in Lima\nMar 4, 2025\n"
      "The foreign ministers of Peru, Chile and Bolivia met in Lima on Monday.\n"
      "They recalled that the Andean Water Charter had been adopted in 2019.\n");
  ASSERT_NE(Find("agreement", "Andean Water Charter"), nullptr) << Agreements();
  for (const auto& e : graph_.edges) {
    const std::string& target = graph_.nodes[e.target].name;
    const std::string& source = graph_.nodes[e.source].name;
    EXPECT_FALSE(source == "Andean Water Charter" && e.relation == "agreed_at") << target;
    EXPECT_FALSE(target == "Andean Water Charter" && e.relation == "party_to") << source;
  }
}

TEST_F(AgreementsThreeTest, OneCountrysPledgeIsNoAgreementButAJointOneIs) {
  Extract(
      "Andean summit in Lima\nMar 4, 2025\n"
      "The presidents of Peru, Chile and Bolivia met in Lima on Monday for the Andean summit.\n"
      "Chile also pledged to fund 200 scholarships for engineers from the region.\n"
      "Lima and La Paz pledged to reopen the old border railway.\n");
  EXPECT_EQ(Find("agreement", "fund 200 scholarships for engineers from the region"), nullptr) << Agreements();
  EXPECT_NE(Find("agreement", "reopen the old border railway"), nullptr) << Agreements();
}

TEST_F(AgreementsThreeTest, NamedPrinciplesAreAnInstrument) {
  Extract(
      "Peru and Chile sign fisheries MoU\nMar 4, 2025\n"
      "The MoU rests on the Agreed Principles of Fisheries Cooperation, signed in Lima in 1990.\n");
  EXPECT_NE(Find("agreement", "Agreed Principles of Fisheries Cooperation"), nullptr) << Agreements();
}

}  // namespace
}  // namespace dkg
