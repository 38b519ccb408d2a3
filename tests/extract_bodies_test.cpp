// Bodies of governments and of other bodies: which country or body an organization is part_of,
// and who is member_of it. Each document is written for the test.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract_fixture.h"

namespace dkg {
namespace {

class ExtractBodiesTest : public ExtractFixture {};

// "the Ministry of the Interior of Chile": a name another country's ministry has in the gazetteer,
// then "of <country>", is that country's ministry; "the Chilean Armed Forces" are Chile's.
TEST_F(ExtractBodiesTest, BodyNamedWithItsCountryAfterOrBeforeIsPartOfIt) {
  Extract(
      "Defence accord\nMar 3, 2025\n"
      "Officials of the Ministry of the Armed Forces of Chile met a delegation from Ghana in "
      "Accra on Monday. General Rosa Pinto, Commander of the Chilean Armed Forces, joined them.\n");
  EXPECT_TRUE(HasEdge("Ministry of the Armed Forces of Chile", "part_of", "Chile")) << Dump();
  EXPECT_TRUE(HasEdge("Armed Forces of Chile", "part_of", "Chile")) << Dump();
  EXPECT_FALSE(HasEdge("Ministry of the Armed Forces of Chile", "part_of", "Ghana")) << Dump();
}

}  // namespace
}  // namespace dkg
