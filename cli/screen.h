#pragma once

#include <ostream>
#include <sstream>
#include <string>

namespace dkg::cli {

// Where a command's answer goes. Not a terminal: straight to standard output, never paged or
// cut. A terminal: collected, then shown through a pager ($DKG_PAGER, else $PAGER, else
// "less -FRX", as git does) when it is longer than the screen, else written as is; `width()`
// is the terminal's, so tables can fit it. One per command; not thread-safe.
class Screen {
 public:
  Screen();
  ~Screen();
  Screen(const Screen&) = delete;
  Screen& operator=(const Screen&) = delete;

  std::ostream& out();
  // Columns of the terminal, or 0 when standard output is not one.
  size_t width() const { return width_; }
  // Writes what was collected, through the pager when it is taller than the screen.
  void Finish();

 private:
  bool terminal_ = false;
  size_t width_ = 0;
  size_t height_ = 0;
  std::ostringstream buffer_;
  bool finished_ = false;
};

}  // namespace dkg::cli
