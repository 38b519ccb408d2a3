// Datelines, bylines and the names around them (h150), each on a story written for the test: a
// byline before the dateline ("By Anna Lee, 3 March 2026"), an acronym before a spaced dash that
// is no town, a town in capitals with letters beyond ASCII, typographic spaces around the
// dateline and a date the calendar does not have; and one node for a name written with and
// without its diacritics.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractDatelines150Test : public ExtractFixture {
 protected:
  // The talks of the stories below: a meeting read from the body, and "here" placing it where
  // the dateline says.
  static constexpr const char* kTalks =
      "Norwegian Foreign Minister Ola Berg met Chilean Foreign Minister Ana Soto on Monday. "
      "The talks here focused on fisheries.\n";

  bool HeldInBergen() const {
    const std::string meeting = Meeting();
    return !meeting.empty() && HasEdge(meeting, "held_in", "Bergen");
  }
};

// A byline on the line after the headline gives the story its date, and the dateline after it
// still reads: the meeting is dated from the byline's day and held where the dateline says.
TEST_F(ExtractDatelines150Test, ABylineWithADateDatesTheStoryAndKeepsTheDateline) {
  Extract(std::string("Norway and Chile hold talks\nBy Anna Lee, 3 March 2026\nBERGEN - ") +
          kTalks);
  EXPECT_EQ(DateOf("meeting"), "2026-03-02") << Dump();
  EXPECT_TRUE(HeldInBergen()) << Dump();
  EXPECT_EQ(Find("place", "Anna Lee"), nullptr) << Dump();
}

// A byline without a date, with or without an agency, between the date line and the dateline.
TEST_F(ExtractDatelines150Test, ABylineLineBeforeTheDatelineIsSkipped) {
  for (const char* byline :
       {"By Anna Lee\n", "By Anna Lee, Nordic Wire\n", "By A. Lee and Tor Dahl\n"}) {
    Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\n") + byline +
            "BERGEN, 2 March 2026 - " + kTalks);
    EXPECT_TRUE(HeldInBergen()) << byline << Dump();
    EXPECT_EQ(DateOf("meeting"), "2026-03-02") << byline << Dump();
  }
}

// "By Monday ..." opening a body sentence is no byline: the sentence is read.
TEST_F(ExtractDatelines150Test, ASentenceOpeningWithByIsNoByline) {
  Extract(
      "Norway and Chile hold talks\nMar 3, 2026\n"
      "By Monday, Norwegian Foreign Minister Ola Berg had met Chilean Foreign Minister Ana Soto in "
      "Bergen.\n");
  EXPECT_TRUE(HasEdge(Meeting(), "attended", "Ola Berg") || HasRole("Ola Berg", "attended"))
      << Dump();
}

// An acronym before a spaced dash is an agency or a body, not a town: three letters or fewer,
// no vowel, or written in capitals again in the story. A town in capitals still is a place.
TEST_F(ExtractDatelines150Test, AnAcronymBeforeADashIsNoPlace) {
  for (const char* opening : {"QWZ - ", "ABC - ", "NORPA - "}) {
    Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\n") + opening +
            "Norwegian Foreign Minister Ola Berg met Chilean Foreign Minister Ana Soto in Bergen "
            "on Monday, "
            "NORPA reported.\n");
    EXPECT_EQ(NodeNamedLike("place", "Qwz"), nullptr) << opening << Dump();
    EXPECT_EQ(NodeNamedLike("place", "Abc"), nullptr) << opening << Dump();
    EXPECT_EQ(NodeNamedLike("place", "Norpa"), nullptr) << opening << Dump();
    EXPECT_NE(Find("place", "Bergen"), nullptr) << opening << Dump();
  }
  Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\nSKJOLDVIKA - ") + kTalks);
  EXPECT_NE(Find("place", "Skjoldvika"), nullptr) << Dump();
}

// A town in capitals no gazetteer knows, with letters beyond ASCII, is a place named as prose
// names it; a known one is the gazetteer's.
TEST_F(ExtractDatelines150Test, ATownInCapitalsBeyondAsciiIsAPlace) {
  Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\nSØRVÅGSFJORD - ") + kTalks);
  EXPECT_NE(Find("place", "Sørvågsfjord"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge(Meeting(), "held_in", "Sørvågsfjord")) << Dump();
  Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\nTROMSØ, 2 March 2026 - ") +
          kTalks);
  EXPECT_NE(Find("place", "Tromsø"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge(Meeting(), "held_in", "Tromsø")) << Dump();
}

// An em space (or another typographic space) around the dateline reads as a space.
TEST_F(ExtractDatelines150Test, TypographicSpacesAroundTheDatelineReadAsSpaces) {
  for (const char* opening : {"BERGEN,\xe2\x80\x83"
                              "2 March 2026 - ",
                              "BERGEN\xe2\x80\x83- ", "BERGEN\xe2\x80\x82\xe2\x80\x94 ",
                              "BERGEN,\xe3\x80\x80"
                              "2 March 2026 - "}) {
    Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\n") + opening + kTalks);
    EXPECT_TRUE(HeldInBergen()) << opening << Dump();
  }
}

// A date the calendar does not have still ends the dateline: the place holds, the date is not read.
TEST_F(ExtractDatelines150Test, AnImpossibleDateKeepsTheDatelinesPlace) {
  Extract(std::string("Norway and Chile hold talks\nMar 3, 2026\nBERGEN, 31 February 2026 - ") +
          kTalks);
  EXPECT_TRUE(HeldInBergen()) << Dump();
  EXPECT_EQ(DateOf("meeting"), "2026-03-02") << Dump();
}

// A name written with and without its diacritics in one story is one node: a town, a person and
// a body.
TEST_F(ExtractDatelines150Test, ANameWithAndWithoutDiacriticsIsOneNode) {
  Extract(
      "Chile and Peru hold talks\nMar 3, 2026\n"
      "Chilean Foreign Minister José Núñez met Peruvian Foreign Minister Rosa Quispe in the town "
      "of Ñuñoa "
      "on Monday. The Ñuble Water Council welcomed the talks. Jose Nunez said the talks in the "
      "town of "
      "Nunoa were useful, and the Nuble Water Council agreed.\n");
  EXPECT_EQ(NamesOf("place"), "Ñuñoa\n") << Dump();
  EXPECT_EQ(NamesOf("official"), "José Núñez\nRosa Quispe\n") << Dump();
  EXPECT_EQ(NamesOf("organization"), "Ñuble Water Council\n") << Dump();
}

// A capital as the object of a verb said of governments stands for its country, no place where
// something was held; after "in" or "visited" it is the place.
TEST_F(ExtractDatelines150Test, ACapitalThankedIsItsGovernment) {
  Extract(
      "Chile and Peru hold talks\nMar 3, 2026\n"
      "Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Tomas Reyes in Lima on "
      "Monday. "
      "Vidal thanked Dublin for its support and urged Canberra to join the accord.\n");
  EXPECT_EQ(Find("place", "Dublin"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Canberra"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Ireland"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Lima"), nullptr) << Dump();
  Extract(
      "Chile and Ireland hold talks\nMar 3, 2026\n"
      "Chilean Foreign Minister Rosa Vidal visited Dublin on Monday and thanked her hosts.\n");
  EXPECT_NE(Find("place", "Dublin"), nullptr) << Dump();
}

// "the departments of A and B" names two places, each of its own; a ministry's units named so
// ("the departments of Protocol and Consular Affairs") and countries stay what they are.
TEST_F(ExtractDatelines150Test, ThePluralDepartmentsOfAListNameEachPlace) {
  Extract(
      "Chile and Peru sign a water programme\nMar 3, 2026\n"
      "The programme will fund water supply in the southern provinces of Valdoria, Quenmar and "
      "Ostervik.\n");
  EXPECT_NE(Find("place", "Valdoria"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Quenmar"), nullptr) << Dump();
  EXPECT_NE(Find("place", "Ostervik"), nullptr) << Dump();
  Extract(
      "Chile and Peru hold consultations\nMar 3, 2026\n"
      "Officials from the departments of Protocol and Consular Affairs met, as did the foreign "
      "ministry "
      "departments of Chile and Peru.\n");
  EXPECT_EQ(NodeNamedLike("place", "Protocol"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("place", "Consular"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("place", "Chile"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Peru"), nullptr) << Dump();
}

// A country's name right after a title and one given name is the holder's surname.
TEST_F(ExtractDatelines150Test, ACountrysNameEndingATitledNameIsTheSurname) {
  Extract(
      "Angola and Portugal hold talks\nMar 3, 2026\n"
      "The Angolan minister was received in Lisbon by Prime Minister Tiago Chile, with whom he "
      "discussed trade.\n");
  EXPECT_NE(Find("official", "Tiago Chile"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Chile"), nullptr) << Dump();
  // The country after "of" stays the country.
  Extract(
      "Angola and Chile hold talks\nMar 3, 2026\n"
      "The Angolan minister met Foreign Minister Tiago Rojas of Chile in Lisbon.\n");
  EXPECT_NE(Find("country", "Chile"), nullptr) << Dump();
}

// "the foreign ministries of A and B": each country's foreign ministry, part of it.
TEST_F(ExtractDatelines150Test, TheForeignMinistriesOfAListAreOneMinistryEach) {
  Extract(
      "Chile and Norway hold consultations\nMar 3, 2026\n"
      "Political consultations between the foreign ministries of Chile and Norway took place in Oslo on Monday.\n");
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs of Chile", "part_of", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs of Norway", "part_of", "Norway")) << Dump();
  // One country is no list.
  Extract(
      "Chile holds consultations\nMar 3, 2026\n"
      "The foreign ministries of Chile met in Santiago on Monday.\n");
  EXPECT_EQ(NodeNamedLike("organization", "Ministry"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
