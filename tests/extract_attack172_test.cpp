// Attacks on this session's rules with hostile input (h172), each on sentences written for the
// test: a meeting or role denied by "never" or a refusal ("declined to", "refused to"), and a body
// the sides refused to set up, whose first session the sentence still names.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttack172Test : public ExtractFixture {};

// "A never met B on the sidelines of the summit" made a meeting of the two that both attended:
// the meet verb had no negation check (a "did not meet" escaped only because "meet" is no
// meet_verb). A negating_word ending right before the verb now denies it.
TEST_F(ExtractAttack172Test, NeverMetMakesNoMeeting) {
  const std::string head = "Leaders in Tallinn\nJun 9, 2026\n";
  Extract(head + "President Mira Kask of Estonia never met Prime Minister Olav Berg of Norway on the "
                 "sidelines of the summit.\n");
  EXPECT_FALSE(HasEdge("Mira Kask", "attended", "Kask's meeting with Olav Berg")) << Dump();
  for (const auto& n : graph_.nodes) EXPECT_NE(n.kind, "meeting") << n.name << "\n" << Dump();
  Extract(head + "President Mira Kask of Estonia declined to meet with Prime Minister Olav Berg of Norway "
                 "in Tallinn.\n");
  for (const auto& n : graph_.nodes) EXPECT_NE(n.kind, "meeting") << n.name << "\n" << Dump();
  // The affirmative still makes the meeting.
  Extract(head + "President Mira Kask of Estonia met Prime Minister Olav Berg of Norway on the "
                 "sidelines of the summit.\n");
  EXPECT_TRUE(HasEdge("Mira Kask", "attended", "Kask's meeting with Olav Berg")) << Dump();
  EXPECT_TRUE(HasEdge("Olav Berg", "attended", "Kask's meeting with Olav Berg")) << Dump();
}

// "declined to attend the reception" gave the guest an `attended` edge to the story's meeting:
// "declined to", "refused to" and "failed to" are negating words like "not to".
TEST_F(ExtractAttack172Test, DeclinedToAttendIsNoAttendance) {
  const std::string head = "Forum opens\nJun 9, 2026\n";
  const std::string first =
      "The 3rd Baltic Energy Forum opened in Riga on Tuesday, chaired by Foreign Minister Liga Ozola of "
      "Latvia. ";
  Extract(head + first + "Foreign Minister Tomas Vilks of Lithuania declined to attend the forum.\n");
  EXPECT_FALSE(HasEdge("Tomas Vilks", "attended", "3rd Baltic Energy Forum")) << Dump();
  Extract(head + first + "Foreign Minister Tomas Vilks of Lithuania refused to attend the forum.\n");
  EXPECT_FALSE(HasEdge("Tomas Vilks", "attended", "3rd Baltic Energy Forum")) << Dump();
  Extract(head + first + "Foreign Minister Tomas Vilks of Lithuania attended the forum.\n");
  EXPECT_TRUE(HasEdge("Tomas Vilks", "attended", "3rd Baltic Energy Forum")) << Dump();
}

// set-up-body-first-session read a body the sides refused to set up as a series whose first
// session is held in the place named.
TEST_F(ExtractAttack172Test, RefusedBodyHasNoFirstSession) {
  const std::string head = "Presidents meet\nJun 9, 2026\n";
  Extract(head + "The two presidents refused to set up a joint commission on fisheries, whose first "
                 "session will take place in Bergen next year.\n");
  for (const auto& n : graph_.nodes) EXPECT_NE(n.kind, "meeting") << n.name << "\n" << Dump();
  Extract(head + "The two presidents agreed to set up a joint commission on fisheries, whose first "
                 "session will take place in Bergen next year.\n");
  EXPECT_TRUE(HasEdge("first session of the joint commission on fisheries", "held_in", "Bergen")) << Dump();
}

// MergeOccurrencesIntoRounds scanned every node for each numbered round: a story of 16,000 lines
// of rounds took 36.5 s, now 5.8 s (named meetings of no round listed by day once). The merge is
// the same: in a story of hundreds of other series' rounds, the named meeting joins the round of
// its own series that day, and one of another day stays apart.
TEST_F(ExtractAttack172Test, ManyRoundsKeepTheSameDayMerge) {
  std::string story =
      "Highland leaders meet\nMar 4, 2025\n"
      "The statement that follows was released at the end of the Regional Meeting of the Highland "
      "Mayors' Conference.\n"
      "LA PAZ - The Highland Mayors' Conference held its Seventh Regional Meeting in La Paz on 3 March "
      "2025, chaired by President Elena Condori of Bolivia.\n";
  const char* countries[] = {"Peru", "Chile", "Ecuador", "Colombia", "Uruguay", "Paraguay"};
  for (int i = 0; i < 300; ++i) {
    story += std::string("The ") + std::to_string(i % 9 + 2) + "th round of the " + countries[i % 6] + "-" +
             countries[(i + 1 + i / 6) % 6 == i % 6 ? (i + 2) % 6 : (i + 1 + i / 6) % 6] + " Dialogue on Topic " +
             std::to_string(i) + " was held in Lima on " + std::to_string(i % 27 + 1) + " February 2025.\n";
  }
  Extract(story);
  int regional = 0;
  for (const auto& n : graph_.nodes) regional += n.kind == "meeting" && n.name.find("Regional Meeting") != std::string::npos;
  EXPECT_EQ(regional, 1) << Dump();
  EXPECT_EQ(DateOf("Seventh Regional Meeting of the Highland"), "2025-03-03") << Dump();
}

// "agreed to set up an intergovernmental commission on X, whose first session will take place in
// Y next year" named the agreement with the whole relative clause: ", whose" ends the clause an
// agreement is named by.
TEST_F(ExtractAttack172Test, AgreementNameEndsBeforeWhose) {
  Extract(
      "Presidents meet in Bergen\nJun 9, 2026\n"
      "President Olav Berg of Norway held talks with President Mira Kask of Estonia in Bergen on "
      "Monday. The two presidents agreed to set up a joint commission on fisheries, whose first "
      "session will take place in Tallinn next year.\n");
  bool found = false;
  for (const auto& n : graph_.nodes) {
    if (n.kind != "agreement") continue;
    EXPECT_EQ(n.name.find("whose"), std::string::npos) << n.name << "\n" << Dump();
    found |= n.name.find("joint commission on fisheries") != std::string::npos;
  }
  EXPECT_TRUE(found) << Dump();
  EXPECT_TRUE(HasEdge("first session of the joint commission on fisheries", "held_in", "Tallinn")) << Dump();
}

// DialogueNode compared each series mention with every series of the story: 16,000 lines of rounds
// took 5.8 s, now 2.7 s (series listed by signature word). The same series are one: a longer name
// holding all the words of an earlier one is that series, among 200 other series.
TEST_F(ExtractAttack172Test, ManySeriesKeepTheContainedName) {
  const char* countries[] = {"Peru", "Chile", "Ecuador", "Colombia", "Uruguay", "Paraguay"};
  std::string story = "Dialogues\nMar 4, 2026\n";
  for (int i = 0; i < 200; ++i) {
    if (i == 100) story += "The 4th round of the Norway-Estonia Strategic Energy Dialogue was held in Oslo on 3 March 2026.\n";
    story += std::string("The ") + std::to_string(i % 9 + 2) + "th round of the " + countries[i % 6] + "-" +
             countries[(i + 1) % 6] + " Dialogue on Topic " + std::to_string(i) + " was held in Quito on " +
             std::to_string(i % 27 + 1) + " February 2026.\n";
  }
  story += "The Norway-Estonia Strategic Energy Dialogue on Wind Power was launched in 2019.\n";
  Extract(story);
  int series = 0;
  for (const auto& n : graph_.nodes) series += n.kind == "dialogue" && n.name.find("Norway-Estonia") != std::string::npos;
  EXPECT_EQ(series, 1) << Dump();
  EXPECT_TRUE(HasEdge("4th round of the Norway-Estonia Strategic Energy Dialogue", "round_of",
                      "Norway-Estonia Strategic Energy Dialogue"))
      << Dump();
}

// IdentityKeys scanned every round for each series (16,000 lines: 2.7 s, now 2.1 s with each
// series' rounds listed once). A series named without its sides still takes them from its round's
// participants, among 200 other series.
TEST_F(ExtractAttack172Test, ManySeriesKeepTheSidesOfARound) {
  const char* countries[] = {"Peru", "Chile", "Ecuador", "Colombia", "Uruguay", "Paraguay"};
  std::string story =
      "Ministers meet\nMar 4, 2026\n"
      "The Fifth 2+2 Ministerial Meeting was held in Oslo on 3 March 2026, co-chaired by Foreign "
      "Minister Olav Berg of Norway and Foreign Minister Mira Kask of Estonia.\n";
  for (int i = 0; i < 200; ++i) {
    story += std::string("The ") + std::to_string(i % 9 + 2) + "th round of the " + countries[i % 6] + "-" +
             countries[(i + 1) % 6] + " Dialogue on Topic " + std::to_string(i) + " was held in Quito on " +
             std::to_string(i % 27 + 1) + " February 2026.\n";
  }
  Extract(story);
  EXPECT_NE(NodeNamedLike("dialogue", "Estonia-Norway 2+2 Ministerial Meeting"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
