#pragma once

#include <string_view>

namespace dkg {

// A data file compiled into the binary by cmake/Embed.cmake: its file name and its bytes.
// The bytes live in static storage for the whole program, so views into them never dangle.
struct EmbeddedFile {
  std::string_view name;
  std::string_view bytes;
};

}  // namespace dkg
