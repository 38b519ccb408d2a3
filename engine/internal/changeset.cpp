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

namespace {

// A varint as SQLite writes it (big-endian groups of 7 bits, the ninth byte whole).
bool ReadVarint(const std::string& s, size_t& at, uint64_t& v) {
  v = 0;
  for (int i = 0; i < 9; ++i) {
    if (at >= s.size()) return false;
    const auto c = static_cast<unsigned char>(s[at++]);
    if (i == 8) {
      v = (v << 8) | c;
      return true;
    }
    v = (v << 7) | (c & 0x7f);
    if ((c & 0x80) == 0) return true;
  }
  return true;
}

// Steps over one value of a change record (the session module's format: a type byte, then 8
// bytes for an integer or a real, a varint length and the bytes for text or a blob).
bool SkipValue(const std::string& s, size_t& at) {
  if (at >= s.size()) return false;
  const auto type = static_cast<unsigned char>(s[at++]);
  uint64_t n = 0;
  switch (type) {
    case 0:  // not present (an unchanged column of an update)
    case 5:  // NULL
      return true;
    case 1:
    case 2:
      at += 8;
      return at <= s.size();
    case 3:
    case 4:
      if (!ReadVarint(s, at, n) || n > s.size()) return false;
      at += static_cast<size_t>(n);
      return at <= s.size();
    default:
      return false;
  }
}

// The changeset's sections: each table header with its change records, as (table, bytes).
bool SplitByTable(const std::string& cs, std::vector<std::pair<std::string, std::string>>& out) {
  size_t at = 0;
  while (at < cs.size()) {
    const size_t start = at;
    if (cs[at] != 'T') return false;  // 'P' starts a patchset, which dkg does not record
    ++at;
    uint64_t columns = 0;
    if (!ReadVarint(cs, at, columns) || columns > cs.size()) return false;
    at += static_cast<size_t>(columns);  // one primary-key flag per column
    const size_t name_end = cs.find('\0', at);
    if (at > cs.size() || name_end == std::string::npos) return false;
    std::string table = cs.substr(at, name_end - at);
    at = name_end + 1;
    while (at < cs.size() && cs[at] != 'T') {
      const auto op = static_cast<unsigned char>(cs[at]);
      if (op != SQLITE_INSERT && op != SQLITE_DELETE && op != SQLITE_UPDATE) return false;
      at += 2;  // the operation and the "indirect" flag
      const int records = op == SQLITE_UPDATE ? 2 : 1;
      for (int r = 0; r < records; ++r) {
        for (uint64_t c = 0; c < columns; ++c) {
          if (!SkipValue(cs, at)) return false;
        }
      }
    }
    if (at > cs.size()) return false;
    out.emplace_back(std::move(table), cs.substr(start, at - start));
  }
  return true;
}

}  // namespace

std::string ReorderChangeset(const std::string& changeset, const std::vector<std::string>& tables) {
  std::vector<std::pair<std::string, std::string>> sections;
  if (!SplitByTable(changeset, sections)) return changeset;
  std::string out;
  out.reserve(changeset.size());
  std::vector<bool> used(sections.size(), false);
  for (const std::string& table : tables) {
    for (size_t i = 0; i < sections.size(); ++i) {
      if (!used[i] && sections[i].first == table) {
        out += sections[i].second;
        used[i] = true;
      }
    }
  }
  for (size_t i = 0; i < sections.size(); ++i) {
    if (!used[i]) out += sections[i].second;
  }
  // Read back whole, or not used.
  sqlite3_changeset_iter* it = nullptr;
  if (sqlite3changeset_start(&it, static_cast<int>(out.size()), out.data()) != SQLITE_OK) return changeset;
  int rc = SQLITE_ROW;
  while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
  }
  sqlite3changeset_finalize(it);
  return rc == SQLITE_DONE ? out : changeset;
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
