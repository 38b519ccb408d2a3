#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Near-copy detection: documents that tell the same story with small changes (wire copies, a
// republished release with another date, a paragraph moved, a line added) have most of their
// word 3-grams ("shingles") in common. A MinHash signature estimates the Jaccard similarity of
// two documents' shingle sets from 128 numbers, and locality-sensitive hashing over bands of it
// finds the few stored documents worth comparing, so an import never scans the store.
namespace dkg {

constexpr int kMinHashSize = 128;
constexpr int kMinHashBands = 32;  // of 4 values each: similarity 0.5 is a candidate with p = 0.87,
                                   // 0.6 with p = 0.98, 0.7 with p > 0.999
// Estimated Jaccard similarity from which a document is recorded as a copy.
constexpr double kNearCopyThreshold = 0.5;

// Texts of fewer words have no signature and are never near-copies.
constexpr int kNearCopyMinWords = 50;

// The signature of `text`: words folded to lower case (letters and digits only), 3-word
// shingles, the minimum of 128 hash functions over them. Empty below kNearCopyMinWords words.
std::vector<uint32_t> MinHashSignature(std::string_view text);

// The band keys of a signature: documents sharing one are candidate copies.
std::vector<int64_t> MinHashBands(const std::vector<uint32_t>& signature);

// The share of equal positions: an estimate of the Jaccard similarity of the shingle sets.
double MinHashSimilarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace dkg
