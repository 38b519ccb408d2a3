// Organizations: how a story's bodies become nodes, their names, and their countries. Each
// document is written for the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine/store.h"
#include "importers/extractor.h"
#include "importers/reader.h"
#include "tests/extract_fixture.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

class ExtractOrgsTest : public ExtractFixture {
 protected:
  size_t Count(const std::string& kind) const {
    return static_cast<size_t>(std::count_if(graph_.nodes.begin(), graph_.nodes.end(),
                                             [&](const ExtractedNode& n) { return n.kind == kind; }));
  }

  bool HasAlias(const ExtractedNode& n, const std::string& alias) const {
    return std::find(n.aliases.begin(), n.aliases.end(), alias) != n.aliases.end();
  }

  // Aliases too: the rules here are about names.
  std::string Dump() const {
    std::string out;
    for (const auto& n : graph_.nodes) {
      out += n.kind + ": " + n.name + " {";
      for (const auto& a : n.aliases) out += a + "; ";
      out += "}\n";
    }
    for (const auto& e : graph_.edges) {
      out += graph_.nodes[e.source].name + " -" + e.relation + "-> " + graph_.nodes[e.target].name + "\n";
    }
    return out;
  }
};

// "the Norwegian Ministry of Foreign Affairs" is Norway's ministry, named with its country; the
// country's word with the body's is an alias, the bare shared name is not (a store joins nodes by
// alias, and every country has a ministry of that name). A later bare mention is the same body.
TEST_F(ExtractOrgsTest, SharedMinistryNameIsQualifiedAndItsLaterBareMentionJoinsIt) {
  Extract(
      "Oslo talks\nApr 2, 2025\n"
      "Kari Holm, a senior adviser at the Norwegian Ministry of Foreign Affairs, met Peruvian "
      "diplomats in Oslo on Tuesday.\n"
      "The talks covered fisheries, a spokesperson for the Ministry of Foreign Affairs said.\n");
  const ExtractedNode* ministry = Find("organization", "Ministry of Foreign Affairs of Norway");
  ASSERT_NE(ministry, nullptr) << Dump();
  EXPECT_TRUE(HasAlias(*ministry, "Norwegian Ministry of Foreign Affairs")) << Dump();
  EXPECT_FALSE(HasAlias(*ministry, "Ministry of Foreign Affairs")) << Dump();
  EXPECT_EQ(Find("organization", "Ministry of Foreign Affairs"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Ministry of Foreign Affairs of Norway", "part_of", "Norway")) << Dump();
}

// "Ghana's Ministry of Foreign Affairs": the possessive form is a name of it too.
TEST_F(ExtractOrgsTest, PossessiveCountryAndBodyIsAnAlias) {
  Extract(
      "Accra visit\nApr 3, 2025\n"
      "Kofi Mensah, a director at Ghana's Ministry of Foreign Affairs, received the delegation.\n");
  const ExtractedNode* ministry = Find("organization", "Ministry of Foreign Affairs of Ghana");
  ASSERT_NE(ministry, nullptr) << Dump();
  EXPECT_TRUE(HasAlias(*ministry, "Ghana's Ministry of Foreign Affairs")) << Dump();
}

// A ministry "in" a capital is that capital's country's.
TEST_F(ExtractOrgsTest, MinistryInACapitalIsThatCountrys) {
  Extract(
      "Signing in Hanoi\nApr 4, 2025\n"
      "Chile and Vietnam signed a trade protocol at the Ministry of Foreign Affairs in Hanoi on "
      "Friday.\n");
  EXPECT_NE(Find("organization", "Ministry of Foreign Affairs of Vietnam"), nullptr) << Dump();
  EXPECT_EQ(Find("organization", "Ministry of Foreign Affairs"), nullptr) << Dump();
}

// The Chinese Communist Party's Political Bureau, written out or with "CPC", is one body.
TEST_F(ExtractOrgsTest, PolitburoWithOrWithoutTheAcronymIsOneBody) {
  Extract(
      "Beijing meeting\nApr 5, 2025\n"
      "Zhao Lei, a member of the Political Bureau of the CPC Central Committee, met Kenyan "
      "officials in Beijing. Zhao, who sits on the Political Bureau of the Communist Party of "
      "China Central Committee, praised the partnership.\n");
  EXPECT_NE(Find("organization", "Political Bureau of the Communist Party of China Central Committee"),
            nullptr)
      << Dump();
  EXPECT_EQ(Count("organization"), 1u) << Dump();
}

// A venue that speaks is the office seated there, part of the venue's country when the story names
// it; a venue where something happens stays a place.
TEST_F(ExtractOrgsTest, VenueThatSpeaksIsTheOfficeSeatedThere) {
  Extract(
      "Royal banquet\nMay 6, 2025\n"
      "Britain's King will host the President of Ghana at Buckingham Palace next week, Buckingham "
      "Palace "
      "said on Tuesday.\n");
  EXPECT_NE(Find("organization", "Buckingham Palace"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Buckingham Palace", "part_of", "United Kingdom")) << Dump();
  EXPECT_NE(Find("place", "Buckingham Palace"), nullptr) << Dump();
}

TEST_F(ExtractOrgsTest, VenueAfterAccordingToIsTheOffice) {
  Extract(
      "Phone call\nMay 7, 2025\n"
      "According to the Blue House, the South Korean president spoke with the Japanese prime "
      "minister by telephone.\n");
  EXPECT_NE(Find("organization", "Blue House"), nullptr) << Dump();
  EXPECT_EQ(Find("place", "Blue House"), nullptr) << Dump();
}

// "Name, Title at the Hungarian Ministry ..." / "at Chile's Ministry ...": the official holds
// office in that ministry.
TEST_F(ExtractOrgsTest, TitleOfACountrysMinistryMakesTheHolderAMember) {
  Extract(
      "Lima talks\nMay 8, 2025\n"
      "Peru's foreign minister met Ines Varga, Minister of State at the Hungarian Ministry of "
      "Foreign Affairs, and Tom Reed, Minister of State at Chile's Ministry of Foreign Affairs, in "
      "Lima on Thursday.\n");
  EXPECT_TRUE(HasEdge("Ines Varga", "member_of", "Ministry of Foreign Affairs of Hungary")) << Dump();
  EXPECT_TRUE(HasEdge("Tom Reed", "member_of", "Ministry of Foreign Affairs of Chile"))
      << Dump();
  EXPECT_TRUE(HasEdge("Tom Reed", "represents", "Chile")) << Dump();
}

// Two stories' foreign ministries of two countries stay two nodes in one store.
TEST_F(ExtractOrgsTest, TwoCountriesMinistriesStayApartInAStore) {
  const std::vector<std::string> stories = {
      "Oslo\nApr 2, 2025\nKari Holm, an adviser at the Norwegian Ministry of Foreign Affairs, "
      "spoke in Oslo. The Ministry of Foreign Affairs said talks went well.\n",
      "Accra\nApr 3, 2025\nKofi Mensah, a director at Ghana's Ministry of Foreign Affairs, spoke in "
      "Accra. The Ministry of Foreign Affairs said talks went well.\n"};
  EXPECT_EQ(KindCountInOneStore(stories, "organization"), 2);
}

}  // namespace
}  // namespace dkg
