#pragma once

#include <string>
#include <string_view>

namespace dkg {

// The normalised form of a name, used as the identity key of nodes and aliases: case folded,
// typographic quotes made plain, a possessive 's dropped, punctuation turned into spaces, runs
// of spaces collapsed and a leading "the" removed ("the Ministry of External Affairs'" and
// "ministry of external affairs" are one key). Mirrors how the gold graphs are matched.
std::string NormalizeName(std::string_view name);

// Lower-cases ASCII letters and leaves other bytes as they are.
std::string AsciiLower(std::string_view text);

}  // namespace dkg
