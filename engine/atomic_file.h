#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "engine/status.h"

namespace dkg {

// A file written whole or not at all: the bytes go to a temporary file beside `path`
// (`<path>.tmp-<pid>`, same directory so that the rename cannot cross file systems), which
// Commit() syncs and renames over `path`. Until then `path` keeps its old content; a failed
// write, a full disk, a file size limit or a destructor without Commit() removes the temporary
// file and leaves `path` untouched. Owns its descriptor; used from one thread.
//
// A file size limit (ulimit -f) reports EFBIG only when SIGXFSZ is ignored; by default the
// signal ends the process (which then leaves a temporary file, and `path` untouched).
class AtomicFile {
 public:
  static Result<std::unique_ptr<AtomicFile>> Create(const std::string& name);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Appends bytes. After the first failure every later call returns it again.
  Status Write(std::string_view bytes);
  Status Write(const void* data, size_t size) {
    return Write(std::string_view(static_cast<const char*>(data), size));
  }
  // Syncs, closes and renames the temporary file into place.
  Status Commit();

  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }

 private:
  AtomicFile(std::string path, std::string temp, int fd);
  std::string path_;
  std::string temp_;
  int fd_ = -1;
  Status error_;
  bool committed_ = false;
};

// Removes what killed writers left beside `path`: `<path>.tmp-<pid>` (AtomicFile) and
// `<path>.partial-<pid>` with its -wal, -shm and -journal files (Store::CreateFromGraph), for
// every pid that is no longer a running process. A live writer's files are left alone, and so
// are names whose number no pid can have ("store.db.tmp-20261206", a dated copy).
// Best effort: a file that cannot be removed stays.
void RemoveOrphanedTemporaries(const std::string& path);

// `path` written atomically with `content` (see AtomicFile). A `path` that is a pipe or a device
// is written into instead (never replaced), a link's target is the file replaced, and a
// directory is refused.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Where a streaming writer puts its bytes; a failed write is returned and ends the writing.
using ByteSink = std::function<Status(std::string_view bytes)>;

// The same for content made piece by piece (an export of millions of rows): `produce` writes
// through the sink it is given; when it fails, `path` is left untouched and its status returned.
Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(const ByteSink& write)>& produce);

// Flushes a file's (or a directory's) data to disk; false when it cannot be opened or synced.
bool SyncFile(const std::string& path);

// Publishes the finished file `from` as `to` unless `to` exists (link() refuses to replace, unlike
// rename()), so two processes creating one new file cannot overwrite each other's: the loser
// gets false with `exists` set, and removes its own. On success `from` is gone and the directory
// entry is synced. Where the file system has no hard links it renames instead, without
// replacing (RENAME_NOREPLACE, else only once the name is free).
bool PublishNoReplace(const std::string& from, const std::string& to, std::string& error, bool& exists);

// "PATH: cannot write: disk full" and the like for an errno value of a failed write: the cases
// a user can act on (full disk, quota, file size limit, read-only file system) in plain words.
std::string WriteErrorMessage(const std::string& path, int error_number);

}  // namespace dkg
