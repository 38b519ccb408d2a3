// Names of officials (helper area "names, organizations, member lists"): a title word that is a
// person's given name. Sentences written for these tests.

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class NamesTest : public ExtractFixture {};

// "Sultan Ahmad Rahimi, the Interior Minister of Jordan": "Sultan" opens the name; the apposition
// gives the office.
TEST_F(NamesTest, TitleWordBeforeANameAndAnotherOfficeIsAGivenName) {
  Extract(
      "Jordan and Peru hold talks in Lima\n"
      "March 4, 2031\n"
      "LIMA: Sultan Ahmad Rahimi, the Interior Minister of Jordan, held talks in Lima on Tuesday "
      "with Foreign Minister Rosa Quispe of Peru.\n");
  EXPECT_NE(Find("official", "Sultan Ahmad Rahimi"), nullptr) << Dump();
  EXPECT_EQ(Find("official", "Ahmad Rahimi"), nullptr) << Dump();
  EXPECT_TRUE(HasEdge("Sultan Ahmad Rahimi", "represents", "Jordan")) << Dump();
}

// The same word as the office itself keeps its title: "Sultan X Y, the Sultan of Oman".
TEST_F(NamesTest, TitleWordRestatedByTheAppositionStaysATitle) {
  Extract(
      "Oman and Chile hold talks in Muscat\n"
      "March 4, 2031\n"
      "MUSCAT: Sultan Hamad Salim, the Sultan of Oman, received Foreign Minister Rosa Vidal of "
      "Chile in Muscat on Tuesday.\n");
  EXPECT_EQ(Find("official", "Sultan Hamad Salim"), nullptr) << Dump();
  EXPECT_NE(Find("official", "Hamad Salim"), nullptr) << Dump();
}

// After a possessive the word is the office: "Qatar's Amir ..." is not a given name.
TEST_F(NamesTest, TitleWordAfterAPossessiveIsTheOffice) {
  Extract(
      "Qatar and Chile hold talks in Doha\n"
      "March 4, 2031\n"
      "DOHA: Qatar's Amir Hamad Salim Nasser, the Chairman of the Gulf Council, received Foreign Minister "
      "Rosa Vidal of Chile in Doha on Tuesday.\n");
  EXPECT_EQ(Find("official", "Amir Hamad Salim Nasser"), nullptr) << Dump();
}

// "Chief Adviser of the Chilean Government" names no official called Government.
TEST_F(NamesTest, GovernmentAfterATitleIsNoName) {
  Extract(
      "Peru and Chile leaders speak by phone\n"
      "March 4, 2031\n"
      "LIMA: President Ana Rojas spoke by telephone with Dr. Pablo Ruiz, Chief Adviser of the "
      "Chilean Government, on Tuesday.\n");
  EXPECT_EQ(Find("official", "Government"), nullptr) << Dump();
}

}  // namespace
}  // namespace dkg
