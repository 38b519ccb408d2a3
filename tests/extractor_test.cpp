// The extractor's rules as specifications, each on a document written for the test.
#include "importers/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "engine/store.h"
#include "importers/reader.h"
#include "tests/extract_fixture.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

class ExtractorTest : public ExtractFixture {};

TEST_F(ExtractorTest, CochairsWithTitlesCountriesAndBodies) {
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "Brazil and Kenya held the fifth round of their Dialogue on Trade in Nairobi on Monday.\n"
      "The talks were co-chaired by Brazil's Foreign Minister, Ana Souza, and Kenya's "
      "Principal Secretary, Ministry of Foreign Affairs, John Kamau.\n");
  ASSERT_NE(Find("official", "Ana Souza"), nullptr) << Dump();
  ASSERT_NE(Find("official", "John Kamau"), nullptr) << Dump();
  const ExtractedNode* round = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") round = &n;
  }
  ASSERT_NE(round, nullptr) << Dump();
  EXPECT_EQ(round->date, "2025-03-03") << "Monday before Tuesday 4 March 2025";
  EXPECT_TRUE(HasEdge("Ana Souza", "cochaired", round->name)) << Dump();
  EXPECT_TRUE(HasEdge("John Kamau", "cochaired", round->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Brazil")) << Dump();
  EXPECT_TRUE(HasEdge("John Kamau", "represents", "Kenya")) << Dump();
  EXPECT_TRUE(HasEdge(round->name, "held_in", "Nairobi")) << Dump();
  EXPECT_TRUE(HasEdge(round->name, "round_of", "Brazil-Kenya Dialogue on Trade"))
      << Dump();  // named with its sides
  EXPECT_TRUE(HasEdge("Brazil", "participant", round->name)) << Dump();
  EXPECT_TRUE(HasEdge("Nairobi", "located_in", "Kenya")) << Dump();
}

TEST_F(ExtractorTest, PluralTitlesHonorificsAndHardNamesGiveEveryOfficial) {
  Extract(
      "Ministers sign\nMar 4, 2025\n"
      "Foreign Ministers Ana Souza and Karl Brandt signed the Treaty of Friendship in Lisbon.\n"
      "The Hon Mara Quist MP, Minister for Trade, welcomed Trade Minister Damien O'Brady.\n"
      "Foreign Minister Santiago Ortega met Commissioner Ursula von der Brandt on Monday.\n");
  for (const char* name : {"Ana Souza", "Karl Brandt", "Mara Quist", "Damien O'Brady",
                           "Santiago Ortega", "Ursula von der Brandt"}) {
    EXPECT_NE(Find("official", name), nullptr) << name << "\n" << Dump();
  }
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", "Treaty of Friendship")) << Dump();
  Extract("Ministers meet\nMar 4, 2025\nJapanese and Indian Foreign Ministers Ken Sato and Ravi Rao met in Delhi.\n");
  EXPECT_TRUE(HasEdge("Ken Sato", "represents", "Japan")) << Dump();
  EXPECT_TRUE(HasEdge("Ravi Rao", "represents", "India")) << Dump();
  EXPECT_FALSE(HasEdge("Ken Sato", "represents", "India")) << Dump();
  Extract("Ministers sign\nMar 4, 2025\n"
          "Foreign Ministers Ana Souza and Karl Brandt signed the Treaty of Friendship in Lisbon.\n");
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Treaty of Friendship")) << Dump();
}

TEST_F(ExtractorTest, CountriesNamedBesideAGroupingAreItsMembers) {
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "The G7 foreign ministers, from Japan, France and Canada among others, met in Rome with "
      "envoys from Chile.\n");
  EXPECT_TRUE(HasEdge("Japan", "member_of", "Group of Seven")) << Dump();
  EXPECT_TRUE(HasEdge("Canada", "member_of", "Group of Seven")) << Dump();
  EXPECT_FALSE(HasEdge("Chile", "member_of", "Group of Seven")) << Dump();
}

TEST_F(ExtractorTest, AGroupingsLaterMembersAreNotMembersInEarlierReports) {
  Extract("Ministers meet\nMar 4, 2019\nThe BRICS ministers met with envoys from Egypt and India in Rio.\n");
  EXPECT_TRUE(HasEdge("India", "member_of", "BRICS")) << Dump();
  EXPECT_FALSE(HasEdge("Egypt", "member_of", "BRICS")) << "Egypt joined in 2024\n" << Dump();
}

TEST_F(ExtractorTest, PatternEventsCallsVisitsAndHosts) {
  Extract(
      "Leaders talk\nMar 4, 2025\n"
      "LISBON: President Ana Souza flew in on Monday for a three-day state visit.\n"
      "Prime Minister Karl Brandt hosted President Ana Souza at the palace.\n"
      "Later, Prime Minister Karl Brandt spoke with Chancellor Olu Adeyemi of Germany.\n");
  const ExtractedNode* visit = nullptr;
  const ExtractedNode* call = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("visit") != std::string::npos) visit = &n;
    if (n.kind == "meeting" && n.name.find("phone call") != std::string::npos) call = &n;
  }
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_EQ(visit->date, "2025-03-03") << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", visit->name)) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Portugal")) << "the dateline's country\n" << Dump();
  ASSERT_NE(call, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Olu Adeyemi", "attended", call->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", call->name)) << Dump();
  bool hosted = false;
  for (const auto& e : graph_.edges) {
    hosted |= e.relation == "chaired" && graph_.nodes[e.source].name == "Karl Brandt" &&
              !e.evidence.empty() && e.evidence[0].rule == "pattern:host-received-guest";
  }
  EXPECT_TRUE(hosted) << Dump();
}

// A ceremony in someone's honour is an occasion of its own, not the story's first meeting; a
// summit two leaders held is in the place the clause names, never in the country a topic names.
TEST_F(ExtractorTest, CeremoniesAndSummitsAreTheirOwnMeetingsInTheirOwnPlaces) {
  Extract(
      "Leaders meet\nMar 4, 2025\n"
      "President Ana Souza and Chancellor Karl Brandt held a summit on Monday at the palace in Lisbon.\n"
      "An official reception ceremony for President Maria Lopes was held at the Ajuda Palace.\n"
      "President Olu Adeyemi and King Hans Weber held talks about the war in Ukraine.\n");
  const ExtractedNode* summit = nullptr;
  const ExtractedNode* ceremony = nullptr;
  const ExtractedNode* talks = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    if (n.name.find("summit") != std::string::npos) summit = &n;
    if (n.name.find("ceremony") != std::string::npos) ceremony = &n;
    if (n.name.find("Adeyemi") != std::string::npos) talks = &n;
  }
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge(summit->name, "held_in", "Lisbon")) << Dump();
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Maria Lopes", "attended", ceremony->name)) << Dump();
  EXPECT_FALSE(HasEdge("Maria Lopes", "attended", summit->name)) << Dump();
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Hans Weber", "attended", talks->name)) << Dump();
  EXPECT_FALSE(HasEdge(talks->name, "held_in", "Ukraine")) << Dump();
}

TEST_F(ExtractorTest, HeadlineStartingWithANonAsciiLetterKeepsItsFirstWord) {
  Extract("\xC3\x9Cr\xC3\xBCmqi hosts trade ministers\nMar 4, 2025\nThe ministers met on Monday.\n");
  EXPECT_NE(Find("place", "\xC3\x9Cr\xC3\xBCmqi"), nullptr) << Dump();  // named as written (AsWritten)
}

TEST_F(ExtractorTest, EveryEdgeCarriesItsSentenceAndRule) {
  Extract(
      "Headline\nMar 4, 2025\nThe talks were chaired by Foreign Minister Ana Souza of Brazil.\n");
  ASSERT_FALSE(graph_.edges.empty()) << Dump();
  for (const auto& e : graph_.edges) {
    ASSERT_FALSE(e.evidence.empty());
    for (const auto& ev : e.evidence) {
      EXPECT_FALSE(ev.rule.empty());
      EXPECT_GT(ev.span.end, ev.span.start);
      EXPECT_LE(ev.span.end, static_cast<int64_t>(source_.document.text.size()));
    }
  }
}

TEST_F(ExtractorTest, AnnouncementLinksADialogueToAnEarlierMeeting) {
  Extract(
      "Headline\nMar 4, 2025\n"
      "Brazil and Kenya convened the second round of their Dialogue on Trade in Nairobi on Monday.\n"
      "This dialogue was first announced at the Brazil-Kenya Ministerial meeting in "
      "Brasilia on June 2, 2024.\n");
  const ExtractedNode* ministerial = Find("meeting", "Brazil-Kenya Ministerial meeting");
  ASSERT_NE(ministerial, nullptr) << Dump();
  EXPECT_EQ(ministerial->date, "2024-06-02");
  EXPECT_TRUE(
      HasEdge("Brazil-Kenya Dialogue on Trade", "announced_at", "Brazil-Kenya Ministerial meeting"))
      << Dump();
  EXPECT_TRUE(HasEdge("Kenya", "participant", "Brazil-Kenya Ministerial meeting")) << Dump();
}

TEST_F(ExtractorTest, CapitalsAgreeingStandForTheirCountries) {
  Extract(
      "Headline\nMar 4, 2025\n"
      "Brazil and Kenya held the second round of their Dialogue on Trade in Nairobi.\n"
      "Brasilia and Nairobi agreed on expanding direct flights between the two countries.\n");
  const ExtractedNode* agreement =
      Find("agreement", "expanding direct flights between the two countries");
  ASSERT_NE(agreement, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Brazil", "party_to", agreement->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kenya", "party_to", agreement->name)) << Dump();
  // Nairobi as a venue is a place; Brasilia only stood for Brazil and is not a place node.
  EXPECT_NE(Find("place", "Nairobi"), nullptr);
  EXPECT_EQ(Find("place", "Brasilia"), nullptr) << Dump();
}

TEST_F(ExtractorTest, SurnameAloneJoinsTheFullName) {
  Extract(
      "Headline\nMar 4, 2025\n"
      "Foreign Minister Ana Souza of Brazil visited Nairobi. Souza said ties were strong.\n");
  const ExtractedNode* souza = Find("official", "Ana Souza");
  ASSERT_NE(souza, nullptr) << Dump();
  EXPECT_EQ(souza->mentions.size(), 2u);
  EXPECT_EQ(Find("official", "Souza"), nullptr) << Dump();
}

// Officials are matched to the earlier ones sharing a name word (an index, not a comparison with
// every official): look-alike names resolve as a comparison with all of them did. An initial joins
// the one full name it fits; a surname two officials share joins neither.
TEST_F(ExtractorTest, LookAlikeNamesResolveAsAgainstEveryOfficial) {
  Extract(
      "Ministers meet in Madrid\nMarch 3, 2025\n"
      "Foreign Minister Tomas Velarde of Spain met Trade Minister Ana Velarde of Chile in Madrid on Monday.\n"
      "T. Velarde said the talks were useful, and Defence Minister R. Okonjo of Brazil agreed.\n"
      "Ricardo Okonjo and Minister Tomas Velarde later met Foreign Secretary Kiri Okonjo of Kenya.\n"
      "Velarde thanked Okonjo.\n");
  std::vector<std::string> officials;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "official") officials.push_back(n.name);
  }
  EXPECT_EQ(officials, (std::vector<std::string>{"Tomas Velarde", "Ana Velarde", "R. Okonjo", "Kiri Okonjo"}))
      << Dump();
  const ExtractedNode* tomas = Find("official", "Tomas Velarde");
  ASSERT_NE(tomas, nullptr);
  EXPECT_EQ(tomas->aliases, std::vector<std::string>{"T. Velarde"});
  const ExtractedNode* okonjo = Find("official", "R. Okonjo");
  ASSERT_NE(okonjo, nullptr);
  EXPECT_EQ(okonjo->aliases, std::vector<std::string>{"Ricardo Okonjo"});
  EXPECT_TRUE(HasEdge("Tomas Velarde", "represents", "Spain")) << Dump();
  EXPECT_TRUE(HasEdge("R. Okonjo", "represents", "Brazil")) << Dump();
  EXPECT_TRUE(HasEdge("Kiri Okonjo", "represents", "Kenya")) << Dump();
  EXPECT_TRUE(HasEdge("R. Okonjo", "attended", "Okonjo's meeting with Kiri Okonjo")) << Dump();
}

TEST_F(ExtractorTest, OrganizationsFromGazetteerAndPatterns) {
  Extract(
      "Headline\nMar 4, 2025\n"
      "The Ministry of External Affairs of India said the Kenya-India Business Association, "
      "set up in 1981, will host the forum, according to the MEA.\n");
  const ExtractedNode* mea = Find("organization", "Ministry of External Affairs");
  ASSERT_NE(mea, nullptr) << Dump();
  EXPECT_NE(std::find(mea->aliases.begin(), mea->aliases.end(), "MEA"), mea->aliases.end());
  EXPECT_TRUE(HasEdge("Ministry of External Affairs", "part_of", "India")) << Dump();
  EXPECT_NE(Find("organization", "Kenya-India Business Association"), nullptr) << Dump();
}

TEST_F(ExtractorTest, NamesWithDiacriticsAreOfficialsWithTheirExactNames) {
  Extract(
      "Leaders meet in Ankara\nMar 4, 2025\n"
      "Turkish President Recep Tayyip Erdoğan met Polish Foreign Minister Radosław Sikorski "
      "in Ankara on Monday.\n");
  const ExtractedNode* erdogan = Find("official", "Recep Tayyip Erdoğan");
  ASSERT_NE(erdogan, nullptr) << Dump();
  ASSERT_NE(Find("official", "Radosław Sikorski"), nullptr) << Dump();
  EXPECT_EQ(
      source_.document.text.substr(erdogan->mentions.front().start,
                                   erdogan->mentions.front().end - erdogan->mentions.front().start),
      "Recep Tayyip Erdoğan");
  EXPECT_TRUE(HasEdge("Recep Tayyip Erdoğan", "represents", "Türkiye")) << Dump();
  EXPECT_TRUE(HasEdge("Radosław Sikorski", "represents", "Poland")) << Dump();
}

// A name before a phrase of taking office holds the office after it, with no title before the name.
TEST_F(ExtractorTest, NameTakingAnOfficeIsItsHolder) {
  Extract(
      "New minister in Lima\nMar 4, 2025\n"
      "After Monday's reshuffle in Lima, Carla Mendes took up the post of Minister of Foreign Affairs of Peru.\n"
      "Later, Tomas Ribeiro was sworn in as Brazil's Foreign Minister.\n"
      "Mendes met Ribeiro in Lima on Tuesday.\n");
  const ExtractedNode* mendes = Find("official", "Carla Mendes");
  ASSERT_NE(mendes, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Carla Mendes", "represents", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Ribeiro", "represents", "Brazil")) << Dump();
  // Known by their full names, the surnames alone name them later.
  bool met = false;
  for (const auto& e : graph_.edges) {
    met |= e.relation == "attended" && graph_.nodes[e.source].name == "Tomas Ribeiro";
  }
  EXPECT_TRUE(met) << Dump();
}

// Venues are capitalised phrases ending in a venue word (data/lexicon: venue_head).
TEST_F(ExtractorTest, VenuesNamedByTheirHeadWord) {
  Extract(
      "Visit\nMar 4, 2025\n"
      "Foreign Minister Ana Souza landed at Jorge Chavez International Airport on Monday.\n"
      "She was welcomed at the Puerta Grande Gate and later visited San Lorenzo Island.\n");
  EXPECT_NE(Find("place", "Jorge Chavez International Airport"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Puerta Grande Gate"), nullptr) << Dump();
  EXPECT_NE(Find("place", "San Lorenzo Island"), nullptr) << Dump();
}

// A well-known office holder whose country the sentence leaves open serves the country
// data/gazetteer/officials.tsv gives, when the document names it.
TEST_F(ExtractorTest, WellKnownOfficeHolderRepresentsTheirCountry) {
  Extract(
      "Leaders talk\nMar 4, 2025\n"
      "President Joe Biden met Prime Minister Ana Souza in Lima on Monday.\n"
      "Peru and the United States agreed to deepen ties.\n");
  EXPECT_TRUE(HasEdge("Joe Biden", "represents", "United States")) << Dump();
  Extract(
      "Leaders talk\nMar 4, 2025\n"
      "President Joe Biden met Prime Minister Ana Souza in Lima on Monday.\n");
  EXPECT_FALSE(HasEdge("Joe Biden", "represents", "United States")) << "the document never names it\n" << Dump();
}

// A visit holds the meetings it names: the visit and the round are two meetings.
TEST_F(ExtractorTest, VisitDuringWhichARoundIsHeldIsAMeetingOfItsOwn) {
  Extract(
      "Minister arrives\nMay 6, 2023\n"
      "LIMA: Ana Souza, the Foreign Minister of Chile, landed on Saturday on a three-day official visit, "
      "during which she is taking part in the 4th round of the Peru-Chile Strategic Dialogue.\n");
  int meetings = 0;
  bool visit = false;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    ++meetings;
    visit |= n.name.find("visit") != std::string::npos;
  }
  EXPECT_EQ(meetings, 2) << Dump();
  EXPECT_TRUE(visit) << Dump();
  EXPECT_NE(Find("meeting", "4th round of the Peru-Chile Strategic Dialogue"), nullptr) << Dump();
}

// A visit goes to every city it names; named cities replace the country as where it was held.
TEST_F(ExtractorTest, VisitIsHeldInEveryCityItNames) {
  Extract(
      "State visit\nMar 4, 2025\n"
      "President Ana Souza will travel to Brazil on Monday for a three-day state visit.\n"
      "President Ana Souza will arrive in Brasilia on Monday.\n"
      "On Wednesday, President Ana Souza will travel to Sao Paulo.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Brasilia")) << Dump();  // as the story spells it
  EXPECT_TRUE(HasEdge(visit->name, "held_in", "Sao Paulo")) << Dump();
  EXPECT_FALSE(HasEdge(visit->name, "held_in", "Brazil")) << Dump();
}

// An undated mention takes the day of the story's lead, not the day the report came out.
TEST_F(ExtractorTest, UndatedMentionTakesTheDayOfTheLead) {
  Extract(
      "Ministers meet in Lima\nSaturday, Mar 8, 2025\n"
      "On Thursday, March 6, Foreign Minister Ana Souza of Chile met Foreign Minister Luis Prado of Peru in Lima.\n"
      "Prado welcomed the visit of Minister Souza to Peru.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_EQ(visit->date, "2025-03-06") << Dump();
}

// A lead whose only date is long before the report does not date the story.
TEST_F(ExtractorTest, OldDateInTheLeadIsNotTheStoryDate) {
  Extract(
      "Ministers meet in Lima\nSaturday, Mar 8, 2025\n"
      "Since the accord signed on March 6, 2019, Chile and Peru have met often.\n"
      "Prado welcomed the visit of Minister Souza to Peru.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  EXPECT_EQ(visit->date, "2025-03-08") << Dump();
}

// A role verb in a relative clause belongs to the clause's own subject: the host hosted, the
// others attended.
TEST_F(ExtractorTest, RoleInRelativeClauseHoldsForItsOwnSubject) {
  Extract(
      "Leaders meet\nMar 4, 2025\n"
      "President Ana Souza of Chile and President Luis Prado of Peru met in Lima on Monday for the "
      "third Andean Leaders Summit, which President Karl Brandt of Bolivia hosted.\n"
      "Foreign Minister Olu Adeyemi met Foreign Minister Mia Lund of Norway, who chaired the talks.\n"
      "On Friday Vice Premier Wu Lan of China held talks with Omar Said, who serves Oman as its "
      "foreign minister, and the pair then co-chaired the fourth Oman-China Joint Committee.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "chaired", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "chaired", summit->name)) << Dump();
  EXPECT_FALSE(HasEdge("Luis Prado", "chaired", summit->name)) << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation == "chaired") {
      EXPECT_NE(graph_.nodes[e.source].name, "Olu Adeyemi") << Dump();
    }
  }
  // A "who" clause that ended (", and the pair then co-chaired") leaves the role to both.
  bool wu = false;
  for (const auto& e : graph_.edges) {
    wu |= e.relation == "cochaired" && graph_.nodes[e.source].name == "Wu Lan";
  }
  EXPECT_TRUE(wu) << Dump();
}

// A meeting of two people carries the short name reporting uses once they are introduced.
TEST_F(ExtractorTest, TwoPersonMeetingIsAlsoNamedBySurnames) {
  Extract(
      "Talks in Quito\nMar 4, 2025\n"
      "Chilean Foreign Minister Ana Souza met with Ecuadorian Foreign Minister Luis Prado in Quito "
      "on Monday.\n");
  const ExtractedNode* meeting = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") meeting = &n;
  }
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(std::find(meeting->aliases.begin(), meeting->aliases.end(), "Souza-Prado meeting") !=
              meeting->aliases.end())
      << meeting->name << "\n" << Dump();
}

// A body's ministers speaking of "a meeting" or "their meeting" meet; reported speech ("said that
// they would") does not move the sentence's weekday into the future.
TEST_F(ExtractorTest, GroupSpeakingOfItsMeetingMeetsOnThePastWeekday) {
  Extract(
      "Ministers confer\nTue, Mar 4, 2025\n"
      "At a meeting in Lisbon that opened on Sunday, the foreign ministers of Mercosur confirmed "
      "that they would cooperate on trade.\n");
  const ExtractedNode* meeting = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") meeting = &n;
  }
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_EQ(meeting->date, "2025-03-02") << Dump();
  EXPECT_TRUE(HasEdge("Mercosur", "participant", meeting->name)) << Dump();
}

// Each official in a list of "Title Name of Country" represents the country after the name, not
// the one before the title; a generational suffix does not hide it.
TEST_F(ExtractorTest, EachOfficialInAListRepresentsTheCountryAfterTheName) {
  Extract(
      "Leaders meet\nMar 4, 2025\n"
      "We, Prime Minister Ana Souza of Chile, President Luis Prado of Peru and President Karl "
      "Brandt, Jr. of Bolivia, met today in Lima.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Luis Prado", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Prado", "represents", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "represents", "Bolivia")) << Dump();
  EXPECT_FALSE(HasEdge("Karl Brandt", "represents", "Peru")) << Dump();
}

// A title may name a region ("for Latin America and the Caribbean"), and a first name may be a
// city after a title and its comma: both still make the official.
TEST_F(ExtractorTest, TitleWithRegionAndFirstNameThatIsACity) {
  Extract(
      "Talks\nMar 4, 2025\n"
      "The Secretary of State for Latin America and the Caribbean, Marta Ruiz, held talks in Lima "
      "yesterday with the Peruvian Minister of Foreign Affairs, Luis Prado.\n"
      "Ruiz then met the Argentine Foreign Minister, Santiago Vela.\n");
  EXPECT_NE(Find("official", "Marta Ruiz"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Santiago Vela"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Santiago Vela", "represents", "Argentina")) << Dump();
  const ExtractedNode* talks = NodeNamedLike("meeting", "Marta Ruiz and Luis Prado");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Lima")) << Dump();
}

// Instruments signed "in the presence of" leaders make a signing ceremony the leaders attend;
// "At the ceremony" later names it.
TEST_F(ExtractorTest, SigningInThePresenceOfLeadersIsACeremonyTheyAttend) {
  Extract(
      "Signing\nMar 4, 2025\n"
      "A number of agreements and MoUs between the two governments were signed in Lima today in the "
      "presence of President Ana Souza and of Prime Minister Karl Brandt.\n"
      "At the ceremony, which was held at the Quinta Palace in Lima, an MoU on fisheries was "
      "signed by Foreign Minister Luis Prado of Peru and by Foreign Minister Mia Lund of Chile.\n");
  const ExtractedNode* ceremony = NodeNamedLike("meeting", "signing ceremony");
  ASSERT_NE(ceremony, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", ceremony->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "attended", ceremony->name)) << Dump();
  EXPECT_TRUE(HasEdge("Luis Prado", "signed", "MoU on fisheries")) << Dump();
  // "which was held at the Quinta Palace": the place after "at the".
  EXPECT_TRUE(HasEdge(ceremony->name, "held_in", "Quinta Palace")) << Dump();
}

// A body that opens a meeting's name takes part in it.
TEST_F(ExtractorTest, BodyThatOpensAMeetingsNameTakesPartInIt) {
  Extract(
      "Summit\nMar 4, 2025\n"
      "Leaders gathered in Lima on Monday for the Mercosur summit.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Mercosur");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Mercosur", "participant", summit->name)) << Dump();
}

// A family name in capitals is the surname ("TAKEDA Hiroshi"); "is to meet" is a plan, so
// "on Monday" is the coming Monday.
TEST_F(ExtractorTest, CapitalisedFamilyNameAndAnArrangedMeeting) {
  Extract(
      "Trip\nSunday, Oct 18, 2020\n"
      "Japanese Prime Minister TAKEDA Hiroshi flew out of Osaka on Sunday.\n"
      "He is to meet the Thai Prime Minister, Somchai Rattana, in Bangkok on Monday.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "Somchai Rattana");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_EQ(talks->name.rfind("Takeda's", 0), 0u) << Dump();
  EXPECT_EQ(talks->date, "2020-10-19") << Dump();
}

// A story that names an instrument, then refers back to it ("agreed on the framework"), dates its
// meeting by "Wednesday's session", and gives two predicates of one subject ("pledged to ... and
// signed a memorandum ..."): three agreements, each once, each reached at the commission.
TEST_F(ExtractorTest, AgreementsReferredBackToAndTwoPredicatesOfOneSubject) {
  Extract(
      "Peru and Ghana agree framework\nFeb 22, 2024\n"
      "Lima — A strategic framework for cooperation on fisheries has been concluded between Peru and Ghana.\n"
      "Both sides agreed on the framework at their 4th Peru-Ghana Joint Commission in Lima.\n"
      "At Wednesday's session Foreign Minister Ana Souza co-chaired the commission with Ghana's Foreign Minister Kofi Mensah.\n"
      "Peru and Ghana also pledged to expand commerce and signed a memorandum of understanding spanning four areas.\n");
  std::vector<std::string> agreements;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "agreement") agreements.push_back(n.name);
  }
  std::sort(agreements.begin(), agreements.end());
  EXPECT_EQ(agreements, (std::vector<std::string>{"expand commerce",
                                                  "memorandum of understanding spanning four areas",
                                                  "strategic framework for cooperation on fisheries"}))
      << Dump();
  const ExtractedNode* commission = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") commission = &n;
  }
  ASSERT_NE(commission, nullptr) << Dump();
  EXPECT_EQ(commission->date, "2024-02-21") << Dump();  // Wednesday before Thursday the 22nd
  size_t agreed_at = 0, cochairs = 0, peru_parties = 0;
  for (const auto& e : graph_.edges) {
    agreed_at += e.relation == "agreed_at" && &graph_.nodes[e.target] == commission;
    cochairs += e.relation == "cochaired" && &graph_.nodes[e.target] == commission;
    peru_parties += e.relation == "party_to" && graph_.nodes[e.source].name == "Peru";
  }
  EXPECT_EQ(agreed_at, 3u) << Dump();
  EXPECT_EQ(cochairs, 2u) << Dump();  // Souza and Mensah, the partner after "with"
  EXPECT_EQ(peru_parties, 3u) << Dump();
}

// A place after the talks' mention belongs to them unless the words between show it is a
// subject of the talks ("are the crisis in Haiti") or another event's ("ahead of ... in Rome").
TEST_F(ExtractorTest, PlaceThatIsATopicOfTheTalksDoesNotHoldThem) {
  Extract(
      "Talks in Lisbon\nMar 4, 2025\n"
      "Foreign Minister Ana Souza held talks with Foreign Minister Karl Brandt in Lisbon on Monday.\n"
      "Their agenda took in trade and the crisis in Haiti.\n"
      "The talks come ahead of a conference to be held in Rome in May.\n");
  std::set<std::string> places;
  for (const auto& e : graph_.edges) {
    if (e.relation == "held_in") places.insert(graph_.nodes[e.target].name);
  }
  EXPECT_EQ(places, (std::set<std::string>{"Lisbon"})) << Dump();
}

// "Latin American" is a region's adjective: no United States, and no official said to represent
// it; "South Korean" (a demonym the gazetteer lists whole) still names its country.
TEST_F(ExtractorTest, RegionAdjectiveIsNoCountry) {
  Extract(
      "Visit\nMar 4, 2025\n"
      "Foreign Minister Ana Souza held talks in Santiago with the leaders of the Latin American country.\n"
      "She later met South Korean Foreign Minister Park Min-ho.\n");
  EXPECT_EQ(Find("country", "United States"), nullptr) << Dump();
  EXPECT_NE(Find("country", "South Korea"), nullptr) << Dump();
}

// A place fronted before the first comma ("In Lisbon on Thursday, ...") holds the meeting the
// clause names, however far; a place nearer the meeting wins over it.
TEST_F(ExtractorTest, FrontedPlaceHoldsTheMeetingOfItsClause) {
  Extract(
      "Talks\nMar 6, 2025\n"
      "In Lisbon on Thursday, Ana Souza and Karl Brandt, Portugal's Foreign Minister and Defence Minister respectively, held the second Portugal-Brazil 2+2 Ministerial Meeting.\n"
      "In March, Olu Adeyemi and Lena Berg held the first Nigeria-Sweden Joint Commission in Abuja.\n");
  std::set<std::pair<std::string, std::string>> held;
  for (const auto& e : graph_.edges) {
    if (e.relation == "held_in") held.insert({graph_.nodes[e.source].name, graph_.nodes[e.target].name});
  }
  std::set<std::string> lisbon, abuja;
  for (const auto& [meeting, place] : held) (place == "Lisbon" ? lisbon : abuja).insert(meeting);
  ASSERT_EQ(lisbon.size(), 1u) << Dump();
  EXPECT_NE(lisbon.begin()->find("2+2"), std::string::npos) << Dump();
  ASSERT_EQ(abuja.size(), 1u) << Dump();
  EXPECT_NE(abuja.begin()->find("Joint Commission"), std::string::npos) << Dump();
}

// "here" is the dateline's place: "LISBON: ... ministers are here to attend the first round of ...".
TEST_F(ExtractorTest, HereIsTheDatelinesPlace) {
  Extract(
      "Talks\nMar 6, 2025\n"
      "Lisbon: Prime Minister Ana Souza said on Saturday that ties with Brazil were strong.\n"
      "Both Brazilian ministers are here to attend the first round of the Portugal-Brazil Dialogue on Trade.\n");
  std::set<std::string> places;
  for (const auto& e : graph_.edges) {
    if (e.relation == "held_in") places.insert(graph_.nodes[e.target].name);
  }
  EXPECT_EQ(places, (std::set<std::string>{"Lisbon"})) << Dump();
}

// "the signing of the agreement in Lisbon" after a named accord: the agreement is that accord,
// signed at an occasion held in Lisbon; "who signed the agreement together with B": both sign.
TEST_F(ExtractorTest, TheAgreementRefersToTheStorysLatestInstrument) {
  Extract(
      "Accord\nMar 6, 2025\n"
      "Portugal and Brazil concluded the Lisbon Water Accord on Thursday.\n"
      "President Ana Souza attended the signing of the agreement in Lisbon.\n"
      "Minister Karl Brandt, who signed the agreement together with Brazil's Foreign Minister, Olu Mendes, spoke first.\n");
  const ExtractedNode* accord = Find("agreement", "Lisbon Water Accord");
  ASSERT_NE(accord, nullptr) << Dump();
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(signing->name, "held_in", "Lisbon")) << Dump();
  EXPECT_TRUE(HasEdge("Lisbon Water Accord", "agreed_at", signing->name)) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Lisbon Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Olu Mendes", "signed", "Lisbon Water Accord")) << Dump();
  int agreements = 0;
  for (const auto& n : graph_.nodes) agreements += n.kind == "agreement";
  EXPECT_EQ(agreements, 1) << Dump();
}

// A story about the G7 ministers, then a sentence listing mostly G7 countries without naming
// the G7: they are its members; a list of countries outside it is not.
TEST_F(ExtractorTest, CountriesListedInAGroupingsStoryAreItsMembers) {
  Extract(
      "Ministers meet\nApr 17, 2023\n"
      "The G7 foreign ministers met in Lisbon on Sunday.\n"
      "The ministers of Canada, France, Germany and Italy, together with the European Union, denounced the missile launches.\n"
      "Peru, Chile and Brazil sent observers.\n"
      "Japan taxed steel from the United Kingdom and from the United States, citing the United States twice.\n");
  EXPECT_FALSE(HasEdge("Japan", "member_of", "Group of Seven")) << Dump();
  for (const char* member : {"Canada", "France", "Germany", "Italy"}) {
    EXPECT_TRUE(HasEdge(member, "member_of", "Group of Seven")) << member << "\n" << Dump();
  }
  for (const char* other : {"European Union", "Peru", "Chile", "Brazil"}) {
    EXPECT_FALSE(HasEdge(other, "member_of", "Group of Seven")) << other << "\n" << Dump();
  }
}

// "exchanged views during the talks", "was accompanied by": the people take part in the meeting.
TEST_F(ExtractorTest, ExchangingViewsAndAccompanyingAreTakingPart) {
  Extract(
      "Commission\nMar 6, 2025\n"
      "Portugal and Brazil held the 5th Portugal-Brazil Joint Commission in Lisbon on Monday.\n"
      "During the commission, Foreign Minister Ana Souza and Minister Karl Brandt exchanged views on trade.\n"
      "At the 5th Portugal-Brazil Joint Commission, Minister Karl Brandt was accompanied by Deputy Minister Lena Berg.\n");
  const ExtractedNode* commission = NodeNamedLike("meeting", "Joint Commission");
  ASSERT_NE(commission, nullptr) << Dump();
  for (const char* who : {"Ana Souza", "Karl Brandt", "Lena Berg"}) {
    EXPECT_TRUE(HasEdge(who, "attended", commission->name)) << who << "\n" << Dump();
  }
}

// The gazetteer lists "Nürnberg" as a name of Nuremberg, and nothing spelled "Nurnberg".
TEST_F(ExtractorTest, PlaceWrittenWithoutItsAccentIsTheGazetteerPlace) {
  Extract(
      "Headline\nMar 4, 2025\n"
      "Polish Foreign Minister Radosław Sikorski held talks in Nurnberg on Monday.\n");
  EXPECT_NE(Find("place", "Nuremberg"), nullptr) << Dump();
}

// Two documents, one writing the name with its diacritics and one without: one node in a store.
TEST_F(ExtractorTest, NameWithoutDiacriticsJoinsTheStoredNode) {
  testing::TempDir dir;
  auto opened = Store::Open(dir.File("unicode.db"));
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  auto& store = *opened;
  Extract(
      "Leaders meet in Ankara\nMar 4, 2025\n"
      "Turkish President Recep Tayyip Erdoğan met Polish Foreign Minister Radosław Sikorski "
      "in Ankara on Monday.\n");
  ASSERT_TRUE(store->ImportDocument(source_.document, graph_).ok());
  auto accented = store->FindByName("Recep Tayyip Erdoğan");
  ASSERT_TRUE(accented.ok());
  ASSERT_EQ(accented->size(), 1u);

  Extract(
      "Trade talks\nMar 6, 2025\n"
      "President Recep Tayyip Erdogan told reporters in Ankara on Wednesday that Turkey and "
      "Poland would deepen trade ties.\n");
  ASSERT_NE(Find("official", "Recep Tayyip Erdogan"), nullptr) << Dump();
  auto report = store->ImportDocument(source_.document, graph_);
  ASSERT_TRUE(report.ok()) << report.status().message();
  auto plain = store->FindByName("Recep Tayyip Erdogan");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(*plain, *accented);
  auto graph = store->LoadGraph();
  ASSERT_TRUE(graph.ok());
  int officials = 0;
  for (const auto& n : graph->nodes) officials += n.kind == "official";
  EXPECT_EQ(officials, 2) << "Erdoğan, Erdogan and Sikorski are two people";
}

}  // namespace
}  // namespace dkg

namespace dkg {
namespace {

// An HTML press release of our own making: the page's main text goes through the same pipeline.
TEST(HtmlExtractionTest, PressReleasePageGivesItsCochairs) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Ministry of Foreign Affairs | Press</title>"
      "<meta property=\"article:published_time\" content=\"2025-03-04T09:00:00Z\">"
      "<script>trackPageView();</script></head><body>"
      "<nav><a href=\"/\">Home</a> | <a href=\"/press\">Press releases</a></nav>"
      "<article><h1>Brazil and Kenya hold first Dialogue on Trade</h1>"
      "<p>Brazil and Kenya held the first round of a Dialogue on Trade in Nairobi on "
      "Monday.</p>"
      "<p>The talks were co-chaired by Brazil's Foreign Minister, Ana Souza, and Kenya's "
      "Principal Secretary, Ministry of Foreign Affairs, John Kamau.</p></article>"
      "<footer>&copy; Ministry</footer></body></html>";
  auto doc = ParseHtmlDocument(html, "press-release.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->document.date, "2025-03-04");
  auto extractor = Extractor::Create();
  ASSERT_TRUE(extractor.ok());
  ExtractedGraph g = extractor.value()->Extract(doc.value());
  std::set<std::string> cochairs;
  std::string meeting;
  for (const auto& e : g.edges) {
    if (e.relation != "cochaired") continue;
    cochairs.insert(g.nodes[e.source].name);
    meeting = g.nodes[e.target].name;
    // Offsets refer to the stored (extracted) text.
    const auto& ev = e.evidence.front();
    EXPECT_NE(
        doc->document.text.substr(ev.span.start, ev.span.end - ev.span.start).find("co-chaired"),
        std::string::npos);
  }
  EXPECT_EQ(cochairs, (std::set<std::string>{"Ana Souza", "John Kamau"}));
  EXPECT_NE(meeting.find("first round"), std::string::npos) << meeting;
}


// "European Commission President A": an office that is a seat of one body (titles.tsv, column
// body) makes its holder a member of that body, an EU institution part of the EU.
TEST_F(ExtractorTest, AnOfficeOfOneBodyMakesItsHolderAMember) {
  Extract(
      "Trade deal\nMar 3, 2025\n"
      "European Commission President Ana Souza welcomed the vote of the European Union on Monday.\n"
      "UN Secretary-General Lars Berg also welcomed it.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "member_of", "European Commission")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "represents", "European Union")) << Dump();
  EXPECT_TRUE(HasEdge("European Commission", "part_of", "European Union")) << Dump();
  EXPECT_TRUE(HasEdge("Lars Berg", "member_of", "United Nations")) << Dump();
  EXPECT_FALSE(HasEdge("Lars Berg", "member_of", "European Commission")) << Dump();
}

// A body's name begins after a person's: "Commission President Ana Souza and Council of Europe
// Secretary General Karl Brandt" holds no body "... Ana Souza and Council of Europe". A ministry
// named with its country at the end ("Ministry of Culture of Chile") is part of that country.
TEST_F(ExtractorTest, BodyNamesStopAtPeopleAndKeepTheirCountry) {
  Extract(
      "Ministers meet\nMar 3, 2025\n"
      "European Commission President Ana Souza and Council of Europe Secretary General Karl Brandt attended.\n"
      "The Ministry of Culture of Chile said the exhibition would open in May.\n");
  ASSERT_NE(Find("organization", "Council of Europe"), nullptr) << Dump();
  for (const auto& n : graph_.nodes) {
    EXPECT_EQ(n.name.find("Souza and"), std::string::npos) << Dump();
  }
  EXPECT_TRUE(HasEdge("Ministry of Culture of Chile", "part_of", "Chile")) << Dump();
}

// "a free trade agreement" signed by two countries is named after them: the words of its kind
// alone would make one node of every story's free trade agreement in a store.
TEST_F(ExtractorTest, AnAgreementNamedByItsKindIsNamedAfterItsParties) {
  Extract(
      "Deal signed\nMar 3, 2025\n"
      "Chile and Norway signed a free trade agreement in Oslo on Monday.\n");
  const ExtractedNode* deal = Find("agreement", "Chile-Norway free trade agreement");
  ASSERT_NE(deal, nullptr) << Dump();
  // Not kept as an alias: a store would join every story's "free trade agreement" to it.
  EXPECT_EQ(std::find(deal->aliases.begin(), deal->aliases.end(), "free trade agreement"), deal->aliases.end());
  Extract(
      "Deal signed\nMar 9, 2025\n"
      "Chile and Norway signed the Water Accord in Oslo on Monday.\n");
  EXPECT_NE(Find("agreement", "Water Accord"), nullptr) << Dump();
}

// "the Chilean parliament", "Peru's foreign ministry", "the Indian embassy in Lima": a body of
// the country named before it (lexicon country_body), part of that country, named "Parliament of
// Chile" with the text's words as an alias and never the bare "parliament".
TEST_F(ExtractorTest, ACountrysBodyNamedByCommonWordsIsPartOfIt) {
  Extract(
      "Vote on the deal\nMar 3, 2025\n"
      "The Chilean parliament will vote on the deal, Peru's foreign ministry said on Monday.\n"
      "The Afghan ministry of Trade and the Indian embassy in Lima welcomed it.\n"
      "Ana Souza said the parliament would decide.\n");
  const ExtractedNode* parliament = Find("organization", "Parliament of Chile");
  ASSERT_NE(parliament, nullptr) << Dump();
  EXPECT_NE(std::find(parliament->aliases.begin(), parliament->aliases.end(), "Chilean parliament"),
            parliament->aliases.end());
  EXPECT_EQ(std::find(parliament->aliases.begin(), parliament->aliases.end(), "parliament"), parliament->aliases.end());
  EXPECT_TRUE(HasEdge("Parliament of Chile", "part_of", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs of Peru", "part_of", "Peru")) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Trade of Afghanistan", "part_of", "Afghanistan")) << Dump();
  EXPECT_TRUE(HasEdge("Embassy of India in Lima", "part_of", "India")) << Dump();
  size_t bodies = 0;
  for (const auto& n : graph_.nodes) bodies += n.kind == "organization";
  EXPECT_EQ(bodies, 4u) << Dump();
}

// A visit to a country is held in the cities that sentences about its visitor name after a
// locative, by name or as "his" while the story follows him; a city in another sentence is not.
// "On Thursday Brandt": a weekday before a surname is not a given name.
TEST_F(ExtractorTest, AVisitIsHeldInTheCitiesItsVisitorGoesTo) {
  Extract(
      "King to visit Spain\nMar 3, 2025\n"
      "King Karl Brandt of Norway will pay a state visit to Spain next week, the palace said on Monday.\n"
      "His visit will take him to Madrid and to the northern city of Bilbao, where trade is on the agenda.\n"
      "On Thursday Brandt will travel to Seville.\n"
      "Spain's first railway was opened in Barcelona long ago, a historian said.\n"
      "Brandt, who was in Valencia in 2019 as a tourist, said he hopes to see Granada one day.\n"
      "He received a delegation of mayors from Zaragoza and said the Norwegian consulate in Malaga would open.\n");
  const ExtractedNode* visit = NodeNamedLike("meeting", "visit");
  ASSERT_NE(visit, nullptr) << Dump();
  for (const char* city : {"Madrid", "Bilbao", "Seville"}) {
    EXPECT_TRUE(HasEdge(visit->name, "held_in", city)) << city << "\n" << Dump();
  }
  for (const char* elsewhere : {"Barcelona", "Valencia", "Granada", "Zaragoza", "Málaga"}) {
    EXPECT_FALSE(HasEdge(visit->name, "held_in", elsewhere)) << elsewhere << "\n" << Dump();
  }
  EXPECT_FALSE(HasEdge(visit->name, "held_in", "Spain")) << Dump();
}

// "Abdel Fattah el-Sisi": a particle joined to the surname by a hyphen is inside the name.
TEST_F(ExtractorTest, AParticleJoinedByAHyphenIsInsideTheName) {
  Extract(
      "Leaders talk\nMay 3, 2025\n"
      "President Omar Hassan el-Masri of Egypt spoke with President Ana Souza of Brazil on Monday.\n"
      "President El-Masri said trade would grow.\n");
  const ExtractedNode* masri = Find("official", "Omar Hassan el-Masri");
  ASSERT_NE(masri, nullptr) << Dump();
  EXPECT_EQ(Find("official", "Omar Hassan"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "El-Masri"), nullptr) << Dump();
}

// A numbered meeting the lead reports in the past with no date of its own took place on the
// story's day; one in a later paragraph, or in the future, gets no date from the story.
TEST_F(ExtractorTest, AMeetingTheLeadReportsHasTheStorysDate) {
  Extract(
      "Summit ends\nNov 15, 2025\n"
      "Leaders of Peru and Chile met in Lima on Saturday.\n"
      "The pact was signed after the 4th Andean Pacific Summit, with the leaders present.\n"
      "Trade grew by a tenth.\n"
      "Exports rose again.\n"
      "The 5th Andean Pacific Forum will be held in Quito.\n"
      "The 3rd Andean Pacific Forum was praised by both.\n");
  const ExtractedNode* summit = nullptr;
  const ExtractedNode* forum = nullptr;
  const ExtractedNode* third = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "meeting") continue;
    if (n.name.find("4th Andean Pacific Summit") != std::string::npos) summit = &n;
    if (n.name.find("5th Andean Pacific Forum") != std::string::npos) forum = &n;
    if (n.name.find("3rd Andean Pacific Forum") != std::string::npos) third = &n;
  }
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_EQ(summit->date, "2025-11-15") << Dump();
  ASSERT_NE(forum, nullptr) << Dump();
  EXPECT_EQ(forum->date, "") << Dump();
  ASSERT_NE(third, nullptr) << Dump();
  EXPECT_EQ(third->date, "") << Dump();

  // Only the story's own meeting: not one where two people "first met", nor one they are
  // preparing for or that is expected.
  Extract(
      "Ministers meet\nApr 10, 2024\n"
      "Foreign Minister Ana Souza met Foreign Minister Karl Brandt in Lima on Wednesday.\n"
      "The two ministers first met at the Andean Summit in Cuenca.\n"
      "Both are preparing for the Pacific Leaders' Meeting in Quito, and the Amazon Summit is expected in Manaus.\n");
  for (const auto& n : graph_.nodes) {
    const bool later = n.name.find("Summit") != std::string::npos || n.name.find("Leaders") != std::string::npos;
    if (n.kind == "meeting" && later) {
      EXPECT_EQ(n.date, "") << n.name << "\n" << Dump();
    }
  }
}

// The bodies a series' name holds are its sides: the 46th ASEAN Summit is not a round of the
// ASEAN-GCC Summit, though every word of its name is in the other's.
TEST_F(ExtractorTest, SeriesNamedWithDifferentBodiesStayApart) {
  Extract(
      "Leaders gather\nMay 25, 2025\n"
      "Leaders arrived in Kuala Lumpur for the second ASEAN-GCC Summit.\n"
      "It runs alongside the 46th ASEAN Summit, the ministry said.\n");
  size_t dialogues = 0;
  for (const auto& n : graph_.nodes) dialogues += n.kind == "dialogue";
  EXPECT_EQ(dialogues, 2u) << Dump();
  for (const auto& e : graph_.edges) {
    if (e.relation != "round_of") continue;
    const std::string& meeting = graph_.nodes[e.source].name;
    const std::string& series = graph_.nodes[e.target].name;
    EXPECT_EQ(meeting.find("GCC") == std::string::npos, series.find("GCC") == std::string::npos) << Dump();
  }
}

// Bodies named as a meeting's sides take part in it: "the joint EAC-SADC Summit".
TEST_F(ExtractorTest, BodiesNamedAsAMeetingsSidesTakePart) {
  Extract(
      "Summit opens\nMay 25, 2025\n"
      "Leaders opened the joint EAC-SADC Summit in Nairobi on Sunday.\n");
  const ExtractedNode* summit = nullptr;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting") summit = &n;
  }
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("East African Community", "participant", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Southern African Development Community", "participant", summit->name)) << Dump();
}

// "Peru had hosted the first summit in Cusco": a numbered edition of the series in focus,
// whose name has the same head; "the first meeting of the two presidents" is not one of a summit.
TEST_F(ExtractorTest, ANumberedEditionIsARoundOfTheSeriesInFocus) {
  Extract(
      "Leaders meet in Lima\nJun 17, 2025\n"
      "The second Peru-Chile Summit opened in Lima on Tuesday.\n"
      "Peru had hosted the first summit in Cusco from May 18 to 19, 2023.\n"
      "The first meeting of the two presidents had been in 2019.\n");
  const ExtractedNode* first = Find("meeting", "first Peru-Chile Summit");
  ASSERT_NE(first, nullptr) << Dump();
  EXPECT_EQ(first->date, "2023-05-18") << Dump();
  EXPECT_TRUE(HasEdge("first Peru-Chile Summit", "round_of", "Peru-Chile Summit")) << Dump();
  EXPECT_TRUE(HasEdge("first Peru-Chile Summit", "held_in", "Cusco")) << Dump();
  EXPECT_TRUE(HasEdge("second Peru-Chile Summit", "follows", "first Peru-Chile Summit")) << Dump();
  size_t meetings = 0;
  for (const auto& n : graph_.nodes) meetings += n.kind == "meeting";
  EXPECT_EQ(meetings, 2u) << Dump();
}

// "the Agreement Concerning the Boundary Waters": a capitalised connector goes on over "the".
TEST_F(ExtractorTest, ACapitalisedConnectorContinuesAnAgreementsName) {
  Extract(
      "Pact signed\nMar 3, 2025\n"
      "Peru and Chile signed the Agreement Concerning the Boundary Waters in Lima on Monday.\n");
  EXPECT_NE(Find("agreement", "Agreement Concerning the Boundary Waters"), nullptr) << Dump();
  EXPECT_EQ(Find("agreement", "Agreement Concerning"), nullptr) << Dump();
}

// "the two ministers signed": the two people holding roles at the meeting in focus sign.
TEST_F(ExtractorTest, TheTwoWhoMetSignWhatTheTwoMinistersSigned) {
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "Foreign Minister Ana Souza held talks with Foreign Minister Karl Brandt in Lima on Monday.\n"
      "After the talks the two ministers signed the Water Accord.\n");
  EXPECT_TRUE(HasEdge("Ana Souza", "signed", "Water Accord")) << Dump();
  EXPECT_TRUE(HasEdge("Karl Brandt", "signed", "Water Accord")) << Dump();
  // Three met: the text has not said which two signed.
  Extract(
      "Ministers meet\nMar 4, 2025\n"
      "Foreign Minister Ana Souza held talks with Foreign Minister Karl Brandt and Trade Minister Eva Lind "
      "in Lima on Monday.\n"
      "After the talks the two ministers signed the Water Accord.\n");
  EXPECT_FALSE(HasEdge("Ana Souza", "signed", "Water Accord")) << Dump();
  EXPECT_FALSE(HasEdge("Eva Lind", "signed", "Water Accord")) << Dump();
}

// Receiving a guest at a named summit is hosting a meeting on its sidelines, not chairing the
// summit; receiving one for a dialogue is hosting (chairing) it.
TEST_F(ExtractorTest, ReceivingAGuestAtASummitIsNotChairingIt) {
  Extract(
      "Leaders meet\nNov 18, 2024\n"
      "Chancellor Ana Souza received Prime Minister Karl Brandt at the 5th Andean Summit on Monday.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Andean Summit");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_FALSE(HasEdge("Ana Souza", "chaired", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Ana Souza", "attended", summit->name)) << Dump();
  Extract(
      "Dialogue\nNov 18, 2024\n"
      "Foreign Minister Ana Souza received Foreign Minister Karl Brandt for the inaugural Peru-Chile Strategic Dialogue.\n");
  bool chaired = false;
  for (const auto& n : graph_.nodes) {
    if (n.kind == "meeting" && n.name.find("Strategic Dialogue") != std::string::npos) chaired = HasEdge("Ana Souza", "chaired", n.name);
  }
  EXPECT_TRUE(chaired) << Dump();
}

// Three stories' fisheries agreements stay three nodes in one store: one with a single party
// keeps the generic name, the others are named after their parties.
TEST_F(ExtractorTest, GenericAgreementsOfThreeStoriesStayApartInAStore) {
  const std::vector<std::string> stories = {
      "Ecuador signs\nMar 3, 2025\nEcuador signed a fisheries agreement in Quito on Monday.\n",
      "Chile and Peru sign\nMar 4, 2025\nChile and Peru signed a fisheries agreement in Lima on Tuesday.\n",
      "Colombia and Panama sign\nMar 5, 2025\nColombia and Panama signed a fisheries agreement in Bogota on Wednesday.\n"};
  EXPECT_EQ(KindCountInOneStore(stories, "agreement"), 3);
}

}  // namespace
}  // namespace dkg
