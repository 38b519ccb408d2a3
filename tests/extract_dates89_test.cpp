// Dates of meetings that span days, named as the setting of a side event (h89), each on a
// document written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractDates89Test : public ExtractFixture {};

// "On the margins of the summit today, A and B signed ...": the day is the signing's; the summit
// runs over several days, so only its month is known.
TEST_F(ExtractDates89Test, SummitOnWhoseMarginsSomethingHappenedKeepsTheMonth) {
  Extract(
      "Fiji and Tonga sign fisheries pact in Apia\nNov 4, 2025\n"
      "On the margins of the 12th Polynesian Leaders' Summit in Apia today, Prime Minister Sione Vaka "
      "of Tonga and Prime Minister Ratu Lomani of Fiji signed a fisheries agreement.\n");
  EXPECT_EQ(DateOf("Polynesian Leaders' Summit"), "2025-11") << Dump();
}

// The same with "sidelines" and a written date.
TEST_F(ExtractDates89Test, SummitOnWhoseSidelinesTwoMetKeepsTheMonth) {
  Extract(
      "Nordic and Baltic ministers meet\nMay 20, 2025\n"
      "On the sidelines of the 7th Baltic Sea Summit in Riga on May 19, 2025, Foreign Minister Lars "
      "Dahl of Norway met Foreign Minister Aiga Ozola of Latvia.\n");
  EXPECT_EQ(DateOf("Baltic Sea Summit"), "2025-05") << Dump();
}

// A meeting named without such a noun keeps its day.
TEST_F(ExtractDates89Test, SummitNamedPlainlyKeepsTheDay) {
  Extract(
      "Polynesian leaders meet in Apia\nNov 4, 2025\n"
      "The 12th Polynesian Leaders' Summit opened in Apia today, with Prime Minister Sione Vaka of "
      "Tonga in the chair.\n");
  EXPECT_EQ(DateOf("Polynesian Leaders' Summit"), "2025-11-04") << Dump();
}

// A dateline names the province bare ("NAGO, Okinawa") and the body in full ("Okinawa
// Prefecture"): one place.
TEST_F(ExtractDates89Test, ProvinceNamedBareAndWithItsHeadIsOnePlace) {
  Extract(
      "Island talks in Nago\nJun 2, 2025\n"
      "NAGO, Okinawa (Kyodo) - Foreign Minister Lars Dahl of Norway met Foreign Minister Aiga Ozola of "
      "Latvia on Sunday in the city of Nago.\n"
      "The two ministers later toured a fishing port in Nago, Okinawa Prefecture, in southern Japan.\n");
  int okinawa = 0;
  for (const auto& n : graph_.nodes) okinawa += n.kind == "place" && n.name.find("Okinawa") != std::string::npos;
  EXPECT_EQ(okinawa, 1) << Dump();
  EXPECT_TRUE(HasEdge("Okinawa", "located_in", "Japan")) << Dump();
}

}  // namespace
}  // namespace dkg
