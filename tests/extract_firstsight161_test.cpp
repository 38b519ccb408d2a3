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

}  // namespace
}  // namespace dkg
