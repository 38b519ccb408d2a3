// h146: misses of set s146 (multilateral bodies and agreements) at first sight, each rule on a
// sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight146Test : public ExtractFixture {};

// "40 million US dollars": a country's name before a currency noun (lexicon currency_noun) names
// the currency; the country is no node, and no instrument is said to be with it.
TEST_F(ExtractFirstSight146Test, CountryBeforeACurrencyIsNoCountry) {
  Extract(
      "Bank signs loan with Malawi\n"
      "Apr 8, 2027\n"
      "The Government of Malawi and the World Bank on Tuesday signed a loan agreement worth 40 "
      "million US dollars, and Canada added a grant of 5 million Australian dollars.\n");
  EXPECT_EQ(Find("country", "United States"), nullptr) << Dump();
  EXPECT_EQ(Find("country", "Australia"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Malawi"), nullptr) << Dump();
  EXPECT_NE(Find("country", "Canada"), nullptr) << Dump();
}

// The country's name still counts where no currency follows it.
TEST_F(ExtractFirstSight146Test, CountryNotBeforeACurrencyStaysACountry) {
  Extract(
      "Ministers meet\n"
      "Apr 8, 2027\n"
      "Foreign Minister Dina Okafor of Malawi met the US envoy in Lilongwe on Tuesday.\n");
  EXPECT_NE(Find("country", "United States"), nullptr) << Dump();
}

// "the Tallinn Conference Centre Estonia": a venue named with its country after the head is a
// place, not a conference (a meeting) that the co-chairs chaired.
TEST_F(ExtractFirstSight146Test, VenueNamedWithItsCountryIsAPlace) {
  Extract(
      "Trade committee meets\n"
      "Apr 8, 2027\n"
      "The second session of the Chile-Estonia Joint Trade Committee was held in Tallinn on "
      "Tuesday.\n"
      "The session, at the Tallinn Conference Centre Estonia, was co-chaired by Chilean Vice "
      "Minister Rosa Ibarra Soto and Estonian Deputy Secretary-General Priit Kask.\n");
  EXPECT_NE(Find("place", "Tallinn Conference Centre Estonia"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "Conference Centre"), nullptr) << Dump();
  const ExtractedNode* session = NodeNamedLike("meeting", "second session");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Ibarra Soto", "cochaired", session->name)) << Dump();
}

// "The Council ended its 41st Ordinary Session on Saturday" dates the session by its close; "The
// three-day session" elsewhere gives its length, so it began two days before.
TEST_F(ExtractFirstSight146Test, SessionEndedOnADayWithALengthStartsEarlier) {
  Extract(
      "Andean ministers adopt declaration\n"
      "Apr 10, 2027\n"
      "The Council of Ministers of the Andean Community ended its 41st Ordinary Session in Lima "
      "on Saturday by adopting the Lima Declaration on Mountain Water.\n"
      "The three-day session, held at the Torre Tagle Palace, was chaired by Peru's Foreign "
      "Minister, Lucia Paredes Rojas.\n");
  const ExtractedNode* session = NodeNamedLike("meeting", "41st");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_EQ(session->date, "2027-04-08") << Dump();
}

// With no length given, the day it ended is all the text says: the session keeps it.
TEST_F(ExtractFirstSight146Test, SessionEndedOnADayWithoutALengthKeepsThatDay) {
  Extract(
      "Andean ministers adopt declaration\n"
      "Apr 10, 2027\n"
      "The Council of Ministers of the Andean Community ended its 41st Ordinary Session in Lima "
      "on Saturday by adopting the Lima Declaration on Mountain Water.\n"
      "The session, held at the Torre Tagle Palace, was chaired by Peru's Foreign Minister, Lucia "
      "Paredes Rojas.\n");
  const ExtractedNode* session = NodeNamedLike("meeting", "41st");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_EQ(session->date, "2027-04-10") << Dump();
}

// "Minister of Water and Village Hydraulics A B", "Minister of Water and Sanitation C D": the
// portfolio's words (lexicon portfolio_noun) are the office's, and the holder's name begins after
// them.
TEST_F(ExtractFirstSight146Test, PortfolioWordsAreNotTheHoldersName) {
  Extract(
      "Ministers inspect boreholes\n"
      "Apr 8, 2027\n"
      "Minister of Water and Village Hydraulics Kossi Adjo and Minister of Water and Sanitation "
      "Ruth Phiri visited Lilongwe on Tuesday.\n");
  EXPECT_NE(Find("official", "Kossi Adjo"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Ruth Phiri"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "Hydraulics"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "Sanitation"), nullptr) << Dump();
}

// "at the close of the bloc's Ninth Summit": an edition of the series of the body the story named
// last, with no such series in focus. The meeting is named with the body, which takes part; the
// declaration adopted at its close is agreed at it.
TEST_F(ExtractFirstSight146Test, BodysNumberedSummitAfterAPossessiveIsAMeetingOfTheBody) {
  Extract(
      "Andean leaders adopt declaration\n"
      "Mar 6, 2026\n"
      "Leaders of the Andean Community adopted the Quito Declaration on Thursday at the close of "
      "the bloc's Ninth Summit, hosted by Ecuador at the Carondelet Palace in Quito.\n"
      "Ecuadorian President Luis Alfredo Merino chaired the summit.\n");
  const ExtractedNode* summit = NodeNamedLike("meeting", "Ninth");
  ASSERT_NE(summit, nullptr) << Dump();
  EXPECT_NE(summit->name.find("Andean Community"), std::string::npos) << Dump();
  EXPECT_TRUE(HasEdge("Andean Community", "participant", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Quito Declaration", "agreed_at", summit->name)) << Dump();
  EXPECT_TRUE(HasEdge("Luis Alfredo Merino", "chaired", summit->name)) << Dump();
}

// With no body named before it, "the bloc's Ninth Summit" names no meeting: whose it is is unknown.
TEST_F(ExtractFirstSight146Test, NumberedSummitOfAnUnnamedBodyIsNoMeeting) {
  Extract(
      "Leaders adopt declaration\n"
      "Mar 6, 2026\n"
      "Leaders adopted a declaration on Thursday at the close of the bloc's Ninth Summit in "
      "Quito.\n");
  EXPECT_EQ(NodeNamedLike("meeting", "Ninth"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
