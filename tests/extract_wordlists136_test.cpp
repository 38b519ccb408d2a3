// The word lists that took the last function words out of the stages' C++ (issue 9: the C++ knows
// no phrasing): what each list holds, that the rules reading them still do what they did, and
// that a row added to data/lexicon/lexicon.tsv alone changes what a rule reads.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "importers/extractor.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/tokenizer.h"
#include "importers/reader.h"
#include "schema/embedded.h"
#include "tests/extract_fixture.h"

namespace dkg {
extern const EmbeddedFile kDataFiles[];
extern const int kDataFiles_count;

namespace {

using internal::Lexicon;

class ExtractWordLists136Test : public ExtractFixture {};

// The embedded data files, with `rows` appended to the lexicon.
std::shared_ptr<const internal::Gazetteer> GazetteerWith(const std::string& rows) {
  static std::string lexicon;  // outlives the string_views the loader is given
  std::map<std::string, std::string_view> files;
  for (int i = 0; i < kDataFiles_count; ++i) files[std::string(kDataFiles[i].name)] = kDataFiles[i].bytes;
  lexicon = std::string(files["lexicon.tsv"]) + rows;
  files["lexicon.tsv"] = lexicon;
  auto loaded = internal::Gazetteer::LoadFrom(files);
  EXPECT_TRUE(loaded.ok()) << loaded.status().message();
  return loaded.ok() ? loaded.value() : nullptr;
}

// Each list holds the words its rule asks for, and not the neighbouring prepositions: "at" puts a
// meeting at a venue, "in" inside a containing place.
TEST(WordLists136Test, EachListHoldsTheWordsItsRuleAsks) {
  auto g = internal::Gazetteer::LoadEmbedded();
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto t = internal::Tokenize("in at of to for and or the 's with");
  (*g)->Annotate(t);
  ASSERT_EQ(t.size(), 10u);
  auto is = [&](Lexicon c, size_t i) { return (*g)->IsLexiconWord(c, t[i]); };
  EXPECT_TRUE(is(Lexicon::kPlacePreposition, 0) && is(Lexicon::kPlacePreposition, 1));
  EXPECT_FALSE(is(Lexicon::kPlacePreposition, 3));
  EXPECT_TRUE(is(Lexicon::kVenuePreposition, 1));
  EXPECT_FALSE(is(Lexicon::kVenuePreposition, 0));
  EXPECT_TRUE(is(Lexicon::kContainingPreposition, 0));
  EXPECT_FALSE(is(Lexicon::kContainingPreposition, 1));
  EXPECT_TRUE(is(Lexicon::kBelongingPreposition, 2));
  EXPECT_TRUE(is(Lexicon::kPostedToWord, 3));
  EXPECT_TRUE(is(Lexicon::kOfficeConnector, 2) && is(Lexicon::kOfficeConnector, 4) && is(Lexicon::kOfficeConnector, 5));
  EXPECT_FALSE(is(Lexicon::kOfficeConnector, 6)) << "\"or\" joins no office's words";
  EXPECT_TRUE(is(Lexicon::kCountryJoiner, 5) && is(Lexicon::kCountryJoiner, 6) && is(Lexicon::kCountryJoiner, 2));
  EXPECT_FALSE(is(Lexicon::kCountryJoiner, 9));
  EXPECT_TRUE(is(Lexicon::kNextMemberWord, 5));
  EXPECT_TRUE(is(Lexicon::kClauseAnd, 5));
  EXPECT_FALSE(is(Lexicon::kClauseAnd, 6));
  EXPECT_TRUE(is(Lexicon::kDefiniteArticle, 7));
  EXPECT_TRUE(is(Lexicon::kPossessiveEnding, 8)) << "the possessive is one token, so a one-word row";
  EXPECT_TRUE(is(Lexicon::kCounterpartPreposition, 9));
  EXPECT_TRUE(is(Lexicon::kDestinationPreposition, 3) && is(Lexicon::kInfinitiveMarker, 3));
  EXPECT_FALSE(is(Lexicon::kDestinationPreposition, 0)) << "\"in\" places, it does not send";
  auto more = internal::Tokenize("be on and");
  (*g)->Annotate(more);
  ASSERT_EQ(more.size(), 3u);
  EXPECT_TRUE((*g)->IsLexiconWord(Lexicon::kPassiveBe, more[0]));
  EXPECT_TRUE((*g)->IsLexiconWord(Lexicon::kDayPreposition, more[1]));
  EXPECT_TRUE((*g)->IsLexiconWord(Lexicon::kNameAnd, more[2]));
}

// office_connector, definite_article and possessive_ending keep an official's apposition whole,
// so two officials with long offices are two co-chairs; next_member_word opens the second.
TEST_F(ExtractWordLists136Test, AppositionsOfLongOfficesKeepTheListOfCoChairs) {
  Extract(
      "Chile and Peru hold fisheries talks\nApr 8, 2027\n"
      "The fifth meeting of the Chile-Peru Joint Commission was held in Arequipa on Tuesday. It was "
      "co-chaired by Marta Ibsen, Minister of Fisheries and Aquaculture of Chile, and Tomas "
      "Oyarzun, Peru's Minister of the Interior.\n");
  const std::string meeting = "fifth meeting of the Chile-Peru Joint Commission";
  EXPECT_TRUE(HasEdge("Marta Ibsen", "cochaired", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Oyarzun", "cochaired", meeting)) << Dump();
  EXPECT_TRUE(HasEdge("Tomas Oyarzun", "represents", "Peru")) << Dump();
  EXPECT_FALSE(HasEdge("Tomas Oyarzun", "represents", "Chile")) << Dump();
}

// counterpart_preposition: "held a meeting with B" makes B the meeting's other attendee.
TEST_F(ExtractWordLists136Test, AMeetingWithACounterpartIsAttendedByBoth) {
  Extract(
      "Ghana and Chile discuss cocoa\nMay 4, 2027\n"
      "Chilean Foreign Minister Marta Ibsen held a meeting with Ghanaian Foreign Minister Kofi "
      "Asante in Accra on Monday.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "meeting with Kofi Asante");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Marta Ibsen", "attended", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kofi Asante", "attended", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge(meeting->name, "held_in", "Accra")) << Dump();
}

// place_preposition: a headline's meeting "in" a place is held there; a row added to the list is
// read the same way, with no change to the C++.
TEST(WordLists136Test, AHeadlinePlaceFollowsAnyPlacePreposition) {
  const std::string story =
      "Chile and Peru open the Ninth Joint Council inside Valparaiso\nApr 8, 2027\n"
      "Ministers of Chile and Peru opened the Ninth Joint Council on Monday.\n";
  auto doc = ParseTextDocument(story, "test.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  auto held = [&](const std::string& rows) {
    Extractor extractor(GazetteerWith(rows));
    const ExtractedGraph graph = extractor.Extract(doc.value());
    for (const auto& e : graph.edges) {
      if (e.relation == "held_in" && graph.nodes[e.target].name.find("Valpara") != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_FALSE(held(""));
  EXPECT_TRUE(held("place_preposition\tinside\n"));
}

// The lists that took the trips', two offices' and ministry units' words out of the C++ (review
// of the session's merge): each holds its rule's words and not the neighbouring ones.
TEST(WordLists136Test, TripOfficeAndUnitListsHoldTheirWords) {
  auto g = internal::Gazetteer::LoadEmbedded();
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto t = internal::Tokenize("to in at of on onward onwards and");
  (*g)->Annotate(t);
  ASSERT_EQ(t.size(), 8u);
  auto is = [&](Lexicon c, size_t i) { return (*g)->IsLexiconWord(c, t[i]); };
  EXPECT_TRUE(is(Lexicon::kStopPreposition, 0) && is(Lexicon::kStopPreposition, 1));
  EXPECT_FALSE(is(Lexicon::kStopPreposition, 2)) << "\"flew at\" reaches no stop";
  EXPECT_TRUE(is(Lexicon::kOnwardWord, 4) && is(Lexicon::kOnwardWord, 5) &&
              is(Lexicon::kOnwardWord, 6));
  EXPECT_FALSE(is(Lexicon::kOnwardWord, 0));
  EXPECT_TRUE(is(Lexicon::kUnitBodyPreposition, 3) && is(Lexicon::kUnitBodyPreposition, 2));
  EXPECT_FALSE(is(Lexicon::kUnitBodyPreposition, 1))
      << "\"the director in the ministry\" names no unit's body";
  EXPECT_TRUE(is(Lexicon::kSecondOfficeAnd, 7));
}

// onward_word: "travelled on to X" reaches the stop X; a row added to the list is read the same
// way, with no change to the C++.
TEST(WordLists136Test, ATripStopFollowsAnyOnwardWord) {
  const std::string story =
      "Kenyan minister tours Japan\nJune 12, 2026\n"
      "Foreign Minister Amina Odhiambo of Kenya met Foreign Minister Kenji Mori of Japan in Tokyo "
      "on Monday.\n"
      "On Wednesday she travelled ahead to Kobe and held talks with Mayor Hiro Tanaka.\n";
  auto doc = ParseTextDocument(story, "test.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  auto places = [&](const std::string& rows) {
    Extractor extractor(GazetteerWith(rows));
    const ExtractedGraph graph = extractor.Extract(doc.value());
    std::string out;
    for (const auto& e : graph.edges) {
      const auto& source = graph.nodes[e.source].name;
      if (e.relation == "held_in" && source.find("Hiro Tanaka") != std::string::npos)
        out += graph.nodes[e.target].name + "\n";
    }
    return out;
  };
  EXPECT_EQ(places(""), "Tokyo\n");
  EXPECT_EQ(places("onward_word\tahead\n"), "Kobe\n");
}

}  // namespace
}  // namespace dkg
