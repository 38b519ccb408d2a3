// Input an attacker or an odd exporter sends (line ends of old systems), as specifications, each
// on a document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractAttackTest : public ExtractFixture {};

std::string WithLineEnds(std::string text, const std::string& eol) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += eol;
    } else {
      out += c;
    }
  }
  return out;
}

// A file with classic Mac line ends (a lone CR) has a headline and a body like any other: the
// headline is the first line only, and the body's meeting is found as with LF or CRLF.
TEST_F(ExtractAttackTest, ALoneCarriageReturnEndsALine) {
  const std::string story =
      "Envoys confer in Accra\n"
      "Apr 9, 2025\n"
      "Foreign Minister Lina Okafor of Nigeria held talks with Foreign Minister Tomas Berg of "
      "Sweden in Accra on 8 April 2025.\n";
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    const std::string text = WithLineEnds(story, eol);
    auto doc = ParseTextDocument(text, "test.txt");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->document.title, "Envoys confer in Accra");
    EXPECT_EQ(doc->document.date, "2025-04-09");
    EXPECT_EQ(doc->document.sha256, ParseTextDocument(text, "again.txt")->document.sha256);
    Extract(text);
    EXPECT_TRUE(HasRole("Lina Okafor", "attended")) << Dump();
    EXPECT_TRUE(HasRole("Tomas Berg", "attended")) << Dump();
    EXPECT_FALSE(Meeting().empty()) << Dump();
  }
}

}  // namespace
}  // namespace dkg
