// Trips of several stops, and blocs as the sides of meetings and agreements (docs/extraction.md,
// section 4, "Visits" and "Implicit meetings"; section 5, "Parties"). The stories are our own.

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class TripsTest : public ExtractFixture {
 protected:
  // The places the one meeting whose name holds `part` is held in, one per line.
  std::string PlacesOf(const std::string& part) const {
    std::string out;
    for (const auto& e : graph_.edges) {
      const auto& meeting = graph_.nodes[e.source];
      if (e.relation == "held_in" && meeting.kind == "meeting" &&
          meeting.name.find(part) != std::string::npos) {
        out += graph_.nodes[e.target].name + "\n";
      }
    }
    return out;
  }
  long MeetingsNamedLike(const std::string& part) const {
    long n = 0;
    for (const auto& node : graph_.nodes)
      n += node.kind == "meeting" && node.name.find(part) != std::string::npos;
    return n;
  }
};

// Two stops: the talks at the second are held there, on their own day, and the trip is held in
// both cities.
TEST_F(TripsTest, TwoStopTripPlacesEachStopsTalksInItsCity) {
  Extract(
      "Swedish minister tours Japan\n"
      "October 9, 2026\n"
      "Foreign Minister Erik Lund of Sweden met Foreign Minister Kenji Mori of Japan in Tokyo on "
      "Monday.\n"
      "Lund then travelled to Osaka on Tuesday, where he met Governor Hiro Tanaka.\n");
  EXPECT_EQ(PlacesOf("Lund's meeting with Kenji Mori"), "Tokyo\n") << Dump();
  EXPECT_EQ(PlacesOf("Lund's meeting with Hiro Tanaka"), "Osaka\n") << Dump();
  EXPECT_EQ(DateOf("Lund's meeting with Hiro Tanaka"), "2026-10-06") << Dump();
}

// Three stops, the last told as "moved on to X and held talks with B" with no "in X": the talks
// are held at the stop the traveller moved on to, not in the first city.
TEST_F(TripsTest, ThreeStopTripPlacesTalksAtTheStopMovedOnTo) {
  Extract(
      "Kenyan President tours Brazil\n"
      "June 12, 2026\n"
      "President David Otieno of Kenya arrived in Brasilia on Monday for talks with President "
      "Lucas Ferreira of Brazil.\n"
      "On Tuesday he flew to Recife, where he held talks with Governor Marta Rocha on trade.\n"
      "He then travelled on to Salvador on Thursday and met Mayor Paulo Nunes.\n");
  EXPECT_EQ(PlacesOf("Otieno's meeting with Lucas Ferreira"), "Brasilia\n") << Dump();  // as spelt
  EXPECT_EQ(PlacesOf("Otieno's talks with Marta Rocha"), "Recife\n") << Dump();
  EXPECT_EQ(PlacesOf("Otieno's meeting with Paulo Nunes"), "Salvador\n") << Dump();
  EXPECT_EQ(DateOf("Otieno's meeting with Paulo Nunes"), "2026-06-11") << Dump();
}

// The next sentence, with no place of its own, is still at the stop the traveller moved to.
TEST_F(TripsTest, ALaterSentenceStaysAtTheLatestStop) {
  Extract(
      "Dutch minister in Peru\n"
      "March 6, 2026\n"
      "Foreign Minister Anna de Groot of the Netherlands held talks in Lima on Monday with Foreign "
      "Minister Tomas Valdivia of Peru.\n"
      "On Wednesday she flew on to Cusco.\n"
      "There she met Governor Rosa Quispe.\n");
  EXPECT_EQ(PlacesOf("meeting with Rosa Quispe"), "Cusco\n") << Dump();
  EXPECT_EQ(PlacesOf("with Tomas Valdivia"), "Lima\n") << Dump();
}

// The same two people holding talks again in another city of the trip meet at another meeting;
// the first keeps its city and day.
TEST_F(TripsTest, TheSamePairInAnotherCityIsAnotherMeeting) {
  Extract(
      "Chilean President on state visit to Argentina\n"
      "May 15, 2026\n"
      "President Ana Rojas of Chile held talks with President Martin Ibarra in Buenos Aires on "
      "Monday, the first day of a three-day state visit.\n"
      "On Wednesday the two presidents travelled to Rosario.\n"
      "Rojas and Ibarra also held talks in Rosario on energy links.\n");
  // Two meetings of the pair: one in each city, each with both of them.
  long in_buenos_aires = 0, in_rosario = 0;
  for (const auto& e : graph_.edges) {
    const auto& meeting = graph_.nodes[e.source];
    if (e.relation != "held_in" || meeting.kind != "meeting" ||
        meeting.name.find("visit") != std::string::npos)
      continue;
    EXPECT_TRUE(HasEdge("Ana Rojas", "attended", meeting.name)) << Dump();
    EXPECT_TRUE(HasEdge("Martin Ibarra", "attended", meeting.name)) << Dump();
    in_buenos_aires += graph_.nodes[e.target].name == "Buenos Aires";
    in_rosario += graph_.nodes[e.target].name == "Rosario";
  }
  EXPECT_EQ(in_buenos_aires, 1) << Dump();
  EXPECT_EQ(in_rosario, 1) << Dump();
  EXPECT_EQ(MeetingsNamedLike("Ibarra"), 2) << Dump();
  EXPECT_EQ(DateOf("talks between Ana Rojas and Martin Ibarra"), "2026-05-13") << Dump();
}

// A visit that stays in one city keeps one meeting per pair, held in that city: meeting again
// in the same city is no new stop.
TEST_F(TripsTest, OneCityVisitDoesNotSplit) {
  Extract(
      "Argentine minister holds talks in Lima\n"
      "May 15, 2026\n"
      "Foreign Minister Lucia Herrera of Argentina arrived in Lima on Monday and held talks with "
      "Foreign Minister Tomas Valdivia of Peru.\n"
      "The two ministers discussed fisheries and trade.\n"
      "Herrera and Valdivia met again in Lima on Tuesday.\n");
  EXPECT_EQ(MeetingsNamedLike("Tomas Valdivia"), 1) << Dump();
  EXPECT_EQ(PlacesOf("Tomas Valdivia"), "Lima\n") << Dump();
}

// A visit to one city whose later sentences name no place: they stay in that city.
TEST_F(TripsTest, OneCityVisitPlacesLaterTalksInItsCity) {
  Extract(
      "Portuguese minister in Santiago\n"
      "April 8, 2026\n"
      "Foreign Minister Joana Pires of Portugal arrived in Santiago on Monday for a two-day "
      "visit.\n"
      "On Tuesday she held talks with Foreign Minister Diego Morales of Chile.\n"
      "She also met Interior Minister Camila Soto.\n");
  EXPECT_EQ(PlacesOf("Pires's talks with Diego Morales"), "Santiago\n") << Dump();
  EXPECT_EQ(PlacesOf("Pires's meeting with Camila Soto"), "Santiago\n") << Dump();
}

// A trip on to another country leaves the last country's city: the talks there are not placed in
// it.
TEST_F(TripsTest, AStopInAnotherCountryLeavesTheLastCity) {
  Extract(
      "Irish minister in South America\n"
      "March 6, 2026\n"
      "Foreign Minister Sean Byrne of Ireland held talks in Lima on Monday with Foreign Minister "
      "Tomas Valdivia of Peru.\n"
      "On Wednesday he flew on to Chile.\n"
      "He met Foreign Minister Diego Morales of Chile.\n");
  EXPECT_EQ(PlacesOf("meeting with Diego Morales").find("Lima"), std::string::npos) << Dump();
}

// "travel to" with nothing after it that is a stop ("travelled to attend") moves nobody.
TEST_F(TripsTest, TravelWithoutAPlaceKeepsTheStorysPlace) {
  Extract(
      "Austrian minister in Lima\n"
      "March 6, 2026\n"
      "Foreign Minister Klara Huber of Austria held talks in Lima on Monday with Foreign Minister "
      "Tomas Valdivia of Peru.\n"
      "Huber travelled to attend a regional forum and later met Trade Minister Rosa Quispe.\n");
  EXPECT_EQ(PlacesOf("meeting with Rosa Quispe"), "Lima\n") << Dump();
}

// Blocs as sides. "Ministers of X and Y met": both blocs take part; "the two blocs agreed": both
// are parties; no member state is read into either.
TEST_F(TripsTest, TwoBlocsMeetingAndTheirCommitment) {
  Extract(
      "Andean and African blocs meet in Quito\n"
      "July 2, 2026\n"
      "Ministers of the Pacific Alliance and the African Union met in Quito on Wednesday to "
      "discuss food security.\n"
      "The two blocs agreed to cut tariffs on farm goods.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "Pacific Alliance");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Pacific Alliance", "participant", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("African Union", "participant", meeting->name)) << Dump();
  EXPECT_FALSE(HasEdge("Peru", "participant", meeting->name)) << Dump();
  const ExtractedNode* deal = NodeNamedLike("agreement", "cut tariffs");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Pacific Alliance", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("African Union", "party_to", deal->name)) << Dump();
  EXPECT_FALSE(HasEdge("Peru", "party_to", deal->name)) << Dump();
}

// A bloc named in an agreement's subject is a party itself.
TEST_F(TripsTest, BlocInTheSubjectIsAParty) {
  Extract(
      "Mercosur and EU agree on fisheries\n"
      "July 2, 2026\n"
      "Mercosur and the European Union agreed on Tuesday to set up a joint fisheries committee.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "fisheries committee");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Mercosur", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("European Union", "party_to", deal->name)) << Dump();
  EXPECT_FALSE(HasEdge("Brazil", "party_to", deal->name)) << Dump();
}

// A bloc that reports what others agreed is no party: the reported subject's countries are.
TEST_F(TripsTest, BlocReportingAnAgreementIsNoParty) {
  Extract(
      "Peru and Chile agree on ports\n"
      "July 2, 2026\n"
      "The Pacific Alliance said on Monday that Peru and Chile had agreed to share port data.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "port data");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Peru", "party_to", deal->name)) << Dump();
  EXPECT_FALSE(HasEdge("Pacific Alliance", "party_to", deal->name)) << Dump();
}

// A bloc after a preposition ("in the Mercosur format") names how they met, not a side.
TEST_F(TripsTest, BlocAfterAPrepositionIsNoParty) {
  Extract(
      "Peru and Chile agree on fees\n"
      "July 2, 2026\n"
      "Meeting in the Mercosur format on Monday, Peru and Chile agreed to cut port fees.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "port fees");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Chile", "party_to", deal->name)) << Dump();
  EXPECT_FALSE(HasEdge("Mercosur", "party_to", deal->name)) << Dump();
}

}  // namespace
}  // namespace dkg
