// Multilateral bodies and agreements a work set left open (h156), each on a document written for
// the test: who else sat at a summit's table, a head of state receiving a visitor at a venue, two
// people who sign after their talks, a series' previous and coming summits, a lender's country
// head, names given in the order of the countries of a plural office, a country and a bank in a
// headline.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBodies156Test : public ExtractFixture {};

// "Also at the table were A and B": those named took part in the meeting in focus.
TEST_F(ExtractBodies156Test, AlsoAtTheTableWereAttendsTheMeetingInFocus) {
  Extract(
      "Andean leaders meet in Quito\nMar 3, 2027\n"
      "Leaders of the Andean Community opened the Ninth Andean Summit in Quito on Tuesday. "
      "Ecuadorian President Luis Moreno chaired the summit. "
      "Also at the table were Peru's President Ana Souza and Bolivian President Karl Brandt.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", "Ninth Andean Summit")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", "Ninth Andean Summit")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Peru")) << Dump();
}

// "President A received the Secretary-General at the Jubilee House": a reception at a named venue,
// chaired by the host; the guest named by office alone is the visitor the story follows. A greeting
// at an airport is no meeting.
TEST_F(ExtractBodies156Test, AHostReceivingTheVisitorAtAVenueChairsAMeetingThere) {
  Extract(
      "Commonwealth chief visits Ghana\nMar 3, 2027\n"
      "The Secretary-General of the Commonwealth, Lena Berg, arrived in Accra on Monday for a "
      "two-day visit to Ghana. "
      "President John Asante received the Secretary-General at the Jubilee House on Tuesday "
      "morning.\n");
  const ExtractedNode* reception = NodeNamedLike("meeting", "reception by John Asante");
  ASSERT_NE(reception, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("John Asante", "chaired", reception->name)) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", reception->name)) << Dump();
  EXPECT_TRUE(HasEdge(reception->name, "held_in", "Jubilee House")) << Dump();

  Extract(
      "Commonwealth chief visits Ghana\nMar 3, 2027\n"
      "The Secretary-General of the Commonwealth, Lena Berg, arrived in Accra on Monday for a "
      "two-day visit to Ghana. "
      "President John Asante received the Secretary-General at Kotoka International Airport.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "reception by"), nullptr) << Dump();
}

// "A held talks with B, after which the two signed a host country agreement": the two sign it,
// and it was reached at their talks. "The two countries" are no pair of signatories.
TEST_F(ExtractBodies156Test, TheTwoWhoHeldTalksSignWhatTheySignedAfter) {
  Extract(
      "Commonwealth chief visits Ghana\nMar 3, 2027\n"
      "On Monday evening Secretary-General Lena Berg held talks with Ghanaian Foreign Minister "
      "Kofi Mensah, after which the two signed a host country agreement for a regional office.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "host country agreement");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "signed", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Mensah", "signed", deal->name)) << Dump();
  const ExtractedNode* talks = NodeNamedLike("meeting", "talks");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(deal->name, "agreed_at", talks->name)) << Dump();

  Extract(
      "Commonwealth chief visits Ghana\nMar 3, 2027\n"
      "On Monday evening Secretary-General Lena Berg held talks with Ghanaian Foreign Minister "
      "Kofi Mensah, after which the two countries signed a host country agreement.\n");
  EXPECT_FALSE(HasRole("Lena Berg", "signed")) << Dump();
  for (const auto& e : graph_.edges) EXPECT_NE(e.relation, "signed") << Dump();
}

// In a story about the ninth summit of a series, "Chile hosted the previous summit in Valparaiso
// in May 2026" is its eighth, held there, with Chile taking part; "The tenth summit will take place
// in Lima" its tenth.
TEST_F(ExtractBodies156Test, APreviousSummitHostedByACountryAndTheNextNumberedOne) {
  Extract(
      "Andean leaders meet in Quito\nMar 3, 2027\n"
      "Leaders of the Andean Community opened the Ninth Andean Summit in Quito on Tuesday. "
      "Chile hosted the previous summit in Valparaiso in May 2026. "
      "The tenth summit will take place in Lima.\n");
  const ExtractedNode* previous = NodeNamedLike("meeting", "previous summit");
  ASSERT_NE(previous, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(previous->name, "held_in", "Valparaiso")) << Dump();  // as spelt
  EXPECT_TRUE(HasEdge("Chile", "participant", previous->name)) << Dump();
  EXPECT_TRUE(HasEdge(previous->name, "round_of", "Andean Summit")) << Dump();
  const ExtractedNode* tenth = NodeNamedLike("meeting", "tenth");
  ASSERT_NE(tenth, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(tenth->name, "held_in", "Lima")) << Dump();
  EXPECT_TRUE(HasEdge(tenth->name, "round_of", "Andean Summit")) << Dump();
  EXPECT_TRUE(HasEdge("Ninth Andean Summit", "follows", previous->name)) << Dump();
  EXPECT_TRUE(HasEdge(tenth->name, "follows", "Ninth Andean Summit")) << Dump();

  // Without a hosted "previous" summit there is no earlier one.
  Extract(
      "Andean leaders meet in Quito\nMar 3, 2027\n"
      "Leaders of the Andean Community opened the Ninth Andean Summit in Quito on Tuesday. "
      "Chile hosted a trade fair in Valparaiso in May 2026.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "previous"), nullptr) << Dump();
}

// "the Bank's Country Director for Ghana, Lena Berg": an official of the bank, posted to Ghana,
// which she does not represent.
TEST_F(ExtractBodies156Test, ALendersCountryHeadIsAnOfficialPostedToTheCountry) {
  Extract(
      "Loan signed\nMar 3, 2027\n"
      "The Government of Ghana and the Asian Development Bank on Tuesday signed a loan agreement. "
      "Ghana's Minister of Finance, Kofi Mensah, and the Bank's Country Director for Ghana, Lena "
      "Berg, signed the agreement at the Ministry of Finance in Accra.\n");
  ASSERT_NE(Find("official", "Lena Berg"), nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Lena Berg", "represents", "Ghana")) << Dump();
  const ExtractedNode* loan = NodeNamedLike("agreement", "loan");
  ASSERT_NE(loan, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "signed", loan->name)) << Dump();
}

// "signed by the water ministers of Peru, Bolivia and Chile, A, B and C": the names in the order
// of the countries, each the official of one; with a count that differs, none is matched.
TEST_F(ExtractBodies156Test, NamesAfterAPluralOfficeOfListedCountriesServeThemInOrder) {
  Extract(
      "Andean river treaty in force\nOct 8, 2026\n"
      "Bolivia on Thursday deposited its instrument of ratification of the Andean River Basin "
      "Convention. The convention was signed in Cusco on 12 March 2025 by the water ministers of "
      "Peru, Bolivia and Chile, Ana Souza Quispe, Karl Mamani Brandt and Lena Rojas Berg.\n");
  EXPECT_TRUE(HasEdge("Ana Souza Quispe", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Mamani Brandt", "represents", "Bolivia")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Rojas Berg", "represents", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Rojas Berg", "signed", "Andean River Basin Convention")) << Dump();

  Extract(
      "Andean river treaty in force\nOct 8, 2026\n"
      "The convention was drafted by the water ministers of Peru, Bolivia and Chile, Ana Souza "
      "Quispe and Karl Mamani Brandt.\n");
  EXPECT_FALSE(HasEdge("Ana Souza Quispe", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Mamani Brandt", "represents", "Bolivia")) << Dump();
}

// A headline drops articles: "Peru and Andean Development Bank sign loan" names a country and a
// bank, not one body "Peru and Andean Development Bank"; the body's "the African Development Bank
// Group (AfDB)" is the African Development Bank.
TEST_F(ExtractBodies156Test, ACountryAndABankInAHeadlineAreTwo) {
  Extract(
      "Peru and Andean Development Bank sign loan\nSep 17, 2026\n"
      "The Government of Ghana and the African Development Bank Group (AfDB) on Thursday signed a "
      "loan agreement.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Peru and"), nullptr) << Dump();
  EXPECT_NE(Find("organization", "African Development Bank"), nullptr) << Dump();
}

// "The Joint Committee of the Peru-Ghana Free Trade Agreement held its second session in Accra":
// the committee is a series named with the instrument that set it up, and the session its round,
// held there; the agreement is still named.
TEST_F(ExtractBodies156Test, ASeriesNamedWithItsInstrumentHoldsItsRound) {
  Extract(
      "Peru, Ghana trade pact committee meets\nNov 6, 2026\n"
      "The Joint Committee of the Peru-Ghana Free Trade Agreement held its second session in Accra "
      "on Wednesday, and the two sides agreed to cut tariffs on cocoa.\n");
  const ExtractedNode* series = NodeNamedLike("dialogue", "Joint Committee");
  ASSERT_NE(series, nullptr) << Dump();
  const ExtractedNode* session = nullptr;
  for (const auto& e : graph_.edges) {
    if (e.relation == "round_of" && graph_.nodes[e.target].name == series->name)
      session = &graph_.nodes[e.source];
  }
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(session->name, "held_in", "Accra")) << Dump();
  EXPECT_NE(Find("agreement", "Peru-Ghana Free Trade Agreement"), nullptr) << Dump();
}

// "The Government of Peru and the Asian Development Bank signed a loan agreement": both sides are
// its parties, the bank too.
TEST_F(ExtractBodies156Test, ACountryAndALenderSigningAreBothParties) {
  Extract(
      "Loan for rural roads\nMar 3, 2027\n"
      "The Government of Peru and the Asian Development Bank on Tuesday signed a loan agreement "
      "worth 40 million US dollars for rural roads.\n");
  const ExtractedNode* loan = NodeNamedLike("agreement", "loan agreement");
  ASSERT_NE(loan, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", loan->name)) << Dump();
  EXPECT_TRUE(HasEdge("Asian Development Bank", "party_to", loan->name)) << Dump();

  // A second unnamed instrument in the list is one of its own, with the same parties.
  Extract(
      "Loans for rural roads\nMar 3, 2027\n"
      "The Government of Peru and the Asian Development Bank on Tuesday signed a loan agreement "
      "and a grant agreement for rural roads.\n");
  const ExtractedNode* grant = NodeNamedLike("agreement", "grant agreement");
  ASSERT_NE(grant, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Asian Development Bank", "party_to", grant->name)) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", grant->name)) << Dump();

  Extract(
      "Loan for rural roads\nMar 3, 2027\n"
      "The Government of Peru and the Asian Development Bank on Tuesday discussed a loan agreement "
      "for rural roads.\n");
  for (const auto& e : graph_.edges) {
    EXPECT_FALSE(e.relation == "party_to" &&
                 graph_.nodes[e.source].name == "Asian Development Bank")
        << Dump();
  }
}

}  // namespace
}  // namespace dkg
