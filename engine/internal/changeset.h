#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

struct sqlite3;

// Row-level change recording for corrections, over SQLite's session extension: what a correction
// changed is kept as a changeset, and undoing it applies the inverse. Kept apart from store.cpp
// because the session API is only declared when SQLITE_ENABLE_SESSION is defined before
// <sqlite3.h>. Used by engine/store.cpp only.
namespace dkg::internal {

// Records every change made through `db` to the named tables while it lives. Borrows `db`, which
// must outlive it; one thread, like the connection.
class ChangeRecorder {
 public:
  // Null (with `error` set) when the session cannot be created.
  static std::unique_ptr<ChangeRecorder> Start(sqlite3* db, const std::vector<std::string>& tables,
                                               std::string& error);
  ~ChangeRecorder();
  ChangeRecorder(const ChangeRecorder&) = delete;
  ChangeRecorder& operator=(const ChangeRecorder&) = delete;

  // The changes so far, as a changeset blob (empty when nothing changed).
  std::string Changeset();

 private:
  explicit ChangeRecorder(void* session) : session_(session) {}
  void* session_;
};

// The changeset that reverses `changeset`; false when it is not a valid changeset.
bool InvertChangeset(const std::string& changeset, std::string& inverted);

// `changeset` with its tables in the order of `tables` (those not named keep their order, after
// them). A changeset is applied table by table in its own order; corrections apply children
// before their parents, so that a parent's delete does not cascade onto rows the changeset still
// has to change. Changesets recorded with another order are put in this one. Returns `changeset`
// unchanged when it cannot be read.
std::string ReorderChangeset(const std::string& changeset, const std::vector<std::string>& tables);

// For each table of the changeset, the integer values of its rows' first column (old and new):
// the ids of the nodes and documents a changeset touches.
std::map<std::string, std::set<int64_t>> FirstColumnValues(const std::string& changeset);

// Applies `changeset` inside the caller's transaction. A row to delete that is already gone is
// skipped; any other conflict (a row changed or created since, a broken foreign key) aborts and
// leaves nothing applied. Returns an empty string on success, else what conflicted.
std::string ApplyChangeset(sqlite3* db, const std::string& changeset);

}  // namespace dkg::internal
