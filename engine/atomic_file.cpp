#include "engine/atomic_file.h"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace dkg {

std::string WriteErrorMessage(const std::string& path, int error_number) {
  switch (error_number) {
    case ENOSPC:
      return path + ": cannot write: disk full";
    case EDQUOT:
      return path + ": cannot write: disk quota exceeded";
    case EFBIG:
      return path + ": cannot write: file too large (file size limit, ulimit -f)";
    case EROFS:
      return path + ": cannot write: read-only file system";
    default:
      return path + ": cannot write: " + std::strerror(error_number);
  }
}

AtomicFile::AtomicFile(std::string path, std::string temp, int fd)
    : path_(std::move(path)), temp_(std::move(temp)), fd_(fd) {}

Result<std::unique_ptr<AtomicFile>> AtomicFile::Create(const std::string& name) {
  if (name.empty()) return Status::InvalidInput("output file name is empty");
  // Through a symbolic link, the file it names is replaced and the link kept.
  std::error_code ec;
  std::string path = name;
  if (std::filesystem::is_symlink(name, ec)) {
    const auto target = std::filesystem::weakly_canonical(name, ec);
    if (!ec) path = target.string();
  }
  const std::string temp = path + ".tmp-" + std::to_string(::getpid());
  // A file left by an earlier process with our pid is stale: we are the only writer of this name.
  ::unlink(temp.c_str());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return Status::IoError(WriteErrorMessage(path, errno));
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
    (void)::fchmod(fd, old.st_mode & 07777);  // replacing a file keeps its permissions
  }
  return std::unique_ptr<AtomicFile>(new AtomicFile(path, temp, fd));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

Status AtomicFile::Write(std::string_view bytes) {
  if (!error_.ok()) return error_;
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = Status::IoError(WriteErrorMessage(path_, n < 0 ? errno : ENOSPC));
      return error_;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (!error_.ok()) return error_;
  if (::fsync(fd_) != 0) {
    error_ = Status::IoError(WriteErrorMessage(path_, errno));
    return error_;
  }
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    error_ = Status::IoError(WriteErrorMessage(path_, errno));
    return error_;
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    error_ = Status::IoError(path_ + ": cannot replace the file: " + std::strerror(errno));
    return error_;
  }
  committed_ = true;
  // The rename is durable once the directory is synced; a failure here loses nothing written.
  const std::string dir = std::filesystem::path(path_).parent_path().string();
  const int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)::fsync(dfd);
    ::close(dfd);
  }
  return Status::Ok();
}

bool SyncFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

bool PublishNoReplace(const std::string& from, const std::string& to, std::string& error, bool& exists) {
  static const char* kTaken = "a store appeared at this path meanwhile";
  exists = false;
  if (::link(from.c_str(), to.c_str()) == 0) {
    ::unlink(from.c_str());
  } else if (errno == EPERM || errno == EOPNOTSUPP || errno == ENOSYS || errno == EMLINK) {
    // A file system without hard links (FAT, exFAT, some network and FUSE mounts): a rename
    // that refuses to replace, where the kernel and file system offer one; else a plain rename
    // once the name is free, whose only race is with another creator in the same instant.
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) != 0) {
      if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
        exists = errno == EEXIST;
        error = exists ? kTaken : std::strerror(errno);
        return false;
      }
      std::error_code ec;
      if (std::filesystem::exists(to, ec) || std::filesystem::is_symlink(to, ec)) {
        exists = true;
        error = kTaken;
        return false;
      }
      if (::rename(from.c_str(), to.c_str()) != 0) {
        error = std::strerror(errno);
        return false;
      }
    }
  } else {
    exists = errno == EEXIST;
    error = exists ? kTaken : std::strerror(errno);
    return false;
  }
  const std::string dir = std::filesystem::path(to).parent_path().string();
  SyncFile(dir.empty() ? "." : dir);
  return true;
}

namespace {

// The largest pid this kernel hands out (/proc/sys/kernel/pid_max; 4,194,304 at most on Linux).
long MaxPid() {
  static const long max = [] {
    long value = 4194304;
    if (FILE* f = std::fopen("/proc/sys/kernel/pid_max", "r")) {
      if (std::fscanf(f, "%ld", &value) != 1) value = 4194304;
      std::fclose(f);
    }
    return value;
  }();
  return max;
}

}  // namespace

void RemoveOrphanedTemporaries(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string base = target.filename().string();
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= base.size() || name.compare(0, base.size(), base) != 0) continue;
    std::string_view rest(name);
    rest.remove_prefix(base.size());
    for (const char* marker : {".tmp-", ".partial-"}) {
      const std::string_view m(marker);
      if (rest.substr(0, m.size()) != m) continue;
      std::string_view digits = rest.substr(m.size());
      for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::string_view x(suffix);
        if (digits.size() > x.size() && digits.substr(digits.size() - x.size()) == x) {
          digits.remove_suffix(x.size());
        }
      }
      if (digits.empty() || digits.size() > 9 ||
          digits.find_first_not_of("0123456789") != std::string_view::npos) {
        continue;
      }
      const long number = std::stol(std::string(digits));
      // "store.db.tmp-20261206" is someone's dated copy, not a pid: no process can have it.
      if (number <= 0 || number > MaxPid()) continue;
      const pid_t pid = static_cast<pid_t>(number);
      const bool alive = ::kill(pid, 0) == 0 || errno == EPERM;
      if (!alive) fs::remove(it->path(), ec);
      ec.clear();
    }
  }
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteFileAtomically(path, [&](const ByteSink& write) { return write(content); });
}

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(const ByteSink& write)>& produce) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::IoError(path + ": cannot write: is a directory");
    if (!S_ISREG(st.st_mode)) {
      // A pipe, a terminal or a device (/dev/stdout, a FIFO a reader waits on) is written
      // into, never replaced by a regular file: there is no old content to keep whole.
      const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) return Status::IoError(WriteErrorMessage(path, errno));
      Status status = produce([&](std::string_view bytes) -> Status {
        size_t done = 0;
        while (done < bytes.size()) {
          const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
          if (n < 0 && errno == EINTR) continue;
          if (n <= 0) return Status::IoError(WriteErrorMessage(path, errno));
          done += static_cast<size_t>(n);
        }
        return Status::Ok();
      });
      if (::close(fd) != 0 && status.ok()) return Status::IoError(WriteErrorMessage(path, errno));
      return status;
    }
    // A link to a regular file: the file it names is replaced, and the link stays a link.
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::canonical(path, ec);
    if (!ec && target.string() != path) return WriteFileAtomically(target.string(), produce);
  }
  auto file = AtomicFile::Create(path);
  if (!file.ok()) return file.status();
  AtomicFile& out = *file.value();
  // A failure of `produce` leaves the temporary file uncommitted: the destructor removes it.
  if (Status s = produce([&](std::string_view bytes) { return out.Write(bytes); }); !s.ok()) return s;
  return out.Commit();
}

}  // namespace dkg
