#include "cli/screen.h"

#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace dkg::cli {

Screen::Screen() : terminal_(isatty(STDOUT_FILENO)) {
  if (!terminal_) return;
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    width_ = ws.ws_col;
    height_ = ws.ws_row;
  } else {
    width_ = 80;
    height_ = 24;
  }
}

Screen::~Screen() { Finish(); }

std::ostream& Screen::out() { return terminal_ ? static_cast<std::ostream&>(buffer_) : std::cout; }

void Screen::Finish() {
  if (finished_ || !terminal_) return;
  finished_ = true;
  const std::string text = buffer_.str();
  const size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  std::string pager = "less -FRX";
  for (const char* name : {"DKG_PAGER", "PAGER"}) {
    if (const char* p = std::getenv(name)) {
      pager = p;
      break;
    }
  }
  if (height_ == 0 || lines < height_ || pager.empty() || pager == "cat") {
    std::cout << text << std::flush;
    return;
  }
  std::cout << std::flush;
  // Quitting the pager early closes the pipe: that is not an error of dkg's.
  std::signal(SIGPIPE, SIG_IGN);
  FILE* pipe = popen(pager.c_str(), "w");
  if (!pipe) {
    std::cout << text << std::flush;
    return;
  }
  fwrite(text.data(), 1, text.size(), pipe);
  const int status = pclose(pipe);
  // A pager that could not run (sh's 126 and 127: not executable, not found) showed nothing:
  // the answer goes to the terminal as is rather than being lost.
  if (status == -1 || (WIFEXITED(status) && (WEXITSTATUS(status) == 126 || WEXITSTATUS(status) == 127))) {
    std::cerr << "dkg: the pager '" << pager << "' could not run; writing the answer directly\n";
    std::cout << text << std::flush;
  }
}

}  // namespace dkg::cli
