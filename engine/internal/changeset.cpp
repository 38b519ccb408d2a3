// The session API is declared by <sqlite3.h> only with these defined; Debian's libsqlite3 is
// built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "engine/internal/changeset.h"

#include <sqlite3.h>

namespace dkg::internal {

namespace {
sqlite3_session* AsSession(void* p) { return static_cast<sqlite3_session*>(p); }
}  // namespace

std::unique_ptr<ChangeRecorder> ChangeRecorder::Start(sqlite3* db,
                                                      const std::vector<std::string>& tables,
                                                      std::string& error) {
  sqlite3_session* session = nullptr;
  if (sqlite3session_create(db, "main", &session) != SQLITE_OK) {
    error = "cannot record changes (SQLite session): " + std::string(sqlite3_errmsg(db));
    return nullptr;
  }
  for (const std::string& table : tables) {
    if (sqlite3session_attach(session, table.c_str()) != SQLITE_OK) {
      sqlite3session_delete(session);
      error = "cannot record changes to table " + table;
      return nullptr;
    }
  }
  return std::unique_ptr<ChangeRecorder>(new ChangeRecorder(session));
}

ChangeRecorder::~ChangeRecorder() { sqlite3session_delete(AsSession(session_)); }

std::string ChangeRecorder::Changeset() {
  int size = 0;
  void* bytes = nullptr;
  if (sqlite3session_changeset(AsSession(session_), &size, &bytes) != SQLITE_OK) return {};
  std::string out(static_cast<const char*>(bytes), static_cast<size_t>(size));
  sqlite3_free(bytes);
  return out;
}

bool InvertChangeset(const std::string& changeset, std::string& inverted) {
  int size = 0;
  void* bytes = nullptr;
  if (sqlite3changeset_invert(static_cast<int>(changeset.size()),
                              const_cast<char*>(changeset.data()), &size, &bytes) != SQLITE_OK) {
    return false;
  }
  inverted.assign(static_cast<const char*>(bytes), static_cast<size_t>(size));
  sqlite3_free(bytes);
  return true;
}

std::map<std::string, std::set<int64_t>> FirstColumnValues(const std::string& changeset) {
  std::map<std::string, std::set<int64_t>> out;
  sqlite3_changeset_iter* it = nullptr;
  if (sqlite3changeset_start(&it, static_cast<int>(changeset.size()),
                             const_cast<char*>(changeset.data())) != SQLITE_OK) {
    return out;
  }
  while (sqlite3changeset_next(it) == SQLITE_ROW) {
    const char* table = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &table, &columns, &op, &indirect);
    sqlite3_value* value = nullptr;
    for (bool old_values : {true, false}) {
      if (old_values && op == SQLITE_INSERT) continue;
      if (!old_values && op == SQLITE_DELETE) continue;
      value = nullptr;
      const int rc = old_values ? sqlite3changeset_old(it, 0, &value)
                                : sqlite3changeset_new(it, 0, &value);
      if (rc == SQLITE_OK && value != nullptr && sqlite3_value_type(value) == SQLITE_INTEGER) {
        out[table].insert(sqlite3_value_int64(value));
      }
    }
  }
  sqlite3changeset_finalize(it);
  return out;
}

namespace {

struct ApplyContext {
  std::string problem;
};

int OnConflict(void* context, int conflict, sqlite3_changeset_iter* it) {
  auto* ctx = static_cast<ApplyContext*>(context);
  const char* table = nullptr;
  int columns = 0, op = 0, indirect = 0;
  sqlite3changeset_op(it, &table, &columns, &op, &indirect);
  // Deleting a row a cascade already removed is what was wanted.
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE) return SQLITE_CHANGESET_OMIT;
  const std::string what = conflict == SQLITE_CHANGESET_FOREIGN_KEY ? "a foreign key would break"
                           : conflict == SQLITE_CHANGESET_CONFLICT  ? "a row was created since"
                           : conflict == SQLITE_CHANGESET_NOTFOUND  ? "a row was removed since"
                           : conflict == SQLITE_CHANGESET_DATA      ? "a row was changed since"
                                                                    : "a constraint would break";
  if (ctx->problem.empty()) {
    ctx->problem = what + (table ? std::string(" (table ") + table + ")" : std::string());
  }
  return SQLITE_CHANGESET_ABORT;
}

}  // namespace

std::string ApplyChangeset(sqlite3* db, const std::string& changeset) {
  ApplyContext ctx;
  const int rc = sqlite3changeset_apply(db, static_cast<int>(changeset.size()),
                                        const_cast<char*>(changeset.data()), nullptr, OnConflict,
                                        &ctx);
  if (rc == SQLITE_OK) return {};
  return ctx.problem.empty() ? std::string(sqlite3_errstr(rc)) : ctx.problem;
}

}  // namespace dkg::internal
