#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dkg {

// The normalised form of a name, used as the identity key of nodes and aliases: case and
// diacritics folded with Unicode data (unicode::Fold: "Erdoğan" and "ERDOGAN" are "erdogan"),
// typographic quotes made plain, a possessive 's dropped, punctuation turned into spaces, runs
// of spaces collapsed and a leading "the" removed ("the Ministry of External Affairs'" and
// "ministry of external affairs" are one key). Mirrors how the gold graphs are matched, except
// that '+' and '#' stay, joined to their neighbours when written apart ("2 + 2" is "2+2"), so
// that "C++" and "C#" remain two names.
std::string NormalizeName(std::string_view name);

// Whether two written personal names can denote one person: every word of the shorter matches a
// distinct word of the longer (equal, or an initial of it) and at least one full word matches.
// "Misri" ~ "Vikram Misri", "S. Jaishankar" ~ "Subrahmanyam Jaishankar", "KAMIKAWA Yoko" ~
// "Yoko Kamikawa"; "Rajnath Singh" !~ "Manmohan Singh".
bool PersonNamesCompatible(std::string_view a, std::string_view b);
// The same test on names already split by PersonNameWords (for callers comparing one name with
// many: splitting folds each name, which costs more than the comparison).
bool PersonNameWordsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The words of a personal name, folded, without dots: "S. Jaishankar" -> {"s", "jaishankar"},
// "Radosław Sikorski" -> {"radoslaw", "sikorski"}.
std::vector<std::string> PersonNameWords(std::string_view name);

// Lower-cases ASCII letters and leaves other bytes as they are (for ASCII vocabularies; names are
// compared through NormalizeName).
std::string AsciiLower(std::string_view text);

// The words of `text` as the full-text index splits them: runs of ASCII letters and digits and
// of non-ASCII bytes, ASCII lower-cased ("Misri's 2+2" -> {"misri", "s", "2", "2"}).
std::vector<std::string> IndexWords(std::string_view text);

}  // namespace dkg
