#pragma once

#include <string_view>

namespace dkg::internal {

// Offset of the first invalid UTF-8 sequence in `s` (RFC 3629: no overlongs, no surrogates), or
// std::string_view::npos when all of it is valid.
size_t FindInvalidUtf8(std::string_view s);

}  // namespace dkg::internal
