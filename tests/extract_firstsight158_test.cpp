// h158: misses of set s158 (a summit with signings, a host agency's visit report, a numbered
// dialogue, a regional council, an agreement's entry into force, a leaders' video call) at first
// sight, each rule on a sentence of its own.
#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractFirstSight158Test : public ExtractFixture {};

// "An agreement between the Comoros and Kenya on joint patrols of their waters entered into force":
// an unnamed instrument with its parties inside its name is an agreement they are party to; the
// apposition that tells its signing ("The agreement, signed in Mombasa on 4 May 2025 by A and B")
// is a signing held there that day, attended by its signatories.
TEST_F(ExtractFirstSight158Test, InstrumentBetweenSidesAndItsSigningInAnApposition) {
  Extract(
      "Patrol pact in force\n"
      "Mar 5, 2027\n"
      "An agreement between the Comoros and Kenya on joint patrols of their waters entered into "
      "force on Thursday, the Kenyan foreign ministry said.\n"
      "The agreement, signed in Mombasa on 4 May 2025 by Comorian Foreign Minister Dhoihir "
      "Abdou Bacar and Kenyan Foreign Minister Grace Wanjiru Otieno, lets either navy board "
      "suspect boats.\n");
  const ExtractedNode* deal = NodeNamedLike("agreement", "joint patrols");
  ASSERT_NE(deal, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Comoros", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Kenya", "party_to", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Dhoihir Abdou Bacar", "signed", deal->name)) << Dump();
  EXPECT_TRUE(HasEdge("Grace Wanjiru Otieno", "signed", deal->name)) << Dump();
  const ExtractedNode* signing = NodeNamedLike("meeting", "signing");
  ASSERT_NE(signing, nullptr) << Dump();
  EXPECT_EQ(signing->date, "2025-05-04") << Dump();
  EXPECT_TRUE(HasEdge(signing->name, "held_in", "Mombasa")) << Dump();
  EXPECT_TRUE(HasEdge(deal->name, "agreed_at", signing->name)) << Dump();
  EXPECT_TRUE(HasEdge("Dhoihir Abdou Bacar", "attended", signing->name)) << Dump();
}

// Talks between two countries on a subject are no instrument.
TEST_F(ExtractFirstSight158Test, TalksBetweenSidesOnASubjectAreNoInstrument) {
  Extract(
      "Talks resume\n"
      "Mar 5, 2027\n"
      "Talks between the Comoros and Kenya on joint patrols of their waters resumed on Thursday in "
      "Mombasa.\n");
  EXPECT_EQ(NodeNamedLike("agreement", "patrols"), nullptr) << Dump();
}

// "the Economic Community of Central African States": a capitalised name ending in "Community"
// (lexicon org_head) or in a plural of states (not_person_word) is a body, and "States" after a
// demonym is no official of that country.
TEST_F(ExtractFirstSight158Test, BlocNamedWithADemonymIsABodyNotAnOfficial) {
  Extract(
      "Bloc ministers meet\n"
      "Mar 5, 2027\n"
      "Trade ministers of the Economic Community of Central African States met in Bangui on "
      "Thursday and agreed to cut roaming charges.\n");
  EXPECT_NE(Find("organization", "Economic Community of Central African States"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "States"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("official", "States"), nullptr) << Dump();
}

// "Foreign ministers of X met in Goma for the 12th Ordinary Session of the Council of Ministers":
// the group's meeting is the numbered session they met for, one meeting, not two.
TEST_F(ExtractFirstSight158Test, GroupMetForANumberedSessionIsThatSession) {
  Extract(
      "Bloc ministers meet\n"
      "Mar 5, 2027\n"
      "Foreign ministers of the Economic Community of Great Lakes Countries met in Goma on "
      "Thursday for the 12th Ordinary Session of the Council of Ministers, chaired by Rwanda's "
      "Minister of Foreign Affairs, Alice Mukamana.\n");
  EXPECT_NE(Find("organization", "Economic Community of Great Lakes Countries"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("meeting", "foreign ministers meeting"), nullptr) << Dump();
  const ExtractedNode* session = NodeNamedLike("meeting", "12th Ordinary Session");
  ASSERT_NE(session, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Alice Mukamana", "chaired", session->name)) << Dump();
}

// "A and B on Tuesday signed a joint declaration establishing ..., at the end of their talks at
// the Coral House in Lisbon": the two held talks that day in Lisbon, and the declaration they
// signed was reached there; the instruments listed after "three agreements:" are each one
// instrument, named in full and signed by its own apposition's officials, never a field list
// ("agreement on Jon Berg").
TEST_F(ExtractFirstSight158Test, DeclarationAtTheEndOfTalksAndAListOfInstruments) {
  Extract(
      "Leaders sign declaration\n"
      "Mar 10, 2027\n"
      "Portuguese President Ana Lobo Ferreira and Austrian Chancellor Karl Weidinger on Tuesday "
      "signed a joint declaration establishing a strategic partnership between the two countries, at "
      "the end of their talks at the Coral House in Lisbon.\n"
      "After the summit the two leaders witnessed the signing of three agreements: a memorandum "
      "of understanding on rail freight, signed by Portugal's Minister of Transport Rui Matos "
      "Pinto and Austria's Minister for Transport Eva Grubner; an agreement on the recognition of "
      "diplomas; and an executive programme for cultural cooperation for 2027-2029, signed by the "
      "two foreign ministers, Joana Reis Cardoso and Jon Berg.\n");
  const ExtractedNode* talks = NodeNamedLike("meeting", "talks between");
  ASSERT_NE(talks, nullptr) << Dump();
  EXPECT_EQ(talks->date, "2027-03-09") << Dump();
  EXPECT_TRUE(HasEdge(talks->name, "held_in", "Coral House")) << Dump();
  EXPECT_TRUE(HasEdge("Ana Lobo Ferreira", "attended", talks->name)) << Dump();
  const ExtractedNode* declaration = NodeNamedLike("agreement", "joint declaration");
  ASSERT_NE(declaration, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Karl Weidinger", "signed", declaration->name)) << Dump();
  EXPECT_TRUE(HasEdge(declaration->name, "agreed_at", talks->name)) << Dump();
  const ExtractedNode* rail = Find("agreement", "memorandum of understanding on rail freight");
  ASSERT_NE(rail, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Eva Grubner", "signed", rail->name)) << Dump();
  EXPECT_NE(Find("agreement", "agreement on the recognition of diplomas"), nullptr) << Dump();
  const ExtractedNode* culture = NodeNamedLike("agreement", "executive programme");
  ASSERT_NE(culture, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Jon Berg", "signed", culture->name)) << Dump();
  EXPECT_EQ(NodeNamedLike("agreement", "Jon Berg"), nullptr) << Dump();
  EXPECT_EQ(NodeNamedLike("agreement", "agreement on signed"), nullptr) << Dump();
}

// "A, who arrived on Monday for a state visit, was received on Monday evening by President B",
// "Minister A was received on Wednesday at the Ministry of Foreign Affairs by Minister B": the
// host receives the guest, with the day or the building between the verb and "by".
TEST_F(ExtractFirstSight158Test, GuestReceivedWithTheDayOrBuildingBeforeBy) {
  Extract(
      "Minister visits\n"
      "Mar 10, 2027\n"
      "The Estonian Minister of Trade, Liis Kaljuvee, was received on Wednesday at the Ministry of "
      "Foreign Affairs by the Minister of Foreign Affairs of Peru, Rosa Quispe Mamani.\n");
  const ExtractedNode* meeting = NodeNamedLike("meeting", "meeting with Liis Kaljuvee");
  ASSERT_NE(meeting, nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Rosa Quispe Mamani", "chaired", meeting->name)) << Dump();
  EXPECT_TRUE(HasEdge("Liis Kaljuvee", "attended", meeting->name)) << Dump();
}

// Received at an airport is a greeting, no meeting.
TEST_F(ExtractFirstSight158Test, GuestReceivedAtAnAirportIsNoMeeting) {
  Extract(
      "Minister arrives\n"
      "Mar 10, 2027\n"
      "The Estonian Minister of Trade, Liis Kaljuvee, was received on Wednesday at Jorge Chavez "
      "International Airport by Deputy Minister Rosa Quispe Mamani.\n");
  EXPECT_FALSE(HasRole("Rosa Quispe Mamani", "chaired")) << Dump();
}

// "the State Secretary for Foreign Policy at the Danish Ministry of Foreign Affairs, Mette Holm":
// a named policy after "for" (an OTHER mention: lexicon other_head "policy") is the office's
// portfolio, so the name after the office and its body is that country's official.
TEST_F(ExtractFirstSight158Test, OfficeWithAPolicyPortfolioNamesItsHolder) {
  Extract(
      "Talks held\n"
      "Mar 3, 2027\n"
      "The talks were co-chaired by the Secretary General of the Ministry of Foreign Affairs of "
      "Peru, Luis Alva Rojas, and the State Secretary for Foreign Policy at the Danish Ministry of "
      "Foreign Affairs, Mette Holm.\n");
  ASSERT_NE(Find("official", "Mette Holm"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Mette Holm", "represents", "Denmark")) << Dump();
  EXPECT_FALSE(HasEdge("Luis Alva Rojas", "represents", "Denmark")) << Dump();
}

}  // namespace
}  // namespace dkg
