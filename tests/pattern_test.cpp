// The pattern engine (importers/extract/pattern.h) on expressions written for the test, and every
// pattern file in data/patterns against the example and never lines written beside each pattern.
#include "importers/extract/pattern.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "importers/extract/run.h"
#include "importers/extractor.h"
#include "importers/reader.h"

namespace dkg {
namespace {

using extract::PatternSet;
using extract::PatternVocabulary;
using extract::SentenceView;

PatternVocabulary Vocab() { return {{"OFFICIAL", "PLACE", "MEETING"}, {"meet_verb", "ordinal"}}; }

// A sentence with mentions at the token ranges given: (type, begin, end).
struct Fixture {
  std::vector<internal::Token> tokens;
  SentenceView view;
  Fixture(const std::string& text, std::vector<std::tuple<int, size_t, size_t>> mentions) {
    tokens = internal::Tokenize(text);
    view.tokens = &tokens;
    size_t id = 0;
    for (auto [type, b, e] : mentions) view.mentions.push_back({type, b, e, id++});
    view.lexicon = [this](int cls, size_t i) -> size_t {
      if (cls == 0 && tokens[i].lower == "met") return 1;
      if (cls == 1 && tokens[i].lower == "second") return 1;
      return 0;
    };
  }
};

std::vector<extract::PatternMatch> MatchOne(const std::string& pattern_text, Fixture& f,
                                            PatternSet& set) {
  // The list separators these tests need (the real ones are data/patterns/lists.pat).
  Status s = set.Add("t.pat", "separator , and\nseparator ,\nseparator and\n" + pattern_text, Vocab());
  EXPECT_TRUE(s.ok()) << s.message();
  return set.Match(f.view, "events");
}

TEST(PatternEngineTest, ListSlotCatchesEveryMemberOfACoordination) {
  // tokens: 0 The 1 talks 2 were 3 co 4 - 5 chaired 6 by 7 Ana 8 Lima 9 , 10 Karl 11 Berg
  //         12 and 13 Ministers 14 Olu 15 Ade 16 .
  Fixture f("The talks were co-chaired by Ana Lima, Karl Berg and Ministers Olu Ade.",
            {{0, 7, 9}, {0, 10, 12}, {0, 14, 16}});
  PatternSet set;
  auto m = MatchOne("pattern p\n match co-chaired by {chairs:OFFICIAL+}\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* c = m[0].Slot("chairs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mentions, (std::vector<size_t>{0, 1, 2}));
}

TEST(PatternEngineTest, ListEndsBeforeAMemberJoinedOnlyByAComma) {
  // 0 Ana 1 Souza 2 and 3 Karl 4 Brandt 5 , 6 Olu 7 Adeyemi 8 said
  Fixture f("Ana Souza and Karl Brandt, Olu Adeyemi said", {{0, 0, 2}, {0, 3, 5}, {0, 6, 8}});
  PatternSet set;
  auto m = MatchOne("pattern p\n match {people:OFFICIAL+}\n", f, set);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].Slot("people")->mentions, (std::vector<size_t>{0, 1}));
}

TEST(PatternEngineTest, TypedGapNeverStepsOverSuchAMention) {
  // 0 Ana 1 Souza 2 said 3 Karl 4 Brandt 5 signed 6 it
  Fixture f("Ana Souza said Karl Brandt signed it", {{0, 0, 2}, {0, 3, 5}});
  PatternSet set;
  auto m = MatchOne("pattern p\n match {who:OFFICIAL} ~6!OFFICIAL signed\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("who")->mentions, std::vector<size_t>{1});
}

TEST(PatternEngineTest, HostileListsStayBoundedAndNeverOverflowTheStack) {
  // 30,000 members joined by commas and a failing tail: the list is read once (at most 64
  // members) and a step budget bounds each start position, so this ends and does not crash.
  std::string text;
  std::vector<std::tuple<int, size_t, size_t>> mentions;
  for (size_t i = 0; i < 30000; ++i) {
    text += (i ? ", " : "") + std::string("Ana");
    mentions.push_back({0, 2 * i, 2 * i + 1});
  }
  text += " nothing";
  Fixture f(text, mentions);
  PatternSet set;
  auto m = MatchOne("pattern p\n match {people:OFFICIAL+} and signed\n", f, set);
  EXPECT_TRUE(m.empty());
  PatternSet set2;
  auto ok = MatchOne("pattern q\n match {people:OFFICIAL+} nothing\n", f, set2);
  ASSERT_EQ(ok.size(), 1u);  // a bare-comma chain never closes: only the last name stands alone
  EXPECT_EQ(ok[0].Slot("people")->mentions, std::vector<size_t>{29999});
}

TEST(PatternEngineTest, AFileThatFailsAddsNoPattern) {
  PatternSet set;
  EXPECT_FALSE(
      set.Add("t.pat", "pattern a\n match met\npattern b\n match {x:NOPE}\n", Vocab()).ok());
  EXPECT_TRUE(set.patterns().empty());
}

// An attribute tells rules after the patterns something of a pattern's edges; a misspelt one would
// silently switch that rule off, so it is an error naming the attributes there are.
TEST(PatternEngineTest, AnUnknownAttributeIsAnErrorListingTheKnownOnes) {
  PatternSet good;
  ASSERT_TRUE(good.Add("t.pat", "pattern a\n match {x:OFFICIAL} met\n attribute host-at-home\n", Vocab()).ok());
  EXPECT_TRUE(extract::CheckActions(good).ok());
  PatternSet bad;
  ASSERT_TRUE(bad.Add("t.pat", "pattern a\n match {x:OFFICIAL} met\n attribute host-abroad\n", Vocab()).ok());
  const Status s = extract::CheckActions(bad);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("host-at-home"), std::string::npos) << s.message();
}

TEST(PatternEngineTest, AlternativesOptionalsGapsAndShapes) {
  // 0 Ana 1 Lima 2 met 3 on 4 Monday 5 with 6 Karl 7 Berg 8 for 9 the 10 second 11 time
  Fixture f("Ana Lima met on Monday with Karl Berg for the second time", {{0, 0, 2}, {0, 6, 8}});
  PatternSet set;
  auto m = MatchOne(
      "pattern p\n match {a:OFFICIAL} @meet_verb ~3 ( with | and ) {b:OFFICIAL} ( for the [ord] "
      "time )?\n",
      f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 0u);
  EXPECT_EQ(m[0].e, 12u);  // the optional tail is taken greedily
  EXPECT_EQ(m[0].Slot("a")->mentions, std::vector<size_t>{0});
  EXPECT_EQ(m[0].Slot("b")->mentions, std::vector<size_t>{1});
}

TEST(PatternEngineTest, AnchorWordsMissingMeansNoMatch) {
  Fixture f("Ana Lima spoke to Karl Berg", {{0, 0, 2}, {0, 4, 6}});
  PatternSet set;
  EXPECT_TRUE(MatchOne("pattern p\n match {a:OFFICIAL} met {b:OFFICIAL}\n", f, set).empty());
}

TEST(PatternEngineTest, NegatedTokenAndSpanCapture) {
  // 0 the 1 second 2 session 3 of 4 the 5 commission
  Fixture f("the second session of the commission", {});
  PatternSet set;
  auto m = MatchOne("pattern p\n match !first {what: [ord] session } of\n", f, set);
  ASSERT_EQ(m.size(), 1u);
  const auto* c = m[0].Slot("what");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->b, 1u);
  EXPECT_EQ(c->e, 3u);
}

TEST(PatternEngineTest, AnOpeningShapeOrLexiconPhraseIsCheckedBeforeATry) {
  // The matcher refuses a start whose ordinal or lexicon phrase is not there without trying the
  // pattern (Matcher::CanStart); where they are, the matches are the same as before.
  // 0 The 1 talks 2 of 3 the 4 21st 5 round 6 and 7 the 8 second 9 round 10 ended 11 ; 12 the
  // 13 round 14 closed 15 .
  Fixture f("The talks of the 21st round and the second round ended; the round closed.", {});
  PatternSet set;
  auto m = MatchOne("pattern p\n match ( the | its ) {n:[ord]} round\n", f, set);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].b, 3u);
  EXPECT_EQ(m[0].Slot("n")->b, 4u);
  EXPECT_EQ(m[1].b, 7u);
  EXPECT_EQ(m[1].Slot("n")->b, 8u);

  // 0 Ana 1 Lima 2 met 3 with 4 Karl 5 Berg 6 , 7 not 8 with 9 Olu 10 Ade
  Fixture g("Ana Lima met with Karl Berg, not with Olu Ade", {{0, 0, 2}, {0, 4, 6}, {0, 9, 11}});
  PatternSet set2;
  auto n = MatchOne("pattern p\n match @meet_verb with {b:OFFICIAL}\n", g, set2);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].b, 2u);
  EXPECT_EQ(n[0].Slot("b")->mentions, std::vector<size_t>{1});
}

// "<!@class": no phrase of the lexicon class ends right before ("didn't travel", "will not meet"
// in the real files, with `negating_word`); a word of another class there is no bar.
TEST(PatternEngineTest, NotAfterALexiconClassLooksAtThePhraseBefore) {
  // 0 Ana 1 met 2 in 3 Lima
  Fixture refused("Ana met in Lima", {{1, 3, 4}});
  PatternSet set;
  EXPECT_TRUE(MatchOne("pattern p\n match <!@meet_verb in {p:PLACE}\n", refused, set).empty());
  // 0 Ana 1 stayed 2 in 3 Lima
  Fixture read("Ana stayed in Lima", {{1, 3, 4}});
  PatternSet set2;
  auto m = MatchOne("pattern p\n match <!@meet_verb in {p:PLACE}\n", read, set2);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("p")->b, 3u);
}

TEST(PatternEngineTest, EachMatchLineNeedsOnlyItsOwnWords) {
  // A pattern of two lines is tried when the words of one line stand in the sentence (the
  // matcher's prefilter checks each line's words, not all of them): the second line matches
  // with none of the first line's own words present, and a sentence holding some words of each
  // line but all of neither matches nothing.
  const std::string pattern =
      "pattern p\n match {a:OFFICIAL} chaired the {m:MEETING}\n"
      " match the {m:MEETING} was opened by {a:OFFICIAL}\n";
  // 0 The 1 Delta 2 Forum 3 was 4 opened 5 by 6 Ana 7 Lima 8 .
  Fixture f("The Delta Forum was opened by Ana Lima.", {{2, 1, 3}, {0, 6, 8}});
  PatternSet set;
  auto m = MatchOne(pattern, f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 0u);
  EXPECT_EQ(m[0].e, 8u);
  EXPECT_EQ(m[0].Slot("m")->mentions, std::vector<size_t>{0});
  EXPECT_EQ(m[0].Slot("a")->mentions, std::vector<size_t>{1});

  // "chaired" of the first line, "opened" of the second, and "by" of neither.
  // 0 Ana 1 Lima 2 chaired 3 talks 4 and 5 opened 6 the 7 Delta 8 Forum
  Fixture g("Ana Lima chaired talks and opened the Delta Forum", {{0, 0, 2}, {2, 7, 9}});
  PatternSet set2;
  EXPECT_TRUE(MatchOne(pattern, g, set2).empty());
}

TEST(PatternEngineTest, AnOptionalOpeningWordOrAMentionLooksAhead) {
  // Where a pattern opens with an optional word and a mention ("( the )? {c:PLACE} delegation"),
  // the matcher refuses a start whose next token or mention end cannot go on (Matcher::CanStart):
  // the matches stay those the full try finds, with the word or without it.
  const std::string pattern =
      "pattern p\n match ( the )? {c:PLACE} delegation was led by {a:OFFICIAL}\n";
  // 0 The 1 talks 2 in 3 Tarn 4 ended 5 , 6 and 7 the 8 Vell 9 delegation 10 was 11 led 12 by
  // 13 Ana 14 Berg 15 .
  Fixture f("The talks in Tarn ended, and the Vell delegation was led by Ana Berg.",
            {{1, 3, 4}, {1, 8, 9}, {0, 13, 15}});
  PatternSet set;
  auto m = MatchOne(pattern, f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].b, 7u);
  EXPECT_EQ(m[0].Slot("c")->mentions, std::vector<size_t>{1});

  // Without the word; and two places start at one token: the longer ("Vell delegation", as a
  // stage might read it) is not followed by "delegation", the shorter is, and is the one caught.
  // 0 Vell 1 delegation 2 was 3 led 4 by 5 Ana 6 Berg
  Fixture g("Vell delegation was led by Ana Berg", {{1, 0, 2}, {1, 0, 1}, {0, 5, 7}});
  PatternSet set2;
  auto n = MatchOne(pattern, g, set2);
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].b, 0u);
  EXPECT_EQ(n[0].Slot("c")->mentions, std::vector<size_t>{1});

  // A place no "delegation" follows, after "the" or not, is no match.
  // 0 the 1 Vell 2 talks 3 were 4 led 5 by 6 Ana 7 Berg
  Fixture h("the Vell talks were led by Ana Berg", {{1, 1, 2}, {0, 6, 8}});
  PatternSet set3;
  EXPECT_TRUE(MatchOne(pattern, h, set3).empty());
}

TEST(PatternEngineTest, MatchesComeStageByStageThenPatternByPatternLeftToRight) {
  // The matcher first picks the patterns some line of which may match, then gathers where those
  // may start; the matches keep the order of the stages asked for, then of the patterns, then
  // of the text, and a pattern of a stage not asked for is not tried.
  // 0 Ana 1 Lima 2 met 3 Karl 4 Berg 5 and 6 Olu 7 Ade 8 met 9 Eva 10 Roth
  Fixture f("Ana Lima met Karl Berg and Olu Ade met Eva Roth",
            {{0, 0, 2}, {0, 3, 5}, {0, 6, 8}, {0, 9, 11}});
  PatternSet set;
  Status s = set.Add("t.pat",
                     "stage second\npattern late\n match {a:OFFICIAL} met {b:OFFICIAL}\n"
                     "stage first\npattern early\n match met {b:OFFICIAL}\n"
                     "pattern idle\n match {a:OFFICIAL} chaired\n",
                     Vocab());
  ASSERT_TRUE(s.ok()) << s.message();
  auto m = set.Match(f.view, std::vector<std::string_view>{"first", "second"});
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].pattern->name(), "early");
  EXPECT_EQ(m[0].b, 2u);
  EXPECT_EQ(m[1].pattern->name(), "early");
  EXPECT_EQ(m[1].b, 8u);
  EXPECT_EQ(m[2].pattern->name(), "late");
  EXPECT_EQ(m[2].b, 0u);
  EXPECT_EQ(m[3].pattern->name(), "late");
  EXPECT_EQ(m[3].b, 6u);
  auto second = set.Match(f.view, "second");
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].pattern->name(), "late");
}

TEST(PatternEngineTest, ErrorsNameFileLineAndProblem) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"pattern p\n match {a:PERSON}\n", "t.pat:2: pattern 'p': unknown mention type 'PERSON'"},
      {"pattern p\n match @nosuch\n", "unknown lexicon class '@nosuch'"},
      {"pattern p\n match ( met\n", "missing ')'"},
      {"pattern p\n match met\npattern p\n match met\n", "t.pat:3: pattern 'p' is defined twice"},
      {"pattern p\n emit a attended b\n", "has no match line"},
      {" match met\n", "t.pat:1: 'match' outside a pattern"},
      {"pattern p\n match met\n example Ana met Karl. => who=Ana\n", "example names slot 'who'"},
      {"pattern p\n match ( met )? ~3\n", "t.pat:2: pattern 'p' may match no token"},
      // A gap's '!' with nothing after it, or an empty type between bars, excludes nothing: an
      // error, never a plain gap ("~6!" used to be read as "~6").
      {"pattern p\n match met ~6! with\n", "t.pat:2: pattern 'p': a gap's '!' names mention types"},
      {"pattern p\n match met ~6!OFFICIAL/ with\n", "t.pat:2: pattern 'p': a gap's '!'"},
      {"pattern p\n match met ~6x with\n", "t.pat:2: pattern 'p': a gap is ~ and a number"},
      {"pattern p\n match met ~!OFFICIAL with\n", "t.pat:2: pattern 'p': a gap is ~ and a number"},
      {"pattern p\n match <!@nosuch met\n", "t.pat:2: pattern 'p': unknown lexicon class '@nosuch'"},
  };
  for (const auto& [text, message] : bad) {
    PatternSet set;
    Status s = set.Add("t.pat", text, Vocab());
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find(message), std::string::npos) << s.message();
  }
}

// The compiled form of a file's only pattern, or the load error.
std::string CompiledOne(const std::string& file_text) {
  PatternSet set;
  Status s = set.Add("t.pat", file_text, Vocab());
  if (!s.ok()) return "error: " + s.message();
  return set.patterns().size() == 1 ? set.patterns()[0].Compiled() : "not one pattern";
}

// "define NAME body" and "<NAME>": the reference compiles to the tree the body written out in
// its place gives (so the matcher and its anchor words see nothing new), nested references and
// slots inside a body included, and a quantifier after a reference applies to the whole body.
TEST(PatternEngineTest, ADefinedSubPatternCompilesAsItsBodyWrittenOut) {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"define TOPIC ( on | for ) [lower]+\npattern p\n match signed a accord <TOPIC>?\n",
       "pattern p\n match signed a accord ( ( on | for ) [lower]+ )?\n"},
      // A sequence stands for its elements where no quantifier follows: no group of its own.
      {"define MID b c\npattern p\n match a <MID> d\n", "pattern p\n match a b c d\n"},
      {"define WORD [lower] <!the <!a\ndefine TOPIC ( on | for ) ( <WORD> | - )+\n"
       "pattern p\n match {name: accord <TOPIC> }\n match {name: pact <TOPIC> }\n",
       "pattern p\n match {name: accord ( on | for ) ( [lower] <!the <!a | - )+ }\n"
       " match {name: pact ( on | for ) ( [lower] <!the <!a | - )+ }\n"},
      {"define KIND ( accord | pact )\npattern p\n match {kind: <KIND> } <KIND>*\n",
       "pattern p\n match {kind: ( accord | pact ) } ( accord | pact )*\n"},
      {"define WHO {who:OFFICIAL} met\npattern p\n match ^ <WHO> {other:OFFICIAL}\n",
       "pattern p\n match ^ {who:OFFICIAL} met {other:OFFICIAL}\n"},
  };
  for (const auto& [defined, written_out] : same) {
    const std::string compiled = CompiledOne(defined);
    EXPECT_EQ(compiled.rfind("error", 0), std::string::npos) << compiled;
    EXPECT_EQ(compiled, CompiledOne(written_out)) << defined;
  }
  // A reference is a group, never an "OFFICIAL+" list, whatever its body.
  EXPECT_NE(CompiledOne("define WHO OFFICIAL\npattern p\n match <WHO>+ met\n"),
            CompiledOne("pattern p\n match OFFICIAL+ met\n"));

  // And it matches as the body does: 0 They 1 signed 2 an 3 accord 4 on 5 river 6 patrols 7 .
  Fixture f("They signed an accord on river patrols.", {});
  PatternSet set;
  auto m = MatchOne(
      "define TOPIC ( on | for ) ( [lower] <!the )+\npattern p\n match signed an {name: accord "
      "<TOPIC>? }\n",
      f, set);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].Slot("name")->b, 3u);
  EXPECT_EQ(m[0].Slot("name")->e, 7u);
}

// A definition is the file's, from its line on: an unknown, self-referring or twice-defined name
// is a load error naming the file and line, as is an error inside a body (at the define line).
TEST(PatternEngineTest, DefinitionErrorsNameFileLineAndProblem) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"pattern p\n match signed <TOPIC>\n", "t.pat:2: pattern 'p': unknown definition '<TOPIC>'"},
      // used above its definition: definitions come first
      {"pattern p\n match signed <TOPIC>\ndefine TOPIC on [lower]\n",
       "t.pat:2: pattern 'p': unknown definition '<TOPIC>'"},
      {"define TOPIC on [lower] <TOPIC>?\n", "t.pat:1: definition 'TOPIC': it refers to itself"},
      // two that would use each other: the first cannot name the second, not defined yet
      {"define A x <B>?\ndefine B y <A>?\n", "t.pat:1: definition 'A': unknown definition '<B>'"},
      {"define TOPIC on [lower]\ndefine TOPIC for [lower]\n",
       "t.pat:2: definition 'TOPIC' is defined twice (first on line 1)"},
      {"define TOPIC ( on [lower]\n", "t.pat:1: definition 'TOPIC': missing ')'"},
      {"define TOPIC on {x:PERSON}\n",
       "t.pat:1: definition 'TOPIC': unknown mention type 'PERSON'"},
      {"define TOPIC\n", "t.pat:1: definition 'TOPIC' is empty"},
      {"define 2TOPIC on\n", "t.pat:1: 'define' takes a name"},
  };
  for (const auto& [text, message] : bad) {
    PatternSet set;
    Status s = set.Add("t.pat", text, Vocab());
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find(message), std::string::npos) << s.message();
  }
  // A name is one file's: another file defines it again, or does not know it.
  PatternSet set;
  ASSERT_TRUE(set.Add("a.pat", "define T on\npattern a\n match met <T>\n", Vocab()).ok());
  EXPECT_TRUE(set.Add("b.pat", "define T for\npattern b\n match met <T>\n", Vocab()).ok());
  EXPECT_FALSE(set.Add("c.pat", "pattern c\n match met <T>\n", Vocab()).ok());
}

TEST(PatternEngineTest, ActionsAreCheckedWhenTheExtractorLoadsPatterns) {
  auto loaded = Extractor::EmbeddedPatterns();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_FALSE(loaded.value()->patterns().empty());
}

// Every pattern's example sentences, run through the whole extractor: the pattern matches and
// each slot catches the text written after "=>"; a "never" sentence is not matched.
TEST(PatternFilesTest, EveryExampleMatchesAndEveryNeverDoesNot) {
  auto created = Extractor::Create();
  ASSERT_TRUE(created.ok()) << created.status().message();
  auto patterns = Extractor::EmbeddedPatterns();
  ASSERT_TRUE(patterns.ok());
  size_t examples = 0;
  for (const auto& p : patterns.value()->patterns()) {
    for (const auto& ex : p.examples()) {
      ++examples;
      // A headline pattern's example is a headline, over a body that names nobody.
      const std::string text = p.stage() == "headline"
                                   ? ex.sentence + "\nMar 4, 2026\nThe report follows.\n"
                                   : "A report\nMar 4, 2026\n" + ex.sentence + "\n";
      auto doc = ParseTextDocument(text, "example.txt");
      ASSERT_TRUE(doc.ok());
      std::vector<PatternTrace> trace;
      created.value()->Extract(doc.value(), &trace);
      const std::string where =
          p.source() + " example line " + std::to_string(ex.line) + ": " + ex.sentence;
      std::vector<const PatternTrace*> mine;
      for (const auto& t : trace) {
        if (t.pattern == p.name()) mine.push_back(&t);
      }
      if (ex.negative) {
        EXPECT_TRUE(mine.empty()) << where;
        continue;
      }
      ASSERT_FALSE(mine.empty()) << where;
      // One match must catch everything the example expects.
      bool one_has_all = false;
      std::string got;
      for (const PatternTrace* t : mine) {
        bool all = true;
        for (const auto& [slot, expected] : ex.expect) {
          bool found = false;
          for (const auto& [s, caught] : t->slots) found |= s == slot && caught == expected;
          all = all && found;
        }
        one_has_all |= all;
        got += "\n  match:";
        for (const auto& [s, caught] : t->slots) got += " " + s + "=" + caught + ";";
      }
      EXPECT_TRUE(one_has_all) << where << got;
    }
  }
  EXPECT_GT(examples, 0u);
}

}  // namespace
}  // namespace dkg
