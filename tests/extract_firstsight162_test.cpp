// h162: wrong edges of set s162 (government readouts, joint statements and a multilateral summit)
// at first sight, each rule on a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight162Test : public ExtractFixture {};

// "The memoranda on fisheries and mining were signed by the Minister of Foreign Affairs, A, and
// Norway's Minister of Trade, B; ...": the commas after "memoranda on" separate signatories, not
// fields, so no agreement is named after a person or an office.
TEST_F(ExtractFirstSight162Test, SignatoriesAfterPluralInstrumentsAreNoFields) {
  Extract(
      "Chile and Norway sign memoranda\n"
      "Mar 5, 2027\n"
      "President Ana Ruiz of Chile and Prime Minister Tomas Berg of Norway on Tuesday witnessed the "
      "signing of three memoranda of understanding in Santiago.\n"
      "The memoranda on fisheries and mining were signed by the Minister of Foreign Affairs, Luis "
      "Pardo, and Norway's Minister of Trade, Kari Lund; the third was signed by the two "
      "ambassadors.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "Luis Pardo"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("agreement", "Kari Lund"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("agreement", "Minister"), nullptr) << Dump();
}

// "The instruments cover fisheries, the training of mining engineers, and tourism": one agreement
// for each field, the serial comma's "and" no part of the last one's name, reached at the signing
// by its sides.
TEST_F(ExtractFirstSight162Test, InstrumentsCoverAListOfFields) {
  Extract(
      "Chile and Norway sign memoranda\n"
      "Mar 5, 2027\n"
      "President Ana Ruiz of Chile and Prime Minister Tomas Berg of Norway on Tuesday witnessed the "
      "signing of three memoranda of understanding in Santiago.\n"
      "The instruments cover cooperation in fisheries, the training of mining engineers, and "
      "tourism.\n");
  const ExtractedNode* fisheries = NodeNamedLike("agreement", "fisheries");
  const ExtractedNode* tourism = NodeNamedLike("agreement", "tourism");
  ASSERT_NE(fisheries, nullptr) << Dump();
  ASSERT_NE(tourism, nullptr) << Dump();
  EXPECT_NE(NodeNamedLike("agreement", "mining engineers"), nullptr) << Dump();
  EXPECT_EQ(tourism->name.find("and tourism"), std::string::npos) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", tourism->name)) << Dump();
  EXPECT_TRUE(HasEdge("Norway", "party_to", fisheries->name)) << Dump();
}

// "A took part in the meeting ..., hosted in Arica by B": a chair trigger set apart from its agent
// by a place is passive; B hosts, A attends.
TEST_F(ExtractFirstSight162Test, HostedInAPlaceByAnAgentIsPassive) {
  Extract(
      "Trilateral in Arica\n"
      "Mar 5, 2027\n"
      "Peru's Foreign Minister Jorge Salas took part on Tuesday in the second trilateral meeting of "
      "the foreign ministers of Chile, Peru and Bolivia, hosted in Arica by Chile's Minister of "
      "Foreign Affairs, Ana Ruiz.\n");
  EXPECT_TRUE(HasRole("Ana Ruiz", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Jorge Salas", "chaired")) << Dump();
  EXPECT_TRUE(HasRole("Jorge Salas", "attended")) << Dump();
}

// "A chaired the talks by video link": no place or day sets the trigger apart, so it stays active.
TEST_F(ExtractFirstSight162Test, ChairedByVideoStaysActive) {
  Extract(
      "Talks by video\n"
      "Mar 5, 2027\n"
      "Chile's Minister of Foreign Affairs, Ana Ruiz, chaired the talks with Peru's Foreign "
      "Minister Jorge Salas by video link on Tuesday.\n");
  EXPECT_TRUE(HasRole("Ana Ruiz", "chaired")) << Dump();
}

// "the French Minister Delegate for Foreign Trade, Paul Girard" and "the Federal Councillor in
// charge of foreign affairs, Hans Meier": offices (titles.tsv), so neither "Delegate" nor "Federal
// Councillor" is an official's name.
TEST_F(ExtractFirstSight162Test, MinisterDelegateAndFederalCouncillorAreOffices) {
  Extract(
      "Talks in Bern\n"
      "Mar 5, 2027\n"
      "The French Minister Delegate for Foreign Trade, Paul Girard, met the Federal Councillor in "
      "charge of foreign affairs, Hans Meier, in Bern on Tuesday.\n");
  EXPECT_EQ(Find("official", "Delegate"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Federal Councillor"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Paul Girard"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Paul Girard", "represents", "France")) << Dump();
}

// "A met B on the sidelines of the X Summit": the two met on their own, a meeting besides the
// summit, held where it was and attended by both, who also attend the summit.
TEST_F(ExtractFirstSight162Test, MeetingOnTheSidelinesOfASummitIsAMeetingOfItsOwn) {
  Extract(
      "Leaders meet in Suva\n"
      "Mar 7, 2027\n"
      "Prime Minister Ana Ruiz of Chile met Tongan Prime Minister Sione Tupou on Saturday on the "
      "sidelines of the Pacific Islands Forum Leaders Meeting in Suva.\n");
  const ExtractedNode* forum = NodeNamedLike("meeting", "Leaders Meeting");
  ASSERT_NE(forum, nullptr) << Dump();
  const ExtractedNode* talks = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name != forum->name) talks = &n;
  }
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Ruiz", "attended", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge("Sione Tupou", "attended", talks->name)) << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Suva")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Ruiz", "attended", forum->name)) << Dump();
}

// A meeting named without a sidelines word stays the one they met at: no second meeting.
TEST_F(ExtractFirstSight162Test, MeetingAtASummitMakesNoSecondMeeting) {
  Extract(
      "Leaders meet in Suva\n"
      "Mar 7, 2027\n"
      "Prime Minister Ana Ruiz of Chile met Tongan Prime Minister Sione Tupou at the Pacific "
      "Islands Forum Leaders Meeting in Suva on Saturday.\n");
  long meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting";
  EXPECT_EQ(meetings, 1) << Dump();
}

// "the State Secretary of the Swiss Federal Department of Foreign Affairs, B": "Federal" opens the
// body's name, so no official "Federal"; B, after the body and its comma, holds the office (and
// serves the body's country).
TEST_F(ExtractFirstSight162Test, CapitalisedWordBeforeABodysNameIsNoPersonsName) {
  Extract(
      "Dialogue in Lima\n"
      "Mar 5, 2027\n"
      "The round was co-chaired by Ambassador Luis Pardo of Peru and the State Secretary of the "
      "Swiss Federal Department of Foreign Affairs, Anna Keller.\n");
  EXPECT_EQ(Find("official", "Federal"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Anna Keller"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Anna Keller", "represents", "Switzerland")) << Dump();
}

}  // namespace
}  // namespace dkg
