#include <gtest/gtest.h>

#include "importers/importer.h"
#include "importers/internal/dates.h"
#include "importers/internal/gazetteer.h"
#include "importers/internal/sentences.h"
#include "importers/internal/tokenizer.h"
#include "importers/reader.h"
#include "tests/test_util.h"

namespace dkg {
namespace {

using internal::Date;
using internal::MatchDate;
using internal::ParseDateText;
using internal::Tense;
using internal::Tokenize;

std::vector<std::string> Texts(const std::vector<internal::Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(t.text);
  return out;
}

TEST(TokenizerTest, SplitsPossessivesHyphensAndKeepsAbbreviations) {
  EXPECT_EQ(Texts(Tokenize("India's India\u2019s")),
            (std::vector<std::string>{"India", "'s", "India", "'s"}));
  EXPECT_EQ(Texts(Tokenize("India-Japan 2+2")),
            (std::vector<std::string>{"India", "-", "Japan", "2", "+", "2"}));
  EXPECT_EQ(Texts(Tokenize("Dr. S. Jaishankar met U.S. officials.")),
            (std::vector<std::string>{"Dr.", "S.", "Jaishankar", "met", "U.S.", "officials", "."}));
}

TEST(TokenizerTest, OffsetsAreBytesOfTheOriginalText) {
  const std::string text = "Caf\u00e9 \u2014 Tokyo";
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[2].start, tokens[2].end - tokens[2].start), "Tokyo");
  EXPECT_EQ(tokens[1].text, "-");  // an em dash reads as a hyphen
}

// The text each token's byte span covers, to check that offsets stay exact around multibyte text.
std::vector<std::string> Spans(const std::string& text,
                               const std::vector<internal::Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(TokenizerTest, NamesInAnyScriptAreCapitalisedWords) {
  const std::string text =
      "Łukasz and Ñuñoa's Émilie met Σωκράτης, Дмитрий and Ōsaka's élan in São Paulo.";
  auto tokens = Tokenize(text);
  EXPECT_EQ(Texts(tokens),
            (std::vector<std::string>{"Łukasz", "and", "Ñuñoa", "'s", "Émilie", "met", "Σωκράτης",
                                      ",", "Дмитрий", "and", "Ōsaka", "'s", "élan", "in", "São",
                                      "Paulo", "."}));
  EXPECT_EQ(Spans(text, tokens), Texts(tokens));
  std::vector<std::string> caps;
  for (const auto& t : tokens) {
    EXPECT_EQ(t.word, t.text != "'s" && t.text != "," && t.text != ".") << t.text;
    if (t.cap) caps.push_back(t.text);
  }
  EXPECT_EQ(caps, (std::vector<std::string>{"Łukasz", "Ñuñoa", "Émilie", "Σωκράτης", "Дмитрий",
                                            "Ōsaka", "São", "Paulo"}));
}

TEST(TokenizerTest, LowerKeepsDiacriticsAndFoldRemovesThem) {
  auto tokens = Tokenize("ERDOĞAN Łukasz ΣΩΚΡΆΤΗΣ Côte Ankara");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].lower, "erdoğan");
  EXPECT_EQ(tokens[0].fold(), "erdogan");
  EXPECT_EQ(tokens[1].lower, "łukasz");
  EXPECT_EQ(tokens[1].fold(), "lukasz");
  EXPECT_EQ(tokens[2].lower, "σωκράτης");
  EXPECT_EQ(tokens[2].fold(), "σωκρατησ");
  EXPECT_EQ(tokens[3].fold(), "cote");
  EXPECT_EQ(tokens[4].lower, "ankara");
  EXPECT_TRUE(tokens[4].folded.empty()) << "ASCII words are folded by lower-casing alone";
}

TEST(TokenizerTest, SymbolsAreTokensButNotWords) {
  const std::string text = "Fund €5bn © 2024 😀 ok";
  auto tokens = Tokenize(text);
  EXPECT_EQ(Texts(tokens), (std::vector<std::string>{"Fund", "€", "5bn", "©", "2024", "😀", "ok"}));
  EXPECT_EQ(Spans(text, tokens), Texts(tokens));
  EXPECT_FALSE(tokens[1].word);
  EXPECT_FALSE(tokens[3].word);
  EXPECT_FALSE(tokens[5].word);
  EXPECT_TRUE(tokens[2].number);
}

TEST(TokenizerTest, TypographicPunctuationAroundNamesReadsAsAscii) {
  // A byte order mark, curly quotes, a no-break space and an en dash, around a decomposed accent.
  const std::string text = "\xEF\xBB\xBF“Co\u0302te d’Ivoire”\u00A0said – Ł. Nowak";
  auto tokens = Tokenize(text);
  EXPECT_EQ(Texts(tokens), (std::vector<std::string>{"\"", "Co\u0302te", "d", "'", "Ivoire", "\"",
                                                     "said", "-", "Ł.", "Nowak"}));
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "Co\u0302te");
  EXPECT_TRUE(tokens[1].cap);
  EXPECT_EQ(tokens[1].fold(), "cote");
  EXPECT_TRUE(tokens[8].cap) << "an initial keeps its period";
  EXPECT_EQ(text.substr(tokens[9].start), "Nowak");
}

// A lexicon phrase whose rule reads its value is refused without one: it would never fire.
TEST(GazetteerTest, LexiconPhraseWithoutItsValueIsAnError) {
  auto loaded = internal::Gazetteer::LoadFrom({{"lexicon.tsv", "org_head\tembassy\torganization\nvenue_head\tairport\t\n"}});
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("lexicon.tsv:2"), std::string::npos) << loaded.status().message();
  EXPECT_NE(loaded.status().message().find("venue_head"), std::string::npos) << loaded.status().message();
  // Word lists need none.
  EXPECT_TRUE(internal::Gazetteer::LoadFrom({{"lexicon.tsv", "post_nominal\tMP\t\n"}}).ok());
}

// Word lists are asked of one token, so a row of two words could never answer: a load error.
// A one-word row answers for its own category only, whatever other categories share the word.
TEST(GazetteerTest, WordListRowsAreSingleWordsAskedPerCategory) {
  auto bad = internal::Gazetteer::LoadFrom({{"lexicon.tsv", "time_bound\tup to\t\n"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("lexicon.tsv:1"), std::string::npos) << bad.status().message();
  EXPECT_NE(bad.status().message().find("not one word"), std::string::npos) << bad.status().message();
  auto loaded = internal::Gazetteer::LoadFrom(
      {{"lexicon.tsv", "time_bound\tuntil\t\nname_suffix\tJr.\t\nlocative\tuntil then\tx\n"}});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  auto tokens = internal::Tokenize("Until Jr. until then");
  (*loaded)->Annotate(tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE((*loaded)->IsLexiconWord(internal::Lexicon::kTimeBound, tokens[0])) << "case-insensitive";
  EXPECT_FALSE((*loaded)->IsLexiconWord(internal::Lexicon::kNameSuffix, tokens[0]));
  EXPECT_TRUE((*loaded)->IsLexiconWord(internal::Lexicon::kNameSuffix, tokens[1])) << "an abbreviation is one token";
  size_t length = 0;
  EXPECT_EQ((*loaded)->MatchLexicon(internal::Lexicon::kLocative, tokens, 2, length), "x");
  EXPECT_EQ(length, 2u);
  EXPECT_TRUE((*loaded)->MatchLexicon(internal::Lexicon::kTimeBound, tokens, 3, length).empty());
}

TEST(GazetteerTest, OfficeHoldersByNameOrAlias) {
  auto loaded = internal::Gazetteer::LoadFrom(
      {{"officials.tsv", "# comment\nAna Souza\tPE|EU\tAna M. Souza\nKarl Brandt\tCL\t\n"}});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const auto* ana = (*loaded)->OfficeHolderCountries("Ana M. Souza");
  ASSERT_NE(ana, nullptr);
  EXPECT_EQ(*ana, (std::vector<std::string>{"PE", "EU"}));
  EXPECT_EQ((*loaded)->OfficeHolderCountries("Ana Brandt"), nullptr);
  EXPECT_FALSE(internal::Gazetteer::LoadFrom({{"officials.tsv", "Nobody\t\t\n"}}).ok());
}

TEST(GazetteerTest, MatchesWithOrWithoutDiacritics) {
  const std::string countries = "CI\tCôte d'Ivoire\t\tIvorian\tYamoussoukro\n";
  const std::string places = "Ñuñoa\tdistrict\tCL\t\t\nDraguignan\tcity\tFR\t\t\n";
  auto loaded =
      internal::Gazetteer::LoadFrom({{"countries.tsv", countries}, {"places.tsv", places}});
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const auto& g = **loaded;
  auto first_type = [&](const std::string& text, size_t& length) {
    auto tokens = Tokenize(text);
    auto found = g.Match(tokens, 0, length);
    return found.empty() ? -1 : static_cast<int>(found.front()->type);
  };
  size_t length = 0;
  EXPECT_EQ(first_type("Cote d'Ivoire voted", length),
            static_cast<int>(internal::EntryType::kCountry));
  EXPECT_EQ(length, 4u);
  EXPECT_EQ(first_type("Côte d’Ivoire voted", length),
            static_cast<int>(internal::EntryType::kCountry));
  EXPECT_EQ(first_type("Nunoa council", length), static_cast<int>(internal::EntryType::kPlace));
  EXPECT_EQ(first_type("ÑUÑOA council", length), static_cast<int>(internal::EntryType::kPlace));
  EXPECT_EQ(first_type("Dràguignan", length), static_cast<int>(internal::EntryType::kPlace));
  EXPECT_EQ(first_type("nunoa council", length), -1) << "a name still needs its capital";
}

TEST(SentenceTest, SplitsAfterFullStopsButNotAfterAbbreviations) {
  const std::string text = "Dr. Jaishankar met Mr. Hayashi. They agreed.\nNew line here";
  auto sentences = internal::SplitSentences(text, 0, static_cast<int64_t>(text.size()));
  ASSERT_EQ(sentences.size(), 3u);
  auto cut = [&](const internal::Sentence& s) {
    return text.substr(s.span.start, s.span.end - s.span.start);
  };
  EXPECT_EQ(cut(sentences[0]), "Dr. Jaishankar met Mr. Hayashi.");
  EXPECT_EQ(cut(sentences[1]), "They agreed.");
  EXPECT_EQ(cut(sentences[2]), "New line here");
  EXPECT_EQ(sentences[2].paragraph, 1);
}

TEST(SentenceTest, CutsARunWithoutFullStopsAtClauseMarksWithinTheBound) {
  // A page of 2,000 "Foreign Minister," with no full stop: pieces of at most the bound, each cut
  // after a comma, covering the text without gaps.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Foreign Minister, ";
  auto sentences = internal::SplitSentences(text, 0, static_cast<int64_t>(text.size()));
  ASSERT_GT(sentences.size(), 1u);
  size_t tokens = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_LE(sentences[i].tokens.size(), internal::kMaxSentenceTokens);
    tokens += sentences[i].tokens.size();
    if (i + 1 < sentences.size()) {
      EXPECT_EQ(sentences[i].tokens.back().text, ",");
      EXPECT_LT(sentences[i].span.end, sentences[i + 1].span.start + 1);
    }
  }
  EXPECT_EQ(tokens, 6000u);
  // A sentence of ordinary length is left whole.
  const std::string one = "India and Japan, meeting in Tokyo, agreed.";
  EXPECT_EQ(internal::SplitSentences(one, 0, static_cast<int64_t>(one.size())).size(), 1u);
}

TEST(DateTest, ParsesPrintedAndIsoDatesAtTheirPrecision) {
  EXPECT_EQ(ParseDateText("Nov 27, 2024")->Iso(), "2024-11-27");
  EXPECT_EQ(ParseDateText("27 November 2024")->Iso(), "2024-11-27");
  EXPECT_EQ(ParseDateText("September 2022")->Iso(), "2022-09");
  EXPECT_EQ(ParseDateText("2024-08")->Iso(), "2024-08");
  EXPECT_FALSE(ParseDateText("no date here").has_value());
}

TEST(DateTest, ResolvesWeekdaysAgainstThePublicationDate) {
  const Date published{2024, 11, 27};  // a Wednesday
  auto tokens = Tokenize("on Wednesday on Monday");
  EXPECT_EQ(MatchDate(tokens, 1, published, Tense::kPast)->date.Iso(), "2024-11-27");
  EXPECT_EQ(MatchDate(tokens, 3, published, Tense::kPast)->date.Iso(), "2024-11-25");
  EXPECT_EQ(MatchDate(tokens, 3, published, Tense::kFuture)->date.Iso(), "2024-12-02");
  // "this", "last", "next" before a weekday decide the week, whatever the tense.
  auto stepped = Tokenize("this Friday this Monday last Wednesday next Wednesday");
  EXPECT_EQ(MatchDate(stepped, 0, published, Tense::kPast)->date.Iso(), "2024-11-29");
  EXPECT_EQ(MatchDate(stepped, 2, published, Tense::kFuture)->date.Iso(), "2024-11-25");
  EXPECT_EQ(MatchDate(stepped, 4, published, Tense::kFuture)->date.Iso(), "2024-11-20");
  EXPECT_EQ(MatchDate(stepped, 6, published, Tense::kPast)->date.Iso(), "2024-12-04");
  EXPECT_EQ(MatchDate(stepped, 4, published, Tense::kPast)->end, 6u);
}

TEST(DateTest, ReadsRangesAndRelativeExpressions) {
  const Date published{2024, 3, 5};
  auto range = Tokenize("August 20-21, 2024");
  EXPECT_EQ(MatchDate(range, 0, published, Tense::kPast)->date.Iso(), "2024-08-20");
  // The year after a range written with words is the range's: "May 18 to 19, 2023".
  auto words = Tokenize("May 18 to 19, 2023");
  EXPECT_EQ(MatchDate(words, 0, published, Tense::kPast)->date.Iso(), "2023-05-18");
  auto both = Tokenize("May 26 and 27, 2021");
  EXPECT_EQ(MatchDate(both, 0, published, Tense::kPast)->date.Iso(), "2021-05-26");
  auto last = Tokenize("last month");
  EXPECT_EQ(MatchDate(last, 0, published, Tense::kPast)->date.Iso(), "2024-02");
  auto earlier = Tokenize("earlier this year");
  EXPECT_EQ(MatchDate(earlier, 0, published, Tense::kPast)->date.Iso(), "2024");
}

TEST(ReaderTest, ReadsHeadlineDateLineAndBody) {
  auto doc = ParseTextDocument("Headline here\nNov 27, 2024\nBody text.\n", "a.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->document.title, "Headline here");
  EXPECT_EQ(doc->document.date, "2024-11-27");
  EXPECT_EQ(doc->document.text.substr(doc->body_begin), "Body text.\n");
  EXPECT_EQ(doc->document.sha256.size(), 64u);
}

TEST(ReaderTest, RejectsBadInputWithTheFileNamed) {
  struct Case {
    std::string bytes;
    std::string expect;
  } cases[] = {
      {"", "empty"},
      {"  \n\n", "empty"},
      {std::string("ab\0cd", 5), "binary"},
      {"\xFF\xFEH\0i\0", "UTF-16"},
      {"caf\xC3 bad", "invalid UTF-8"},
      {"overlong \xC0\xAF", "invalid UTF-8"},
  };
  for (const Case& c : cases) {
    auto doc = ParseTextDocument(c.bytes, "bad.txt");
    ASSERT_FALSE(doc.ok()) << c.expect;
    EXPECT_NE(doc.status().message().find("bad.txt"), std::string::npos);
    EXPECT_NE(doc.status().message().find(c.expect), std::string::npos) << doc.status().message();
  }
}

TEST(ReaderTest, HtmlPageBecomesHeadlineDateAndParagraphs) {
  const std::string html =
      "<html><head><title>Site | News</title><script>var x = 1;</script></head><body>"
      "<nav>Home | About</nav><article><h1>Ministers meet</h1>"
      "<time datetime=\"2024-11-27T10:00\">27 Nov</time>"
      "<p>First &amp; foremost paragraph.</p><p>Second paragraph.</p></article>"
      "<footer>Copyright</footer></body></html>";
  auto doc = ParseHtmlDocument(html, "page.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->document.title, "Ministers meet");
  EXPECT_EQ(doc->document.date, "2024-11-27");
  EXPECT_EQ(doc->document.text.substr(doc->body_begin),
            "First & foremost paragraph.\nSecond paragraph.\n");
}

// A page nested far past any real one (which the HTML parser reads in time growing with the
// square of the depth) keeps its headline and text: the tags past the depth limit are dropped.
TEST(ReaderTest, HtmlNestedFarTooDeepKeepsItsText) {
  std::string html = "<html><body><article><h1>Deep page</h1><p>Opening paragraph.</p>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "Buried paragraph.";
  for (int i = 0; i < 20000; ++i) html += "</div>";
  html += "<p>Closing paragraph.</p></article></body></html>";
  auto doc = ParseHtmlDocument(html, "deep.html");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->document.title, "Deep page");
  const std::string body = doc->document.text.substr(doc->body_begin);
  EXPECT_NE(body.find("Opening paragraph."), std::string::npos) << body;
  EXPECT_NE(body.find("Buried paragraph."), std::string::npos) << body;
  EXPECT_NE(body.find("Closing paragraph."), std::string::npos) << body;
}

TEST(ReaderTest, HtmlWithoutBodyTextIsAnError) {
  auto doc = ParseHtmlDocument("<html><head><title>x</title></head><body></body></html>", "empty.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("empty.html"), std::string::npos);
}

TEST(ImporterTest, ExpandsDirectoriesAndReportsMissingPaths) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "sub");
  testing::WriteFile(dir.File("b.txt"), "x");
  testing::WriteFile(dir.File("sub/a.html"), "x");
  testing::WriteFile(dir.File("notes.md"), "x");
  std::filesystem::create_directories(dir.path() / "empty");
  std::vector<FileResult> failures;
  auto files = ExpandInputs({dir.path().string(), dir.File("missing.txt"), dir.File("empty")}, failures);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_NE(files[0].find("b.txt"), std::string::npos);
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_NE(failures[0].message.find("no such file"), std::string::npos);
  EXPECT_NE(failures[1].message.find("no .txt or .html"), std::string::npos);
}

}  // namespace
}  // namespace dkg
