#include "cli/standard_output.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <streambuf>

#include "engine/atomic_file.h"

namespace dkg::cli {

namespace {

class FdBuffer : public std::streambuf {
 public:
  FdBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }

  // Writes `n` bytes after what is buffered; writes larger than the buffer go straight to the
  // descriptor.
  bool Put(const char* data, size_t n) {
    if (error_ != 0) return false;
    if (n > static_cast<size_t>(epptr() - pptr())) {
      if (!Drain()) return false;
      if (n >= sizeof buffer_) return WriteAll(data, n);
    }
    std::copy(data, data + n, pptr());
    pbump(static_cast<int>(n));
    return true;
  }
  bool Drain() {
    const size_t n = static_cast<size_t>(pptr() - pbase());
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0 && WriteAll(buffer_, n);
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return Put(s, static_cast<size_t>(n)) ? n : 0;
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool WriteAll(const char* data, size_t n) {
    while (n > 0 && error_ == 0) {
      const ssize_t w = ::write(STDOUT_FILENO, data, n);
      if (w > 0) {
        data += w;
        n -= static_cast<size_t>(w);
      } else if (w < 0 && errno == EINTR) {
        continue;
      } else if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        // Standard output left non-blocking by whoever opened it: wait until it takes more.
        pollfd p{STDOUT_FILENO, POLLOUT, 0};
        if (::poll(&p, 1, -1) < 0 && errno != EINTR) error_ = errno;
      } else {
        error_ = w < 0 ? errno : ENOSPC;  // write() taking nothing: the device is full
      }
    }
    return error_ == 0;
  }

  char buffer_[1 << 16];
  int error_ = 0;
};

// Never destroyed: std::cout may be flushed after static destructors have run.
FdBuffer& Buffer() {
  static FdBuffer* buffer = new FdBuffer;
  return *buffer;
}

bool reported = false;

}  // namespace

void InstallStandardOutput() { std::cout.rdbuf(&Buffer()); }

Status WriteStandardOutput(std::string_view bytes) {
  // The same buffer as std::cout's: what was printed before stays before, with no flush.
  if (!Buffer().Put(bytes.data(), bytes.size())) {
    return Status::IoError(WriteErrorMessage("standard output", Buffer().error()));
  }
  return Status::Ok();
}

void MarkStandardOutputErrorReported() { reported = true; }

Status FinishStandardOutput() {
  std::cout.flush();
  Buffer().Drain();
  if (Buffer().error() == 0 || reported) return Status::Ok();
  reported = true;
  return Status::IoError(WriteErrorMessage("standard output", Buffer().error()));
}

}  // namespace dkg::cli
