// libFuzzer target: date expressions. The first three bytes pick a publication date (so weekday
// and "last month" arithmetic sees every month and day), the rest is text to find dates in.
#include <cstddef>
#include <cstdint>
#include <string>

#include "importers/internal/dates.h"
#include "importers/internal/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const dkg::internal::Date published{1990 + data[0] % 60, 1 + data[1] % 12, 1 + data[2] % 28};
  const std::string text(reinterpret_cast<const char*>(data) + 3, size - 3);
  dkg::internal::ParseDateText(text);
  const auto tokens = dkg::internal::Tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (auto tense : {dkg::internal::Tense::kPast, dkg::internal::Tense::kFuture}) {
      auto d = dkg::internal::MatchDate(tokens, i, published, tense);
      if (d && (d->end <= i || d->end > tokens.size())) __builtin_trap();
      if (d && d->date.valid() && (d->date.month > 12 || d->date.day > 31)) __builtin_trap();
    }
  }
  return 0;
}
