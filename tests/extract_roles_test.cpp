// Roles at a meeting (chaired, cochaired, attended) as specifications, each on a document written
// for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractRolesTest : public ExtractFixture {};

// Chairs of two sides co-chair; a co-chair is not also a chair; a passive trigger's agents end
// where the next trigger begins.
TEST_F(ExtractRolesTest, HostsOfTwoSidesCochairAndEachTriggerKeepsItsOwnAgents) {
  Extract(
      "Ministers meet\nJun 9, 2025\n"
      "Peru and Norway held the second round of their Dialogue on Fisheries in Lima on Monday.\n"
      "The dialogue's ministerial session was hosted by Peru's Foreign Minister Rosa Quispe and "
      "Norway's Foreign Minister Lars Dahl, and its expert session was co-chaired by Peru's Vice "
      "Minister Hugo Mamani and Norway's State Secretary Eva Berg.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  for (const char* name : {"Rosa Quispe", "Lars Dahl", "Hugo Mamani", "Eva Berg"}) {
    EXPECT_TRUE(HasEdge(name, "cochaired", meeting)) << name << "\n" << Dump();
    EXPECT_FALSE(HasEdge(name, "chaired", meeting)) << name << "\n" << Dump();
  }
}

// One host who chairs stays the chair; the visitor is not made a co-chair.
TEST_F(ExtractRolesTest, OneSidesChairStaysTheChair) {
  Extract(
      "Talks in Lima\nJun 9, 2025\n"
      "Peru and Norway held the second round of their Dialogue on Fisheries in Lima on Monday.\n"
      "The round was chaired by Peru's Foreign Minister Rosa Quispe and attended by Norway's State "
      "Secretary Eva Berg.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe", "chaired", meeting)) << Dump();
  EXPECT_FALSE(HasRole("Eva Berg", "chaired")) << Dump();
  EXPECT_FALSE(HasRole("Eva Berg", "cochaired")) << Dump();
  EXPECT_TRUE(HasEdge("Eva Berg", "attended", meeting)) << Dump();
}

// "it met" has a thing as its subject: the officials earlier in the sentence did not attend.
TEST_F(ExtractRolesTest, AThingThatMetGivesItsFoundersNoRole) {
  Extract(
      "Dialogue history\nJun 9, 2025\n"
      "Peru and Norway held the second round of their Dialogue on Fisheries in Lima on Monday.\n"
      "The dialogue was set up in 2019 by President Ana Flores and Prime Minister Ole Lie, and it "
      "met four times before the pandemic.\n");
  EXPECT_FALSE(HasRole("Ana Flores", "attended")) << Dump();
  EXPECT_FALSE(HasRole("Ole Lie", "attended")) << Dump();
}

// "A met B, who chaired the talks": the talks are the meeting this sentence names, not the story's.
TEST_F(ExtractRolesTest, TheTalksAChairChairedAreTheSentencesOwnMeeting) {
  Extract(
      "Summit in Quito\nJun 9, 2025\n"
      "Leaders gathered in Quito on Monday for the fifth Andean Leaders Summit.\n"
      "On the sidelines, Foreign Minister Tomas Rey met Foreign Minister Ines Vidal of Norway, who "
      "chaired the talks.\n");
  std::string summit, talks;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    (n.name.find("Summit") != std::string::npos ? summit : talks) = n.name;
  }
  ASSERT_FALSE(summit.empty()) << Dump();
  ASSERT_FALSE(talks.empty()) << Dump();
  EXPECT_FALSE(HasEdge("Ines Vidal", "chaired", summit)) << Dump();
  EXPECT_FALSE(HasEdge("Ines Vidal", "cochaired", summit)) << Dump();
  EXPECT_TRUE(HasEdge("Ines Vidal", "chaired", talks)) << Dump();
}

// Officials listed with honorifics, post-nominals and offices in commas are one list to the
// pattern that gives hosts and guests their roles.
TEST_F(ExtractRolesTest, HostsAndGuestsWithHonorificsPostNominalsAndOffices) {
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "Lisbon: Mr. Rui Costa, Portugal's Minister of Defence, and Dr. Ana Souza, Portugal's Minister "
      "of Foreign Affairs, welcomed Senator the Hon Karl Brandt, Minister for Foreign Affairs and "
      "Minister for Trade, and the Hon Olu Adeyemi MP, Minister for Defence, to Lisbon for the first "
      "Portugal-Brazil 2+2 Ministerial Dialogue on 3 March 2025.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Rui Costa", "chaired", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "chaired", meeting)) << Dump();  // one side: chairs, not co-chairs
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", meeting)) << Dump();
}

// The official who welcomes the visitor takes part in the visit the story is about.
TEST_F(ExtractRolesTest, TheHostWhoWelcomesTheVisitorAttendsTheVisit) {
  Extract(
      "Visit begins\nMar 24, 2025\n"
      "Karl Brandt, the President of Austria, arrives on Tuesday in Recife on his first official "
      "visit to Brazil, and President Ana Souza will greet him at the airport.\n");
  const std::string visit = Meeting();
  ASSERT_FALSE(visit.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", visit)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", visit)) << Dump();
  EXPECT_FALSE(HasRole("Ana Souza", "chaired")) << Dump();
}

// "Belize sent A": A represents Belize and attends the meeting the story is about.
TEST_F(ExtractRolesTest, ACountrySentItsMinisterToTheMeeting) {
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "The fifth Andean Trade Council met in Quito on Monday.\n"
      "Belize sent the Honourable Lena Berg, Minister of Foreign Affairs; Peru was represented by "
      "Minister Ana Souza.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "represents", "Belize")) << Dump();
  EXPECT_TRUE(HasEdge("Lena Berg", "attended", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Peru")) << Dump();
}

// A dialogue the story's meeting decides to set up was announced there; a series is never
// announced at one of its own rounds.
TEST_F(ExtractRolesTest, ADialogueToBeSetUpIsAnnouncedAtTheStorysMeeting) {
  Extract(
      "Leaders meet\nMar 4, 2025\n"
      "Prime Minister Ana Souza of Peru and President Karl Brandt of Chile held the fifth Peru-Chile "
      "Annual Summit in Lima on Monday.\n"
      "A Peru-Chile 2+2 Ministerial Dialogue for the foreign and defence chiefs is to "
      "be set up, the leaders announced.\n");
  bool announced = false;
  for (const auto& e : graph_.edges) {
    announced |= e.relation == "announced_at" && graph_.nodes[e.source].name == "Peru-Chile 2+2 Ministerial Dialogue" &&
                 graph_.nodes[e.target].name.find("Annual Summit") != std::string::npos;
  }
  EXPECT_TRUE(announced) << Dump();

  Extract(
      "Dialogue meets\nMar 4, 2025\n"
      "The third round of the Peru-Chile Dialogue on Energy opened in Lima on Monday.\n"
      "The two presidents agreed to set up the Peru-Chile Dialogue on Energy in 2019, when they first met.\n");
  for (const auto& e : graph_.edges) {
    EXPECT_NE(e.relation, "announced_at") << Dump();
  }
}

// The subject who welcomes a state visitor to their own country is the host, not the visitor.
TEST_F(ExtractRolesTest, NobodyVisitsTheirOwnCountry) {
  Extract(
      "State visit\nJun 3, 2025\n"
      "President Ana Souza of Kenya on Monday welcomed President Karl Brandt of Ghana to Nairobi at "
      "the start of a two-day state visit to Kenya.\n"
      "Brandt will travel to Mombasa on Tuesday.\n");
  const std::string visit = Meeting();
  ASSERT_FALSE(visit.empty()) << Dump();
  EXPECT_NE(visit.find("Brandt"), std::string::npos) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", visit)) << Dump();
  EXPECT_TRUE(HasEdge(visit, "held_in", "Mombasa")) << Dump();
}

// "hosted her Norwegian counterpart, Foreign Minister B, for the session ... The two ministers
// co-chaired the session": both co-chair it, and neither is also listed as attending.
TEST_F(ExtractRolesTest, TheTwoMinistersWhoHoldRolesCochair) {
  Extract(
      "Ministers meet\nMar 12, 2025\n"
      "The Minister of Foreign Affairs of Peru, Ms Ana Souza, hosted her Norwegian counterpart, "
      "Foreign Minister Lars Dahl, for the seventh session of the Peru-Norway Joint Commission in Lima "
      "on Tuesday.\n"
      "The two ministers co-chaired the session, which reviewed cooperation in fisheries.\n");
  const std::string meeting = Meeting();
  ASSERT_FALSE(meeting.empty()) << Dump();
  for (const char* name : {"Ana Souza", "Lars Dahl"}) {
    EXPECT_TRUE(HasEdge(name, "cochaired", meeting)) << name << "\n" << Dump();
    EXPECT_FALSE(HasEdge(name, "attended", meeting)) << name << "\n" << Dump();
    EXPECT_FALSE(HasEdge(name, "chaired", meeting)) << name << "\n" << Dump();
  }
}

// "The two officials also co-chaired the inaugural X": the two who met co-chair the meeting named
// after the verb; "agreeing to hold the next round in Lima" is no place of this one.
TEST_F(ExtractRolesTest, TheTwoOfficialsCochairTheNamedMeetingAndTheNextRoundIsElsewhere) {
  Extract(
      "Readout\nFeb 20, 2025\n"
      "Deputy Secretary Ana Souza met Chilean Vice Minister Karl Brandt in Washington on Wednesday.\n"
      "The two officials also co-chaired the inaugural Peru-Chile Strategic Consultations, agreeing to "
      "hold the next round in Lima.\n");
  std::string consultations;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("Consultations") != std::string::npos) consultations = n.name;
  }
  ASSERT_FALSE(consultations.empty()) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "cochaired", consultations)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "cochaired", consultations)) << Dump();
  EXPECT_FALSE(HasEdge(consultations, "held_in", "Lima")) << Dump();
}

}  // namespace
}  // namespace dkg
