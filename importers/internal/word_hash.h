#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dkg::internal {

// Hash for the maps looked up once per token of every sentence (Gazetteer::first_tokens_,
// PatternSet::anchor_index_). Their keys are single words, nearly all of 8 bytes or fewer: those
// are read as one 64-bit word and mixed once, where std::hash<std::string> runs an out-of-line
// murmur loop. Only which bucket a key lands in changes; no caller iterates these maps in an
// order that reaches the output. Thread-safe: no state.
// Not noexcept, on purpose: libstdc++ then keeps each key's hash in its node (as it does for
// std::hash<std::string>), so a lookup walking a bucket compares stored hashes instead of
// hashing every key it passes again to learn where the bucket ends.
struct WordHash {
  size_t operator()(std::string_view s) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (; n >= 8; n -= 8, p += 8) {
      uint64_t w = 0;
      for (int k = 0; k < 8; ++k) w |= uint64_t{p[k]} << (8 * k);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    uint64_t w = 0;
    for (size_t k = 0; k < n; ++k) w |= uint64_t{p[k]} << (8 * k);
    h = (h ^ w) * 0x94D049BB133111EBull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  size_t operator()(const std::string& s) const { return (*this)(std::string_view(s)); }
};

}  // namespace dkg::internal
