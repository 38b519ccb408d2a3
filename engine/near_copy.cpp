#include "engine/near_copy.h"

#include <algorithm>
#include <array>
#include <string>
#include <limits>

namespace dkg {

namespace {

// SplitMix64's finaliser: a cheap, well-mixed 64-bit hash step.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// FNV-1a over a word's folded bytes.
uint64_t WordHash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : word) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace

std::vector<uint32_t> MinHashSignature(std::string_view text) {
  // Words: runs of ASCII letters and digits, lower-cased, and of non-ASCII bytes (kept as they
  // are: the same text has the same bytes, which is all a copy needs).
  std::vector<uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(WordHash(word));
    word.clear();
  };
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      word += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  // Short texts share 3-grams by chance ("... C++ Users Group." twice is half the shingles of
  // two 5-word texts): they are never near-copies (identical bytes are caught by the sha256).
  if (words.size() < static_cast<size_t>(kNearCopyMinWords)) return {};
  constexpr size_t kShingle = 3;
  std::array<uint32_t, kMinHashSize> mins;
  mins.fill(std::numeric_limits<uint32_t>::max());
  const size_t count = words.size() < kShingle ? 1 : words.size() - kShingle + 1;
  for (size_t i = 0; i < count; ++i) {
    uint64_t h = 0;
    for (size_t j = i; j < std::min(words.size(), i + kShingle); ++j) h = Mix(h ^ words[j]);
    // 128 hash functions from one: each mixes the shingle's hash with its own seed.
    for (int k = 0; k < kMinHashSize; ++k) {
      const uint32_t v = static_cast<uint32_t>(Mix(h ^ (0x51ed270b27a1f3c5ull * (k + 1))) >> 32);
      if (v < mins[k]) mins[k] = v;
    }
  }
  return std::vector<uint32_t>(mins.begin(), mins.end());
}

std::vector<int64_t> MinHashBands(const std::vector<uint32_t>& signature) {
  std::vector<int64_t> out;
  if (signature.size() != static_cast<size_t>(kMinHashSize)) return out;
  constexpr int kRows = kMinHashSize / kMinHashBands;
  for (int b = 0; b < kMinHashBands; ++b) {
    uint64_t h = Mix(static_cast<uint64_t>(b) + 1);
    for (int r = 0; r < kRows; ++r) h = Mix(h ^ signature[b * kRows + r]);
    out.push_back(static_cast<int64_t>(h >> 1));  // non-negative: an SQLite integer
  }
  return out;
}

double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0;
  int same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

}  // namespace dkg
