// h168: names fresh reporting uses that no gazetteer holds: people with hyphenated given names
// after a portfolio, gazetteer places spelt without their diacritics, lists of places before a
// plural place word, a traveller's next stop, venues whose name opens with the venue word or holds
// a possessive, bodies with a new head word, and bodies defined with an acronym in brackets.
// Each rule on a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractNames168Test : public ExtractFixture {};

// "Vice-President for Regional Development Jean-Luc Ouattara": a hyphenated given name after the
// office's portfolio is the name, whole; with a plain given name it already was.
TEST_F(ExtractNames168Test, HyphenatedGivenNameAfterAPortfolio) {
  Extract(
      "Loan signed\n"
      "Mar 5, 2027\n"
      "AfDB Vice-President for Regional Development Jean-Luc Ouattara signed the loan in Accra on "
      "Monday.\n");
  EXPECT_NE(Find("official", "Jean-Luc Ouattara"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "Development"), nullptr) << Dump();
}

// "Reykjavik" for the gazetteer's "Reykjavík": the place is named as the story spells it; a
// difference of case alone ("the Gaza strip") and a dateline's capitals keep the gazetteer's name.
TEST_F(ExtractNames168Test, PlaceNamedAsTheStorySpellsItsDiacritics) {
  Extract(
      "Ministers meet\n"
      "Mar 5, 2027\n"
      "Foreign Minister Ana Souza of Peru travelled to Reykjavik on Monday.\n");
  EXPECT_NE(Find("place", "Reykjavik"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Reykjavík"), nullptr) << Dump();
  Extract(
      "Ministers meet\n"
      "CHISINAU, Mar 5, 2027 - Foreign Minister Ana Souza of Peru arrived on Monday.\n");
  EXPECT_NE(Find("place", "Chișinău"), nullptr) << Dump();
}

// "in the Volta and Ashanti regions": names before a plural place word (place_opener of value
// places_after) are one place each; a single name, or words of a ministry's units, are none.
TEST_F(ExtractNames168Test, ListOfNamesBeforeAPluralPlaceWord) {
  Extract(
      "Wells for schools\n"
      "Mar 5, 2027\n"
      "The project will build wells for 300 schools in the Tolon and Kumbungu districts of Ghana.\n");
  EXPECT_NE(Find("place", "Tolon"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Kumbungu"), nullptr) << Dump();
  Extract(
      "Wells for schools\n"
      "Mar 5, 2027\n"
      "Officials of the Trade and Energy departments met on Monday.\n");
  EXPECT_EQ(NodeNamedLike("place", "Trade"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("place", "Energy"), nullptr) << Dump();
}

// "will travel to Kpandu, where ...": an unknown town after a travel verb and "to", up to the
// clause's end, is a place; a capitalised word a headline puts there is none.
TEST_F(ExtractNames168Test, TownAfterATravelVerb) {
  Extract(
      "Minister tours the north\n"
      "Mar 5, 2027\n"
      "Foreign Minister Ana Souza of Peru met President Kofi Mensah of Ghana in Accra on Monday. "
      "On Thursday she will travel to Kpandu, where she will open a clinic.\n");
  EXPECT_NE(Find("place", "Kpandu"), nullptr) << Dump();
  Extract(
      "Minister Travels To Kpandu\n"
      "Mar 5, 2027\n"
      "Foreign Minister Ana Souza of Peru met President Kofi Mensah of Ghana in Accra.\n");
  EXPECT_EQ(Find("place", "Kpandu"), nullptr) << Dump();
}

// "will host next year's Leaders Meeting in Airai.": an unknown town after a capitalised meeting
// head and "in", up to the clause's end, is a place; a lower-case "meeting in" is not enough.
TEST_F(ExtractNames168Test, TownAfterANamedMeeting) {
  Extract(
      "Leaders meet\n"
      "Mar 5, 2027\n"
      "Leaders agreed that Palau will host next year's Leaders Meeting in Airai.\n");
  EXPECT_NE(Find("place", "Airai"), nullptr) << Dump();
  Extract(
      "Leaders meet\n"
      "Mar 5, 2027\n"
      "Leaders agreed to hold a meeting in Good Faith.\n");
  EXPECT_EQ(NodeNamedLike("place", "Faith"), nullptr) << Dump();
}

// "talks at Auberge de Castille", "at the Casa Amarilla": a venue word that opens the name
// (venue_head of value leading) makes a place; inside a person's name it does not.
TEST_F(ExtractNames168Test, VenueWordOpeningTheName) {
  Extract(
      "Talks in Lima\n"
      "Mar 5, 2027\n"
      "Foreign Minister Ana Souza of Peru received Foreign Minister Omar Haddad of Jordan at the "
      "Palacio Torre Tagle in Lima on Monday, and they later dined at Quinta de Presa.\n");
  EXPECT_NE(Find("place", "Palacio Torre Tagle"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Quinta de Presa"), nullptr) << Dump();
  Extract(
      "Talks in Lima\n"
      "Mar 5, 2027\n"
      "Foreign Minister Lucia Casa Mendes of Peru met Foreign Minister Omar Haddad of Jordan.\n");
  EXPECT_EQ(NodeNamedLike("place", "Casa"), nullptr) << Dump();
}

// "the Grandmaster's Palace": a possessive inside a venue's name after "the"; a country's
// possessive stays the country's ("Ghana's Jubilee House").
TEST_F(ExtractNames168Test, PossessiveInsideAVenueName) {
  Extract(
      "Talks in Valletta\n"
      "Mar 5, 2027\n"
      "President Kofi Mensah of Ghana was received at the Harbourmaster's Palace in Valletta.\n");
  EXPECT_NE(Find("place", "Harbourmaster's Palace"), nullptr) << Dump();
  Extract(
      "Talks in Accra\n"
      "Mar 5, 2027\n"
      "Foreign Minister Ana Souza of Peru was received at Ghana's Jubilee House in Accra.\n");
  EXPECT_EQ(NodeNamedLike("place", "Ghana's"), nullptr) << Dump();
}

// "the National Ports Authority": "Authority", "Board", "Court" ... head a body's name, and a
// director of such a body, named after a comma, is its official.
TEST_F(ExtractNames168Test, BodiesHeadedByAuthorityOrBoard) {
  Extract(
      "Port deal\n"
      "Mar 5, 2027\n"
      "Ghana's director of the National Ports Authority, Kofi Mensah, met the Coffee Export Board "
      "on Monday.\n");
  EXPECT_NE(Find("organization", "National Ports Authority"), nullptr) << Dump();
  EXPECT_NE(Find("organization", "Coffee Export Board"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Kofi Mensah"), nullptr) << Dump();
}

// "the West Sahel Water Authority (WSWA)": the acronym alone later is the same body; an acronym
// in brackets after a longer phrase names the body its initials spell ("(ECCAS)" the Community,
// not the Council of its ministers); letters that spell no words define nothing.
TEST_F(ExtractNames168Test, BodyDefinedWithAnAcronymInBrackets) {
  Extract(
      "Water body meets\n"
      "Mar 5, 2027\n"
      "The West Sahel Water Authority (WSWA) will fund the wells. WSWA engineers arrive in Accra "
      "on Monday.\n"
      "The Council of Ministers of the Economic Community of Central African States (ECCAS) met "
      "in Accra, and ECCAS envoys stayed on.\n");
  const ExtractedNode* water = Find("organization", "West Sahel Water Authority");
  ASSERT_NE(water, nullptr) << Dump();
  EXPECT_EQ(water->mentions.size(), 3u) << Dump();
  EXPECT_EQ(Find("organization", "WSWA"), nullptr) << Dump();
  EXPECT_NE(Find("organization", "Economic Community of Central African States"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "ECCAS"), nullptr) << Dump();
  Extract(
      "Water body meets\n"
      "Mar 5, 2027\n"
      "The West Sahel Water Authority (WHO) will fund the wells.\n");
  const ExtractedNode* other = Find("organization", "West Sahel Water Authority");
  ASSERT_NE(other, nullptr) << Dump();
  EXPECT_EQ(other->mentions.size(), 1u) << Dump();
}

// "Foreign Minister محمد علي": a name in a script with no capitals after a title is the
// official's name, as a capitalised Latin one is; an English word after the title is none.
TEST_F(ExtractNames168Test, NameInACaselessScriptAfterATitle) {
  Extract(
      "Ministers meet\n"
      "Mar 5, 2027\n"
      "Egyptian Foreign Minister \xD8\xB3\xD8\xA7\xD9\x85\xD9\x8A \xD8\xAD\xD8\xB3\xD9\x86 met "
      "Foreign Minister Ana Souza of Peru in Lima on Monday.\n");
  const ExtractedNode* sami = Find("official", "\xD8\xB3\xD8\xA7\xD9\x85\xD9\x8A \xD8\xAD\xD8\xB3\xD9\x86");
  ASSERT_NE(sami, nullptr) << Dump();
  EXPECT_TRUE(HasEdge(sami->name, "represents", "Egypt")) << Dump();
  EXPECT_NE(Find("official", "Ana Souza"), nullptr) << Dump();
}

// "Foreign Minister Аna Sоuza" typed with a Cyrillic "А" and "о": the Latin name, so "Souza" later
// is the same person; a name wholly in Cyrillic keeps its letters.
TEST_F(ExtractNames168Test, CyrillicLookalikesInsideALatinName) {
  Extract(
      "Ministers meet\n"
      "Mar 5, 2027\n"
      "Foreign Minister \xD0\x90na S\xD0\xBEuza of Peru met Russian Foreign Minister "
      "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9E\xD1\x80\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0 in Lima on "
      "Monday. Souza said the talks went well.\n");
  const ExtractedNode* souza = Find("official", "Ana Souza");
  ASSERT_NE(souza, nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "S\xD0\xBE"), nullptr) << Dump();
  EXPECT_NE(Find("official", "\xD0\x90\xD0\xBD\xD0\xBD\xD0\xB0 \xD0\x9E\xD1\x80\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0"), nullptr) << Dump();
  size_t officials = 0;
  for (const auto& n : graph_.nodes) officials += n.kind == "official" ? 1 : 0;
  EXPECT_EQ(officials, 2u) << Dump();
}

}  // namespace
}  // namespace dkg
