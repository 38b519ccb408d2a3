// h161: what set s161 (wire reports) showed at first sight, each rule on a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight161Test : public ExtractFixture {};

// "adopted the Tana Basin Charter founding the commission in June 2019": the year that dates the
// instrument may stand more than ten words after the verb when its name is long; it still tells of
// an earlier occasion than the meeting in focus, so the charter is not agreed there. What the same
// story's ministers agree is.
TEST_F(ExtractFirstSight161Test, InstrumentDatedToAnEarlierYearAfterItsLongNameIsNotAgreedAtTheFocus) {
  Extract(
      "Basin ministers meet\n"
      "Mar 5, 2027\n"
      "Water ministers of the Tana Basin Commission met in Garissa on Thursday and agreed to "
      "share flood data.\n"
      "The four riparian countries adopted the Upper Tana-Athi Basin Charter founding the "
      "commission in June 2019.\n");
  const ExtractedNode* charter = NodeNamedLike("agreement", "Charter");
  ASSERT_NE(charter, nullptr) << Dump();
  for (const auto& e : graph_.edges) {
    EXPECT_FALSE(e.relation == "agreed_at" && graph_.nodes[e.source].name == charter->name) << Dump();
  }
  const ExtractedNode* data = NodeNamedLike("agreement", "flood data");
  ASSERT_NE(data, nullptr) << Dump();
  bool placed = false;
  for (const auto& e : graph_.edges) {
    placed = placed || (e.relation == "agreed_at" && graph_.nodes[e.source].name == data->name);
  }
  EXPECT_TRUE(placed) << Dump();
}

// "co-chaired by A and B, who signed a protocol on X": the relative clause after a pair of
// officials tells what both signed.
TEST_F(ExtractFirstSight161Test, PairThenWhoSignedAnInstrumentSignsIt) {
  Extract(
      "Neighbours meet\n"
      "Mar 5, 2027\n"
      "The talks in Kigoma were co-chaired by Burundi's Foreign Minister Aline Ndayisenga and "
      "Tanzania's Foreign Minister Juma Mfinanga, who signed a protocol on lake navigation.\n");
  const ExtractedNode* protocol = NodeNamedLike("agreement", "lake navigation");
  ASSERT_NE(protocol, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Aline Ndayisenga", "signed", protocol->name)) << Dump();
  EXPECT_TRUE(HasEdge("Juma Mfinanga", "signed", protocol->name)) << Dump();
}

// "President Karim Said Benali": "Said" capitalised between two name words is a name word, not
// the verb, so the president keeps his whole name.
TEST_F(ExtractFirstSight161Test, CapitalisedSaidInsideANameIsPartOfIt) {
  Extract(
      "Leaders meet\n"
      "Mar 5, 2027\n"
      "Prime Minister Ana Souza held talks with President Karim Said Benali in Tunis on "
      "Thursday. Benali said the talks were frank.\n");
  EXPECT_NE(Find("official", "Karim Said Benali"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Karim"), nullptr) << Dump();
}

// "Kenya and Uganda on Friday closed the ninth session of ...", then "The four-day session":
// the date right before the end verb is the session's last day, so the length dates its first.
TEST_F(ExtractFirstSight161Test, DateBeforeTheEndVerbIsTheLastDay) {
  Extract(
      "Commission closes\n"
      "Nov 27, 2026\n"
      "Kenya and Uganda on Friday closed the ninth session of their Joint Permanent Commission in "
      "Jinja.\n"
      "The four-day session was co-chaired by Kenyan Foreign Minister Amina Wekesa and Ugandan "
      "Foreign Minister Moses Okello.\n");
  const ExtractedNode* session = NodeNamedLike("meeting", "ninth session");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_EQ(session->date, "2026-11-24") << Dump();
}

// "held talks with President B at Kilimani palace": a capitalised name and a one-word lower-case
// venue head right after "at" is a venue, where the talks were held.
TEST_F(ExtractFirstSight161Test, LowerCaseVenueHeadAfterAtIsAVenue) {
  Extract(
      "Leaders meet\n"
      "Mar 5, 2027\n"
      "Prime Minister Ana Souza held talks with President Karl Brandt at Kilimani palace in "
      "Dodoma on Friday.\n");
  const ExtractedNode* venue = Find("place", "Kilimani");
  ASSERT_NE(venue, nullptr) << Dump();
  ASSERT_FALSE(Meeting().empty()) << Dump();
  EXPECT_TRUE(HasEdge(Meeting(), "held_in", "Kilimani")) << Dump();
}

// "the Alliance of Sahel States (AES)": the confederation is a bloc of the gazetteer, and its
// members named beside it are members of it.
TEST_F(ExtractFirstSight161Test, SahelAllianceIsABlocWithItsMembers) {
  Extract(
      "Sahel ministers meet\n"
      "Mar 5, 2027\n"
      "The foreign ministers of Mali, Burkina Faso and Niger met in Niamey on Friday for a "
      "session of the Alliance of Sahel States (AES).\n");
  EXPECT_NE(Find("organization", "Alliance of Sahel States"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Mali", "member_of", "Alliance of Sahel States")) << Dump();
}

// "agreed on Friday to open a joint consulate in Gao, at a meeting in Niamey chaired by ...": a
// comma and "at" end what was agreed; where it was agreed is no part of its name.
TEST_F(ExtractFirstSight161Test, CommaAtEndsWhatWasAgreed) {
  Extract(
      "Ministers agree\n"
      "Mar 5, 2027\n"
      "The foreign ministers of Mali and Niger agreed on Friday to open a joint consulate in Gao, "
      "at a meeting in Niamey chaired by Nigerien Foreign Minister Amadou Issa.\n");
  const ExtractedNode* consulate = NodeNamedLike("agreement", "joint consulate");
  ASSERT_NE(consulate, nullptr) << Dump();
  EXPECT_EQ(consulate->name.find("meeting"), std::string::npos) << Dump();
  EXPECT_EQ(consulate->name.find("chaired"), std::string::npos) << Dump();
}

// A bloc's ministers meeting told in the lead and "The session of the AES Council of Ministers"
// told after it, on the same day: one meeting, not two.
TEST_F(ExtractFirstSight161Test, BlocMinistersMeetingAndItsBodysSessionAreOne) {
  Extract(
      "Sahel ministers meet\n"
      "Mar 5, 2027\n"
      "Foreign ministers of the Alliance of Sahel States (AES) met in Niamey on Friday and agreed "
      "to open a joint consulate in Gao.\n"
      "The session of the AES Council of Ministers also brought together Malian Foreign Minister "
      "Awa Traore and Burkinabe Foreign Minister Paul Kabore.\n");
  int meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting";
  EXPECT_EQ(meetings, 1) << Dump();
  // Not the bloc's summit they prepare, nor its previous session.
  Extract(
      "Sahel ministers meet\n"
      "Mar 5, 2027\n"
      "Foreign ministers of the Alliance of Sahel States (AES) met in Niamey on Friday and agreed "
      "to open a joint consulate in Gao.\n"
      "They also prepared the AES summit. The previous session of the AES Council of Ministers "
      "was held in Bamako.\n");
  meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting";
  EXPECT_GE(meetings, 3) << Dump();
}

// "A treaty on X between A and B entered into force": the subject before "between" too; the two
// are its parties. Named so with nothing said of it, it is no instrument of theirs.
TEST_F(ExtractFirstSight161Test, InstrumentOnASubjectBetweenSidesEnteringIntoForce) {
  Extract(
      "Treaty in force\n"
      "Mar 5, 2027\n"
      "A treaty on the extradition of offenders between Peru and Chile entered into force on "
      "Tuesday, the Peruvian government said.\n");
  const ExtractedNode* treaty = NodeNamedLike("agreement", "extradition");
  ASSERT_NE(treaty, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", treaty->name)) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", treaty->name)) << Dump();
  Extract(
      "Treaty talks\n"
      "Mar 5, 2027\n"
      "A treaty on the extradition of offenders between Peru and Chile is still under "
      "negotiation, the Peruvian government said.\n");
  for (const auto& e : graph_.edges) EXPECT_NE(e.relation, "party_to") << Dump();
}

}  // namespace
}  // namespace dkg
