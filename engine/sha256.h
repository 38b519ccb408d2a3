#pragma once

#include <string>
#include <string_view>

namespace dkg {

// The SHA-256 of `bytes` as 64 lower-case hex digits (OpenSSL's implementation).
std::string Sha256Hex(std::string_view bytes);

}  // namespace dkg
