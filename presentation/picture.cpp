#include "presentation/picture.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cerrno>
#include <chrono>
#include <thread>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "schema/embedded.h"

namespace dkg {
extern const EmbeddedFile kStyleFiles[];
extern const int kStyleFiles_count;
}  // namespace dkg

namespace dkg::presentation {

namespace {

// data/style/kinds.tsv, parsed once: kind -> style; "*" is the default.
const std::map<std::string, KindStyle>& Styles() {
  static const std::map<std::string, KindStyle> styles = [] {
    std::map<std::string, KindStyle> out;
    for (int i = 0; i < kStyleFiles_count; ++i) {
      std::istringstream lines{std::string(kStyleFiles[i].bytes)};
      std::string line;
      while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        KindStyle s;
        std::getline(fields, s.kind, '\t');
        std::getline(fields, s.fill, '\t');
        std::getline(fields, s.border, '\t');
        std::getline(fields, s.graphviz_shape, '\t');
        std::getline(fields, s.cytoscape_shape, '\t');
        out[s.kind] = s;
      }
    }
    if (!out.count("*")) out["*"] = {"*", "#cccccc", "#888888", "box", "round-rectangle"};
    return out;
  }();
  return styles;
}

std::string DotQuoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      out += ' ';  // control characters mean nothing in a label
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

constexpr std::string_view kTempPrefix = "dkg-picture-";

// A temporary file's pid says little when /tmp is shared across pid namespaces (containers): a
// live dkg elsewhere may have a pid that is free here, and a dead one's pid may be reused here.
// What tells a live picture's file is the lock its dkg holds on it from creation to removal
// (TempFile): the kernel drops it when the process dies, however it dies, and every process on
// the machine sees it whatever its namespace.
bool LockedElsewhere(int fd) {
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return false;
  return errno == EWOULDBLOCK || errno == EINTR;  // any doubt: it is in use
}

}  // namespace

void RemoveOrphanedPictureFiles(const std::filesystem::path& dir, std::chrono::seconds unlocked_age) {
  std::error_code ec;
  const auto now = std::filesystem::file_time_type::clock::now();
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.compare(0, kTempPrefix.size(), kTempPrefix) != 0) continue;
    const std::string_view rest = std::string_view(name).substr(kTempPrefix.size());
    const size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos || dash > 9) continue;
    const std::string_view digits = rest.substr(0, dash);
    if (digits.find_first_not_of("0123456789") != std::string_view::npos) continue;
    const std::string_view tail = rest.substr(dash + 1);  // XXXXXX.ext
    const size_t dot = tail.rfind('.');
    if (dot != 6) continue;
    const std::string_view ext = tail.substr(dot);
    if (ext != ".dot" && ext != ".png" && ext != ".svg") continue;
    const std::string path = it->path().string();
    // O_NOFOLLOW: a link of that name (anyone may make one in /tmp) is not followed.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) continue;
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || LockedElsewhere(fd)) {
      ::close(fd);
      continue;
    }
    // Unlocked: its dkg has ended, or is a dkg from before the lock (or is between creating the
    // file and locking it, which TempFile notices and redoes). Such a file goes when its pid is
    // not running here; when the pid is, only once the file is older than any picture takes, for
    // that pid may be another process's (namespaces, reuse).
    const pid_t pid = static_cast<pid_t>(std::stol(std::string(digits)));
    const bool alive = ::kill(pid, 0) == 0 || errno == EPERM;
    const auto modified = std::filesystem::last_write_time(it->path(), ec);
    const bool old = !ec && now - modified > unlocked_age;
    ec.clear();
    struct stat named {};
    // Removed while locked, and only if the name still leads to the file locked.
    if ((!alive || old) && ::lstat(path.c_str(), &named) == 0 && named.st_dev == opened.st_dev &&
        named.st_ino == opened.st_ino) {
      ::unlink(path.c_str());
    }
    ::close(fd);
  }
}

namespace {

// A temporary file, locked (flock) from its creation until it is removed when this goes out of
// scope, so that a later dkg can tell a killed one's file from a live one's and remove it
// (RemoveOrphanedPictureFiles); named after this process (`dkg-picture-<pid>-XXXXXX<suffix>`)
// for a person looking at /tmp.
struct TempFile {
  std::string path;
  int fd = -1;
  TempFile(const std::filesystem::path& dir, const char* suffix) {
    const std::string tmpl =
        (dir / (std::string(kTempPrefix) + std::to_string(getpid()) + "-XXXXXX")).string() + suffix;
    // Another dkg's cleanup may take the file between its creation and the lock: it then has
    // removed it, so it is made again (the name no longer leads to the file locked).
    for (int attempt = 0; attempt < 5; ++attempt) {
      std::vector<char> buf(tmpl.begin(), tmpl.end());
      buf.push_back('\0');
      const int made = mkostemps(buf.data(), static_cast<int>(std::string(suffix).size()), O_CLOEXEC);
      if (made < 0) return;
      struct stat opened {}, named {};
      if (::flock(made, LOCK_EX) == 0 && ::fstat(made, &opened) == 0 && ::lstat(buf.data(), &named) == 0 &&
          opened.st_dev == named.st_dev && opened.st_ino == named.st_ino) {
        fd = made;
        path = buf.data();
        return;
      }
      ::close(made);
    }
  }
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
    if (fd >= 0) ::close(fd);  // the lock goes with the last descriptor, after the removal
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

// `text` broken at spaces into lines of about `width` bytes, so long meeting names make tall
// boxes rather than a picture many screens wide.
std::string Wrapped(const std::string& text, size_t width) {
  std::string out, line, word;
  std::istringstream words(text);
  while (words >> word) {
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += (out.empty() ? "" : "\n") + line;
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
  return out;
}

}  // namespace

const KindStyle& StyleOf(const std::string& kind) {
  const auto& styles = Styles();
  auto it = styles.find(kind);
  return it == styles.end() ? styles.at("*") : it->second;
}

nlohmann::ordered_json StylesJson() {
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  auto one = [](const KindStyle& s) {
    return nlohmann::ordered_json{{"fill", s.fill}, {"border", s.border}, {"shape", s.cytoscape_shape}};
  };
  for (const auto& [kind, style] : Styles()) {
    if (kind != "*") kinds[kind] = one(style);
  }
  return {{"kinds", kinds}, {"default", one(Styles().at("*"))}};
}

std::string StyledDot(const Subgraph& sub) {
  // Graphviz lays out an edge's label as a node of its own: a hub's 51 nodes and 319 labelled
  // edges took it more than a minute, 6 s without the labels, and 0.5 s with straight edges and
  // fewer rounds of its rank and crossing optimisations (nslimit, mclimit). Past
  // kMaxLabelledEdges a picture is drawn so: the relation is left to each edge's tooltip, as the
  // page leaves it off a crowded canvas.
  const bool labelled = sub.edges.size() <= kMaxLabelledEdges;
  std::ostringstream os;
  os << "digraph dkg {\n"
        "  graph [rankdir=LR, fontname=\"Helvetica\", bgcolor=\"white\", pad=0.3, nodesep=0.3"
     << (labelled ? "" : ", splines=line, nslimit=2, mclimit=0.2")
     << "];\n"
        "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=11, penwidth=1.5];\n"
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\", fontcolor=\"#444444\"];\n";
  for (const NodeRecord* n : sub.nodes) {
    const KindStyle& s = StyleOf(n->kind);
    std::string label = Wrapped(n->name, 28) + "\n" + n->kind + (n->date.empty() ? "" : ", " + n->date);
    std::string tooltip = "#";  // GCC 12 warns (-Wrestrict, falsely) about "#" + to_string
    tooltip += std::to_string(n->id);
    os << "  n" << n->id << " [label=" << DotQuoted(label) << ", shape=" << DotQuoted(s.graphviz_shape)
       << ", fillcolor=" << DotQuoted(s.fill) << ", color=" << DotQuoted(s.border)
       << ", tooltip=" << DotQuoted(tooltip) << "];\n";
  }
  for (const EdgeRecord* e : sub.edges) {
    os << "  n" << e->source << " -> n" << e->target << " [" << (labelled ? "label=" : "tooltip=")
       << DotQuoted(e->relation) << "];\n";
  }
  os << "}\n";
  return os.str();
}

Result<std::string> DrawWithGraphviz(const std::string& dot, PictureFormat format, int timeout_seconds,
                                     bool* timed_out) {
  if (timed_out) *timed_out = false;
  // The DOT goes through a file, not a pipe, so a large graph cannot deadlock two full pipes.
  // A TMPDIR that is missing, empty or not a directory is an error, not an exception (the
  // throwing temp_directory_path() aborted dkg export).
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) {
    const char* tmpdir = std::getenv("TMPDIR");
    return Status::IoError("cannot create a temporary file for Graphviz: temporary directory" +
                           (tmpdir ? std::string(" TMPDIR='") + tmpdir + "'" : std::string()) + ": " +
                           ec.message());
  }
  RemoveOrphanedPictureFiles(dir);
  TempFile in(dir, ".dot"), out(dir, format == PictureFormat::kPng ? ".png" : ".svg");
  if (in.path.empty() || out.path.empty())
    return Status::IoError("cannot create a temporary file for Graphviz in " + dir.string());
  {
    std::ofstream f(in.path, std::ios::binary);
    f << dot;
    if (!f.flush()) return Status::IoError(in.path + ": cannot write the DOT for Graphviz");
  }
  std::string program = "dot";
  const std::string type = format == PictureFormat::kPng ? "-Tpng" : "-Tsvg";
  const std::string out_flag = "-o" + out.path;
  std::vector<char*> argv{program.data(), const_cast<char*>(type.c_str()),
                          const_cast<char*>(out_flag.c_str()), in.path.data(), nullptr};
  // `dot` is started with fork and exec rather than posix_spawn so that the child can ask the
  // kernel to kill it when the thread that started it dies (PR_SET_PDEATHSIG): a dkg killed
  // while Graphviz draws (kill -9, an OOM kill, a server stopped) must not leave `dot` running
  // on its own, which on a large graph went on for minutes and gigabytes. Everything the child
  // needs is prepared before the fork: it only calls async-signal-safe functions.
  std::vector<std::string> candidates;
  if (const char* path_env = std::getenv("PATH"); path_env != nullptr) {
    std::string dirs = path_env;
    size_t from = 0;
    while (from <= dirs.size()) {
      const size_t to = std::min(dirs.find(':', from), dirs.size());
      const std::string path_dir = dirs.substr(from, to - from);
      if (!path_dir.empty()) candidates.push_back(path_dir + "/dot");
      from = to + 1;
    }
  }
  candidates.push_back("/usr/bin/dot");
  const std::string devnull = "/dev/null";
  const pid_t parent = getpid();
  // The exec's error comes back through a pipe closed on a successful exec.
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0)
    return Status::IoError("cannot run Graphviz's `dot` program: " + std::string(std::strerror(errno)));
  const pid_t pid = fork();
  if (pid < 0) {
    const int e = errno;
    close(report[0]);
    close(report[1]);
    return Status::IoError("cannot run Graphviz's `dot` program: " + std::string(std::strerror(e)));
  }
  if (pid == 0) {
    close(report[0]);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);  // dkg died before the line above took effect
    // Graphviz's warnings (a label too wide...) are not dkg's output: discarded.
    const int null_fd = open(devnull.c_str(), O_WRONLY);
    if (null_fd >= 0) {
      dup2(null_fd, STDOUT_FILENO);
      dup2(null_fd, STDERR_FILENO);
      if (null_fd > STDERR_FILENO) close(null_fd);
    }
    int error = ENOENT;
    for (const std::string& candidate : candidates) {
      execv(candidate.c_str(), argv.data());
      if (errno != ENOENT) error = errno;
    }
    ssize_t ignored = write(report[1], &error, sizeof error);
    (void)ignored;
    _exit(127);
  }
  close(report[1]);
  int exec_error = 0;
  ssize_t got = 0;
  while ((got = read(report[0], &exec_error, sizeof exec_error)) < 0 && errno == EINTR) {
  }
  close(report[0]);
  if (got == static_cast<ssize_t>(sizeof exec_error)) {
    int ignored = 0;
    while (waitpid(pid, &ignored, 0) < 0 && errno == EINTR) {
    }
    return Status::IoError("cannot run Graphviz's `dot` program (install graphviz): " +
                           std::string(std::strerror(exec_error)));
  }
  int wstatus = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  for (;;) {
    const pid_t done = waitpid(pid, &wstatus, timeout_seconds > 0 ? WNOHANG : 0);
    if (done == pid) break;
    if (done < 0 && errno != EINTR)
      return Status::IoError("waiting for Graphviz's `dot`: " + std::string(std::strerror(errno)));
    if (done == 0 && std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
      }
      if (timed_out) *timed_out = true;
      return Status::IoError("Graphviz's `dot` did not finish drawing the picture in " +
                                 std::to_string(timeout_seconds) + " s: ask for fewer nodes (depth, limit, kinds)");
    }
    if (done == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)
    return Status::IoError("Graphviz's `dot` failed to draw the graph (exit status " +
                           std::to_string(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1) + ")");
  std::ifstream f(out.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << f.rdbuf();
  if (bytes.str().empty()) return Status::IoError("Graphviz's `dot` drew nothing");
  return bytes.str();
}

}  // namespace dkg::presentation
