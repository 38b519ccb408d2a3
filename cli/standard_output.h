#pragma once

#include <string_view>

#include "engine/status.h"

namespace dkg::cli {

// Standard output for every command, written to file descriptor 1 through one buffer that keeps
// the errno of the first failed write. Through stdio the cause is lost: a write failing inside
// a buffered fwrite sets an error flag, and errno is whatever a later call left there (a full
// disk was reported as "Resource temporarily unavailable"). After the first failure the rest
// of the output is dropped. Not thread-safe: output is written by the main thread only.
//
// InstallStandardOutput() points std::cout at it; WriteStandardOutput() is the sink of
// streamed exports. FinishStandardOutput() flushes and returns the failure, if any, once: a
// command that already reported it (MarkStandardOutputErrorReported) gets Ok().
void InstallStandardOutput();
Status WriteStandardOutput(std::string_view bytes);
void MarkStandardOutputErrorReported();
Status FinishStandardOutput();

}  // namespace dkg::cli
