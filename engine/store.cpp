#include "engine/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "engine/atomic_file.h"
#include "engine/date_claims.h"
#include "engine/internal/changeset.h"
#include "engine/near_copy.h"
#include "engine/normalize.h"
#include "engine/unicode.h"
#include "schema/schema.h"

namespace dkg {

namespace {

std::string AttrsToJson(const Attrs& attrs) { return nlohmann::json(attrs).dump(); }

Attrs AttrsFromJson(const std::string& text) {
  Attrs out;
  if (text == "{}") return out;  // most rows: no parse
  auto parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return out;
  for (auto& [key, value] : parsed.items()) {
    out[key] = value.is_string() ? value.get<std::string>() : value.dump();
  }
  return out;
}

std::string ColumnText(const SQLite::Column& column) {
  return column.isNull() ? std::string() : column.getString();
}

bool DatesCompatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

// The node an external id names (parameter ?1), as a scalar subquery: the node a merge absorbed
// it into (xid_redirects), else the node holding it. NULL when none.
constexpr const char* kNodeByXid =
    "(SELECT node_id FROM xid_redirects WHERE xid = ?1 UNION ALL "
    "SELECT id FROM nodes WHERE xid = ?1 LIMIT 1)";

// Kinds whose identity includes the date: two meetings with one name on different days differ.
bool DateIsIdentity(const std::string& kind) { return kind == "meeting" || kind == "agreement"; }

// Reads the first 16 bytes: every SQLite database file starts with this header.
bool LooksLikeSqlite(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char header[16] = {};
  in.read(header, sizeof header);
  return in.gcount() == 16 && std::string(header, 15) == "SQLite format 3";
}

// What went wrong, in the words a user can act on. SQLite reports a full disk as "database or
// disk is full" or, when the WAL or its index could not grow, as "disk I/O error", and its system
// errno is gone once the transaction has rolled back; so a failed write is diagnosed from the
// file system (no space left) and the process's file size limit, and named by the store's path.
std::string Problem(const SQLite::Exception& e, const std::string& path) {
  const int code = e.getErrorCode();
  const int extended = e.getExtendedErrorCode();
  const bool write_failed = code == SQLITE_FULL || extended == SQLITE_IOERR_WRITE ||
                            extended == SQLITE_IOERR_FSYNC || extended == SQLITE_IOERR_SHMSIZE ||
                            extended == SQLITE_IOERR_TRUNCATE;
  if (!write_failed) return e.what();
  std::string dir = std::filesystem::path(path).parent_path().string();
  struct statvfs fs {};
  if (::statvfs(dir.empty() ? "." : dir.c_str(), &fs) == 0 &&
      static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize < (uint64_t{1} << 20)) {
    return "disk full writing " + path;
  }
  struct rlimit limit {};
  if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    return "file too large (file size limit of " + std::to_string(limit.rlim_cur) +
           " bytes) writing " + path;
  }
  return code == SQLITE_FULL ? "disk full writing " + path
                             : std::string(e.what()) + " writing " + path;
}

// "file:PATH?immutable=1" with the characters a URI path may not hold escaped.
std::string ImmutableUri(const std::string& absolute_path) {
  std::string out = "file:";
  for (unsigned char c : absolute_path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
      static const char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "?immutable=1";
}

std::string Placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
  return out;
}

}  // namespace

namespace {

// Prepared statements by SQL text, reused across calls: preparing is most of a small write's
// cost. A statement is reset (bindings cleared) each time it is handed out, so callers must
// finish with one before asking for the same SQL again. Borrows the connection.
class StatementCache {
 public:
  explicit StatementCache(SQLite::Database& db) : db_(db) {}
  SQLite::Statement& Prepare(const std::string& sql) {
    auto& slot = statements_[sql];
    if (!slot) {
      slot = std::make_unique<SQLite::Statement>(db_, sql);
    } else {
      slot->reset();
      slot->clearBindings();
    }
    return *slot;
  }

  // Resets every statement. A statement left stepped (a lookup that stopped at its first row)
  // keeps its read snapshot after COMMIT; the next BEGIN IMMEDIATE on that stale snapshot fails
  // at once with SQLITE_BUSY_SNAPSHOT instead of waiting, whenever another process has committed
  // meanwhile. So every transaction ends with this.
  void ResetAll() noexcept {
    for (auto& [sql, statement] : statements_) {
      if (!statement) continue;  // its preparation threw (a store that cannot be read)
      try {
        statement->reset();
      } catch (const SQLite::Exception&) {
        // reset() reports the statement's last error again; the statement is reset regardless.
      }
    }
  }

 private:
  SQLite::Database& db_;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
};

// Resets a cache's statements when leaving a scope, however it is left (see ResetAll).
class ResetStatements {
 public:
  explicit ResetStatements(StatementCache& cache) : cache_(cache) {}
  ~ResetStatements() { cache_.ResetAll(); }
  ResetStatements(const ResetStatements&) = delete;
  ResetStatements& operator=(const ResetStatements&) = delete;

 private:
  StatementCache& cache_;
};

// Whether two compatible person names share a word of three letters or more, or lead with the
// same two-letter surname ("Xi" and "Xi Jinping"). A two-letter word elsewhere in a name is a
// given name ("Wang Yi"): "Minister Yi" of another story is someone else.
bool SharedWordIsASurname(std::string_view a, std::string_view b) {
  const std::vector<std::string> x = PersonNameWords(a), y = PersonNameWords(b);
  for (const std::string& w : x) {
    if (w.size() >= 3 && std::find(y.begin(), y.end(), w) != y.end()) return true;
  }
  return !x.empty() && !y.empty() && x[0] == y[0] && x[0].size() == 2 && static_cast<unsigned char>(x[0][0]) < 0x80;
}

}  // namespace

struct Store::Impl {
  explicit Impl(const std::string& path, int flags) : db(path, flags), cache(db) {}
  SQLite::Database db;
  StatementCache cache;
  bool read_only = false;
  bool names_indexed = false;  // no node names wait for the full-text index (checked once)

  // Node ids whose names a bulk import left out of names_fts (meta 'names_fts_pending',
  // "FIRST-LAST"), or {0, -1} when none.
  std::pair<int64_t, int64_t> PendingNames() {
    SQLite::Statement st(db, "SELECT value FROM meta WHERE key = 'names_fts_pending'");
    if (!st.executeStep()) return {0, -1};
    const std::string range = st.getColumn(0).getString();
    const size_t dash = range.find('-');
    if (dash == std::string::npos) return {0, -1};
    return {std::atoll(range.substr(0, dash).c_str()), std::atoll(range.substr(dash + 1).c_str())};
  }

  // Adds the pending names to names_fts in one transaction. Writers call it before they
  // resolve names; readers before a full-text search when the store is writable.
  void IndexPendingNames() {
    if (names_indexed || read_only) return;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const auto [first, last] = PendingNames();
    if (first <= last) {
      SQLite::Statement add(db, "INSERT INTO names_fts(name, node_id) SELECT name, id FROM nodes "
                                "WHERE id BETWEEN ? AND ?");
      add.bind(1, first);
      add.bind(2, last);
      add.exec();
      db.exec("DELETE FROM meta WHERE key = 'names_fts_pending'");
    }
    tx.commit();
    names_indexed = true;
  }
};

namespace {

// The SQL face of NormalizeName(), for migrations that recompute stored keys (0007).
void SqlNormalizeName(sqlite3_context* context, int, sqlite3_value** argv) {
  const unsigned char* text = sqlite3_value_text(argv[0]);
  if (text == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  const std::string key = NormalizeName(
      std::string_view(reinterpret_cast<const char*>(text), sqlite3_value_bytes(argv[0])));
  sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// An identity key ("visit:erdoğan:ankara") with its non-ASCII letters folded as NormalizeName()
// now folds them. ASCII is left alone: keys also hold codes whose case matters ("series:IN-JP").
void SqlFoldKey(sqlite3_context* context, int, sqlite3_value** argv) {
  const unsigned char* bytes = sqlite3_value_text(argv[0]);
  if (bytes == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  const std::string_view text(reinterpret_cast<const char*>(bytes), sqlite3_value_bytes(argv[0]));
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t j = i;
    while (j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80) ++j;
    if (j == i) {
      out += text[i++];
    } else {
      out += unicode::Fold(text.substr(i, j - i));
      i = j;
    }
  }
  sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

Status NewerStore(const std::string& path, int version, int latest) {
  return Status::InvalidInput(path + ": store has schema version " + std::to_string(version) +
                              ", newer than this dkg understands (" + std::to_string(latest) +
                              "); upgrade dkg");
}

Status ForeignStore(const std::string& path) {
  return Status::InvalidInput(path +
                              ": not a dkg store (an SQLite database of another "
                              "application)");
}

// Brings the schema to `latest` in one exclusive transaction. The version read before is only a
// hint: several processes may open a new store at once, so the version (and whether the file
// already holds someone else's tables) is read again under the lock, and whoever comes second
// finds the work done.
Status Migrate(SQLite::Database& db, const std::string& path, int latest) {
  db.exec("PRAGMA journal_mode = WAL");
  // Off while migrating (as a new connection has them, stated here because it matters): a
  // migration that rebuilds a table (0011) drops the old one, which with foreign keys on would
  // delete its children's rows. Store::Open turns them on afterwards.
  db.exec("PRAGMA foreign_keys = OFF");
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::EXCLUSIVE);
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version > latest) return NewerStore(path, version, latest);
  if (version == 0 && db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0) {
    return ForeignStore(path);
  }
  for (const schema::Migration& m : schema::Migrations()) {
    if (m.version <= version) continue;
    try {
      db.exec(std::string(m.sql));
    } catch (const SQLite::Exception& e) {
      // The usual cause is a user_version lowered by hand below the tables the file holds.
      return Status::InvalidInput(
          path + ": store claims schema version " + std::to_string(version) + " but migration " +
          std::to_string(m.version) + " does not apply (" + e.what() +
          "); its PRAGMA user_version does not match its tables (was it changed by hand?)");
    }
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
  }
  tx.commit();
  return Status::Ok();
}

// Creates the store `path` (which did not exist) with the latest schema: built as
// `<path>.partial-<pid>`, synced, and linked into place unless another process created the store
// meanwhile, which is as good.
Status CreateStoreFile(const std::string& path, int busy_timeout_ms) {
  namespace fs = std::filesystem;
  const std::string partial = path + ".partial-" + std::to_string(::getpid());
  std::error_code ec;
  auto discard = [&] {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(partial + suffix, ec);
  };
  discard();
  try {
    SQLite::Database db(partial, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.setBusyTimeout(busy_timeout_ms);
    db.createFunction("dkg_normalize_name", 1, true, nullptr, SqlNormalizeName);
    db.createFunction("dkg_fold_key", 1, true, nullptr, SqlFoldKey);
    if (Status s = Migrate(db, path, schema::LatestVersion()); !s.ok()) {
      discard();
      return s;
    }
  } catch (const SQLite::Exception& e) {  // closing the last connection removes -wal and -shm
    discard();
    return Status::IoError(path + ": cannot create store: " + Problem(e, path));
  }
  std::string error;
  bool exists = false;
  if (!SyncFile(partial) || !PublishNoReplace(partial, path, error, exists)) {
    discard();
    if (!exists) {
      return Status::IoError(path + ": cannot create store" + (error.empty() ? "" : ": " + error));
    }
  }
  return Status::Ok();
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  namespace fs = std::filesystem;
  // SQLite takes these for a temporary or in-memory database, or a URI: an import would report
  // documents stored and keep nothing.
  if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) {
    return Status::InvalidInput("'" + path + "': not a store file name (a store is a file path; " +
                                "for a file whose name starts with 'file:' write ./file:...)");
  }
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (exists && fs::is_directory(path, ec)) {
    return Status::InvalidInput(path + ": is a directory, not a dkg store");
  }
  if (exists && !fs::is_regular_file(path, ec)) {
    // A FIFO or a device would block or never end.
    return Status::InvalidInput(path + ": not a regular file, not a dkg store");
  }
  if (exists && fs::file_size(path, ec) > 0 && !LooksLikeSqlite(path)) {
    return Status::InvalidInput(path + ": not a dkg store (not an SQLite database file)");
  }
  // A store that cannot be written (read-only media, no write permission on the file or on the
  // directory its WAL files go to) still answers queries: it is opened read-only, and a write
  // is refused with a message instead of the open failing ("unable to open database file").
  bool read_only = options.read_only;
  std::string open_name = path;
  int read_flags = SQLite::OPEN_READONLY;
  if (exists) {
    const std::string dir = fs::path(path).parent_path().string();
    const bool dir_writable = ::access(dir.empty() ? "." : dir.c_str(), W_OK) == 0;
    read_only = read_only || !dir_writable || ::access(path.c_str(), W_OK) != 0;
    if (!dir_writable && !fs::exists(path + "-wal", ec)) {
      // SQLite cannot open a WAL store read-only when it can create neither -shm nor -wal.
      // Nothing can write a store in a directory nobody may write to, and no WAL holds pages
      // beyond the file, so the file alone is the whole store: open it as immutable.
      open_name = ImmutableUri(fs::absolute(path, ec).string());
      read_flags |= SQLITE_OPEN_URI;
    }
  }
  // What killed bulk imports left beside the store (their partial files are never a store).
  if (!read_only) RemoveOrphanedTemporaries(path);
  if (!exists && (read_only || !options.create_if_missing)) {
    return Status::NotFound(path + ": no such store");
  }
  // A new store is made whole beside its path and published with its schema in it, so a process
  // killed while creating one leaves no empty or half-made store behind (only a temporary file,
  // which the next open removes).
  if (!exists) {
    // Through a link to a file not made yet: the store is made where the link leads (beside
    // it, so the publishing link stays on one file system), and opened through the link.
    std::string where = path;
    for (int hops = 0; hops < 40 && fs::is_symlink(where, ec); ++hops) {
      const fs::path target = fs::read_symlink(where, ec);
      if (ec) break;
      where = (target.is_absolute() ? target : fs::path(where).parent_path() / target).string();
    }
    if (Status s = CreateStoreFile(where, options.busy_timeout_ms); !s.ok()) return s;
  }
  // Several processes opening one new store at once each turn it to WAL and migrate it. SQLite
  // answers some of these lock conflicts with SQLITE_BUSY at once instead of calling the busy
  // handler (when waiting could deadlock: two connections both upgrading from a shared lock), so
  // the whole open is tried again, after a short random pause, until the busy timeout has passed.
  // Each try waits for a lock only as long as is left of the timeout, and the pauses end with
  // it: an open that was refused at once until just before the deadline, then waited the whole
  // timeout on its last try, took twice the timeout.
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(0, options.busy_timeout_ms));
  auto left_ms = [&] {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return static_cast<int>(std::max<int64_t>(0, left));
  };
  for (unsigned attempt = 1;; ++attempt) {
    bool busy = false;
    Result<std::unique_ptr<Store>> opened = OpenAttempt(path, options, read_only, read_only ? open_name : path,
                                                        read_flags, left_ms(), &busy);
    if (!busy || left_ms() == 0) return opened;
    const int pause_ms = 5 + static_cast<int>((static_cast<unsigned>(::getpid()) * 7919u + attempt * 104729u) % 45u);
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(pause_ms, left_ms())));
  }
}

Result<std::unique_ptr<Store>> Store::OpenAttempt(const std::string& path,
                                                  const StoreOptions& options, bool read_only,
                                                  const std::string& open_name, int read_flags,
                                                  int wait_ms, bool* busy) {
  try {
    const int flags = read_only ? read_flags : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    auto impl = std::make_unique<Impl>(open_name, flags);
    impl->read_only = read_only;
    SQLite::Database& db = impl->db;
    db.setBusyTimeout(wait_ms);

    const int latest = schema::LatestVersion();
    int version = 0;
    int tables = 0;
    {
      SQLite::Transaction read(db);  // version and tables from one state of the file
      version = db.execAndGet("PRAGMA user_version").getInt();
      tables = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
    }
    if (version > latest) return NewerStore(path, version, latest);
    if (version == 0) {
      // A database with tables but no dkg version is someone else's file: leave it untouched.
      if (tables > 0) return ForeignStore(path);
      if (!options.create_if_missing) {
        return Status::InvalidInput(path + ": not a dkg store (empty database)");
      }
    }
    if (version < latest) {
      if (read_only) {
        return Status::InvalidInput(path + ": store needs a schema migration; open it writable");
      }
      // Migration 7 recomputes stored keys with the same folding as NormalizeName().
      db.createFunction("dkg_normalize_name", 1, true, nullptr, SqlNormalizeName);
      db.createFunction("dkg_fold_key", 1, true, nullptr, SqlFoldKey);
      if (Status s = Migrate(db, path, latest); !s.ok()) return s;
    }
    if (!read_only) {
      db.exec("PRAGMA journal_mode = WAL");
      db.exec("PRAGMA synchronous = NORMAL");
      // Checkpoint every ~40 MB of WAL rather than 4 MB: an import rewrites the same index pages
      // at every commit, and a checkpoint copies (and syncs) each page once however often it
      // changed, so fewer checkpoints mean less I/O.
      db.exec("PRAGMA wal_autocheckpoint = 10000");
    }
    db.exec("PRAGMA cache_size = -65536");  // 64 MiB of page cache (default 2 MiB)
    db.exec("PRAGMA foreign_keys = ON");
    db.setBusyTimeout(options.busy_timeout_ms);  // each later statement may wait the whole timeout
    return std::unique_ptr<Store>(new Store(path, std::move(impl)));
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode() & 0xff;
    *busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
    // Opening writes too (the WAL's shared-memory file): a full disk or a file size limit then
    // says so, not "disk I/O error".
    return Status::IoError(path + ": cannot open store: " + Problem(e, path));
  }
}

namespace {

// Sets `node`'s date to the one its claims choose (ChooseDate; an analyst's set-date correction,
// the latest, overrides them). A chosen date that agrees with the stored one only replaces it when
// more precise: a date given by a table (no claim) is not made vaguer by a document. `redo`
// (after a document with claims was retracted) chooses afresh from the claims that remain.
void ApplyChosenDate(SQLite::Database& db, int64_t node, bool redo = false) {
  SQLite::Statement st(db, "SELECT date, coalesce(document_id, 0), rule FROM date_claims "
                           "WHERE node_id = ? ORDER BY id");
  st.bind(1, node);
  std::vector<DateClaim> claims;
  std::optional<std::string> corrected;
  while (st.executeStep()) {
    const std::string date = ColumnText(st.getColumn(0));
    if (st.getColumn(2).getString().rfind("correction:", 0) == 0) corrected = date;
    else claims.push_back({date, st.getColumn(1).getInt64()});
  }
  SQLite::Statement now(db, "SELECT coalesce(date, '') FROM nodes WHERE id = ?");
  now.bind(1, node);
  if (!now.executeStep()) return;
  const std::string stored = now.getColumn(0).getString();
  std::string date = corrected ? *corrected : ChooseDate(claims);
  if (!corrected) {
    if (date.empty()) return;
    if (!redo && DatesAgree(date, stored) && stored.size() > date.size()) date = stored;
  }
  if (date == stored) return;
  SQLite::Statement up(db, "UPDATE nodes SET date = ? WHERE id = ?");
  if (date.empty()) up.bind(1); else up.bind(1, date);
  up.bind(2, node);
  up.exec();
}

// Keeps the date each (node, date) pair says `document` gives, once, and applies the chosen
// dates of those nodes.
void StoreDateClaims(SQLite::Database& db, int64_t document,
                     const std::vector<std::pair<int64_t, std::string>>& claims) {
  if (claims.empty()) return;
  // "+document_id" keeps the check on date_claims_node: a node has few claims, while the
  // document's index walks every claim this story made so far (a story of 2,000 meetings
  // checked 2,000 x 2,000 rows).
  SQLite::Statement insert(db,
                           "INSERT INTO date_claims(node_id, date, document_id, rule) "
                           "SELECT ?1, ?2, ?3, 'document' WHERE NOT EXISTS (SELECT 1 FROM date_claims "
                           "WHERE node_id = ?1 AND +document_id = ?3 AND date = ?2)");
  SQLite::Statement stored(db, "SELECT coalesce(date, '') FROM nodes WHERE id = ?");
  std::set<int64_t> nodes;
  for (const auto& [node, date] : claims) {
    insert.reset();
    insert.bind(1, node);
    insert.bind(2, date);
    insert.bind(3, document);
    insert.exec();
    // A claim of the date the node shows cannot change it (a chosen date has no claimed date
    // more precise than itself, and one more claim only adds to its support): a meeting named by
    // thousands of documents is not re-read at each. Any other claim may.
    stored.reset();
    stored.bind(1, node);
    if (stored.executeStep() && stored.getColumn(0).getString() != date) nodes.insert(node);
  }
  for (int64_t node : nodes) ApplyChosenDate(db, node);
}

// Entity resolution and writes for one document, inside the caller's transaction.
class DocumentWriter {
 public:
  DocumentWriter(SQLite::Database& db, StatementCache& cache, int64_t document_id,
                 const std::string& text, ImportReport& report)
      : cache_(cache), db_(db), document_id_(document_id), text_(text), report_(report) {}

  int64_t WriteNode(const ExtractedNode& extracted) {
    std::string reason;
    // An analyst's correction (merge, rename, split) may send this name to another node.
    ExtractedNode redirected;
    const bool is_redirected = Redirect(extracted, redirected, reason);
    const ExtractedNode& node = is_redirected ? redirected : extracted;
    Existing found = is_redirected ? FindByCanonicalName(node) : Resolve(node, reason);
    int64_t id = found.id;
    if (id == 0) {
      id = Insert(node);
      found.key = NormalizeName(node.name);
      if (!is_redirected) reason = "new node";
      names_.push_back({node.name, id});
      ++report_.nodes_created;
    } else {
      Merge(found, node);
      ++report_.nodes_merged;
    }
    AddAliases(id, found.key, node);
    if (auto staged = staged_.find(&extracted); staged != staged_.end()) {
      // An agreement whose life this document tells: its date is the day it was signed, when
      // the document says it was; other stages date themselves (agreement_stages), not it.
      if (!staged->second.empty()) date_claims_.emplace_back(id, staged->second);
    } else if (DateIsIdentity(node.kind) && !node.date.empty()) {
      date_claims_.emplace_back(id, node.date);
    }
    for (const std::string& key : node.keys) keys_.push_back({id, key});
    if (!node.mentions.empty()) {
      PendingMention& m = mentions_[id];  // a node named twice in one document: one row
      if (m.reason.empty()) m.reason = reason;
      m.spans.insert(m.spans.end(), node.mentions.begin(), node.mentions.end());
    }
    return id;
  }

  // Writes what WriteNode() and WriteEdge() collected, many rows a statement: mentions, aliases,
  // identity keys, evidence, and the full-text rows of new names and aliases.
  void Flush() {
    const int64_t last_alias = db_.execAndGet("SELECT coalesce(max(rowid), 0) FROM aliases").getInt64();
    std::vector<std::tuple<int64_t, std::string, std::string, const std::string*>> rows;
    for (auto& [node, m] : mentions_) {
      std::sort(m.spans.begin(), m.spans.end(),
                [](const Span& a, const Span& b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
      std::string spans;
      nlohmann::json surfaces = nlohmann::json::array();
      for (const Span& span : m.spans) {
        if (!spans.empty()) spans += ' ';
        spans += std::to_string(span.start);
        spans += '-';
        spans += std::to_string(span.end);
        surfaces.push_back(Surface(span));
      }
      rows.emplace_back(node, spans, surfaces.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), &m.reason);
    }
    Batch(rows.size(), "INSERT INTO mentions(node_id, document_id, spans, surfaces, reason) VALUES ",
          "(?,?,?,?,?)", [&](SQLite::Statement& st, int& p, size_t i) {
            st.bind(p++, std::get<0>(rows[i]));
            st.bind(p++, document_id_);
            st.bind(p++, std::get<1>(rows[i]));
            st.bind(p++, std::get<2>(rows[i]));
            st.bind(p++, *std::get<3>(rows[i]));
          });
    Batch(aliases_.size(), "INSERT OR IGNORE INTO aliases(node_id, alias, norm) VALUES ", "(?,?,?)",
          [&](SQLite::Statement& st, int& p, size_t i) {
            st.bind(p++, aliases_[i].node);
            st.bind(p++, aliases_[i].alias);
            st.bind(p++, aliases_[i].norm);
          });
    Batch(keys_.size(), "INSERT OR IGNORE INTO node_keys(node_id, key) VALUES ", "(?,?)",
          [&](SQLite::Statement& st, int& p, size_t i) {
            st.bind(p++, keys_[i].first);
            st.bind(p++, keys_[i].second);
          });
    const int64_t evidence_before = db_.getTotalChanges();
    Batch(evidence_.size(), "INSERT OR IGNORE INTO evidence(edge_id, document_id, start, end, rule) VALUES ",
          "(?,?,?,?,?)", [&](SQLite::Statement& st, int& p, size_t i) {
            st.bind(p++, evidence_[i].edge);
            st.bind(p++, evidence_[i].document);
            st.bind(p++, evidence_[i].span.start);
            st.bind(p++, evidence_[i].span.end);
            st.bind(p++, evidence_[i].rule);
          });
    report_.evidence_added += static_cast<int>(db_.getTotalChanges() - evidence_before);
    Batch(names_.size(), "INSERT INTO names_fts(name, node_id) VALUES ", "(?,?)",
          [&](SQLite::Statement& st, int& p, size_t i) {
            st.bind(p++, names_[i].first);
            st.bind(p++, names_[i].second);
          });
    SQLite::Statement& fts = Prepare("INSERT INTO names_fts(name, node_id) SELECT alias, node_id FROM aliases WHERE rowid > ?");
    fts.bind(1, last_alias);
    fts.exec();
    mentions_.clear();
    aliases_.clear();
    keys_.clear();
    evidence_.clear();
    names_.clear();
  }

  // Inserts `count` rows with one statement per 100 rows; `bind_row(statement, next_index, row)`
  // binds row `row` starting at parameter `next_index`.
  template <typename BindRow>
  void Batch(size_t count, const std::string& head, const char* row, BindRow bind_row) {
    constexpr size_t kRows = 100;
    for (size_t from = 0; from < count; from += kRows) {
      const size_t n = std::min(kRows, count - from);
      std::string sql = head;
      for (size_t i = 0; i < n; ++i) {
        if (i) sql += ',';
        sql += row;
      }
      SQLite::Statement& st = Prepare(sql);
      int p = 1;
      for (size_t i = from; i < from + n; ++i) bind_row(st, p, i);
      st.exec();
    }
  }

  void WriteEdge(int64_t source, int64_t target, const ExtractedEdge& edge) {
    if (source == target) return;  // two mentions resolved to one node: no self-loops
    if (Suppressed(source, edge.relation, target)) return;  // an analyst unlinked it
    const int64_t edge_id = WriteEdge(source, target, edge.relation, edge.attrs);
    for (const EvidenceInput& ev : edge.evidence) AddEvidence(edge_id, document_id_, ev.span, ev.rule);
  }

  // The id of the edge (source, relation, target), created with `attrs` when missing.
  int64_t WriteEdge(int64_t source, int64_t target, const std::string& relation, const Attrs& attrs) {
    SQLite::Statement& find = Prepare("SELECT id FROM edges WHERE source = ? AND relation = ? AND target = ?");
    find.bind(1, source);
    find.bind(2, relation);
    find.bind(3, target);
    if (find.executeStep()) return find.getColumn(0).getInt64();
    SQLite::Statement& insert = Prepare(
        "INSERT INTO edges(source, relation, target, attrs) VALUES (?, ?, ?, ?) RETURNING id");
    insert.bind(1, source);
    insert.bind(2, relation);
    insert.bind(3, target);
    insert.bind(4, AttrsToJson(attrs));
    insert.executeStep();
    const int64_t edge_id = insert.getColumn(0).getInt64();
    insert.executeStep();  // run the statement to completion
    ++report_.edges_created;
    return edge_id;
  }

  void AddEvidence(int64_t edge_id, int64_t document_id, const Span& span, const std::string& rule) {
    evidence_.push_back({edge_id, document_id, span, rule});
  }

  // A new node row and its aliases, without resolution (structured tables, whose ids are
  // identities). Its name goes to the full-text index with the caller's other new nodes.
  int64_t InsertNode(const ExtractedNode& node) {
    const int64_t id = Insert(node);
    AddAliases(id, NormalizeName(node.name), node);
    return id;
  }

  // The sha256 of the document being written: split corrections are kept per document.
  void SetDocumentSha256(const std::string& sha256) { sha256_ = sha256; }

  // Whether an unlink correction forbids the edge (source, relation, target), by the kinds and
  // normalised names of its ends.
  bool Suppressed(int64_t source, const std::string& relation, int64_t target) {
    LoadRuleFlags();
    if (!has_suppressed_) return false;
    SQLite::Statement& st = Prepare(
        "SELECT 1 FROM nodes a, nodes b, suppressed_edges s WHERE a.id = ? AND b.id = ? AND "
        "s.source_kind = a.kind AND s.source_norm = a.norm_key AND s.relation = ? AND "
        "s.target_kind = b.kind AND s.target_norm = b.norm_key");
    st.bind(1, source);
    st.bind(2, target);
    st.bind(3, relation);
    const bool found = st.executeStep();
    st.reset();
    return found;
  }

 private:
  // Most stores have no corrections: two cheap probes per document, then no lookups at all.
  void LoadRuleFlags() {
    if (rules_loaded_) return;
    rules_loaded_ = true;
    has_redirects_ = db_.execAndGet("SELECT EXISTS (SELECT 1 FROM name_redirects) OR "
                                    "EXISTS (SELECT 1 FROM document_redirects)")
                         .getInt() != 0;
    has_suppressed_ = db_.execAndGet("SELECT EXISTS (SELECT 1 FROM suppressed_edges)").getInt() != 0;
  }

  // Whether a correction sends `node` elsewhere: a split for this document first, then a merge
  // or rename. `out` is the node under its new name (a merge keeps the old name as an alias; a
  // split does not, so that the name still finds the node it was split from).
  bool Redirect(const ExtractedNode& node, ExtractedNode& out, std::string& reason) {
    LoadRuleFlags();
    if (!has_redirects_) return false;
    const std::string key = NormalizeName(node.name);
    if (key.empty()) return false;
    if (!sha256_.empty()) {
      SQLite::Statement& st = Prepare(
          "SELECT target, correction_id FROM document_redirects WHERE sha256 = ? AND kind = ? AND "
          "norm = ?");
      st.bind(1, sha256_);
      st.bind(2, node.kind);
      st.bind(3, key);
      if (st.executeStep()) {
        out = node;
        out.name = st.getColumn(0).getString();
        reason = "correction #" + std::to_string(st.getColumn(1).getInt64()) + ": split to '" +
                 out.name + "' in this document";
        st.reset();
        return true;
      }
    }
    SQLite::Statement& st = Prepare(
        "SELECT target, correction_id FROM name_redirects WHERE kind = ? AND norm = ?");
    st.bind(1, node.kind);
    st.bind(2, key);
    if (!st.executeStep()) return false;
    out = node;
    out.aliases.push_back(node.name);
    out.name = st.getColumn(0).getString();
    reason = "correction #" + std::to_string(st.getColumn(1).getInt64()) + ": '" + node.name +
             "' goes to '" + out.name + "'";
    st.reset();
    return true;
  }

  // The node a correction named, by kind and canonical name only: no alias or date matching,
  // which the correction overrides. The oldest when several share the name.
  struct Existing;
  Existing FindByCanonicalName(const ExtractedNode& node);

  std::string Surface(const Span& span) const {
    if (span.start < 0 || span.end > static_cast<int64_t>(text_.size()) || span.end < span.start) {
      return std::string();
    }
    return text_.substr(span.start, span.end - span.start);
  }

  // A stored node a new mention may join, with what merging needs to know of it.
  struct Existing {
    int64_t id = 0;
    std::string key;  // its normalised name
    std::string date;
    std::string attrs;
  };

  // Finds the existing node this one should join: same kind, its name equal to the other's name
  // or alias (or one of its aliases equal to the other's name), compatible dates. Prefers a node
  // whose own name matches; refuses to guess between several.
  Existing Resolve(const ExtractedNode& node, std::string& reason) {
    if (!node.xid.empty()) {
      SQLite::Statement& st = Prepare(std::string("SELECT id, norm_key, coalesce(date, ''), attrs FROM nodes WHERE id = ") +
                                      kNodeByXid);
      st.bind(1, node.xid);
      if (st.executeStep()) {
        reason = "same external id " + node.xid;
        return {st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                st.getColumn(3).getString()};
      }
    }
    const std::string name_key = NormalizeName(node.name);
    std::map<int64_t, std::pair<int, Existing>> found;  // id -> (score, node)
    auto collect = [&](SQLite::Statement& st, int score) {
      while (st.executeStep()) {
        Existing e{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                   st.getColumn(3).getString()};
        if (DateIsIdentity(node.kind) && !DatesCompatible(e.date, node.date)) continue;
        if (DateIsIdentity(node.kind) && node.date.empty() != e.date.empty()) continue;
        auto& slot = found[e.id];
        if (score > slot.first) slot = {score, e};
      }
    };
    // "+kind" keeps SQLite off nodes_kind_date (kind, date) here: without statistics the
    // planner may take either index for "kind = ? AND norm_key = ?", and the kind one walks every
    // node of the kind (20,000 officials sharing a surname imported at 50 documents/s). Every
    // same-name lookup below writes it the same way.
    if (!name_key.empty()) {
      SQLite::Statement& by_name = Prepare(
          "SELECT id, norm_key, coalesce(date, ''), attrs FROM nodes WHERE +kind = ? AND norm_key = ?");
      by_name.bind(1, node.kind);
      by_name.bind(2, name_key);
      collect(by_name, 4);
    }
    if (!name_key.empty() && found.size() != 1) {  // a unique same-name node cannot be beaten
      SQLite::Statement& by_alias = Prepare(
          "SELECT n.id, n.norm_key, coalesce(n.date, ''), n.attrs FROM aliases a "
          "CROSS JOIN nodes n ON n.id = a.node_id WHERE a.norm = ? AND n.kind = ?");
      by_alias.bind(1, name_key);
      by_alias.bind(2, node.kind);
      collect(by_alias, 2);
    }
    for (const std::string& alias : node.aliases) {
      if (found.size() == 1 && found.begin()->second.first == 4) break;
      const std::string key = NormalizeName(alias);
      if (key.empty() || key == name_key) continue;
      SQLite::Statement& st = Prepare(
          "SELECT id, norm_key, coalesce(date, ''), attrs FROM nodes WHERE +kind = ? AND norm_key = ?");
      st.bind(1, node.kind);
      st.bind(2, key);
      collect(st, 1);
    }
    if (found.empty()) {
      int64_t id = ResolveByKeys(node, reason);
      if (id == 0) id = ResolveConflictingDate(node, reason);
      if (id == 0 && staged_.count(&node)) id = ResolveAcrossStages(node, reason);
      if (id == 0) return {};
      SQLite::Statement& st = Prepare("SELECT id, norm_key, coalesce(date, ''), attrs FROM nodes WHERE id = ?");
      st.bind(1, id);
      st.executeStep();
      return {id, st.getColumn(1).getString(), st.getColumn(2).getString(), st.getColumn(3).getString()};
    }
    int best = 0;
    for (auto& [id, v] : found) best = std::max(best, v.first);
    std::vector<int64_t> best_ids;
    for (auto& [id, v] : found) {
      if (v.first == best) best_ids.push_back(id);
    }
    if (best_ids.size() != 1) return {};  // several equally good: do not merge without a reason
    const auto& [score, existing] = found[best_ids[0]];
    reason = (score == 4 ? "same name '" + existing.key + "' as node #"
              : score == 2 ? "name '" + name_key + "' is an alias of node #"
                           : "an alias is the name of node #") +
             std::to_string(existing.id);
    return existing;
  }

  // Second chance when no name matches: an identity key ("series:IN-JP:2+2") shared with one
  // node of the same kind, or, for people, a compatible form of the same name ("S. Jaishankar"
  // and "Subrahmanyam Jaishankar").
  int64_t ResolveByKeys(const ExtractedNode& node, std::string& reason) {
    std::set<int64_t> ids;
    std::string matched;
    if (!node.keys.empty()) {
      SQLite::Statement& st = Prepare(
                           // CROSS JOIN keeps node_keys the outer loop: probe the key index, not
                           // every node of the kind.
                           "SELECT k.node_id, k.key, coalesce(n.date, '') FROM node_keys k "
                           "CROSS JOIN nodes n ON n.id = k.node_id WHERE n.kind = ? AND k.key IN (" +
                               Placeholders(node.keys.size()) + ")");
      st.bind(1, node.kind);
      for (size_t i = 0; i < node.keys.size(); ++i) st.bind(static_cast<int>(i + 2), node.keys[i]);
      while (st.executeStep()) {
        if (!DatesCompatible(st.getColumn(2).getString(), node.date)) continue;
        ids.insert(st.getColumn(0).getInt64());
        matched = st.getColumn(1).getString();
      }
      if (ids.size() == 1) {
        reason = "same identity key '" + matched + "' as node #" + std::to_string(*ids.begin());
        return *ids.begin();
      }
      if (ids.size() > 1) return 0;
    }
    if (node.kind != "official" && node.kind != "person") return 0;
    // People: a compatible name (PersonNamesCompatible) shares a full word with this one and,
    // unless one of the two is that word alone, a second word that is equal or an initial of
    // the other's. So the candidates are the names holding a word of 3+ letters of this name
    // together with a second word of it or its initial (an AND of two terms in the full-text
    // index: an intersection, not every person sharing a common surname), and the names that
    // are that word alone (the name index). A name of one word matches every name holding it;
    // two compatible names already make it ambiguous, so the search stops there.
    const std::vector<std::string> words = PersonNameWords(node.name);
    std::string query;
    std::vector<std::string> long_words;
    auto quoted = [](const std::string& w) {  // an FTS5 string: '"' doubled
      std::string q = "\"";
      for (char c : w) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      return q + "\"";
    };
    for (size_t i = 0; i < words.size(); ++i) {
      // Initials match too much; a two-letter surname ("Xi", "Li") is a name.
      const bool initial = words[i].size() < 2 || (words[i].size() == 2 && static_cast<unsigned char>(words[i][0]) >= 0x80);
      if (initial) continue;
      long_words.push_back(words[i]);
      if (words.size() == 1) {
        query = quoted(words[i]);
        break;
      }
      for (size_t j = 0; j < words.size(); ++j) {
        if (j == i) continue;
        const std::string first(1, words[j][0]);  // an initial: its first byte (ASCII) or more
        std::string other;
        if (words[j].size() == 1) {
          other = quoted(words[j]) + "*";
        } else if (static_cast<unsigned char>(words[j][0]) < 0x80) {
          other = "(" + quoted(words[j]) + " OR " + quoted(first) + ")";
        } else {
          other = quoted(words[j]);
        }
        query += (query.empty() ? "" : " OR ") + std::string("(") + quoted(words[i]) + " AND " + other + ")";
      }
    }
    if (long_words.empty()) return 0;
    // A candidate's own name must be compatible too, not only the name or alias that matched: a
    // bare surname kept as an alias ("Zed said...") must not join every namesake to the first.
    auto consider = [&](int64_t id, const std::string& name, const std::string& own_name) {
      if (PersonNamesCompatible(name, node.name) && SharedWordIsASurname(name, node.name) &&
          (own_name == name || PersonNamesCompatible(own_name, node.name))) {
        ids.insert(id);
        matched = name;
      }
    };
    SQLite::Statement& st = Prepare(
                         "SELECT DISTINCT n.id, f.name, n.name FROM names_fts f JOIN nodes n ON n.id = f.node_id "
                         "WHERE names_fts MATCH ? AND n.kind = ?");
    st.bind(1, query);
    st.bind(2, node.kind);
    while (ids.size() < 2 && st.executeStep())
      consider(st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString());
    if (words.size() > 1) {
      // Nodes whose own name is that one word ("Zed"): the name index, not the full-text one.
      SQLite::Statement& alone = Prepare("SELECT id, name FROM nodes WHERE +kind = ? AND norm_key = ?");
      for (const std::string& w : long_words) {
        if (ids.size() >= 2) break;
        alone.reset();
        alone.bind(1, node.kind);
        alone.bind(2, w);
        while (ids.size() < 2 && alone.executeStep()) {
          const std::string name = alone.getColumn(1).getString();
          consider(alone.getColumn(0).getInt64(), name, name);
        }
      }
    }
    if (ids.size() != 1) return 0;
    reason = "compatible person name '" + matched + "' of node #" + std::to_string(*ids.begin());
    return *ids.begin();
  }

  // Third chance, for meetings and agreements only: the same event reported on a date that
  // disagrees with the stored one (docs/extraction.md, "Conflicting dates"). Conservative: the
  // same name with both dates days at most kSameNameDays apart, or the same round of one series
  // (a "round:" identity key) with dates at most kSameRoundDays apart; and only one such node.
  // The node joined keeps its date until the claims (date_claims) outvote it.
  static constexpr int kSameNameDays = 3;
  static constexpr int kSameRoundDays = 31;
  int64_t ResolveConflictingDate(const ExtractedNode& node, std::string& reason) {
    if (!DateIsIdentity(node.kind) || node.date.empty()) return 0;
    std::map<int64_t, std::pair<std::string, std::string>> ids;  // id -> (its date, what matched)
    const std::string name_key = NormalizeName(node.name);
    if (!name_key.empty() && node.date.size() == 10) {
      SQLite::Statement& st = Prepare(
          "SELECT id, coalesce(date, '') FROM nodes WHERE +kind = ? AND norm_key = ?");
      st.bind(1, node.kind);
      st.bind(2, name_key);
      while (st.executeStep()) {
        const std::string date = st.getColumn(1).getString();
        if (!DatesAgree(date, node.date) && DaysWithin(date, node.date, kSameNameDays)) {
          ids[st.getColumn(0).getInt64()] = {date, "name '" + name_key + "'"};
        }
      }
    }
    for (const std::string& key : node.keys) {
      if (key.rfind("round:", 0) != 0) continue;
      SQLite::Statement& st = Prepare(
          "SELECT k.node_id, coalesce(n.date, '') FROM node_keys k CROSS JOIN nodes n "
          "ON n.id = k.node_id WHERE k.key = ? AND n.kind = ?");
      st.bind(1, key);
      st.bind(2, node.kind);
      while (st.executeStep()) {
        const std::string date = st.getColumn(1).getString();
        auto apart = DaysApart(date, node.date);
        if (!DatesAgree(date, node.date) && apart && *apart <= kSameRoundDays) {
          ids.emplace(st.getColumn(0).getInt64(), std::pair{date, "round '" + key + "'"});
        }
      }
    }
    if (ids.size() != 1) return 0;
    const auto& [id, what] = *ids.begin();
    reason = "same " + what.second + " as node #" + std::to_string(id) + " on a conflicting date (" +
             node.date + " against " + what.first + "; both kept)";
    return id;
  }

  // Fourth chance, for an agreement whose life the document tells ("entered into force on ..."):
  // the one stored agreement sharing its agreement identity key (or, without one, its name),
  // whatever its date: the announcement, the signing and the entry into force of one agreement
  // are reported on different days. Two candidates: no guess.
  int64_t ResolveAcrossStages(const ExtractedNode& node, std::string& reason) {
    std::set<int64_t> ids;
    std::string what;
    // By its agreement key (parties and signature) when it has one: a generic name
    // ("Memorandum of Understanding") between other parties is another agreement.
    bool keyed = false;
    for (const std::string& key : node.keys) {
      if (key.rfind("agreement:", 0) != 0) continue;
      keyed = true;
      SQLite::Statement& st = Prepare(
          "SELECT k.node_id FROM node_keys k CROSS JOIN nodes n ON n.id = k.node_id "
          "WHERE k.key = ? AND n.kind = ?");
      st.bind(1, key);
      st.bind(2, node.kind);
      while (st.executeStep()) ids.insert(st.getColumn(0).getInt64());
      what = "identity key '" + key + "'";
    }
    const std::string name_key = NormalizeName(node.name);
    if (!keyed && !name_key.empty()) {
      SQLite::Statement& st = Prepare("SELECT id FROM nodes WHERE +kind = ? AND norm_key = ?");
      st.bind(1, node.kind);
      st.bind(2, name_key);
      while (st.executeStep()) ids.insert(st.getColumn(0).getInt64());
      what = "name '" + name_key + "'";
    }
    if (ids.size() != 1) return 0;
    // An agreement signed (in force, ended) on another day than this one was is another of the
    // same name: a memorandum renewed years later.
    if (auto once = staged_once_.find(&node); once != staged_once_.end()) {
      SQLite::Statement& st = Prepare(
          "SELECT s.stage, coalesce(s.date, d.pub_date, '') FROM agreement_stages s "
          "JOIN documents d ON d.id = s.document_id WHERE s.agreement_id = ?");
      st.bind(1, *ids.begin());
      while (st.executeStep()) {
        const std::string stage = st.getColumn(0).getString(), date = st.getColumn(1).getString();
        for (const auto& [mine, my_date] : once->second) {
          if (mine == stage && !date.empty() && !my_date.empty() && !DatesAgree(date, my_date)) {
            st.reset();
            return 0;
          }
        }
      }
    }
    reason = "same agreement " + what + " as node #" + std::to_string(*ids.begin()) +
             ", another stage of its life";
    return *ids.begin();
  }

  int64_t Insert(const ExtractedNode& node) {
    SQLite::Statement& st = Prepare(
                         "INSERT INTO nodes(kind, name, norm_key, date, attrs, xid) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, node.kind);
    st.bind(2, node.name);
    st.bind(3, NormalizeName(node.name));
    if (node.date.empty()) st.bind(4); else st.bind(4, node.date);
    st.bind(5, AttrsToJson(node.attrs));
    if (node.xid.empty()) st.bind(6); else st.bind(6, node.xid);
    st.exec();
    return db_.getLastInsertRowid();
  }

  // Keeps what is stored and adds what is new: a more precise compatible date, missing attrs.
  void Merge(const Existing& existing, const ExtractedNode& node) {
    // Most merges add nothing: skip parsing the stored attributes when every key is there.
    const bool date_same = node.date.empty() || node.date.size() <= existing.date.size();
    bool keys_present = true;
    for (const auto& [key, value] : node.attrs) {
      std::string needle(1, '"');  // appended piecewise: GCC 12 warns (falsely) on "\"" + key
      needle += key;
      needle += "\":";
      keys_present = keys_present && existing.attrs.find(needle) != std::string::npos;
    }
    if (date_same && keys_present) return;
    std::string date = existing.date;
    Attrs attrs = AttrsFromJson(existing.attrs);
    bool changed = false;
    if (!node.date.empty() && DatesCompatible(date, node.date) && node.date.size() > date.size()) {
      date = node.date;
      changed = true;
    }
    for (const auto& [key, value] : node.attrs) {
      if (attrs.emplace(key, value).second) changed = true;
    }
    if (!changed) return;
    SQLite::Statement& st = Prepare("UPDATE nodes SET date = ?, attrs = ? WHERE id = ?");
    if (date.empty()) st.bind(1); else st.bind(1, date);
    st.bind(2, AttrsToJson(attrs));
    st.bind(3, existing.id);
    st.exec();
  }

  void AddAliases(int64_t id, const std::string& own_key, const ExtractedNode& node) {
    auto add = [&](const std::string& alias) {
      const std::string norm = NormalizeName(alias);
      if (norm.empty() || norm == own_key) return;
      aliases_.push_back({id, alias, norm});
    };
    add(node.name);
    for (const std::string& alias : node.aliases) add(alias);
  }

  struct PendingMention {
    std::vector<Span> spans;
    std::string reason;
  };
  struct PendingAlias {
    int64_t node;
    std::string alias;
    std::string norm;
  };
  struct PendingEvidence {
    int64_t edge;
    int64_t document;
    Span span;
    std::string rule;
  };
  std::map<int64_t, PendingMention> mentions_;  // by node
  std::vector<PendingAlias> aliases_;
  std::vector<PendingEvidence> evidence_;
  std::vector<std::pair<int64_t, std::string>> keys_;
  std::vector<std::pair<std::string, int64_t>> names_;  // new nodes' names, for full-text search
 public:
  // (node, date) of each dated meeting or agreement this document named (date_claims).
  std::vector<std::pair<int64_t, std::string>> date_claims_;
  // The agreements whose stages this document states (ExtractedGraph::stages), with the date
  // it says each was signed (empty: not said). Set before WriteNode.
  std::map<const ExtractedNode*, std::string> staged_;
  // Each staged agreement's one-time stages (signed, in_force, ended) with the dates this
  // document gives them (the document's when the text gives none).
  std::map<const ExtractedNode*, std::vector<std::pair<std::string, std::string>>> staged_once_;

 private:

  SQLite::Statement& Prepare(const std::string& sql) { return cache_.Prepare(sql); }

  std::string sha256_;
  bool rules_loaded_ = false;
  bool has_redirects_ = false;
  bool has_suppressed_ = false;
  StatementCache& cache_;
  SQLite::Database& db_;
  int64_t document_id_;
  const std::string& text_;
  ImportReport& report_;
};

DocumentWriter::Existing DocumentWriter::FindByCanonicalName(const ExtractedNode& node) {
  SQLite::Statement& st = Prepare(
      "SELECT id, norm_key, coalesce(date, ''), attrs FROM nodes WHERE +kind = ? AND norm_key = ? "
      "ORDER BY id LIMIT 1");
  st.bind(1, node.kind);
  st.bind(2, NormalizeName(node.name));
  if (!st.executeStep()) return {};
  Existing e{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
             st.getColumn(3).getString()};
  st.reset();
  return e;
}

}  // namespace

namespace {

// Every committed write: a new generation and a new write token (see Store::Fingerprint).
void BumpGeneration(SQLite::Database& db) {
  db.exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
  db.exec(
      "INSERT OR REPLACE INTO meta(key, value) "
      "VALUES ('write_token', lower(hex(randomblob(8))))");
}

// Store::Fingerprint inside the caller's read transaction.
std::string ReadFingerprint(SQLite::Database& db) {
  SQLite::Statement token(db, "SELECT value FROM meta WHERE key = 'write_token'");
  const std::string write_token = token.executeStep() ? token.getColumn(0).getString() : "";
  return Store::FormatFingerprint(
      write_token, db.execAndGet("SELECT coalesce(max(id), 0) FROM nodes").getInt64(),
      db.execAndGet("SELECT coalesce(max(id), 0) FROM edges").getInt64());
}

// A new documents row; its id.
int64_t InsertDocument(SQLite::Database& db, StatementCache& cache, const DocumentInput& d) {
  SQLite::Statement& add = cache.Prepare(
      "INSERT INTO documents(sha256, source, title, pub_date, text) VALUES (?, ?, ?, ?, ?)");
  add.bind(1, d.sha256);
  add.bind(2, d.source);
  add.bind(3, d.title);
  if (d.date.empty()) add.bind(4); else add.bind(4, d.date);
  add.bind(5, d.text);
  add.exec();
  return db.getLastInsertRowid();
}

// Makes `id` the first of a near-copy group: its signature and band keys are kept, so that later
// documents find it.
void StoreSignature(SQLite::Database& db, StatementCache& cache, int64_t id,
                    const std::vector<uint32_t>& signature) {
  SQLite::Statement& sig = cache.Prepare("INSERT INTO document_signatures(document_id, signature) VALUES (?, ?)");
  sig.bind(1, id);
  sig.bind(2, signature.data(), static_cast<int>(signature.size() * sizeof(uint32_t)));
  sig.exec();
  const std::vector<int64_t> bands = MinHashBands(signature);
  std::string sql = "INSERT OR IGNORE INTO document_bands(band, document_id) VALUES ";
  for (size_t i = 0; i < bands.size(); ++i) sql += i ? ",(?,?)" : "(?,?)";
  SQLite::Statement& add = cache.Prepare(sql);
  for (size_t i = 0; i < bands.size(); ++i) {
    add.bind(static_cast<int>(2 * i + 1), bands[i]);
    add.bind(static_cast<int>(2 * i + 2), id);
  }
  add.exec();
}

// Records document `id` as a near-copy of the first document of the most similar stored group,
// when one is similar enough; else makes it the first of its own group. Returns what it is a
// copy of, or 0. Only groups' first documents are candidates, so 2,000 copies of one report cost
// one comparison each.
// The stored group's first document most similar to `signature` and how similar, or {0, 0}.
std::pair<int64_t, double> MostSimilarFirst(StatementCache& cache, const std::vector<uint32_t>& signature) {
  std::set<int64_t> candidates;
  {
    const std::vector<int64_t> bands = MinHashBands(signature);
    SQLite::Statement& find = cache.Prepare(
        "SELECT DISTINCT document_id FROM document_bands WHERE band IN (" + Placeholders(bands.size()) + ")");
    for (size_t i = 0; i < bands.size(); ++i) find.bind(static_cast<int>(i + 1), bands[i]);
    while (find.executeStep()) candidates.insert(find.getColumn(0).getInt64());
  }
  double best = 0;
  int64_t best_id = 0;
  for (int64_t candidate : candidates) {
    SQLite::Statement& get = cache.Prepare("SELECT signature FROM document_signatures WHERE document_id = ?");
    get.bind(1, candidate);
    if (!get.executeStep()) continue;
    const SQLite::Column blob = get.getColumn(0);
    std::vector<uint32_t> other(static_cast<size_t>(blob.getBytes()) / sizeof(uint32_t));
    std::memcpy(other.data(), blob.getBlob(), other.size() * sizeof(uint32_t));
    const double similarity = MinHashSimilarity(signature, other);
    if (similarity > best) {
      best = similarity;
      best_id = candidate;
    }
  }
  return {best_id, best};
}

int64_t RecordNearCopy(SQLite::Database& db, StatementCache& cache, int64_t id, const std::string& text) {
  const std::vector<uint32_t> signature = MinHashSignature(text);
  if (signature.empty()) return 0;
  const auto [best_id, best] = MostSimilarFirst(cache, signature);
  if (best_id != 0 && best >= kNearCopyThreshold) {
    SQLite::Statement& add = cache.Prepare(
        "INSERT INTO document_copies(document_id, copy_of, similarity) VALUES (?, ?, ?)");
    add.bind(1, id);
    add.bind(2, best_id);
    add.bind(3, best);
    add.exec();
    return best_id;
  }
  StoreSignature(db, cache, id, signature);
  return 0;
}

}  // namespace

namespace {

// Whether every index of an extracted graph is in range.
Status CheckExtracted(const DocumentInput& document, const ExtractedGraph& graph) {
  for (const ExtractedEdge& e : graph.edges) {
    if (e.source >= graph.nodes.size() || e.target >= graph.nodes.size()) {
      return Status::Internal(document.source + ": extracted edge refers to a missing node");
    }
  }
  const long node_count = static_cast<long>(graph.nodes.size());
  for (const ExtractedOffice& o : graph.offices) {
    if (o.official >= graph.nodes.size() || o.country >= node_count || o.body >= node_count) {
      return Status::Internal(document.source + ": extracted office refers to a missing node");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<ImportReport> Store::ImportDocument(const DocumentInput& document,
                                           const ExtractedGraph& graph) {
  if (Status s = CheckExtracted(document, graph); !s.ok()) return s;
  return ImportDocumentWith(document, &graph, {});
}

Result<ImportReport> Store::ImportDocument(const DocumentInput& document,
                                           const std::function<ExtractedGraph()>& extract) {
  return ImportDocumentWith(document, nullptr, extract);
}

Result<std::unique_ptr<Store>> Store::OpenReader() const {
  // A store opened read-only may be an immutable file (no WAL can be made beside it), which a
  // plain connection could not open; nothing is imported into it anyway.
  if (impl_->read_only) return Status::InvalidInput(path_ + ": store is read-only");
  try {
    // The store is open and migrated: no checks that would touch the file outside SQLite.
    auto impl = std::make_unique<Impl>(path_, SQLite::OPEN_READONLY);
    impl->read_only = true;
    impl->db.setBusyTimeout(30000);
    impl->db.exec("PRAGMA foreign_keys = ON");
    return std::unique_ptr<Store>(new Store(path_, std::move(impl)));
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path_ + ": cannot open a second connection: " + e.what());
  }
}

Result<int64_t> Store::ImportPrecheck(const DocumentInput& document) const {
  try {
    ResetStatements reset(impl_->cache);
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);
    SQLite::Statement& seen = impl_->cache.Prepare("SELECT id FROM documents WHERE sha256 = ?");
    seen.bind(1, document.sha256);
    const bool stored = seen.executeStep();
    seen.reset();
    if (stored) return int64_t{-1};
    const std::vector<uint32_t> signature = MinHashSignature(document.text);
    if (signature.empty()) return int64_t{0};
    const auto [best_id, best] = MostSimilarFirst(impl_->cache, signature);
    return best_id != 0 && best >= kNearCopyThreshold ? best_id : int64_t{0};
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path_ + ": " + e.what());
  }
}

Result<ImportReport> Store::ImportDocumentWith(const DocumentInput& document,
                                               const ExtractedGraph* ready,
                                               const std::function<ExtractedGraph()>& extract) {
  if (impl_->read_only)
    return Status::InvalidInput(
        path_ +
        ": store is read-only (opened read-only, or the file or its directory is not writable)");
  ImportReport report;
  try {
    impl_->IndexPendingNames();  // person-name resolution searches names_fts
    SQLite::Database& db = impl_->db;
    ResetStatements reset(impl_->cache);  // declared first: runs after the rollback or commit
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement seen(db, "SELECT id FROM documents WHERE sha256 = ?");
    seen.bind(1, document.sha256);
    if (seen.executeStep()) {
      report.state = ImportState::kSkipped;
      report.document_id = seen.getColumn(0).getInt64();
      return report;  // the transaction rolls back: nothing was written
    }
    report.document_id = InsertDocument(db, impl_->cache, document);
    report.copy_of = RecordNearCopy(db, impl_->cache, report.document_id, document.text);
    if (report.copy_of != 0) {
      // The same story again: the group's first document holds its graph and evidence.
      BumpGeneration(db);
      impl_->cache.ResetAll();
      tx.commit();
      return report;
    }

    // The graph, extracted now when the caller left it for the store to ask for.
    ExtractedGraph extracted;
    if (ready == nullptr) {
      extracted = extract();
      if (Status s = CheckExtracted(document, extracted); !s.ok()) return s;
      ready = &extracted;
    }
    const ExtractedGraph& graph = *ready;
    DocumentWriter writer(db, impl_->cache, report.document_id, document.text, report);
    writer.SetDocumentSha256(document.sha256);
    for (const ExtractedStage& stage : graph.stages) {
      if (stage.agreement >= graph.nodes.size()) {
        return Status::InvalidInput("an agreement stage names node " + std::to_string(stage.agreement) +
                                    " of a graph of " + std::to_string(graph.nodes.size()));
      }
      std::string& signed_on = writer.staged_[&graph.nodes[stage.agreement]];
      if (stage.stage == "signed" || stage.stage == "in_force" || stage.stage == "ended") {
        writer.staged_once_[&graph.nodes[stage.agreement]].emplace_back(
            stage.stage, stage.date.empty() ? document.date : stage.date);
      }
      if (stage.stage == "signed") {
        signed_on = !stage.date.empty() ? stage.date
                    : !graph.nodes[stage.agreement].date.empty() ? graph.nodes[stage.agreement].date
                                                                 : document.date;
      }
    }
    std::vector<int64_t> ids;
    ids.reserve(graph.nodes.size());
    for (const ExtractedNode& node : graph.nodes) ids.push_back(writer.WriteNode(node));
    for (const ExtractedEdge& edge : graph.edges) {
      writer.WriteEdge(ids[edge.source], ids[edge.target], edge);
    }
    if (!graph.offices.empty()) {
      SQLite::Statement insert(db,
                               "INSERT INTO office_terms(official_id, title, country_id, body_id, "
                               "document_id, status, date, start, end, rule) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (const ExtractedOffice& o : graph.offices) {
        insert.reset();
        insert.bind(1, ids[o.official]);
        insert.bind(2, o.title);
        if (o.country >= 0) insert.bind(3, ids[static_cast<size_t>(o.country)]);
        else insert.bind(3);
        if (o.body >= 0) insert.bind(4, ids[static_cast<size_t>(o.body)]);
        else insert.bind(4);
        insert.bind(5, report.document_id);
        insert.bind(6, o.status);
        if (o.date.empty()) insert.bind(7);
        else insert.bind(7, o.date);
        insert.bind(8, o.evidence.span.start);
        insert.bind(9, o.evidence.span.end);
        insert.bind(10, o.evidence.rule);
        insert.exec();
      }
    }
    if (!graph.stages.empty()) {
      SQLite::Statement insert(db,
                               "INSERT INTO agreement_stages(agreement_id, stage, date, document_id, "
                               "start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const ExtractedStage& st : graph.stages) {
        insert.reset();
        insert.bind(1, ids[st.agreement]);
        insert.bind(2, st.stage);
        if (st.date.empty()) insert.bind(3); else insert.bind(3, st.date);
        insert.bind(4, report.document_id);
        insert.bind(5, st.evidence.span.start);
        insert.bind(6, st.evidence.span.end);
        insert.bind(7, st.evidence.rule);
        insert.exec();
      }
    }
    StoreDateClaims(db, report.document_id, writer.date_claims_);
    BumpGeneration(db);
    writer.Flush();
    impl_->cache.ResetAll();
    tx.commit();
    return report;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(document.source +
                           ": could not store the document: " + Problem(e, path_));
  }
}

namespace {

void ResyncNames(SQLite::Database& db, int64_t node);

// A stored node's identity as an import sees it.
struct NodeIdentity {
  std::string kind, name, date;
};

// Gives stored node `id` the kind, name and date `to` (import --update), appending one NodeChange
// per field that changes. A changed name keeps the old one as an alias, as a rename does, so
// documents that use it still find the node.
void UpdateKnownNode(SQLite::Database& db, int64_t id, const std::string& xid, const NodeIdentity& from,
                     const NodeIdentity& to, std::vector<NodeChange>& changes) {
  if (from.kind != to.kind) changes.push_back({id, xid, "kind", from.kind, to.kind});
  if (from.name != to.name) changes.push_back({id, xid, "name", from.name, to.name});
  if (from.date != to.date) changes.push_back({id, xid, "date", from.date, to.date});
  const std::string old_norm = NormalizeName(from.name), norm = NormalizeName(to.name);
  SQLite::Statement up(db, "UPDATE nodes SET kind = ?, name = ?, norm_key = ?, date = ? WHERE id = ?");
  up.bind(1, to.kind);
  up.bind(2, to.name);
  up.bind(3, norm);
  if (to.date.empty()) up.bind(4); else up.bind(4, to.date);
  up.bind(5, id);
  up.exec();
  if (from.name != to.name) {
    SQLite::Statement drop(db, "DELETE FROM aliases WHERE node_id = ? AND norm = ?");
    drop.bind(1, id);
    drop.bind(2, norm);
    drop.exec();
    if (old_norm != norm && !old_norm.empty()) {
      SQLite::Statement alias(db, "INSERT OR IGNORE INTO aliases(node_id, alias, norm) VALUES (?, ?, ?)");
      alias.bind(1, id);
      alias.bind(2, from.name);
      alias.bind(3, old_norm);
      alias.exec();
    }
    ResyncNames(db, id);
  }
}

}  // namespace

namespace {

// The corrections of a dkg JSON export (GraphInput::corrections), recorded in this store inside
// ImportGraph's transaction, before the file's nodes are written. A correction already recorded
// (same action, time, author and summary: the file was imported before, or came back from a
// colleague) is not recorded twice. The records keep their text (a summary names the ids of the
// store it was made in; detail "imported": true marks them). `store_ids[i]` is this store's id
// of the file's correction i; the result says which of them this import recorded (0: recorded
// before). ApplyImportedCorrections then adds their rules and applies them to the stored rows.
std::vector<int64_t> InsertImportedCorrections(SQLite::Database& db, const GraphInput& graph,
                                               std::vector<int64_t>& store_ids, GraphImportReport& out) {
  std::vector<int64_t> ids;
  std::map<int64_t, int64_t> by_file_id;
  SQLite::Statement same(db,
                         "SELECT id FROM corrections WHERE action = ? AND at = ? AND by = ? AND "
                         "summary = ?");
  SQLite::Statement add(db,
                        "INSERT INTO corrections(action, at, by, reason, summary, detail) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
  for (const GraphInput::Correction& c : graph.corrections) {
    const CorrectionRecord& r = c.record;
    same.reset();
    same.bind(1, r.action);
    same.bind(2, r.at);
    same.bind(3, r.by);
    same.bind(4, r.summary);
    if (same.executeStep()) {
      by_file_id[r.id] = same.getColumn(0).getInt64();
      ids.push_back(0);
      ++out.corrections_existing;
      continue;
    }
    auto detail = nlohmann::json::parse(r.detail, nullptr, false);
    if (!detail.is_object()) detail = nlohmann::json::object();
    detail["imported"] = true;
    // An undo names the correction it undid by id: this store's id of it.
    if (detail.contains("undoes") && detail["undoes"].is_number_integer()) {
      auto it = by_file_id.find(detail["undoes"].get<int64_t>());
      if (it != by_file_id.end()) detail["undoes"] = it->second;
    }
    add.reset();
    add.bind(1, r.action);
    add.bind(2, r.at);
    add.bind(3, r.by);
    if (r.reason.empty()) add.bind(4); else add.bind(4, r.reason);
    add.bind(5, r.summary);
    add.bind(6, detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    add.exec();
    const int64_t id = db.getLastInsertRowid();
    by_file_id[r.id] = id;
    ids.push_back(id);
    ++out.corrections_added;
  }
  // Undone-by links, now that every correction of the file has its id here.
  SQLite::Statement undone(db, "UPDATE corrections SET undone_by = ? WHERE id = ? AND undone_by IS NULL");
  for (size_t i = 0; i < graph.corrections.size(); ++i) {
    const CorrectionRecord& r = graph.corrections[i].record;
    if (ids[i] == 0 || r.undone_by == 0) continue;
    auto it = by_file_id.find(r.undone_by);
    if (it == by_file_id.end()) continue;
    undone.reset();
    undone.bind(1, it->second);
    undone.bind(2, ids[i]);
    undone.exec();
  }
  store_ids.clear();
  for (const GraphInput::Correction& c : graph.corrections) store_ids.push_back(by_file_id[c.record.id]);
  return ids;
}

// Defined with the corrections below. ApplyImportedCorrections: the rules of the file's
// corrections (all of them; a key this store has a rule for already keeps its own), and each
// newly recorded correction applied to the rows this store holds already, before the file's
// nodes are written. ApplyImportedDates: the newly recorded set-date corrections, on the stored
// nodes the file's nodes became (`node_ids[i]`: file node i).
// A correction this store cannot apply (a retract of the first document of a near-copy group
// here) is refused: the Status says which and why, and the caller rolls the import back (a
// correction is never recorded without being applied).
Status ApplyImportedCorrections(SQLite::Database& db, const GraphInput& graph, const std::vector<int64_t>& added,
                                const std::vector<int64_t>& store_ids, GraphImportReport& out);
void ApplyImportedDates(SQLite::Database& db, const GraphInput& graph, const std::vector<int64_t>& added,
                        const std::vector<int64_t>& node_ids, int64_t last_node, GraphImportReport& out);

// The nodes each newly recorded correction concerns, as stored by this import; `node_ids[i]` is
// the store id of the file's node i.
void AttachImportedCorrectionNodes(SQLite::Database& db, const GraphInput& graph,
                                   const std::vector<int64_t>& corrections,
                                   const std::vector<int64_t>& node_ids) {
  SQLite::Statement concern(db, "INSERT OR IGNORE INTO correction_nodes(correction_id, node_id) VALUES (?, ?)");
  for (size_t i = 0; i < graph.corrections.size(); ++i) {
    if (corrections[i] == 0) continue;
    for (uint32_t n : graph.corrections[i].nodes) {
      if (n >= node_ids.size()) continue;
      concern.reset();
      concern.bind(1, corrections[i]);
      concern.bind(2, node_ids[n]);
      concern.exec();
    }
  }
}

}  // namespace

Result<GraphImportReport> Store::ImportGraph(const GraphInput& graph, const ProgressFn& progress) {
  if (impl_->read_only)
    return Status::InvalidInput(
        path_ +
        ": store is read-only (opened read-only, or the file or its directory is not writable)");
  if (Status s = CheckGraphInput(graph, true); !s.ok()) return s;
  const size_t endpoints = graph.nodes.size() + graph.external.size();
  GraphImportReport out;
  try {
    // Names are searched (by name) or rewritten (an update) against a complete full-text index.
    if (graph.resolve_by_name || graph.update || !graph.corrections.empty()) impl_->IndexPendingNames();
    // An imported retract removes a stored document: the full-text delete trigger removes what
    // was indexed, so the index must reach every document (as Store::RetractDocument does).
    if (std::any_of(graph.corrections.begin(), graph.corrections.end(),
                    [](const GraphInput::Correction& c) { return c.record.action == "retract"; })) {
      if (Status s = IndexDocuments(); !s.ok()) return s;
    }
    SQLite::Database& db = impl_->db;
    ResetStatements reset(impl_->cache);  // declared first: runs after the rollback or commit
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int64_t last_node = db.execAndGet("SELECT coalesce(max(id), 0) FROM nodes").getInt64();

    std::vector<int64_t> documents;
    for (const DocumentInput& d : graph.documents) {
      SQLite::Statement& seen = impl_->cache.Prepare("SELECT id FROM documents WHERE sha256 = ?");
      seen.bind(1, d.sha256);
      if (seen.executeStep()) {
        documents.push_back(seen.getColumn(0).getInt64());
        continue;
      }
      documents.push_back(InsertDocument(db, impl_->cache, d));
      ++out.documents_added;
    }

    // A JSON export's corrections and their rules come first: the rules apply to its nodes, and
    // the corrections to the nodes this store holds already.
    std::vector<int64_t> correction_ids;
    const std::vector<int64_t> corrections = InsertImportedCorrections(db, graph, correction_ids, out);
    if (!graph.corrections.empty()) {
      // Refused: returning leaves the transaction uncommitted (rolled back), nothing stored.
      if (Status s = ApplyImportedCorrections(db, graph, corrections, correction_ids, out); !s.ok()) return s;
    }

    ImportReport counts;
    static const std::string kNoText;
    DocumentWriter writer(db, impl_->cache, 0, kNoText, counts);
    std::vector<int64_t> ids;
    ids.reserve(endpoints);
    const uint64_t total = graph.nodes.size() + graph.edges.size();
    auto report_progress = [&](uint64_t done, const char* phase) {
      if (progress && done % 16384 == 0) progress(phase, done, total);
    };
    for (const GraphInput::Node& n : graph.nodes) {
      report_progress(ids.size(), "nodes");
      if (graph.resolve_by_name) {
        if (!n.xid.empty()) {
          // A node joins the stored node with its external id whatever its kind: a kind the
          // store does not hold for that id is refused, or applied with --update.
          SQLite::Statement& find = impl_->cache.Prepare(
              std::string("SELECT id, kind, name, coalesce(date, '') FROM nodes WHERE id = ") + kNodeByXid);
          find.bind(1, n.xid);
          if (find.executeStep() && find.getColumn(1).getString() != n.kind) {
            const NodeIdentity stored{find.getColumn(1).getString(), find.getColumn(2).getString(),
                                      find.getColumn(3).getString()};
            const int64_t id = find.getColumn(0).getInt64();
            find.reset();
            if (!graph.update) {
              return Status::InvalidInput(graph.source + ": id '" + n.xid + "' is stored as " + stored.kind +
                                          " '" + stored.name + "' but this file gives kind " + n.kind +
                                          "; nothing of the file was stored (import --update changes the stored node)");
            }
            UpdateKnownNode(db, id, n.xid, stored, {n.kind, stored.name, stored.date}, out.changes);
          }
          find.reset();
        }
        ExtractedNode node{n.kind, n.name, n.aliases, n.date, n.attrs, {}, n.xid, {}};
        ids.push_back(writer.WriteNode(node));
        continue;
      }
      // The file's id is the node's identity: the stored node with that external id, or a new one.
      if (!n.xid.empty()) {
        SQLite::Statement& find = impl_->cache.Prepare(
            std::string("SELECT id, kind, name, coalesce(date, ''), "
                        "EXISTS (SELECT 1 FROM xid_redirects WHERE xid = ?1) FROM nodes WHERE id = ") +
            kNodeByXid);
        find.bind(1, n.xid);
        if (find.executeStep()) {
          // A known id with another kind, name or date would be ignored without a word: refuse
          // the file instead (an empty date in the table says nothing about the date). An id a
          // merge absorbed names the merged node, whose name and date are the merge's: only its
          // kind must agree (a merge joins nodes of one kind).
          const std::string kind = find.getColumn(1).getString();
          const std::string name = find.getColumn(2).getString();
          const std::string date = find.getColumn(3).getString();
          const bool merged = find.getColumn(4).getInt() != 0;
          const bool differs =
              kind != n.kind || (!merged && (name != n.name || (!n.date.empty() && date != n.date)));
          if (differs && graph.update) {
            const int64_t id = find.getColumn(0).getInt64();
            const NodeIdentity to = merged ? NodeIdentity{n.kind, name, date}
                                           : NodeIdentity{n.kind, n.name, n.date.empty() ? date : n.date};
            UpdateKnownNode(db, id, n.xid, {kind, name, date}, to, out.changes);
            ids.push_back(id);
            ++counts.nodes_merged;
            continue;
          }
          if (differs) {
            auto describe = [](const std::string& k, const std::string& nm, const std::string& d) {
              return k + " '" + nm + "'" + (d.empty() ? std::string() : " dated " + d);
            };
            return Status::InvalidInput(
                graph.source + ": id '" + n.xid + "' is stored as " + describe(kind, name, date) +
                " but this file gives " + describe(n.kind, n.name, n.date.empty() ? date : n.date) +
                "; nothing of the file was stored (import --update changes the stored node)");
          }
          ids.push_back(find.getColumn(0).getInt64());
          ++counts.nodes_merged;
          continue;
        }
      }
      ids.push_back(writer.InsertNode({n.kind, n.name, n.aliases, n.date, n.attrs, {}, n.xid, {}}));
      ++counts.nodes_created;
    }
    for (const GraphInput::External& x : graph.external) {
      SQLite::Statement& find = impl_->cache.Prepare(std::string("SELECT id FROM nodes WHERE id = ") + kNodeByXid);
      find.bind(1, x.xid);
      if (!find.executeStep()) {
        return Status::InvalidInput(graph.source + ":" + std::to_string(x.line) + ": unknown id '" +
                                    x.xid + "': no node of this command or of the store has it");
      }
      ids.push_back(find.getColumn(0).getInt64());
    }

    AttachImportedCorrectionNodes(db, graph, corrections, ids);
    if (!graph.corrections.empty()) ApplyImportedDates(db, graph, corrections, ids, last_node, out);
    uint64_t done = graph.nodes.size();
    static const Attrs kNoAttrs;
    for (const GraphInput::Edge& e : graph.edges) {
      report_progress(done++, "edges");
      const int64_t source = ids[e.source], target = ids[e.target];
      const std::string& relation = graph.relations[e.relation];
      if (source == target && e.source != e.target && graph.resolve_by_name) {
        // Two nodes of the file that resolve to one stored node: the edge between them would
        // become a self-loop the file never had.
        const size_t k = static_cast<size_t>(&e - graph.edges.data());
        auto name_of = [&](uint32_t i) {
          return i < graph.nodes.size() ? graph.nodes[i].name
                                        : graph.external[i - graph.nodes.size()].xid;
        };
        return Status::InvalidInput(graph.source + ": edges[" + std::to_string(k) + "]: '" +
                                    name_of(e.source) + "' and '" + name_of(e.target) +
                                    "' resolve to one stored node #" + std::to_string(source) +
                                    "; the edge would become a self-loop");
      }
      // A JSON graph (from before an unlink, or a colleague's) does not bring an unlinked edge
      // back; node and edge tables name nodes by id, not by name, and are taken as they are.
      if (graph.resolve_by_name && writer.Suppressed(source, relation, target)) continue;
      if (e.extra == GraphInput::kNone) {
        SQLite::Statement& add = impl_->cache.Prepare(
            "INSERT OR IGNORE INTO edges(source, relation, target) VALUES (?, ?, ?)");
        add.bind(1, source);
        add.bind(2, relation);
        add.bind(3, target);
        if (add.exec() > 0) ++out.edges_created; else ++out.edges_existing;
        continue;
      }
      const GraphInput::EdgeExtra& extra = graph.extras[e.extra];
      const int before = counts.edges_created;
      const int64_t edge_id = writer.WriteEdge(source, target, relation, extra.attrs);
      if (counts.edges_created > before) ++out.edges_created; else ++out.edges_existing;
      for (const GraphInput::Evidence& ev : extra.evidence) {
        writer.AddEvidence(edge_id, documents[ev.document], ev.span, ev.rule);
      }
    }
    BumpGeneration(db);
    const int64_t evidence_before = counts.evidence_added;
    writer.Flush();  // aliases, evidence, names of nodes the writer created
    out.evidence_added = counts.evidence_added - evidence_before;
    if (!graph.resolve_by_name) {
      SQLite::Statement names(db, "INSERT INTO names_fts(name, node_id) SELECT name, id FROM nodes WHERE id > ?");
      names.bind(1, last_node);
      names.exec();
    }
    out.nodes_created = counts.nodes_created;
    out.nodes_merged = counts.nodes_merged;
    impl_->cache.ResetAll();
    tx.commit();
    if (progress) progress("done", total, total);
    return out;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(graph.source + ": could not store the graph: " + Problem(e, path_));
  }
}

Status Store::IndexDocuments() {
  if (impl_->read_only)
    return Status::InvalidInput(
        path_ +
        ": store is read-only (opened read-only, or the file or its directory is not writable)");
  try {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    const int64_t upto =
        db.execAndGet("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'documents_fts_upto'").getInt64();
    SQLite::Statement add(db,
                          "INSERT INTO documents_fts(rowid, title, text) "
                          "SELECT id, title, text FROM documents WHERE id > ? ORDER BY id");
    add.bind(1, upto);
    if (add.exec() == 0) return Status::Ok();
    db.exec("UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM documents) "
            "WHERE key = 'documents_fts_upto'");
    tx.commit();
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path_ + ": could not update the full-text index: " + Problem(e, path_));
  }
}

namespace {

NodeRecord ReadNode(SQLite::Statement& st) {
  NodeRecord n;
  n.id = st.getColumn(0).getInt64();
  n.kind = st.getColumn(1).getString();
  n.name = st.getColumn(2).getString();
  n.date = ColumnText(st.getColumn(3));
  n.attrs = AttrsFromJson(st.getColumn(4).getString());
  n.xid = ColumnText(st.getColumn(5));
  return n;
}

constexpr const char* kNodeColumns = "id, kind, name, date, attrs, xid";

// The words of user text (runs of letters and digits), each a quoted FTS5 string, so user text
// can never be FTS syntax; `prefix` keeps only each word's first three characters, as prefix
// queries joined by AND (`any` = false) or OR (`any` = true).
std::string FtsQuery(const std::string& text, bool prefix = false, bool any = false) {
  std::vector<std::string> words(1);
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80)
      words.back() += static_cast<char>(c);
    else if (!words.back().empty())
      words.emplace_back();
  }
  std::string query;
  for (std::string& w : words) {
    if (w.empty()) continue;
    if (prefix) {
      size_t cut = 0;  // three code points, not bytes
      for (int n = 0; cut < w.size() && n < 3; ++n) {
        ++cut;
        while (cut < w.size() && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) ++cut;
      }
      w.resize(cut);
    }
    if (!query.empty()) query += any ? " OR " : " ";
    query += "\"" + w + "\"" + (prefix ? "*" : "");
  }
  return query;
}

std::string AsciiLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}


// LIKE pattern for "contains `text`", with LIKE's own wildcards escaped (ESCAPE '\\').
std::string ContainsPattern(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

// Stores with at most this many names and aliases are scanned whole for suggestions.
constexpr int64_t kScanAllNamesBelow = 20000;

template <typename F>
auto Guard(const std::string& path, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path + ": " + e.what());
  }
}

}  // namespace

Result<GraphData> Store::LoadGraph() const {
  return Guard(path_, [&]() -> Result<GraphData> {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);  // one read snapshot for nodes, aliases and edges
    GraphData g;
    std::unordered_map<int64_t, size_t> index;
    SQLite::Statement nodes(db, std::string("SELECT ") + kNodeColumns + " FROM nodes ORDER BY id");
    while (nodes.executeStep()) {
      index[nodes.getColumn(0).getInt64()] = g.nodes.size();
      g.nodes.push_back(ReadNode(nodes));
    }
    SQLite::Statement aliases(db, "SELECT node_id, alias FROM aliases ORDER BY node_id, rowid");
    while (aliases.executeStep()) {
      auto it = index.find(aliases.getColumn(0).getInt64());
      if (it != index.end()) g.nodes[it->second].aliases.push_back(aliases.getColumn(1).getString());
    }
    SQLite::Statement edges(db, "SELECT id, source, target, relation, attrs FROM edges ORDER BY id");
    while (edges.executeStep()) {
      g.edges.push_back({edges.getColumn(0).getInt64(), edges.getColumn(1).getInt64(),
                         edges.getColumn(2).getInt64(), edges.getColumn(3).getString(),
                         AttrsFromJson(edges.getColumn(4).getString())});
    }
    return g;
  });
}

namespace {

// Reads through a memory map while it lives: for rows scattered over the whole file, a map
// saves a read call and a copy per page. Not for whole-store scans, whose map would count the
// whole file in the process's resident memory.
struct MapWhileReading {
  SQLite::Database& db;
  explicit MapWhileReading(SQLite::Database& d) : db(d) { db.exec("PRAGMA mmap_size = 1073741824"); }
  ~MapWhileReading() {
    try {
      db.exec("PRAGMA mmap_size = 0");
    } catch (const SQLite::Exception&) {
      // Leaving the map on costs nothing but address space.
    }
  }
};

// A statement stepped and read through SQLite's own calls: for hundreds of thousands of rows
// (a busy country's edges, the store's event dates), SQLiteCpp's Column objects (a shared
// pointer copied per column read) cost more than the row. Errors throw SQLite::Exception as
// SQLiteCpp's do, for Guard.
class RawStatement {
 public:
  RawStatement(SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
    const int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &st_, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  ~RawStatement() { sqlite3_finalize(st_); }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;
  void Reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  void Bind(int i, int64_t v) { Check(sqlite3_bind_int64(st_, i, v)); }
  void Bind(int i, const std::string& v) {
    Check(sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  // True with a row, false at the end.
  bool Step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
  }
  int64_t Int64(int i) const { return sqlite3_column_int64(st_, i); }
  // The text of column `i`, valid until the next step; empty for NULL.
  std::string_view Text(int i) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st_, i));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(st_, i))) : std::string_view();
  }

 private:
  void Check(int rc) const {
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

}  // namespace

// Batches of this many lookups or more read through a memory map (MapWhileReading): a
// one-year window's 50,000 nodes and 60,000 index searches spent a third of their time copying
// pages out of the kernel one read call at a time.
constexpr size_t kMapLookupsFrom = 1000;

Result<std::vector<NodeRecord>> Store::GetNodes(const std::vector<int64_t>& ids, bool aliases) const {
  return Guard(path_, [&]() -> Result<std::vector<NodeRecord>> {
    std::vector<NodeRecord> out;
    std::optional<MapWhileReading> map;
    if (ids.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    // One read snapshot for all of them; a statement outside a transaction takes the read lock
    // anew each time, which is most of the cost of reading thousands of nodes.
    std::optional<SQLite::Transaction> tx;
    if (ids.size() > 1) tx.emplace(impl_->db);
    SQLite::Statement st(impl_->db, std::string("SELECT ") + kNodeColumns + " FROM nodes WHERE id = ?");
    SQLite::Statement al(impl_->db, "SELECT alias FROM aliases WHERE node_id = ? ORDER BY rowid");
    for (int64_t id : ids) {
      st.reset();
      st.bind(1, id);
      if (!st.executeStep()) continue;
      NodeRecord n = ReadNode(st);
      if (aliases) {
        al.reset();
        al.bind(1, id);
        while (al.executeStep()) n.aliases.push_back(al.getColumn(0).getString());
      }
      out.push_back(std::move(n));
    }
    return out;
  });
}

Result<std::optional<NodeRecord>> Store::GetNode(int64_t id) const {
  auto nodes = GetNodes({id});
  if (!nodes.ok()) return nodes.status();
  if (nodes->empty()) return std::optional<NodeRecord>();
  return std::optional<NodeRecord>(std::move(nodes->front()));
}

Result<std::vector<int64_t>> Store::FindByName(const std::string& text) const {
  return Guard(path_, [&]() -> Result<std::vector<int64_t>> {
    const std::string key = NormalizeName(text);
    SQLite::Statement st(impl_->db,
                         "SELECT id FROM nodes WHERE norm_key = ?1 "
                         "UNION SELECT node_id FROM aliases WHERE norm = ?1 ORDER BY 1");
    st.bind(1, key);
    std::vector<int64_t> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    return out;
  });
}

Result<std::vector<int64_t>> Store::Search(const std::string& text, int limit) const {
  return Guard(path_, [&]() -> Result<std::vector<int64_t>> {
    const std::string query = FtsQuery(text);
    std::vector<int64_t> out;
    if (query.empty()) return out;
    if (!impl_->names_indexed) {
      try {
        impl_->IndexPendingNames();
      } catch (const SQLite::Exception&) {
        // Busy with another writer, or read-only: search the pending names by scanning below.
      }
    }
    SQLite::Statement st(impl_->db,
                         "SELECT node_id FROM names_fts WHERE names_fts MATCH ? "
                         "GROUP BY node_id ORDER BY min(rank) LIMIT ?");
    st.bind(1, query);
    st.bind(2, limit);
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    const auto [first, last] = impl_->PendingNames();
    if (first <= last && static_cast<int>(out.size()) < limit) {
      // Names not in the index yet: as the index would, every word must be a whole word of the
      // name (case-insensitive for ASCII). LIKE finds the names holding the words anywhere, and
      // the words of each are compared here ("ountry 12" must not find Country 129).
      std::string sql = "SELECT id, name FROM nodes WHERE id BETWEEN ? AND ?";
      std::vector<std::string> words;
      for (size_t at = 0; (at = query.find('"', at)) != std::string::npos;) {
        const size_t end = query.find('"', at + 1);
        words.push_back(AsciiLower(query.substr(at + 1, end - at - 1)));
        at = end + 1;
      }
      for (size_t i = 0; i < words.size(); ++i) sql += " AND name LIKE ?";
      sql += " ORDER BY id";
      SQLite::Statement scan(impl_->db, sql);
      scan.bind(1, first);
      scan.bind(2, last);
      int p = 3;
      for (const std::string& w : words)
        scan.bind(p++, "%" + w + "%");  // words are letters and digits only
      const std::set<int64_t> seen(out.begin(), out.end());  // an alias may have matched above
      while (static_cast<int>(out.size()) < limit && scan.executeStep()) {
        const int64_t id = scan.getColumn(0).getInt64();
        if (seen.count(id)) continue;
        const std::vector<std::string> have = IndexWords(scan.getColumn(1).getString());
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) {
              return std::find(have.begin(), have.end(), w) != have.end();
            }))
          out.push_back(id);
      }
    }
    return out;
  });
}

Result<std::vector<int64_t>> Store::SearchNamePrefix(const std::string& text, int limit) const {
  return Guard(path_, [&]() -> Result<std::vector<int64_t>> {
    // Whole words as prefixes: the user's words are reduced to letters and digits, each quoted,
    // so nothing typed is read as full-text syntax.
    std::string query;
    std::vector<std::string> words(1);
    for (unsigned char c : text) {
      if (std::isalnum(c) || c >= 0x80) words.back() += static_cast<char>(c);
      else if (!words.back().empty()) words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    for (const std::string& w : words) query += (query.empty() ? "\"" : " \"") + w + "\"*";
    std::vector<int64_t> out;
    if (query.empty()) return out;
    SQLite::Statement st(impl_->db,
                         "SELECT node_id FROM names_fts WHERE names_fts MATCH ? "
                         "GROUP BY node_id ORDER BY min(rank) LIMIT ?");
    st.bind(1, query);
    st.bind(2, limit);
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    const auto [first, last] = impl_->PendingNames();
    if (first <= last && static_cast<int>(out.size()) < limit) {
      // Names a bulk import left out of the index (a read-only reader cannot add them): each
      // word must start a word of the name (case-insensitive for ASCII). Words are letters and
      // digits only, so they hold no LIKE wildcard.
      std::string sql = "SELECT id FROM nodes WHERE id BETWEEN ? AND ?";
      for (size_t i = 0; i < words.size(); ++i) sql += " AND (name LIKE ? OR name LIKE ?)";
      sql += " ORDER BY id LIMIT ?";
      SQLite::Statement scan(impl_->db, sql);
      scan.bind(1, first);
      scan.bind(2, last);
      int p = 3;
      for (const std::string& w : words) {
        scan.bind(p++, w + "%");
        scan.bind(p++, "% " + w + "%");
      }
      scan.bind(p, limit);
      const std::set<int64_t> seen(out.begin(), out.end());
      while (scan.executeStep() && static_cast<int>(out.size()) < limit) {
        const int64_t id = scan.getColumn(0).getInt64();
        if (!seen.count(id)) out.push_back(id);
      }
    }
    return out;
  });
}

Result<std::optional<std::string>> Store::DocumentText(int64_t id) const {
  return Guard(path_, [&]() -> Result<std::optional<std::string>> {
    SQLite::Statement st(impl_->db, "SELECT text FROM documents WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::optional<std::string>();
    return std::optional<std::string>(st.getColumn(0).getString());
  });
}

Result<std::vector<std::pair<int64_t, std::string>>> Store::NameCandidates(const std::string& text,
                                                                           int limit) const {
  return Guard(path_, [&]() -> Result<std::vector<std::pair<int64_t, std::string>>> {
    SQLite::Database& db = impl_->db;
    std::vector<std::pair<int64_t, std::string>> out;
    const int64_t names =
        db.execAndGet("SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM aliases)")
            .getInt64();
    if (names <= kScanAllNamesBelow) {
      SQLite::Statement all(
          db, "SELECT id, name FROM nodes UNION ALL SELECT node_id, alias FROM aliases");
      while (all.executeStep())
        out.emplace_back(all.getColumn(0).getInt64(), all.getColumn(1).getString());
      return out;
    }
    if (!impl_->names_indexed) {
      try {
        impl_->IndexPendingNames();  // a bulk-made store's names join names_fts on first search
      } catch (const SQLite::Exception&) {
        // Busy with another writer, or read-only: suggest from what is indexed.
      }
    }
    // Names sharing every word's first letters first (the likely meaning), then any word's.
    SQLite::Statement st(db, "SELECT node_id, name FROM names_fts WHERE names_fts MATCH ? LIMIT ?");
    for (bool any : {false, true}) {
      const std::string query = FtsQuery(text, /*prefix=*/true, any);
      if (query.empty() || static_cast<int>(out.size()) >= limit) break;
      st.reset();
      st.bind(1, query);
      st.bind(2, limit - static_cast<int>(out.size()));
      while (st.executeStep())
        out.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getString());
    }
    return out;
  });
}

Result<std::vector<DocumentMatch>> Store::SearchDocuments(const std::string& text,
                                                          int limit) const {
  return Guard(path_, [&]() -> Result<std::vector<DocumentMatch>> {
    std::vector<DocumentMatch> out;
    const std::string query = FtsQuery(text);
    if (query.empty()) return out;
    SQLite::Statement st(
        impl_->db,
        "SELECT d.id, d.title, coalesce(d.pub_date, ''), d.source, d.sha256, "
        "length(CAST(d.text AS BLOB)), snippet(documents_fts, 1, '[', ']', '...', 16) "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?");
    st.bind(1, query);
    st.bind(2, limit);
    while (st.executeStep()) {
      out.push_back(
          {{st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
            st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getInt64()},
           ColumnText(st.getColumn(6))});
    }
    return out;
  });
}

Result<std::vector<NodeRecord>> Store::ListNodes(const NodeListFilter& filter) const {
  // SQLite refuses LIKE patterns over 50,000 bytes with a bare "LIKE or GLOB pattern too
  // complex"; no name is that long, so say what is wrong instead.
  if (filter.name_like.size() > kMaxNameLike) {
    return Status::InvalidInput("name filter too long: " + std::to_string(filter.name_like.size()) +
                                " bytes (at most " + std::to_string(kMaxNameLike) + ")");
  }
  return Guard(path_, [&]() -> Result<std::vector<NodeRecord>> {
    std::string sql = std::string("SELECT ") + kNodeColumns + " FROM nodes n WHERE 1";
    if (!filter.kind.empty()) sql += " AND kind = :kind";
    if (filter.adjacent_to) {
      sql +=
          " AND id IN (SELECT target FROM edges WHERE source = :near "
          "UNION SELECT source FROM edges WHERE target = :near)";
    }
    if (!filter.name_like.empty()) {
      sql +=
          " AND (name LIKE :like ESCAPE '\\' OR id IN "
          "(SELECT node_id FROM aliases WHERE alias LIKE :like ESCAPE '\\'))";
    }
    sql += " ORDER BY id";
    if (filter.limit > 0) sql += " LIMIT :limit";
    SQLite::Statement st(impl_->db, sql);
    if (!filter.kind.empty()) st.bind(":kind", filter.kind);
    if (filter.adjacent_to) st.bind(":near", filter.adjacent_to);
    if (!filter.name_like.empty()) st.bind(":like", ContainsPattern(filter.name_like));
    if (filter.limit > 0) st.bind(":limit", filter.limit);
    std::vector<NodeRecord> out;
    while (st.executeStep()) out.push_back(ReadNode(st));
    SQLite::Statement al(impl_->db, "SELECT alias FROM aliases WHERE node_id = ? ORDER BY rowid");
    for (NodeRecord& n : out) {
      al.reset();
      al.bind(1, n.id);
      while (al.executeStep()) n.aliases.push_back(al.getColumn(0).getString());
    }
    return out;
  });
}

Result<std::vector<std::pair<int64_t, std::string>>> Store::NodeDates(
    const std::set<std::string>& kinds, const std::string& at_least, const std::string& below) const {
  return Guard(path_, [&]() -> Result<std::vector<std::pair<int64_t, std::string>>> {
    std::vector<std::pair<int64_t, std::string>> out;
    std::string sql = "SELECT id, COALESCE(date, '') FROM nodes WHERE kind = ?1";
    if (!at_least.empty()) sql += " AND date >= ?2";
    if (!below.empty()) sql += " AND date < ?3";
    SQLite::Statement st(impl_->db, sql);
    for (const std::string& kind : kinds) {
      st.reset();
      st.bind(1, kind);
      if (!at_least.empty()) st.bind(2, at_least);
      if (!below.empty()) st.bind(3, below);
      while (st.executeStep()) out.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getString());
    }
    std::sort(out.begin(), out.end());
    return out;
  });
}

Result<std::vector<StageRecord>> Store::AgreementStages(int64_t agreement) const {
  return Guard(path_, [&]() -> Result<std::vector<StageRecord>> {
    SQLite::Statement st(impl_->db,
                         "SELECT s.stage, coalesce(s.date, ''), s.document_id, coalesce(d.pub_date, ''), "
                         "s.start, s.end, s.rule, CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT) "
                         "FROM agreement_stages s JOIN documents d ON d.id = s.document_id "
                         "WHERE s.agreement_id = ? ORDER BY s.id");
    st.bind(1, agreement);
    std::vector<StageRecord> out;
    while (st.executeStep()) {
      StageRecord r;
      r.agreement_id = agreement;
      r.stage = st.getColumn(0).getString();
      r.date = st.getColumn(1).getString();
      r.document_id = st.getColumn(2).getInt64();
      r.document_date = st.getColumn(3).getString();
      r.span = {st.getColumn(4).getInt64(), st.getColumn(5).getInt64()};
      r.rule = st.getColumn(6).getString();
      r.text = st.getColumn(7).getString();
      out.push_back(std::move(r));
    }
    return out;
  });
}

Result<std::vector<DateClaimRecord>> Store::DateClaims(int64_t node) const {
  return Guard(path_, [&]() -> Result<std::vector<DateClaimRecord>> {
    SQLite::Statement st(impl_->db,
                         "SELECT coalesce(c.date, ''), coalesce(c.document_id, 0), coalesce(d.pub_date, ''), "
                         "c.rule FROM date_claims c LEFT JOIN documents d ON d.id = c.document_id "
                         "WHERE c.node_id = ? ORDER BY c.id");
    st.bind(1, node);
    std::vector<DateClaimRecord> out;
    while (st.executeStep()) {
      DateClaimRecord r;
      r.date = st.getColumn(0).getString();
      r.document_id = st.getColumn(1).getInt64();
      r.document_date = st.getColumn(2).getString();
      r.rule = st.getColumn(3).getString();
      out.push_back(std::move(r));
    }
    return out;
  });
}

Result<std::vector<OfficeRecord>> Store::OfficeRecords(std::optional<int64_t> country) const {
  return Guard(path_, [&]() -> Result<std::vector<OfficeRecord>> {
    std::string sql =
        "SELECT o.official_id, o.title, coalesce(o.country_id, 0), coalesce(o.body_id, 0), "
        "o.document_id, coalesce(d.pub_date, ''), o.status, coalesce(o.date, ''), o.start, o.end, "
        "o.rule FROM office_terms o JOIN documents d ON d.id = o.document_id";
    // A report naming no country goes with the official's reports that name this one.
    if (country) {
      sql += " WHERE o.country_id = ?1 OR (o.country_id IS NULL AND o.official_id IN "
             "(SELECT official_id FROM office_terms WHERE country_id = ?1))";
    }
    sql += " ORDER BY o.official_id, o.document_id, o.id";
    SQLite::Statement st(impl_->db, sql);
    if (country) st.bind(1, *country);
    std::vector<OfficeRecord> out;
    while (st.executeStep()) {
      OfficeRecord r;
      r.official_id = st.getColumn(0).getInt64();
      r.title = st.getColumn(1).getString();
      r.country_id = st.getColumn(2).getInt64();
      r.body_id = st.getColumn(3).getInt64();
      r.document_id = st.getColumn(4).getInt64();
      r.document_date = st.getColumn(5).getString();
      r.status = st.getColumn(6).getString();
      r.date = st.getColumn(7).getString();
      r.span = {st.getColumn(8).getInt64(), st.getColumn(9).getInt64()};
      r.rule = st.getColumn(10).getString();
      out.push_back(std::move(r));
    }
    return out;
  });
}

Result<std::set<std::string>> Store::Kinds() const {
  return Guard(path_, [&]() -> Result<std::set<std::string>> {
    std::set<std::string> out;
    SQLite::Statement st(impl_->db, "SELECT DISTINCT kind FROM nodes");
    while (st.executeStep()) out.insert(st.getColumn(0).getString());
    return out;
  });
}

Result<std::set<std::string>> Store::Relations() const {
  return Guard(path_, [&]() -> Result<std::set<std::string>> {
    std::set<std::string> out;
    SQLite::Statement st(impl_->db, "SELECT DISTINCT relation FROM edges");
    while (st.executeStep()) out.insert(st.getColumn(0).getString());
    return out;
  });
}

Result<std::optional<int64_t>> Store::FindByXid(const std::string& xid) const {
  return Guard(path_, [&]() -> Result<std::optional<int64_t>> {
    SQLite::Statement st(impl_->db, std::string("SELECT id FROM nodes WHERE id = ") + kNodeByXid);
    st.bind(1, xid);
    if (st.executeStep()) return std::optional<int64_t>(st.getColumn(0).getInt64());
    return std::optional<int64_t>();
  });
}

Result<std::vector<EdgeRecord>> Store::EdgesOf(int64_t node_id) const {
  return Guard(path_, [&]() -> Result<std::vector<EdgeRecord>> {
    SQLite::Statement st(impl_->db,
                         "SELECT id, source, target, relation, attrs FROM edges "
                         "WHERE source = ?1 OR target = ?1 ORDER BY relation, id");
    st.bind(1, node_id);
    std::vector<EdgeRecord> out;
    while (st.executeStep()) {
      out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                     st.getColumn(2).getInt64(), st.getColumn(3).getString(),
                     AttrsFromJson(st.getColumn(4).getString())});
    }
    return out;
  });
}

Result<std::vector<EdgeRecord>> Store::EdgesOfMany(const std::vector<int64_t>& nodes) const {
  return Guard(path_, [&]() -> Result<std::vector<EdgeRecord>> {
    std::vector<EdgeRecord> out;
    std::optional<SQLite::Transaction> tx;
    if (nodes.size() > 1) tx.emplace(impl_->db);
    SQLite::Statement st(impl_->db,
                         "SELECT id, source, target, relation, attrs FROM edges "
                         "WHERE source = ?1 OR target = ?1 ORDER BY relation, id");
    for (int64_t node : std::set<int64_t>(nodes.begin(), nodes.end())) {
      st.reset();
      st.bind(1, node);
      while (st.executeStep()) {
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt64(),
                       st.getColumn(3).getString(), AttrsFromJson(st.getColumn(4).getString())});
      }
    }
    return out;
  });
}

Result<std::vector<std::pair<int64_t, int64_t>>> Store::EvidenceDocuments(const std::vector<int64_t>& edge_ids) const {
  return Guard(path_, [&]() -> Result<std::vector<std::pair<int64_t, int64_t>>> {
    std::vector<std::pair<int64_t, int64_t>> out;
    std::optional<MapWhileReading> map;
    if (edge_ids.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    std::optional<SQLite::Transaction> tx;
    if (edge_ids.size() > 1) tx.emplace(impl_->db);
    SQLite::Statement st(impl_->db, "SELECT DISTINCT document_id FROM evidence WHERE edge_id = ? ORDER BY document_id");
    for (int64_t id : edge_ids) {
      st.reset();
      st.bind(1, id);
      while (st.executeStep()) out.emplace_back(id, st.getColumn(0).getInt64());
    }
    return out;
  });
}

Result<std::vector<EdgeRecord>> Store::EdgesWith(const std::vector<int64_t>& nodes, bool from_source,
                                                 const std::set<std::string>& relations, bool attrs) const {
  return Guard(path_, [&]() -> Result<std::vector<EdgeRecord>> {
    std::vector<EdgeRecord> out;
    if (nodes.empty() || relations.empty()) return out;
    const std::string side = from_source ? "source" : "target";
    // Without attributes every column is in the index the search uses (the id is its row id).
    // No ORDER BY: SQLite would rather read edges_target in row id order than sort the entries of
    // the covering index; a node's few edges are sorted here instead.
    SQLite::Statement st(impl_->db, std::string("SELECT id, source, target, relation") + (attrs ? ", attrs" : "") +
                                        " FROM edges WHERE " + side + " = ? AND relation IN (" +
                                        Placeholders(relations.size()) + ")");
    int i = 2;
    for (const std::string& r : relations) st.bind(i++, r);
    std::optional<MapWhileReading> map;
    if (nodes.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    std::optional<SQLite::Transaction> tx;  // one snapshot for every node
    if (nodes.size() > 1) tx.emplace(impl_->db);
    for (int64_t node : nodes) {
      st.reset();
      st.bind(1, node);
      const size_t first = out.size();
      while (st.executeStep()) {
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt64(),
                       st.getColumn(3).getString(), attrs ? AttrsFromJson(st.getColumn(4).getString()) : Attrs()});
      }
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const EdgeRecord& a, const EdgeRecord& b) {
        return std::tie(a.relation, a.id) < std::tie(b.relation, b.id);
      });
    }
    return out;
  });
}

Result<std::vector<std::vector<EdgeRecord>>> Store::EdgeEndsOf(const std::vector<int64_t>& nodes) const {
  return Guard(path_, [&]() -> Result<std::vector<std::vector<EdgeRecord>>> {
    std::vector<std::vector<EdgeRecord>> all(nodes.size());
    // Each side on its own covering index (an OR of the two would make SQLite read the rows);
    // the id is the indexes' row id. No ORDER BY: a node's few edges are sorted here.
    SQLite::Statement out_of(impl_->db, "SELECT id, source, target, relation FROM edges WHERE source = ?1");
    SQLite::Statement into(impl_->db,
                           "SELECT id, source, target, relation FROM edges WHERE target = ?1 AND source <> ?1");
    std::optional<MapWhileReading> map;
    if (nodes.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    std::optional<SQLite::Transaction> tx;  // one snapshot for every node
    if (nodes.size() > 1) tx.emplace(impl_->db);
    for (size_t i = 0; i < nodes.size(); ++i) {
      std::vector<EdgeRecord>& out = all[i];
      for (SQLite::Statement* st : {&out_of, &into}) {
        st->reset();
        st->bind(1, nodes[i]);
        while (st->executeStep()) {
          out.push_back({st->getColumn(0).getInt64(), st->getColumn(1).getInt64(), st->getColumn(2).getInt64(),
                         st->getColumn(3).getString(), Attrs()});
        }
      }
      std::sort(out.begin(), out.end(), [](const EdgeRecord& a, const EdgeRecord& b) {
        return std::tie(a.relation, a.id) < std::tie(b.relation, b.id);
      });
    }
    return all;
  });
}

namespace {

// Each node's edges by relation name, then id: the order EdgeEndsOf promises.
void SortByRelationThenId(std::vector<std::vector<Store::EdgeEnd>>& all,
                          const std::vector<std::string>& relations) {
  std::vector<uint32_t> rank(relations.size());
  std::vector<uint32_t> by_name(relations.size());
  for (uint32_t r = 0; r < by_name.size(); ++r) by_name[r] = r;
  std::sort(by_name.begin(), by_name.end(), [&](uint32_t a, uint32_t b) { return relations[a] < relations[b]; });
  for (uint32_t k = 0; k < by_name.size(); ++k) rank[by_name[k]] = k;
  for (auto& edges : all) {
    std::sort(edges.begin(), edges.end(), [&](const Store::EdgeEnd& a, const Store::EdgeEnd& b) {
      return rank[a.relation] != rank[b.relation] ? rank[a.relation] < rank[b.relation] : a.id < b.id;
    });
  }
}

}  // namespace

Result<std::vector<std::vector<Store::EdgeEnd>>> Store::EdgeEndsOf(const std::vector<int64_t>& nodes,
                                                                  std::vector<std::string>& relations) const {
  return Guard(path_, [&]() -> Result<std::vector<std::vector<EdgeEnd>>> {
    relations.clear();
    std::vector<std::vector<EdgeEnd>> all(nodes.size());
    RawStatement out_of(impl_->db, "SELECT id, target, relation FROM edges WHERE source = ?1");
    RawStatement into(impl_->db, "SELECT id, source, relation FROM edges WHERE target = ?1 AND source <> ?1");
    std::optional<MapWhileReading> map;
    if (nodes.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    std::optional<SQLite::Transaction> tx;  // one snapshot for every node
    if (nodes.size() > 1) tx.emplace(impl_->db);
    uint32_t last = 0;  // the relation of the row before: rows come grouped by relation
    for (size_t i = 0; i < nodes.size(); ++i) {
      for (RawStatement* st : {&out_of, &into}) {
        st->Reset();
        st->Bind(1, nodes[i]);
        while (st->Step()) {
          const std::string_view relation = st->Text(2);
          if (relations.empty() || relation != relations[last]) {
            auto it = std::find(relations.begin(), relations.end(), relation);
            if (it == relations.end()) it = relations.emplace(relations.end(), relation);
            last = static_cast<uint32_t>(it - relations.begin());
          }
          const int64_t other = st->Int64(1);
          all[i].push_back({st->Int64(0), other, last, st == &into || other == nodes[i]});
        }
      }
    }
    SortByRelationThenId(all, relations);  // as EdgeEndsOf lists them
    return all;
  });
}

Result<std::vector<std::vector<Store::EdgeEnd>>> Store::EdgeEndsOfSourcesOf(int64_t target, const std::string& relation,
                                                                           std::vector<int64_t>& sources,
                                                                           std::vector<std::string>& relations) const {
  return Guard(path_, [&]() -> Result<std::vector<std::vector<EdgeEnd>>> {
    sources.clear();
    relations.clear();
    std::optional<MapWhileReading> map;
    map.emplace(impl_->db);
    SQLite::Transaction tx(impl_->db);  // one snapshot for both sides
    // The linking edges by id: the sources' order.
    SQLite::Statement links(impl_->db, "SELECT id, source FROM edges WHERE target = ?1 AND relation = ?2");
    links.bind(1, target);
    links.bind(2, relation);
    std::vector<std::pair<int64_t, int64_t>> by_id;
    while (links.executeStep()) by_id.emplace_back(links.getColumn(0).getInt64(), links.getColumn(1).getInt64());
    std::sort(by_id.begin(), by_id.end());
    std::unordered_map<int64_t, size_t> position;  // link edge id -> index into sources
    position.reserve(by_id.size());
    for (const auto& [id, source] : by_id) {
      position.emplace(id, sources.size());
      sources.push_back(source);
    }
    std::vector<std::vector<EdgeEnd>> all(sources.size());
    if (sources.empty()) return all;
    // As EdgeEndsOf's two statements, joined to the linking edges: each side on its covering
    // index, rows grouped by source and, within one, by relation.
    RawStatement out_of(impl_->db,
                        "SELECT l.id, e.id, e.target, e.relation FROM edges l JOIN edges e ON e.source = l.source "
                        "WHERE l.target = ?1 AND l.relation = ?2");
    RawStatement into(impl_->db,
                      "SELECT l.id, e.id, e.source, e.relation FROM edges l JOIN edges e ON e.target = l.source "
                      "AND e.source <> l.source WHERE l.target = ?1 AND l.relation = ?2");
    uint32_t last = 0;  // the relation of the row before
    for (RawStatement* st : {&out_of, &into}) {
      st->Bind(1, target);
      st->Bind(2, relation);
      int64_t link = 0;
      size_t at = 0;
      while (st->Step()) {
        const int64_t l = st->Int64(0);
        if (l != link) link = l, at = position.at(l);
        const std::string_view rel = st->Text(3);
        if (relations.empty() || rel != relations[last]) {
          auto it = std::find(relations.begin(), relations.end(), rel);
          if (it == relations.end()) it = relations.emplace(relations.end(), rel);
          last = static_cast<uint32_t>(it - relations.begin());
        }
        const int64_t other = st->Int64(2);
        const int64_t node = sources[at];
        all[at].push_back({st->Int64(1), other, last, st == &into || other == node});
      }
    }
    SortByRelationThenId(all, relations);  // as EdgeEndsOf lists them
    return all;
  });
}

Status Store::ForEachNodeDate(const std::set<std::string>& kinds, const std::string& at_least,
                              const std::string& below,
                              const std::function<void(int64_t, std::string_view)>& each) const {
  auto done = Guard(path_, [&]() -> Result<bool> {
    std::string sql = "SELECT id, date FROM nodes WHERE kind = ?1";
    if (!at_least.empty()) sql += " AND date >= ?2";
    if (!below.empty()) sql += " AND date < ?3";
    RawStatement st(impl_->db, sql);
    std::optional<SQLite::Transaction> tx;  // one snapshot for every kind
    if (kinds.size() > 1) tx.emplace(impl_->db);
    for (const std::string& kind : kinds) {
      st.Reset();
      st.Bind(1, kind);
      if (!at_least.empty()) st.Bind(2, at_least);
      if (!below.empty()) st.Bind(3, below);
      while (st.Step()) each(st.Int64(0), st.Text(1));
    }
    return true;
  });
  return done.ok() ? Status::Ok() : done.status();
}

Result<std::vector<std::tuple<int64_t, std::string, std::string>>> Store::KindsAndDates(
    const std::vector<int64_t>& ids, const std::set<std::string>& kinds) const {
  return Guard(path_, [&]() -> Result<std::vector<std::tuple<int64_t, std::string, std::string>>> {
    std::vector<std::tuple<int64_t, std::string, std::string>> out;
    SQLite::Statement st(impl_->db, "SELECT kind, COALESCE(date, '') FROM nodes WHERE id = ?");
    std::optional<MapWhileReading> map;
    if (ids.size() >= kMapLookupsFrom) map.emplace(impl_->db);
    std::optional<SQLite::Transaction> tx;
    if (ids.size() > 1) tx.emplace(impl_->db);
    for (int64_t id : ids) {
      st.reset();
      st.bind(1, id);
      if (!st.executeStep()) continue;
      std::string kind = st.getColumn(0).getString();
      if (kinds.count(kind)) out.emplace_back(id, std::move(kind), st.getColumn(1).getString());
    }
    return out;
  });
}


Result<std::vector<EdgeRecord>> Store::EdgesOf(int64_t node_id, int64_t offset, int64_t limit,
                                               int64_t& total) const {
  return Guard(path_, [&]() -> Result<std::vector<EdgeRecord>> {
    // A hub's page sorts rows scattered over the whole file (a quarter million for the 1M-node
    // benchmark's biggest node): read through a memory map rather than a read call per page
    // (0.75 s -> 0.13 s there). Only here: a whole-store scan through a map would count the file
    // in the process's resident memory.
    MapWhileReading map(impl_->db);
    SQLite::Transaction tx(impl_->db);  // the page and the count from one snapshot
    // Counted on the two indexes alone (a self-loop is counted once); each side searched on its
    // own index (an OR of the two makes SQLite gather a hub's rows in a row set first).
    SQLite::Statement count(impl_->db,
                            "SELECT (SELECT count(*) FROM edges WHERE source = ?1) + "
                            "(SELECT count(*) FROM edges WHERE target = ?1) - "
                            "(SELECT count(*) FROM edges WHERE source = ?1 AND target = ?1)");
    count.bind(1, node_id);
    total = count.executeStep() ? count.getColumn(0).getInt64() : 0;
    SQLite::Statement st(impl_->db,
                         "SELECT id, source, target, relation, attrs FROM edges WHERE source = ?1 "
                         "UNION ALL SELECT id, source, target, relation, attrs FROM edges "
                         "WHERE target = ?1 AND source <> ?1 ORDER BY relation, id LIMIT ?2 OFFSET ?3");
    st.bind(1, node_id);
    st.bind(2, limit < 0 ? int64_t{-1} : limit);
    st.bind(3, std::max<int64_t>(offset, 0));
    std::vector<EdgeRecord> out;
    while (st.executeStep()) {
      out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                     st.getColumn(2).getInt64(), st.getColumn(3).getString(),
                     AttrsFromJson(st.getColumn(4).getString())});
    }
    return out;
  });
}

Result<std::pair<std::vector<EdgeRecord>, size_t>> Store::FirstEdgesOf(int64_t node_id, size_t limit) const {
  return Guard(path_, [&]() -> Result<std::pair<std::vector<EdgeRecord>, size_t>> {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);  // the count and the rows from one state
    SQLite::Statement count(db,
                            "SELECT (SELECT count(*) FROM edges WHERE source = ?1) + "
                            "(SELECT count(*) FROM edges WHERE target = ?1) - "
                            "(SELECT count(*) FROM edges WHERE source = ?1 AND target = ?1)");
    count.bind(1, node_id);
    count.executeStep();
    const size_t total = static_cast<size_t>(count.getColumn(0).getInt64());
    SQLite::Statement st(db,
                         "SELECT id, source, target, relation, attrs FROM edges "
                         "WHERE source = ?1 OR target = ?1 ORDER BY relation, id LIMIT ?2");
    st.bind(1, node_id);
    st.bind(2, static_cast<int64_t>(limit));
    std::vector<EdgeRecord> out;
    while (st.executeStep()) {
      out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                     st.getColumn(2).getInt64(), st.getColumn(3).getString(),
                     AttrsFromJson(st.getColumn(4).getString())});
    }
    return std::pair{std::move(out), total};
  });
}

Result<std::vector<EvidenceRecord>> Store::EvidenceFor(const std::vector<int64_t>& edge_ids) const {
  return Guard(path_, [&]() -> Result<std::vector<EvidenceRecord>> {
    // Byte offsets: substr over the BLOB form of the text counts bytes, not characters.
    SQLite::Statement st(impl_->db,
                         "SELECT e.edge_id, e.document_id, e.start, e.end, e.rule, "
                         "CAST(substr(CAST(d.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT) "
                         "FROM evidence e JOIN documents d ON d.id = e.document_id "
                         "WHERE e.edge_id = ? ORDER BY e.document_id, e.start");
    std::vector<EvidenceRecord> out;
    for (int64_t id : edge_ids) {
      st.reset();
      st.bind(1, id);
      while (st.executeStep()) {
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                       {st.getColumn(2).getInt64(), st.getColumn(3).getInt64()},
                       st.getColumn(4).getString(), ColumnText(st.getColumn(5))});
      }
    }
    return out;
  });
}

Result<std::vector<MentionRecord>> Store::MentionsOf(int64_t node_id) const {
  return Guard(path_, [&]() -> Result<std::vector<MentionRecord>> {
    SQLite::Statement st(impl_->db,
                         "SELECT document_id, spans, surfaces, reason FROM mentions "
                         "WHERE node_id = ? ORDER BY document_id");
    st.bind(1, node_id);
    std::vector<MentionRecord> out;
    while (st.executeStep()) {
      const int64_t document = st.getColumn(0).getInt64();
      auto surfaces = nlohmann::json::parse(st.getColumn(2).getString(), nullptr, false);
      std::stringstream spans(st.getColumn(1).getString());
      std::string span;
      for (size_t i = 0; spans >> span; ++i) {
        MentionRecord m;
        m.node_id = node_id;
        m.document_id = document;
        const size_t dash = span.find('-');
        m.span = {std::atoll(span.substr(0, dash).c_str()), std::atoll(span.substr(dash + 1).c_str())};
        if (surfaces.is_array() && i < surfaces.size() && surfaces[i].is_string()) {
          m.surface = surfaces[i].get<std::string>();
        }
        m.reason = i == 0 ? st.getColumn(3).getString() : std::string();
        out.push_back(std::move(m));
      }
    }
    return out;
  });
}

Result<std::vector<DocumentRecord>> Store::Documents(const std::vector<int64_t>& ids) const {
  return Guard(path_, [&]() -> Result<std::vector<DocumentRecord>> {
    std::string sql =
        "SELECT d.id, d.title, coalesce(d.pub_date, ''), d.source, d.sha256, "
        "length(CAST(d.text AS BLOB)), coalesce(c.copy_of, 0), "
        "(SELECT count(*) FROM document_copies k WHERE k.copy_of = d.id) "
        "FROM documents d LEFT JOIN document_copies c ON c.document_id = d.id";
    if (!ids.empty()) sql += " WHERE d.id IN (" + Placeholders(ids.size()) + ")";
    sql += " ORDER BY d.id";
    SQLite::Statement st(impl_->db, sql);
    for (size_t i = 0; i < ids.size(); ++i) st.bind(static_cast<int>(i + 1), ids[i]);
    std::vector<DocumentRecord> out;
    while (st.executeStep()) {
      out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                     st.getColumn(2).getString(), st.getColumn(3).getString(),
                     st.getColumn(4).getString(), st.getColumn(5).getInt64(),
                     st.getColumn(6).getInt64(), st.getColumn(7).getInt64()});
    }
    return out;
  });
}

Result<StoreStats> Store::Stats(bool by_relation) const {
  return Guard(path_, [&]() -> Result<StoreStats> {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);
    StoreStats s;
    s.documents = db.execAndGet("SELECT count(*) FROM documents").getInt64();
    s.nodes = db.execAndGet("SELECT count(*) FROM nodes").getInt64();
    s.edges = db.execAndGet("SELECT count(*) FROM edges").getInt64();
    s.evidence = db.execAndGet("SELECT count(*) FROM evidence").getInt64();
    s.mentions = db.execAndGet(
                       "SELECT coalesce(sum(length(spans) - length(replace(spans, ' ', '')) + 1), 0) "
                       "FROM mentions").getInt64();
    s.generation = db.execAndGet("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'")
                       .getInt64();
    s.schema_version = db.execAndGet("PRAGMA user_version").getInt();
    SQLite::Statement kinds(db, "SELECT kind, count(*) FROM nodes GROUP BY kind");
    while (kinds.executeStep()) {
      s.nodes_by_kind[kinds.getColumn(0).getString()] = kinds.getColumn(1).getInt64();
    }
    if (!by_relation) return s;
    SQLite::Statement rels(db, "SELECT relation, count(*) FROM edges GROUP BY relation");
    while (rels.executeStep()) {
      s.edges_by_relation[rels.getColumn(0).getString()] = rels.getColumn(1).getInt64();
    }
    return s;
  });
}

Result<std::string> Store::StoreId() const {
  return Guard(path_, [&]() -> Result<std::string> {
    SQLite::Statement st(impl_->db, "SELECT value FROM meta WHERE key = 'store_id'");
    return st.executeStep() ? st.getColumn(0).getString() : std::string();
  });
}

Result<std::optional<EdgeRecord>> Store::FindEdge(int64_t source, const std::string& relation,
                                                  int64_t target) const {
  auto found = FindEdges({{source, relation, target}});
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<EdgeRecord>();
  return std::optional<EdgeRecord>(std::move(found->front()));
}

Result<std::vector<EdgeRecord>> Store::FindEdges(
    const std::vector<std::tuple<int64_t, std::string, int64_t>>& triples) const {
  return Guard(path_, [&]() -> Result<std::vector<EdgeRecord>> {
    SQLite::Statement st(impl_->db,
                         "SELECT id, attrs FROM edges WHERE source = ? AND relation = ? AND target = ?");
    std::vector<EdgeRecord> out;
    for (const auto& [source, relation, target] : triples) {
      st.reset();
      st.bind(1, source);
      st.bind(2, relation);
      st.bind(3, target);
      if (!st.executeStep()) continue;
      out.push_back({st.getColumn(0).getInt64(), source, target, relation,
                     AttrsFromJson(st.getColumn(1).getString())});
    }
    return out;
  });
}

Status Store::ScanTopology(const std::function<void(int64_t)>& on_node,
                           const std::function<void(int64_t, int64_t, std::string_view)>& on_edge,
                           int64_t& generation, std::string& fingerprint) const {
  try {
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);  // nodes, edges, generation and fingerprint from one snapshot
    generation = db.execAndGet("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'").getInt64();
    fingerprint = ReadFingerprint(db);
    SQLite::Statement nodes(db, "SELECT id FROM nodes ORDER BY id");
    while (nodes.executeStep()) on_node(nodes.getColumn(0).getInt64());
    // The order of the unique index (the graph index's rows, and so the order of neighbours,
    // follow it); without ORDER BY SQLite may scan any covering index, edges_target_relation too.
    SQLite::Statement edges(db, "SELECT source, target, relation FROM edges ORDER BY source, relation, target");
    while (edges.executeStep()) {
      const SQLite::Column relation = edges.getColumn(2);
      on_edge(edges.getColumn(0).getInt64(), edges.getColumn(1).getInt64(),
              std::string_view(relation.getText(), static_cast<size_t>(relation.getBytes())));
    }
    return Status::Ok();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path_ + ": " + e.what());
  }
}

std::string Store::FormatFingerprint(const std::string& write_token, int64_t max_node_id,
                                     int64_t max_edge_id) {
  return write_token + "/" + std::to_string(max_node_id) + "/" + std::to_string(max_edge_id);
}

Result<std::string> Store::Fingerprint() const {
  return Guard(path_, [&]() -> Result<std::string> {
    SQLite::Transaction tx(impl_->db);
    return ReadFingerprint(impl_->db);
  });
}

Result<int64_t> Store::Generation() const {
  return Guard(path_, [&]() -> Result<int64_t> {
    return impl_->db.execAndGet("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'")
        .getInt64();
  });
}

// ---- StoreScan ---------------------------------------------------------------------------

struct StoreScan::Impl {
  Impl(SQLite::Database& database, const std::string& store_path)
      : db(database), path(store_path), tx(database) {}
  SQLite::Database& db;
  std::string path;
  SQLite::Transaction tx;  // never committed: a read snapshot, rolled back (harmlessly) at the end
};

StoreScan::StoreScan(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StoreScan::~StoreScan() = default;

Result<std::unique_ptr<StoreScan>> Store::Scan() const {
  return Guard(path_, [&]() -> Result<std::unique_ptr<StoreScan>> {
    auto impl = std::make_unique<StoreScan::Impl>(impl_->db, path_);
    // A deferred transaction takes its snapshot at its first read: take it now, so that every
    // pass sees the state of the store when the scan was made.
    impl->db.execAndGet("SELECT count(*) FROM meta");
    return std::unique_ptr<StoreScan>(new StoreScan(std::move(impl)));
  });
}

Status StoreScan::Nodes(const std::function<bool(const NodeRecord&)>& visit, bool aliases,
                        const std::function<bool(int64_t id)>& want) {
  return Guard(impl_->path, [&]() -> Status {
    SQLite::Statement nodes(impl_->db, std::string("SELECT ") + kNodeColumns + " FROM nodes ORDER BY id");
    // Aliases walked beside the nodes, both in node order: a merge, no map of every alias.
    SQLite::Statement al(impl_->db, "SELECT node_id, alias FROM aliases ORDER BY node_id, rowid");
    bool al_row = aliases && al.executeStep();
    NodeRecord n;
    while (nodes.executeStep()) {
      if (want && !want(nodes.getColumn(0).getInt64())) continue;
      n = ReadNode(nodes);
      while (al_row && al.getColumn(0).getInt64() < n.id) al_row = al.executeStep();
      while (al_row && al.getColumn(0).getInt64() == n.id) {
        n.aliases.push_back(al.getColumn(1).getString());
        al_row = al.executeStep();
      }
      if (!visit(n)) break;
    }
    return Status::Ok();
  });
}

Status StoreScan::Edges(
    const std::function<bool(const EdgeRecord&, const std::vector<EvidenceRecord>&)>& visit,
    const EdgeScanOptions& options) {
  return Guard(impl_->path, [&]() -> Status {
    std::string sql = std::string("SELECT id, source, target, relation, ") +
                      (options.attrs ? "attrs" : "'{}'") + " FROM edges";
    if (!options.relations.empty()) sql += " WHERE relation IN (" + Placeholders(options.relations.size()) + ")";
    sql += " ORDER BY id";
    SQLite::Statement edges(impl_->db, sql);
    int slot = 1;
    for (const std::string& r : options.relations) edges.bind(slot++, r);
    // Evidence in edge order (the unique index on edge_id, document_id, start, ... gives it
    // without a sort), merged with the edges.
    SQLite::Statement ev(impl_->db,
                         "SELECT e.edge_id, e.document_id, e.start, e.end, e.rule, "
                         "CAST(substr(CAST(d.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT) "
                         "FROM evidence e JOIN documents d ON d.id = e.document_id "
                         "ORDER BY e.edge_id, e.document_id, e.start");
    bool ev_row = options.evidence && ev.executeStep();
    EdgeRecord e;
    std::vector<EvidenceRecord> evidence;
    while (edges.executeStep()) {
      e.source = edges.getColumn(1).getInt64();
      e.target = edges.getColumn(2).getInt64();
      const SQLite::Column relation = edges.getColumn(3);
      const std::string_view relation_text(relation.getText(), static_cast<size_t>(relation.getBytes()));
      if (options.want && !options.want(e.source, e.target, relation_text)) continue;
      e.id = edges.getColumn(0).getInt64();
      e.relation.assign(relation_text);
      const SQLite::Column attrs = edges.getColumn(4);
      if (attrs.getBytes() == 2 && std::string_view(attrs.getText(), 2) == "{}") e.attrs.clear();  // most rows
      else e.attrs = AttrsFromJson(attrs.getString());
      evidence.clear();
      while (ev_row && ev.getColumn(0).getInt64() < e.id) ev_row = ev.executeStep();
      while (ev_row && ev.getColumn(0).getInt64() == e.id) {
        evidence.push_back({e.id, ev.getColumn(1).getInt64(),
                            {ev.getColumn(2).getInt64(), ev.getColumn(3).getInt64()},
                            ev.getColumn(4).getString(), ColumnText(ev.getColumn(5))});
        ev_row = ev.executeStep();
      }
      if (!visit(e, evidence)) break;
    }
    return Status::Ok();
  });
}

Status StoreScan::Citations(
    const std::function<bool(int64_t, int64_t, std::string_view, int64_t)>& visit) {
  return Guard(impl_->path, [&]() -> Status {
    SQLite::Statement st(impl_->db,
                         "SELECT ed.source, ed.target, ed.relation, e.document_id FROM evidence e "
                         "JOIN edges ed ON ed.id = e.edge_id");
    while (st.executeStep()) {
      const SQLite::Column relation = st.getColumn(2);
      if (!visit(st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                 std::string_view(relation.getText(), static_cast<size_t>(relation.getBytes())),
                 st.getColumn(3).getInt64()))
        break;
    }
    return Status::Ok();
  });
}

Status StoreScan::Documents(const std::function<bool(const DocumentRecord&)>& visit) {
  return Guard(impl_->path, [&]() -> Status {
    SQLite::Statement st(impl_->db,
                         "SELECT id, title, coalesce(pub_date, ''), source, sha256, "
                         "length(CAST(text AS BLOB)) FROM documents ORDER BY id");
    while (st.executeStep()) {
      if (!visit({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                  st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getInt64()}))
        break;
    }
    return Status::Ok();
  });
}


namespace {

// Walks a statement whose first column is an ascending key and whose one parameter is the lowest
// key it returns, to the rows of keys asked for in ascending order: a key a few rows on is
// reached by stepping, a key further on by a new search. Parts of a store read by id cost their
// own rows whether they lie together (the edges of one node in a bulk-made store) or apart.
class KeyCursor {
 public:
  explicit KeyCursor(SQLite::Statement& st) : st_(st) {}
  // Whether a row with `key` is next; the cursor stays at the first row with a key >= `key`.
  // REQUIRES: keys ascending from one call to the next.
  bool At(int64_t key) {
    if (started_ && !has_row_) return false;  // nothing at or after an earlier, smaller key
    for (int steps = 0; started_ && has_row_ && key_ < key && steps < kMaxSteps; ++steps) Step();
    if (!started_ || (has_row_ && key_ < key)) {
      st_.reset();
      st_.bind(1, key);
      started_ = true;
      Step();
    }
    return has_row_ && key_ == key;
  }
  void Next() { Step(); }
  SQLite::Statement& row() { return st_; }

 private:
  static constexpr int kMaxSteps = 4;  // a search costs about as much as a few steps
  void Step() {
    has_row_ = st_.executeStep();
    if (has_row_) key_ = st_.getColumn(0).getInt64();
  }
  SQLite::Statement& st_;
  bool started_ = false;
  bool has_row_ = false;
  int64_t key_ = 0;
};

}  // namespace

Status StoreScan::NodesById(const std::vector<int64_t>& ids,
                            const std::function<bool(const NodeRecord&)>& visit, bool aliases) {
  return Guard(impl_->path, [&]() -> Status {
    SQLite::Statement st(impl_->db, std::string("SELECT ") + kNodeColumns + " FROM nodes WHERE id >= ? ORDER BY id");
    // Which nodes have aliases (the primary key's index alone), then each one's in rowid order.
    SQLite::Statement owners(impl_->db, "SELECT node_id FROM aliases WHERE node_id >= ? ORDER BY node_id");
    SQLite::Statement al(impl_->db, "SELECT alias FROM aliases WHERE node_id = ? ORDER BY rowid");
    KeyCursor nodes(st), with_aliases(owners);
    NodeRecord n;
    for (int64_t id : ids) {
      if (!nodes.At(id)) continue;
      n = ReadNode(st);
      if (aliases && with_aliases.At(id)) {
        al.reset();
        al.bind(1, id);
        while (al.executeStep()) n.aliases.push_back(al.getColumn(0).getString());
      }
      if (!visit(n)) break;
    }
    return Status::Ok();
  });
}

Result<std::vector<int64_t>> StoreScan::EdgeIdsFrom(
    const std::vector<int64_t>& sources,
    const std::function<bool(int64_t source, int64_t target, std::string_view relation)>& want) {
  return Guard(impl_->path, [&]() -> Result<std::vector<int64_t>> {
    // The unique index on (source, relation, target) covers this: no table row is read.
    SQLite::Statement st(impl_->db,
                         "SELECT source, target, relation, id FROM edges WHERE source >= ? ORDER BY source");
    KeyCursor rows(st);
    std::vector<int64_t> out;
    for (int64_t source : sources) {
      for (bool at = rows.At(source); at; rows.Next(), at = rows.At(source)) {
        const SQLite::Column relation = st.getColumn(2);
        if (want(source, st.getColumn(1).getInt64(),
                 std::string_view(relation.getText(), static_cast<size_t>(relation.getBytes())))) {
          out.push_back(st.getColumn(3).getInt64());
        }
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  });
}

Status StoreScan::EdgesById(
    const std::vector<int64_t>& ids,
    const std::function<bool(const EdgeRecord&, const std::vector<EvidenceRecord>&)>& visit,
    const EdgeScanOptions& options) {
  return Guard(impl_->path, [&]() -> Status {
    SQLite::Statement edges(impl_->db, std::string("SELECT id, source, target, relation, ") +
                                           (options.attrs ? "attrs" : "'{}'") +
                                           " FROM edges WHERE id >= ? ORDER BY id");
    // Evidence in the order Edges() reads it (the unique index on edge_id, document_id, start,
    // end, rule).
    SQLite::Statement ev(impl_->db,
                         "SELECT e.edge_id, e.document_id, e.start, e.end, e.rule, "
                         "CAST(substr(CAST(d.text AS BLOB), e.start + 1, e.end - e.start) AS TEXT) "
                         "FROM evidence e JOIN documents d ON d.id = e.document_id "
                         "WHERE e.edge_id >= ? ORDER BY e.edge_id, e.document_id, e.start, e.end, e.rule");
    KeyCursor rows(edges), evidence_rows(ev);
    EdgeRecord e;
    std::vector<EvidenceRecord> evidence;
    for (int64_t id : ids) {
      if (!rows.At(id)) continue;
      e.source = edges.getColumn(1).getInt64();
      e.target = edges.getColumn(2).getInt64();
      const SQLite::Column relation = edges.getColumn(3);
      const std::string_view relation_text(relation.getText(), static_cast<size_t>(relation.getBytes()));
      if (!options.relations.empty() && !options.relations.count(std::string(relation_text))) continue;
      if (options.want && !options.want(e.source, e.target, relation_text)) continue;
      e.id = id;
      e.relation.assign(relation_text);
      const SQLite::Column attrs = edges.getColumn(4);
      if (attrs.getBytes() == 2 && std::string_view(attrs.getText(), 2) == "{}") e.attrs.clear();
      else e.attrs = AttrsFromJson(attrs.getString());
      evidence.clear();
      if (options.evidence) {
        for (bool at = evidence_rows.At(id); at; evidence_rows.Next(), at = evidence_rows.At(id)) {
          evidence.push_back({id, ev.getColumn(1).getInt64(),
                              {ev.getColumn(2).getInt64(), ev.getColumn(3).getInt64()},
                              ev.getColumn(4).getString(), ColumnText(ev.getColumn(5))});
        }
      }
      if (!visit(e, evidence)) break;
    }
    return Status::Ok();
  });
}

Result<std::vector<int64_t>> StoreScan::DocumentsCitedBy(const std::vector<int64_t>& ids) {
  return Guard(impl_->path, [&]() -> Result<std::vector<int64_t>> {
    // The unique index on (edge_id, document_id, ...) covers this.
    SQLite::Statement st(impl_->db,
                         "SELECT edge_id, document_id FROM evidence WHERE edge_id >= ? ORDER BY edge_id");
    KeyCursor rows(st);
    std::vector<int64_t> out;
    for (int64_t id : ids) {
      for (bool at = rows.At(id); at; rows.Next(), at = rows.At(id)) out.push_back(st.getColumn(1).getInt64());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  });
}

// ---- corrections ---------------------------------------------------------------------------

namespace {

// What a correction's changeset covers: the graph, its documents and the correction rules. Not
// meta (the generation only moves forward), not the full-text tables (virtual tables are not
// recorded; each correction rewrites the full-text rows of the nodes it touches), and not the
// corrections log itself, which an undo annotates rather than erases.
//
// A changeset lists its tables in this order (the order they are attached), and is applied in
// it: children before their parents. Applying a merge again (undo of its undo) deletes the
// absorbed node after re-pointing the rows that named it; parents first, the delete's ON DELETE
// CASCADE would take those rows before they were re-pointed, and the apply would fail. Inserted
// parents may come after their children: foreign keys are checked at the end of an apply.
const std::vector<std::string>& CorrectedTables() {
  static const std::vector<std::string> tables = {
      "evidence",           "mentions",          "aliases",        "node_keys",
      "office_terms",       "date_claims",       "agreement_stages", "xid_redirects",
      "document_copies",    "document_signatures", "document_bands", "edges",
      "nodes",              "documents",         "name_redirects", "document_redirects",
      "suppressed_edges"};
  return tables;
}

// A node row as corrections need it.
struct NodeRow {
  int64_t id = 0;
  std::string kind, name, norm_key, date, attrs, xid;
};

std::optional<NodeRow> ReadNodeRow(SQLite::Database& db, int64_t id) {
  SQLite::Statement st(db,
                       "SELECT id, kind, name, norm_key, coalesce(date, ''), attrs, "
                       "coalesce(xid, '') FROM nodes WHERE id = ?");
  st.bind(1, id);
  if (!st.executeStep()) return std::nullopt;
  return NodeRow{st.getColumn(0).getInt64(),  st.getColumn(1).getString(),
                 st.getColumn(2).getString(), st.getColumn(3).getString(),
                 st.getColumn(4).getString(), st.getColumn(5).getString(),
                 st.getColumn(6).getString()};
}

std::string Describe(const NodeRow& n) { return "#" + std::to_string(n.id) + " '" + n.name + "'"; }

Status NoNode(int64_t id) { return Status::NotFound("no node #" + std::to_string(id)); }

// What is wrong with text an analyst gives a correction, or empty. It reaches GraphML, CSV and
// DOT as it is: a byte that is not UTF-8 in a renamed node made the GraphML export ill-formed
// XML (NetworkX refused it) and the CSV and DOT not UTF-8. A name holds no control character
// either (a tab or newline in a name is a typing slip, not a name).
std::string UnfitText(std::string_view text, bool is_name) {
  for (size_t i = 0; i < text.size();) {
    int length = 1;
    const char32_t c = unicode::Decode(text, i, length);
    if (c == 0xFFFD && length == 1) return "is not valid UTF-8";
    if (is_name && (c < 0x20 || c == 0x7f)) return "holds a control character";
    i += static_cast<size_t>(length);
  }
  return {};
}

// One correction in progress, inside its transaction: the body names the nodes it concerns
// (Concern, before it changes them), calls Record() before its first change, and says what it
// did.
struct CorrectionWork {
  explicit CorrectionWork(SQLite::Database& database) : db(database) {}
  SQLite::Database& db;
  int64_t id = 0;
  std::string summary;
  nlohmann::json detail = nlohmann::json::object();
  std::set<int64_t> nodes;
  std::unique_ptr<internal::ChangeRecorder> recorder;

  // Adds `node` to the nodes concerned and keeps the order of its aliases as it is now (exports
  // list aliases in insertion order, which a changeset does not keep; Undo restores it).
  void Concern(int64_t node) {
    nodes.insert(node);
    if (!detail.contains("alias_order")) detail["alias_order"] = nlohmann::json::object();
    nlohmann::json& order = detail["alias_order"];
    const std::string key = std::to_string(node);
    if (order.contains(key)) return;
    SQLite::Statement st(db, "SELECT alias, norm FROM aliases WHERE node_id = ? ORDER BY rowid");
    st.bind(1, node);
    nlohmann::json list = nlohmann::json::array();
    while (st.executeStep()) list.push_back({st.getColumn(0).getString(), st.getColumn(1).getString()});
    order[key] = list;
  }

  // Keeps the alias order of the nodes concerned so far and starts recording changes (once).
  void Record() {
    for (int64_t node : std::set<int64_t>(nodes)) Concern(node);
    if (!detail.contains("alias_order")) detail["alias_order"] = nlohmann::json::object();
    if (recorder) return;
    std::string error;
    recorder = internal::ChangeRecorder::Start(db.getHandle(), CorrectedTables(), error);
    if (!recorder) throw SQLite::Exception(error);
  }
};

// The full-text rows of a node: its name and aliases, or none when it is gone.
void ResyncNames(SQLite::Database& db, int64_t node) {
  SQLite::Statement drop(db, "DELETE FROM names_fts WHERE node_id = ?");
  drop.bind(1, node);
  drop.exec();
  SQLite::Statement add(db,
                        "INSERT INTO names_fts(name, node_id) SELECT name, id FROM nodes WHERE id = "
                        "?1 UNION ALL SELECT alias, node_id FROM aliases WHERE node_id = ?1");
  add.bind(1, node);
  add.exec();
}

CorrectionRecord ReadCorrection(SQLite::Database& db, SQLite::Statement& st) {
  CorrectionRecord c;
  c.id = st.getColumn(0).getInt64();
  c.action = st.getColumn(1).getString();
  c.at = st.getColumn(2).getString();
  c.by = st.getColumn(3).getString();
  c.reason = ColumnText(st.getColumn(4));
  c.summary = st.getColumn(5).getString();
  auto detail = nlohmann::json::parse(st.getColumn(6).getString(), nullptr, false);
  if (detail.is_object()) detail.erase("alias_order");  // bookkeeping for undo, not for people
  c.detail = detail.is_object() ? detail.dump() : "{}";
  c.undone_by = st.getColumn(7).isNull() ? 0 : st.getColumn(7).getInt64();
  SQLite::Statement nodes(db, "SELECT node_id FROM correction_nodes WHERE correction_id = ? "
                              "ORDER BY node_id");
  nodes.bind(1, c.id);
  while (nodes.executeStep()) c.nodes.push_back(nodes.getColumn(0).getInt64());
  return c;
}

constexpr const char* kCorrectionColumns =
    "id, action, at, by, reason, summary, detail, undone_by FROM corrections";

// Runs one correction: its record, its body, its changeset and the new generation, in one
// transaction. A body that fails (a Status) or throws leaves the store as it was.
Result<CorrectionRecord> RunCorrection(SQLite::Database& db, StatementCache& cache,
                                       const std::string& path, const std::string& action,
                                       const CorrectionAuthor& who,
                                       const std::function<Status(CorrectionWork&)>& body) {
  for (const auto& [what, text] : {std::pair<const char*, const std::string&>{"the author (--by)", who.by},
                                   {"the reason (--reason)", who.reason}}) {
    if (const std::string bad = UnfitText(text, false); !bad.empty()) {
      return Status::InvalidInput(action + ": " + what + " " + bad);
    }
  }
  try {
    ResetStatements reset(cache);
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    SQLite::Statement add(db,
                          "INSERT INTO corrections(action, by, reason, summary, at) VALUES "
                          "(?, ?, ?, '', coalesce(?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    add.bind(1, action);
    add.bind(2, who.by.empty() ? std::string("unknown") : who.by);
    if (who.reason.empty()) add.bind(3); else add.bind(3, who.reason);
    if (who.at.empty()) add.bind(4); else add.bind(4, who.at);
    add.exec();
    CorrectionWork work(db);
    work.id = db.getLastInsertRowid();
    if (Status s = body(work); !s.ok()) return s;
    if (!work.recorder) return Status::Internal(action + ": nothing was recorded");
    const std::string changeset = work.recorder->Changeset();
    work.recorder.reset();
    if (changeset.empty()) return Status::InvalidInput(action + ": nothing to change");
    for (int64_t node : work.nodes) ResyncNames(db, node);
    SQLite::Statement update(db,
                             "UPDATE corrections SET summary = ?, detail = ?, changeset = ? WHERE id = ?");
    update.bind(1, work.summary);
    update.bind(2, work.detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    update.bind(3, changeset.data(), static_cast<int>(changeset.size()));
    update.bind(4, work.id);
    update.exec();
    SQLite::Statement concern(db, "INSERT OR IGNORE INTO correction_nodes(correction_id, node_id) VALUES (?, ?)");
    for (int64_t node : work.nodes) {
      concern.reset();
      concern.bind(1, work.id);
      concern.bind(2, node);
      concern.exec();
    }
    BumpGeneration(db);
    SQLite::Statement read(db, std::string("SELECT ") + kCorrectionColumns + " WHERE id = ?");
    read.bind(1, work.id);
    read.executeStep();
    CorrectionRecord record = ReadCorrection(db, read);
    read.reset();
    cache.ResetAll();
    tx.commit();
    return record;
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path + ": " + action + " failed: " + Problem(e, path));
  }
}

int64_t Exec(SQLite::Statement& st) { return st.exec(); }

// Whether a node of `kind` other than `except` has the normalised name `norm`: such a name
// cannot be redirected to one node without taking it from the other.
bool NameTaken(SQLite::Database& db, const std::string& kind, const std::string& norm,
               const std::set<int64_t>& except) {
  SQLite::Statement st(db, "SELECT id FROM nodes WHERE +kind = ? AND norm_key = ?");
  st.bind(1, kind);
  st.bind(2, norm);
  while (st.executeStep()) {
    if (!except.count(st.getColumn(0).getInt64())) return true;
  }
  return false;
}

// Rules naming `from` (a node's old name, kind and normalised name) now name `to`.
void RenameInRules(SQLite::Database& db, const std::string& kind, const std::string& from_name,
                   const std::string& from_norm, const std::string& to_name,
                   const std::string& to_norm) {
  for (const char* table : {"name_redirects", "document_redirects"}) {
    SQLite::Statement st(db, std::string("UPDATE ") + table +
                                 " SET target = ? WHERE kind = ? AND target = ?");
    st.bind(1, to_name);
    st.bind(2, kind);
    st.bind(3, from_name);
    st.exec();
  }
  // A name never redirects to itself.
  SQLite::Statement self(db, "DELETE FROM name_redirects WHERE kind = ? AND norm = ?");
  self.bind(1, kind);
  self.bind(2, to_norm);
  self.exec();
  for (const char* side : {"source", "target"}) {
    SQLite::Statement st(db, std::string("UPDATE OR REPLACE suppressed_edges SET ") + side +
                                 "_norm = ? WHERE " + side + "_kind = ? AND " + side + "_norm = ?");
    st.bind(1, to_norm);
    st.bind(2, kind);
    st.bind(3, from_norm);
    st.exec();
  }
}

void AddRedirect(SQLite::Database& db, const std::string& kind, const std::string& norm,
                 const std::string& target, int64_t correction) {
  SQLite::Statement st(db,
                       "INSERT OR REPLACE INTO name_redirects(kind, norm, target, correction_id) "
                       "VALUES (?, ?, ?, ?)");
  st.bind(1, kind);
  st.bind(2, norm);
  st.bind(3, target);
  st.bind(4, correction);
  st.exec();
}

// Moves the evidence `where` selects from edge `from` to the edge (source, relation, target),
// created when missing; removes `from` when it is left without evidence. Returns the rows moved.
int64_t MoveEvidence(SQLite::Database& db, int64_t from, int64_t source, const std::string& relation,
                     int64_t target, const std::string& attrs, const std::string& where,
                     const std::vector<int64_t>& where_args, bool drop_from_always) {
  SQLite::Statement find(db, "SELECT id FROM edges WHERE source = ? AND relation = ? AND target = ?");
  find.bind(1, source);
  find.bind(2, relation);
  find.bind(3, target);
  int64_t to = 0;
  if (find.executeStep()) {
    to = find.getColumn(0).getInt64();
  } else {
    SQLite::Statement add(db, "INSERT INTO edges(source, relation, target, attrs) VALUES (?, ?, ?, ?)");
    add.bind(1, source);
    add.bind(2, relation);
    add.bind(3, target);
    add.bind(4, attrs);
    add.exec();
    to = db.getLastInsertRowid();
  }
  find.reset();
  SQLite::Statement copy(db,
                         "INSERT OR IGNORE INTO evidence(edge_id, document_id, start, end, rule) "
                         "SELECT ?, document_id, start, end, rule FROM evidence WHERE edge_id = ?" +
                             where);
  copy.bind(1, to);
  copy.bind(2, from);
  for (size_t i = 0; i < where_args.size(); ++i) copy.bind(static_cast<int>(i + 3), where_args[i]);
  copy.exec();
  SQLite::Statement drop(db, "DELETE FROM evidence WHERE edge_id = ?" + where);
  drop.bind(1, from);
  for (size_t i = 0; i < where_args.size(); ++i) drop.bind(static_cast<int>(i + 2), where_args[i]);
  const int64_t moved = drop.exec();
  SQLite::Statement gone(db, drop_from_always
                                 ? std::string("DELETE FROM edges WHERE id = ?1")
                                 : std::string("DELETE FROM edges WHERE id = ?1 AND NOT EXISTS "
                                               "(SELECT 1 FROM evidence WHERE edge_id = ?1)"));
  gone.bind(1, from);
  gone.exec();
  return moved;
}

// YYYY, YYYY-MM or YYYY-MM-DD, and a day the calendar has (not 2024-02-30).
bool IsIsoDate(const std::string& date) {
  static const std::regex kDate(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  if (!std::regex_match(date, kDate)) return false;
  if (date.size() < 10) return true;
  const std::chrono::year_month_day day{std::chrono::year{std::stoi(date.substr(0, 4))},
                                        std::chrono::month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                                        std::chrono::day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
  return day.ok();
}

}  // namespace

#define DKG_REFUSE_READ_ONLY()                                                                  \
  if (impl_->read_only)                                                                         \
    return Status::InvalidInput(path_ + ": store is read-only (opened read-only, or the file " \
                                        "or its directory is not writable)")

namespace {

// Removes document `document_id` and what only it supports (Store::RetractDocument), inside a
// correction: the nodes it touches are concerned, the summary and detail say what went.
// REQUIRES: the document full-text index and the names index are complete (the delete trigger
// removes what was indexed).
Status RetractRows(CorrectionWork& w, int64_t document_id) {
  SQLite::Database& db = w.db;
  SQLite::Statement doc(db, "SELECT title, source, sha256 FROM documents WHERE id = ?");
  doc.bind(1, document_id);
  if (!doc.executeStep()) {
    return Status::NotFound("no document #" + std::to_string(document_id) +
                            " (dkg documents lists them)");
  }
  const std::string title = doc.getColumn(0).getString(), source = doc.getColumn(1).getString(),
                    sha256 = doc.getColumn(2).getString();
  doc.reset();
  {
    SQLite::Statement group(db, "SELECT count(*) FROM document_copies WHERE copy_of = ?");
    group.bind(1, document_id);
    group.executeStep();
    if (const int64_t n = group.getColumn(0).getInt64(); n > 0) {
      return Status::InvalidInput(
          "retract: document #" + std::to_string(document_id) + " is the first of " +
          std::to_string(n) + " near-copies, which were stored without a graph of their own " +
          "(its graph is theirs too); retract its copies first (dkg documents --copies)");
    }
  }
  std::vector<int64_t> edges;
  SQLite::Statement ev(db, "SELECT DISTINCT edge_id FROM evidence WHERE document_id = ?");
  ev.bind(1, document_id);
  while (ev.executeStep()) edges.push_back(ev.getColumn(0).getInt64());
  SQLite::Statement mentioned(db, "SELECT node_id FROM mentions WHERE document_id = ?");
  mentioned.bind(1, document_id);
  std::set<int64_t> concerned;
  while (mentioned.executeStep()) concerned.insert(mentioned.getColumn(0).getInt64());
  SQLite::Statement ends(db, "SELECT source, target FROM edges WHERE id = ?");
  for (int64_t e : edges) {
    ends.reset();
    ends.bind(1, e);
    if (ends.executeStep()) {
      concerned.insert(ends.getColumn(0).getInt64());
      concerned.insert(ends.getColumn(1).getInt64());
    }
  }
  for (int64_t n : concerned) w.Concern(n);
  w.Record();
  SQLite::Statement drop_evidence(db, "DELETE FROM evidence WHERE document_id = ?");
  drop_evidence.bind(1, document_id);
  const int64_t evidence = Exec(drop_evidence);
  SQLite::Statement drop_mentions(db, "DELETE FROM mentions WHERE document_id = ?");
  drop_mentions.bind(1, document_id);
  const int64_t mentions = Exec(drop_mentions);
  int64_t edges_removed = 0, nodes_removed = 0;
  SQLite::Statement drop_edge(db, "DELETE FROM edges WHERE id = ?1 AND NOT EXISTS "
                                  "(SELECT 1 FROM evidence WHERE edge_id = ?1)");
  for (int64_t e : edges) {
    drop_edge.reset();
    drop_edge.bind(1, e);
    edges_removed += drop_edge.exec();
  }
  // A node stays while another document mentions it or an edge (with other evidence, from a
  // table, or linked by hand) still holds it.
  SQLite::Statement unsupported(
      db, "SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE node_id = ?1) AND "
          "NOT EXISTS (SELECT 1 FROM edges WHERE source = ?1) AND "
          "NOT EXISTS (SELECT 1 FROM edges WHERE target = ?1)");
  std::vector<int64_t> removed;
  for (int64_t n : concerned) {
    unsupported.reset();
    unsupported.bind(1, n);
    unsupported.executeStep();
    if (unsupported.getColumn(0).getInt() == 0) continue;
    for (const char* sql : {"DELETE FROM aliases WHERE node_id = ?", "DELETE FROM node_keys WHERE node_id = ?",
                            "DELETE FROM nodes WHERE id = ?"}) {
      SQLite::Statement st(db, sql);
      st.bind(1, n);
      st.exec();
    }
    removed.push_back(n);
    ++nodes_removed;
  }
  // Its near-copy group: a copy simply leaves it. The first document holds the graph of the
  // whole group (copies are stored without one), so it goes last.
  for (const char* sql : {"DELETE FROM document_copies WHERE document_id = ?",
                          "DELETE FROM document_bands WHERE document_id = ?",
                          "DELETE FROM document_signatures WHERE document_id = ?"}) {
    SQLite::Statement st(db, sql);
    st.bind(1, document_id);
    st.exec();
  }
  // Its date claims go with it (ON DELETE CASCADE): the nodes it dated take the date the
  // remaining documents choose.
  std::set<int64_t> dated;
  {
    SQLite::Statement claimed(db, "SELECT DISTINCT node_id FROM date_claims WHERE document_id = ?");
    claimed.bind(1, document_id);
    while (claimed.executeStep()) dated.insert(claimed.getColumn(0).getInt64());
  }
  SQLite::Statement drop_doc(db, "DELETE FROM documents WHERE id = ?");
  drop_doc.bind(1, document_id);
  drop_doc.exec();
  for (int64_t n : dated) {
    if (std::find(removed.begin(), removed.end(), n) == removed.end()) ApplyChosenDate(db, n, true);
  }
  // Every remaining document is indexed (IndexDocuments ran first): the index reaches as far as
  // the remaining documents. (A new document never takes a retracted one's id: migration 12.)
  db.exec("UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM documents) "
          "WHERE key = 'documents_fts_upto'");
  w.summary = "retracted document #" + std::to_string(document_id) + " '" + title + "' (" +
              source + "): " + std::to_string(evidence) + " evidence, " +
              std::to_string(mentions) + " mention rows, " + std::to_string(edges_removed) +
              " edges and " + std::to_string(nodes_removed) + " nodes removed";
  w.detail["document"] = document_id;
  w.detail["title"] = title;
  w.detail["source"] = source;
  w.detail["sha256"] = sha256;
  w.detail["evidence_removed"] = evidence;
  w.detail["edges_removed"] = edges_removed;
  w.detail["nodes_removed"] = removed;
  return Status::Ok();
}

}  // namespace

Result<CorrectionRecord> Store::RetractDocument(int64_t document_id, const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  // The full-text delete trigger removes what was indexed: index the document first.
  if (Status s = IndexDocuments(); !s.ok()) return s;
  try {
    impl_->IndexPendingNames();
  } catch (const SQLite::Exception& e) {
    return Status::IoError(path_ + ": " + e.what());
  }
  return RunCorrection(impl_->db, impl_->cache, path_, "retract", who,
                       [&](CorrectionWork& w) { return RetractRows(w, document_id); });
}

namespace {

// Moves node `from`'s mention row in `document` to node `to`; when `to` has one there too, the
// two become one row with the spans of both. Returns the rows moved (0 or 1).
int64_t MoveMentionRow(SQLite::Database& db, int64_t from, int64_t to, int64_t document,
                       const std::string& reason) {
  SQLite::Statement theirs(db, "SELECT spans, surfaces FROM mentions WHERE node_id = ? AND document_id = ?");
  theirs.bind(1, from);
  theirs.bind(2, document);
  if (!theirs.executeStep()) return 0;
  const std::string spans = theirs.getColumn(0).getString(), surfaces = theirs.getColumn(1).getString();
  theirs.reset();
  SQLite::Statement mine(db, "SELECT spans, surfaces FROM mentions WHERE node_id = ? AND document_id = ?");
  mine.bind(1, to);
  mine.bind(2, document);
  if (mine.executeStep()) {
    auto all = nlohmann::json::parse(mine.getColumn(1).getString(), nullptr, false);
    auto more = nlohmann::json::parse(surfaces, nullptr, false);
    if (all.is_array() && more.is_array()) all.insert(all.end(), more.begin(), more.end());
    SQLite::Statement up(db, "UPDATE mentions SET spans = ?, surfaces = ? WHERE node_id = ? AND document_id = ?");
    up.bind(1, mine.getColumn(0).getString() + " " + spans);
    up.bind(2, all.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    up.bind(3, to);
    up.bind(4, document);
    mine.reset();
    up.exec();
    SQLite::Statement drop(db, "DELETE FROM mentions WHERE node_id = ? AND document_id = ?");
    drop.bind(1, from);
    drop.bind(2, document);
    drop.exec();
  } else {
    SQLite::Statement move(db, "UPDATE mentions SET node_id = ?, reason = ? WHERE node_id = ? AND document_id = ?");
    move.bind(1, to);
    move.bind(2, reason);
    move.bind(3, from);
    move.bind(4, document);
    move.exec();
  }
  return 1;
}

// What MergeRows did, for the correction's summary.
struct MergeOutcome {
  int64_t mention_rows = 0, repointed = 0, folded = 0, self_loops = 0;
  std::string Summary(const NodeRow& a, const NodeRow& b) const {
    return "merged " + Describe(b) + " into " + Describe(a) + ": " + std::to_string(mention_rows) +
           " mention rows, " + std::to_string(repointed + folded) + " edges (" +
           std::to_string(folded) + " folded into existing ones" +
           (self_loops ? ", " + std::to_string(self_loops) + " between the two dropped" : "") + ")";
  }
};

// Makes one node of `a` and `b` (Store::MergeNodes) inside correction `correction`, which has
// started recording. REQUIRES: both exist, differ and are of one kind.
MergeOutcome MergeRows(SQLite::Database& db, const NodeRow& a, const NodeRow& b, int64_t correction) {
  const int64_t keep = a.id, absorb = b.id;
  const std::string moved_reason =
      "correction #" + std::to_string(correction) + ": merged from " + Describe(b);
  // Mentions: a document naming both keeps one row with the spans of both.
  std::vector<int64_t> mention_documents;
  {
    SQLite::Statement rows(db, "SELECT document_id FROM mentions WHERE node_id = ?");
    rows.bind(1, absorb);
    while (rows.executeStep()) mention_documents.push_back(rows.getColumn(0).getInt64());
  }
  for (int64_t document : mention_documents) MoveMentionRow(db, absorb, keep, document, moved_reason);
  // Offices over time follow the person, the country and the body they name.
  for (const char* column : {"official_id", "country_id", "body_id"}) {
    SQLite::Statement terms(db, std::string("UPDATE office_terms SET ") + column + " = ? WHERE " + column + " = ?");
    terms.bind(1, keep);
    terms.bind(2, absorb);
    terms.exec();
  }
  // So do the dates documents gave: the merged node's date is chosen from both nodes' claims
  // (below, once its own date is settled).
  SQLite::Statement claims(db, "UPDATE date_claims SET node_id = ? WHERE node_id = ?");
  claims.bind(1, keep);
  claims.bind(2, absorb);
  claims.exec();
  SQLite::Statement stages(db, "UPDATE agreement_stages SET agreement_id = ? WHERE agreement_id = ?");
  stages.bind(1, keep);
  stages.bind(2, absorb);
  stages.exec();
  // Edges: re-pointed, or folded into the same edge of `keep` with all their evidence.
  SQLite::Statement edges(db, "SELECT id, source, relation, target, attrs FROM edges "
                              "WHERE source = ?1 OR target = ?1 ORDER BY id");
  edges.bind(1, absorb);
  std::vector<std::tuple<int64_t, int64_t, std::string, int64_t, std::string>> edge_rows;
  while (edges.executeStep()) {
    edge_rows.emplace_back(edges.getColumn(0).getInt64(), edges.getColumn(1).getInt64(),
                           edges.getColumn(2).getString(), edges.getColumn(3).getInt64(),
                           edges.getColumn(4).getString());
  }
  int64_t repointed = 0, folded = 0, self_loops = 0;
  for (const auto& [id, source, relation, target, attrs] : edge_rows) {
    const int64_t s = source == absorb ? keep : source, t = target == absorb ? keep : target;
    if (s == t) {
      SQLite::Statement drop(db, "DELETE FROM evidence WHERE edge_id = ?");
      drop.bind(1, id);
      drop.exec();
      SQLite::Statement drop_edge(db, "DELETE FROM edges WHERE id = ?");
      drop_edge.bind(1, id);
      drop_edge.exec();
      ++self_loops;
      continue;
    }
    SQLite::Statement exists(db, "SELECT 1 FROM edges WHERE source = ? AND relation = ? AND target = ?");
    exists.bind(1, s);
    exists.bind(2, relation);
    exists.bind(3, t);
    if (exists.executeStep()) {
      exists.reset();
      MoveEvidence(db, id, s, relation, t, attrs, "", {}, true);
      ++folded;
    } else {
      SQLite::Statement up(db, "UPDATE edges SET source = ?, target = ? WHERE id = ?");
      up.bind(1, s);
      up.bind(2, t);
      up.bind(3, id);
      up.exec();
      ++repointed;
    }
  }
  // Names: the absorbed node's name and aliases become aliases of `keep`, and later mentions
  // of them join `keep`.
  std::vector<std::pair<std::string, std::string>> names = {{b.name, b.norm_key}};
  SQLite::Statement al(db, "SELECT alias, norm FROM aliases WHERE node_id = ? ORDER BY rowid");
  al.bind(1, absorb);
  while (al.executeStep()) names.emplace_back(al.getColumn(0).getString(), al.getColumn(1).getString());
  SQLite::Statement add_alias(db, "INSERT OR IGNORE INTO aliases(node_id, alias, norm) VALUES (?, ?, ?)");
  for (const auto& [alias, norm] : names) {
    if (norm.empty() || norm == a.norm_key) continue;
    add_alias.reset();
    add_alias.bind(1, keep);
    add_alias.bind(2, alias);
    add_alias.bind(3, norm);
    add_alias.exec();
  }
  SQLite::Statement keys(db, "INSERT OR IGNORE INTO node_keys(node_id, key) SELECT ?, key FROM node_keys WHERE node_id = ?");
  keys.bind(1, keep);
  keys.bind(2, absorb);
  keys.exec();
  Attrs attrs = AttrsFromJson(a.attrs);
  for (const auto& [key, value] : AttrsFromJson(b.attrs)) attrs.emplace(key, value);
  // External ids: the absorbed node's, and those merged into it before, find `keep` from now
  // on (a node table imported again names them). Moved before the node goes (its rows would
  // go with it).
  SQLite::Statement xids(db, "UPDATE xid_redirects SET node_id = ? WHERE node_id = ?");
  xids.bind(1, keep);
  xids.bind(2, absorb);
  xids.exec();
  if (!b.xid.empty()) {
    SQLite::Statement xid(db, "INSERT OR REPLACE INTO xid_redirects(xid, node_id, correction_id) VALUES (?, ?, ?)");
    xid.bind(1, b.xid);
    xid.bind(2, keep);
    xid.bind(3, correction);
    xid.exec();
  }
  for (const char* sql : {"DELETE FROM aliases WHERE node_id = ?", "DELETE FROM node_keys WHERE node_id = ?",
                          "DELETE FROM nodes WHERE id = ?"}) {
    SQLite::Statement st(db, sql);
    st.bind(1, absorb);
    st.exec();
  }
  SQLite::Statement up(db, "UPDATE nodes SET date = ?, attrs = ?, xid = ? WHERE id = ?");
  const std::string date = a.date.empty() ? b.date : a.date;
  const std::string xid = a.xid.empty() ? b.xid : a.xid;
  if (date.empty()) up.bind(1); else up.bind(1, date);
  up.bind(2, AttrsToJson(attrs));
  if (xid.empty()) up.bind(3); else up.bind(3, xid);
  up.bind(4, keep);
  up.exec();
  ApplyChosenDate(db, keep);
  std::set<std::string> redirected;
  for (const auto& [alias, norm] : names) {
    if (norm.empty() || norm == a.norm_key || NameTaken(db, a.kind, norm, {keep})) continue;
    if (redirected.insert(norm).second) AddRedirect(db, a.kind, norm, a.name, correction);
  }
  RenameInRules(db, a.kind, b.name, b.norm_key, a.name, a.norm_key);
  return {static_cast<int64_t>(mention_documents.size()), repointed, folded, self_loops};
}

}  // namespace

Result<CorrectionRecord> Store::MergeNodes(int64_t keep, int64_t absorb, const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  return RunCorrection(impl_->db, impl_->cache, path_, "merge", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    if (keep == absorb) return Status::InvalidInput("merge: a node cannot be merged with itself");
    auto a = ReadNodeRow(db, keep);
    if (!a) return NoNode(keep);
    auto b = ReadNodeRow(db, absorb);
    if (!b) return NoNode(absorb);
    if (a->kind != b->kind) {
      auto article = [](const std::string& kind) {
        return std::string(!kind.empty() && std::string("aeiou").find(kind[0]) != std::string::npos ? "an " : "a ");
      };
      return Status::InvalidInput("merge: " + Describe(*a) + " is " + article(a->kind) + a->kind + " and " +
                                  Describe(*b) + " " + article(b->kind) + b->kind + "; only nodes of one kind merge");
    }
    w.Concern(keep);
    w.Concern(absorb);
    w.Record();
    const MergeOutcome outcome = MergeRows(db, *a, *b, w.id);
    w.summary = outcome.Summary(*a, *b);
    w.detail["keep"] = {{"id", keep}, {"kind", a->kind}, {"name", a->name}};
    w.detail["absorb"] = {{"id", absorb}, {"kind", b->kind}, {"name", b->name}};
    return Status::Ok();
  });
}

namespace {

// What SplitRows did.
struct SplitOutcome {
  int64_t node = 0;  // where the mentions went
  int64_t mention_rows = 0, evidence = 0;
};

// Moves `x`'s mentions in `docs`, the office terms, date claims and agreement stages those
// documents give it and the evidence they give its edges, to node `into`, or (0) to a new node of
// x's kind named `new_name` with x's date and attributes; both nodes' dates are chosen again
// from their claims. Inside correction `correction`, which has started recording.
SplitOutcome SplitRows(SQLite::Database& db, const NodeRow& x, const std::set<int64_t>& docs, int64_t into,
                       const std::string& new_name, int64_t correction) {
  int64_t y = into;
  if (y == 0) {
    SQLite::Statement add(db, "INSERT INTO nodes(kind, name, norm_key, date, attrs) VALUES (?, ?, ?, ?, ?)");
    add.bind(1, x.kind);
    add.bind(2, new_name);
    add.bind(3, NormalizeName(new_name));
    if (x.date.empty()) add.bind(4); else add.bind(4, x.date);
    add.bind(5, x.attrs);
    add.exec();
    y = db.getLastInsertRowid();
  }
  std::string in = " AND document_id IN (";
  for (size_t i = 0; i < docs.size(); ++i) in += i ? ",?" : "?";
  in += ")";
  const std::vector<int64_t> doc_args(docs.begin(), docs.end());
  int64_t mention_rows = 0;
  for (int64_t document : docs) {
    mention_rows += MoveMentionRow(db, x.id, y, document,
                                   "correction #" + std::to_string(correction) + ": split from " + Describe(x));
  }
  // The office terms those documents reported go with their mentions.
  SQLite::Statement terms(db, "UPDATE office_terms SET official_id = ? WHERE official_id = ?" + in);
  terms.bind(1, y);
  terms.bind(2, x.id);
  for (size_t i = 0; i < doc_args.size(); ++i) terms.bind(static_cast<int>(i + 3), doc_args[i]);
  terms.exec();
  // And the dates those documents gave.
  SQLite::Statement claims(db, "UPDATE date_claims SET node_id = ? WHERE node_id = ?" + in);
  claims.bind(1, y);
  claims.bind(2, x.id);
  for (size_t i = 0; i < doc_args.size(); ++i) claims.bind(static_cast<int>(i + 3), doc_args[i]);
  claims.exec();
  SQLite::Statement stages(db, "UPDATE agreement_stages SET agreement_id = ? WHERE agreement_id = ?" + in);
  stages.bind(1, y);
  stages.bind(2, x.id);
  for (size_t i = 0; i < doc_args.size(); ++i) stages.bind(static_cast<int>(i + 3), doc_args[i]);
  stages.exec();
  SQLite::Statement edges(db, "SELECT id, source, relation, target, attrs FROM edges "
                              "WHERE source = ?1 OR target = ?1 ORDER BY id");
  edges.bind(1, x.id);
  std::vector<std::tuple<int64_t, int64_t, std::string, int64_t, std::string>> edge_rows;
  while (edges.executeStep()) {
    edge_rows.emplace_back(edges.getColumn(0).getInt64(), edges.getColumn(1).getInt64(),
                           edges.getColumn(2).getString(), edges.getColumn(3).getInt64(),
                           edges.getColumn(4).getString());
  }
  int64_t evidence = 0;
  for (const auto& [id, source, relation, target, attrs] : edge_rows) {
    SQLite::Statement has(db, "SELECT 1 FROM evidence WHERE edge_id = ?" + in + " LIMIT 1");
    has.bind(1, id);
    for (size_t i = 0; i < doc_args.size(); ++i) has.bind(static_cast<int>(i + 2), doc_args[i]);
    if (!has.executeStep()) continue;
    has.reset();
    const int64_t s = source == x.id ? y : source, t = target == x.id ? y : target;
    if (s == t) continue;  // an edge to the node split into stays: it would be a self-loop
    evidence += MoveEvidence(db, id, s, relation, t, attrs, in, doc_args, false);
  }
  ApplyChosenDate(db, x.id);
  ApplyChosenDate(db, y);
  return {y, mention_rows, evidence};
}

}  // namespace

Result<CorrectionRecord> Store::SplitNode(int64_t node, const std::vector<int64_t>& documents,
                                          const std::string& new_name, const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  return RunCorrection(impl_->db, impl_->cache, path_, "split", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    auto x = ReadNodeRow(db, node);
    if (!x) return NoNode(node);
    if (const std::string bad = UnfitText(new_name, true); !bad.empty()) {
      return Status::InvalidInput("split: the new name (--name) " + bad);
    }
    const std::string norm = NormalizeName(new_name);
    if (norm.empty()) return Status::InvalidInput("split: the new node needs a name (--name)");
    if (norm == x->norm_key) {
      return Status::InvalidInput("split: the new node needs a name other than '" + x->name +
                                  "' (--name): by the same name later documents could not "
                                  "tell the two apart");
    }
    if (documents.empty()) return Status::InvalidInput("split: name the documents whose mentions move (--mention DOC)");
    std::set<int64_t> docs(documents.begin(), documents.end());
    std::vector<std::string> shas;
    std::set<std::string> norms = {x->norm_key};
    for (int64_t d : docs) {
      SQLite::Statement st(db, "SELECT m.surfaces, d.sha256 FROM mentions m JOIN documents d ON d.id = m.document_id "
                               "WHERE m.node_id = ? AND m.document_id = ?");
      st.bind(1, node);
      st.bind(2, d);
      if (!st.executeStep()) {
        SQLite::Statement exists(db, "SELECT 1 FROM documents WHERE id = ?");
        exists.bind(1, d);
        if (!exists.executeStep()) {
          return Status::NotFound("split: no document #" + std::to_string(d) + " (dkg documents lists them)");
        }
        return Status::NotFound("split: document #" + std::to_string(d) + " does not mention " +
                                Describe(*x) + " (dkg show lists its mentions)");
      }
      auto surfaces = nlohmann::json::parse(st.getColumn(0).getString(), nullptr, false);
      if (surfaces.is_array()) {
        for (const auto& surface : surfaces) {
          if (surface.is_string()) norms.insert(NormalizeName(surface.get<std::string>()));
        }
      }
      shas.push_back(st.getColumn(1).getString());
    }
    // Mentions that belong to a node already named so join it; by a name several nodes share,
    // later documents could not be sent to one of them.
    int64_t into = 0;
    {
      SQLite::Statement named(db, "SELECT id FROM nodes WHERE +kind = ? AND norm_key = ?");
      named.bind(1, x->kind);
      named.bind(2, norm);
      int found = 0;
      while (named.executeStep()) {
        into = named.getColumn(0).getInt64();
        ++found;
      }
      if (found > 1) {
        return Status::InvalidInput("split: " + std::to_string(found) + " " + x->kind + " nodes are named '" +
                                    new_name + "' already; merge them first or choose another name (--name)");
      }
    }
    w.Concern(node);
    if (into != 0) w.Concern(into);
    w.Record();
    const SplitOutcome moved = SplitRows(db, *x, docs, into, new_name, w.id);
    const int64_t y = moved.node;
    w.nodes.insert(y);
    SQLite::Statement rule(db, "INSERT OR REPLACE INTO document_redirects(sha256, kind, norm, target, correction_id) "
                               "VALUES (?, ?, ?, ?, ?)");
    for (const std::string& sha : shas) {
      for (const std::string& n : norms) {
        if (n.empty()) continue;
        rule.reset();
        rule.bind(1, sha);
        rule.bind(2, x->kind);
        rule.bind(3, n);
        rule.bind(4, new_name);
        rule.bind(5, w.id);
        rule.exec();
      }
    }
    w.summary = "split #" + std::to_string(y) + " '" + new_name + "'" +
                (into != 0 ? std::string(" (a node already)") : std::string()) + " from " + Describe(*x) +
                ": " + std::to_string(moved.mention_rows) + " mention rows and " +
                std::to_string(moved.evidence) + " evidence moved";
    w.detail["node"] = {{"id", node}, {"kind", x->kind}, {"name", x->name}};
    w.detail["new_node"] = {{"id", y}, {"name", new_name}};
    w.detail["documents"] = std::vector<int64_t>(docs.begin(), docs.end());
    return Status::Ok();
  });
}

Result<CorrectionRecord> Store::Unlink(int64_t source, const std::string& relation, int64_t target,
                                       const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  return RunCorrection(impl_->db, impl_->cache, path_, "unlink", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    auto a = ReadNodeRow(db, source);
    if (!a) return NoNode(source);
    auto b = ReadNodeRow(db, target);
    if (!b) return NoNode(target);
    SQLite::Statement find(db, "SELECT id FROM edges WHERE source = ? AND relation = ? AND target = ?");
    find.bind(1, source);
    find.bind(2, relation);
    find.bind(3, target);
    if (!find.executeStep()) {
      return Status::NotFound("unlink: no edge " + Describe(*a) + " -" + relation + "-> " +
                              Describe(*b) + " (edges keep their direction: see dkg show)");
    }
    const int64_t edge = find.getColumn(0).getInt64();
    find.reset();
    w.nodes = {source, target};
    w.Record();
    SQLite::Statement drop(db, "DELETE FROM evidence WHERE edge_id = ?");
    drop.bind(1, edge);
    const int64_t evidence = drop.exec();
    SQLite::Statement drop_edge(db, "DELETE FROM edges WHERE id = ?");
    drop_edge.bind(1, edge);
    drop_edge.exec();
    SQLite::Statement rule(db, "INSERT OR REPLACE INTO suppressed_edges(source_kind, source_norm, relation, "
                               "target_kind, target_norm, correction_id) VALUES (?, ?, ?, ?, ?, ?)");
    rule.bind(1, a->kind);
    rule.bind(2, a->norm_key);
    rule.bind(3, relation);
    rule.bind(4, b->kind);
    rule.bind(5, b->norm_key);
    rule.bind(6, w.id);
    rule.exec();
    w.summary = "unlinked " + Describe(*a) + " -" + relation + "-> " + Describe(*b) + " (edge #" +
                std::to_string(edge) + ", " + std::to_string(evidence) + " evidence)";
    w.detail["source"] = {{"id", source}, {"kind", a->kind}, {"name", a->name}};
    w.detail["relation"] = relation;
    w.detail["target"] = {{"id", target}, {"kind", b->kind}, {"name", b->name}};
    w.detail["edge"] = edge;
    return Status::Ok();
  });
}

Result<CorrectionRecord> Store::Link(int64_t source, const std::string& relation, int64_t target,
                                     const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  return RunCorrection(impl_->db, impl_->cache, path_, "link", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    if (relation.empty()) return Status::InvalidInput("link: the relation is empty");
    if (source == target) return Status::InvalidInput("link: an edge needs two different nodes");
    auto a = ReadNodeRow(db, source);
    if (!a) return NoNode(source);
    auto b = ReadNodeRow(db, target);
    if (!b) return NoNode(target);
    SQLite::Statement find(db, "SELECT id FROM edges WHERE source = ? AND relation = ? AND target = ?");
    find.bind(1, source);
    find.bind(2, relation);
    find.bind(3, target);
    if (find.executeStep()) {
      return Status::InvalidInput("link: " + Describe(*a) + " -" + relation + "-> " + Describe(*b) +
                                  " exists already (edge #" +
                                  std::to_string(find.getColumn(0).getInt64()) + ")");
    }
    find.reset();
    w.nodes = {source, target};
    w.Record();
    SQLite::Statement unsuppress(db, "DELETE FROM suppressed_edges WHERE source_kind = ? AND source_norm = ? "
                                     "AND relation = ? AND target_kind = ? AND target_norm = ?");
    unsuppress.bind(1, a->kind);
    unsuppress.bind(2, a->norm_key);
    unsuppress.bind(3, relation);
    unsuppress.bind(4, b->kind);
    unsuppress.bind(5, b->norm_key);
    unsuppress.exec();
    SQLite::Statement add(db, "INSERT INTO edges(source, relation, target) VALUES (?, ?, ?)");
    add.bind(1, source);
    add.bind(2, relation);
    add.bind(3, target);
    add.exec();
    const int64_t edge = db.getLastInsertRowid();
    w.summary = "linked " + Describe(*a) + " -" + relation + "-> " + Describe(*b) + " (edge #" +
                std::to_string(edge) + ")";
    w.detail["source"] = {{"id", source}, {"kind", a->kind}, {"name", a->name}};
    w.detail["relation"] = relation;
    w.detail["target"] = {{"id", target}, {"kind", b->kind}, {"name", b->name}};
    w.detail["edge"] = edge;
    return Status::Ok();
  });
}

namespace {

// Renames `x` to `name` (Store::RenameNode) inside correction `correction`: the old name stays
// an alias, later mentions of it join the node, and rules naming the old name name the new one.
void RenameRows(SQLite::Database& db, const NodeRow& x, const std::string& name, int64_t correction) {
  const std::string norm = NormalizeName(name);
  SQLite::Statement up(db, "UPDATE nodes SET name = ?, norm_key = ? WHERE id = ?");
  up.bind(1, name);
  up.bind(2, norm);
  up.bind(3, x.id);
  up.exec();
  SQLite::Statement drop(db, "DELETE FROM aliases WHERE node_id = ? AND norm = ?");
  drop.bind(1, x.id);
  drop.bind(2, norm);
  drop.exec();
  if (x.norm_key != norm) {
    SQLite::Statement alias(db, "INSERT OR IGNORE INTO aliases(node_id, alias, norm) VALUES (?, ?, ?)");
    alias.bind(1, x.id);
    alias.bind(2, x.name);
    alias.bind(3, x.norm_key);
    alias.exec();
    if (!NameTaken(db, x.kind, x.norm_key, {x.id})) AddRedirect(db, x.kind, x.norm_key, name, correction);
  }
  RenameInRules(db, x.kind, x.name, x.norm_key, name, norm);
}

}  // namespace

Result<CorrectionRecord> Store::RenameNode(int64_t node, const std::string& name,
                                           const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  return RunCorrection(impl_->db, impl_->cache, path_, "rename", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    auto x = ReadNodeRow(db, node);
    if (!x) return NoNode(node);
    if (const std::string bad = UnfitText(name, true); !bad.empty()) {
      return Status::InvalidInput("rename: the new name " + bad);
    }
    const std::string norm = NormalizeName(name);
    if (norm.empty()) return Status::InvalidInput("rename: '" + name + "' is not a name (no letters or digits)");
    if (name == x->name) return Status::InvalidInput("rename: " + Describe(*x) + " has that name already");
    w.nodes = {node};
    w.Record();
    RenameRows(db, *x, name, w.id);
    w.summary = "renamed " + Describe(*x) + " to '" + name + "'";
    w.detail["node"] = {{"id", node}, {"kind", x->kind}, {"name", x->name}};
    w.detail["name"] = name;
    return Status::Ok();
  });
}

namespace {

// Gives `node` the date `date` (empty: none) as an analyst's claim, which overrides the
// documents' claims (date_claims) and replaces the node's earlier set-date claim, so that later
// imports keep it and `undo` chooses again from the claims that hold then.
void SetDateRows(SQLite::Database& db, int64_t node, const std::string& date) {
  SQLite::Statement drop(db, "DELETE FROM date_claims WHERE node_id = ? AND document_id IS NULL");
  drop.bind(1, node);
  drop.exec();
  SQLite::Statement claim(db, "INSERT INTO date_claims(node_id, date, document_id, rule) "
                              "VALUES (?, ?, NULL, 'correction:set-date')");
  claim.bind(1, node);
  if (date.empty()) claim.bind(2); else claim.bind(2, date);
  claim.exec();
  ApplyChosenDate(db, node);
}

}  // namespace

Result<CorrectionRecord> Store::SetNodeDate(int64_t node, const std::string& date,
                                            const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  if (!date.empty() && !IsIsoDate(date)) {
    return Status::InvalidInput("set-date: '" + date +
                                "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD; '' clears it)");
  }
  return RunCorrection(impl_->db, impl_->cache, path_, "set-date", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    auto x = ReadNodeRow(db, node);
    if (!x) return NoNode(node);
    if (date == x->date) return Status::InvalidInput("set-date: " + Describe(*x) + " has that date already");
    w.nodes = {node};
    w.Record();
    SetDateRows(db, node, date);
    w.summary = "set the date of " + Describe(*x) + " to " + (date.empty() ? "none" : date) +
                " (was " + (x->date.empty() ? "none" : x->date) + ")";
    w.detail["node"] = {{"id", node}, {"kind", x->kind}, {"name", x->name}};
    w.detail["date"] = date.empty() ? nlohmann::json() : nlohmann::json(date);
    w.detail["was"] = x->date.empty() ? nlohmann::json() : nlohmann::json(x->date);
    return Status::Ok();
  });
}

Result<CorrectionRecord> Store::Undo(int64_t id, const CorrectionAuthor& who) {
  DKG_REFUSE_READ_ONLY();
  if (Status s = IndexDocuments(); !s.ok()) return s;
  return RunCorrection(impl_->db, impl_->cache, path_, "undo", who, [&](CorrectionWork& w) -> Status {
    SQLite::Database& db = w.db;
    SQLite::Statement st(db, "SELECT summary, changeset, undone_by, detail FROM corrections WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep() || id == w.id) {
      return Status::NotFound("undo: no correction #" + std::to_string(id) + " (dkg history lists them)");
    }
    const std::string summary = st.getColumn(0).getString();
    if (!st.getColumn(2).isNull()) {
      return Status::InvalidInput("undo: correction #" + std::to_string(id) +
                                  " was undone already (by #" +
                                  std::to_string(st.getColumn(2).getInt64()) + ")");
    }
    if (st.getColumn(1).isNull()) {
      const auto recorded = nlohmann::json::parse(st.getColumn(3).getString(), nullptr, false);
      if (recorded.is_object() && recorded.value("imported", false)) {
        return Status::InvalidInput(
            "undo: correction #" + std::to_string(id) +
            " came with an imported JSON graph: the rows it changed are in the store it was made "
            "in (undo it there and export again, or correct this store anew)");
      }
      return Status::InvalidInput("undo: correction #" + std::to_string(id) + " recorded no changes");
    }
    const SQLite::Column blob = st.getColumn(1);
    const std::string changeset(static_cast<const char*>(blob.getBlob()),
                                static_cast<size_t>(blob.getBytes()));
    const auto detail = nlohmann::json::parse(st.getColumn(3).getString(), nullptr, false);
    st.reset();
    std::string inverse;
    if (!internal::InvertChangeset(changeset, inverse)) {
      return Status::Corrupt("undo: the changes recorded by correction #" + std::to_string(id) +
                             " cannot be read");
    }
    // Children before parents (see CorrectedTables), also for changesets recorded in another order.
    inverse = internal::ReorderChangeset(inverse, CorrectedTables());
    SQLite::Statement concerned(db, "SELECT node_id FROM correction_nodes WHERE correction_id = ?");
    concerned.bind(1, id);
    while (concerned.executeStep()) w.nodes.insert(concerned.getColumn(0).getInt64());
    const auto touched = internal::FirstColumnValues(inverse);
    for (const char* table : {"nodes", "aliases", "mentions", "node_keys"}) {
      auto it = touched.find(table);
      if (it != touched.end()) w.nodes.insert(it->second.begin(), it->second.end());
    }
    w.Record();
    const std::string problem = internal::ApplyChangeset(db.getHandle(), inverse);
    if (!problem.empty()) {
      return Status::InvalidInput("undo: correction #" + std::to_string(id) +
                                  " cannot be undone: " + problem +
                                  "; later corrections or imports changed what it changed "
                                  "(undo those first; dkg history lists them)");
    }
    // Documents put back are indexed for full-text search again; every other document is
    // indexed already (Undo runs IndexDocuments first), so the index reaches the highest id.
    if (auto it = touched.find("documents"); it != touched.end()) {
      SQLite::Statement index(db,
                              "INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text "
                              "FROM documents WHERE id = ?1");
      for (int64_t doc : it->second) {
        index.reset();
        index.bind(1, doc);
        index.exec();
      }
      db.exec("UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM documents) "
              "WHERE key = 'documents_fts_upto'");
    }
    // Aliases come back in the order they had (exports list them in that order).
    if (detail.is_object() && detail.contains("alias_order") && detail["alias_order"].is_object()) {
      for (const auto& [node_text, list] : detail["alias_order"].items()) {
        const int64_t node = std::atoll(node_text.c_str());
        std::vector<std::pair<std::string, std::string>> now, before;
        SQLite::Statement al(db, "SELECT alias, norm FROM aliases WHERE node_id = ? ORDER BY rowid");
        al.bind(1, node);
        while (al.executeStep()) now.emplace_back(al.getColumn(0).getString(), al.getColumn(1).getString());
        for (const auto& pair : list) before.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
        if (now == before) continue;
        auto sorted_now = now, sorted_before = before;
        std::sort(sorted_now.begin(), sorted_now.end());
        std::sort(sorted_before.begin(), sorted_before.end());
        if (sorted_now != sorted_before) continue;  // not the same aliases: leave them be
        SQLite::Statement drop(db, "DELETE FROM aliases WHERE node_id = ?");
        drop.bind(1, node);
        drop.exec();
        SQLite::Statement add(db, "INSERT INTO aliases(node_id, alias, norm) VALUES (?, ?, ?)");
        for (const auto& [alias, norm] : before) {
          add.reset();
          add.bind(1, node);
          add.bind(2, alias);
          add.bind(3, norm);
          add.exec();
        }
      }
    }
    // Dates: the claims put back or taken away hold now, with what imports and corrections
    // added since (a set-date undone after a document claimed another date gives that date,
    // not the one before the set-date).
    if (touched.count("date_claims")) {
      for (int64_t node : w.nodes) ApplyChosenDate(db, node);
    }
    SQLite::Statement mark(db, "UPDATE corrections SET undone_by = ? WHERE id = ?");
    mark.bind(1, w.id);
    mark.bind(2, id);
    mark.exec();
    // Undoing an undo makes the correction it undid current again; when that is an undo too,
    // what it undid is undone by it again, and so on down the whole chain, each link the
    // opposite of the one above it (undo, undo of the undo, undo of that, ...: the first
    // correction is in effect exactly when the rows say so, however long the chain). Each link
    // undoes an earlier correction, so the walk ends even on a log a hostile file wrote.
    {
      SQLite::Statement what(db, "SELECT detail FROM corrections WHERE id = ?");
      SQLite::Statement set_undone(db, "UPDATE corrections SET undone_by = ? WHERE id = ?");
      int64_t link = id;
      bool link_in_effect = false;  // `id` was just undone
      nlohmann::json link_detail = detail;
      while (link_detail.is_object() && link_detail.contains("undoes") &&
             link_detail["undoes"].is_number_integer()) {
        const int64_t undid = link_detail["undoes"].get<int64_t>();
        if (undid <= 0 || undid >= link) break;
        set_undone.reset();
        if (link_in_effect) set_undone.bind(1, link); else set_undone.bind(1);
        set_undone.bind(2, undid);
        set_undone.exec();
        what.reset();
        what.bind(1, undid);
        if (!what.executeStep()) break;
        link_detail = nlohmann::json::parse(what.getColumn(0).getString(), nullptr, false);
        link_in_effect = !link_in_effect;
        link = undid;
      }
    }
    w.summary = "undid #" + std::to_string(id) + ": " + summary;
    w.detail["undoes"] = id;
    return Status::Ok();
  });
}

namespace {

// Every correction, oldest first (only those concerning `node_id` when it is not 0), inside the
// caller's read transaction; with `existing_nodes`, each lists only the nodes that exist.
std::vector<CorrectionRecord> ReadCorrections(SQLite::Database& db, int64_t node_id, bool existing_nodes) {
  std::string sql = std::string("SELECT ") + kCorrectionColumns;
  if (node_id != 0) {
    sql += " WHERE id IN (SELECT correction_id FROM correction_nodes WHERE node_id = ?)";
  }
  sql += " ORDER BY id";
  SQLite::Statement st(db, sql);
  if (node_id != 0) st.bind(1, node_id);
  std::vector<CorrectionRecord> out;
  while (st.executeStep()) out.push_back(ReadCorrection(db, st));
  if (existing_nodes) {
    SQLite::Statement exists(db, "SELECT 1 FROM nodes WHERE id = ?");
    for (CorrectionRecord& c : out) {
      std::vector<int64_t> kept;
      for (int64_t n : c.nodes) {
        exists.reset();
        exists.bind(1, n);
        if (exists.executeStep()) kept.push_back(n);
      }
      c.nodes = std::move(kept);
    }
  }
  return out;
}

// The rules corrections left (Store::CorrectionRules), inside the caller's read transaction.
std::map<int64_t, std::vector<CorrectionRule>> ReadCorrectionRules(SQLite::Database& db) {
  std::map<int64_t, std::vector<CorrectionRule>> out;
  SQLite::Statement redirects(db, "SELECT correction_id, kind, norm, target FROM name_redirects "
                                  "ORDER BY correction_id, kind, norm");
  while (redirects.executeStep()) {
    CorrectionRule r;
    r.type = "redirect";
    r.kind = redirects.getColumn(1).getString();
    r.norm = redirects.getColumn(2).getString();
    r.target = redirects.getColumn(3).getString();
    out[redirects.getColumn(0).getInt64()].push_back(std::move(r));
  }
  SQLite::Statement per_document(db,
                                 "SELECT correction_id, sha256, kind, norm, target FROM "
                                 "document_redirects ORDER BY correction_id, sha256, kind, norm");
  while (per_document.executeStep()) {
    CorrectionRule r;
    r.type = "document_redirect";
    r.sha256 = per_document.getColumn(1).getString();
    r.kind = per_document.getColumn(2).getString();
    r.norm = per_document.getColumn(3).getString();
    r.target = per_document.getColumn(4).getString();
    out[per_document.getColumn(0).getInt64()].push_back(std::move(r));
  }
  SQLite::Statement suppressed(db,
                               "SELECT correction_id, source_kind, source_norm, relation, target_kind, "
                               "target_norm FROM suppressed_edges ORDER BY correction_id, "
                               "source_kind, source_norm, relation, target_kind, target_norm");
  while (suppressed.executeStep()) {
    CorrectionRule r;
    r.type = "suppress";
    r.source_kind = suppressed.getColumn(1).getString();
    r.source_norm = suppressed.getColumn(2).getString();
    r.relation = suppressed.getColumn(3).getString();
    r.target_kind = suppressed.getColumn(4).getString();
    r.target_norm = suppressed.getColumn(5).getString();
    out[suppressed.getColumn(0).getInt64()].push_back(std::move(r));
  }
  return out;
}

}  // namespace

Result<std::vector<CorrectionRecord>> Store::Corrections(int64_t node_id) const {
  return Guard(path_, [&]() -> Result<std::vector<CorrectionRecord>> {
    SQLite::Transaction tx(impl_->db);
    return ReadCorrections(impl_->db, node_id, false);
  });
}

Result<std::map<int64_t, std::vector<CorrectionRule>>> Store::CorrectionRules() const {
  return Guard(path_, [&]() -> Result<std::map<int64_t, std::vector<CorrectionRule>>> {
    SQLite::Transaction tx(impl_->db);
    return ReadCorrectionRules(impl_->db);
  });
}

Result<std::vector<CorrectionRecord>> StoreScan::Corrections() {
  return Guard(impl_->path, [&]() -> Result<std::vector<CorrectionRecord>> {
    return ReadCorrections(impl_->db, 0, true);
  });
}

Result<std::map<int64_t, std::vector<CorrectionRule>>> StoreScan::CorrectionRules() {
  return Guard(impl_->path, [&]() -> Result<std::map<int64_t, std::vector<CorrectionRule>>> {
    return ReadCorrectionRules(impl_->db);
  });
}

namespace {

// The stored nodes of `kind` whose normalised name is `norm`, in id order.
std::vector<int64_t> NodesNamed(SQLite::Database& db, const std::string& kind, const std::string& norm) {
  SQLite::Statement st(db, "SELECT id FROM nodes WHERE +kind = ? AND norm_key = ? ORDER BY id");
  st.bind(1, kind);
  st.bind(2, norm);
  std::vector<int64_t> out;
  while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
  return out;
}

// Applies one rule of an imported correction to the rows stored already, as the correction did
// in the store it was made in: a redirect merges the one node of that name into the one node of
// the target name (or renames it when there is none), a document redirect moves that
// document's mentions of the node of that name to the target, a suppression removes the edges
// it names. A name several stored nodes share is left alone (which one the rule means is not
// known); so is what is there already. Appends what it did to `done`.
void ApplyImportedRule(CorrectionWork& w, const CorrectionRule& r, std::vector<std::string>& done) {
  SQLite::Database& db = w.db;
  if (r.type == "redirect") {
    const std::string target_norm = NormalizeName(r.target);
    if (target_norm.empty() || target_norm == r.norm) return;
    const std::vector<int64_t> from = NodesNamed(db, r.kind, r.norm);
    const std::vector<int64_t> to = NodesNamed(db, r.kind, target_norm);
    if (from.size() != 1 || to.size() > 1) return;
    auto x = ReadNodeRow(db, from[0]);
    if (!x) return;
    w.Concern(x->id);
    if (to.empty()) {
      RenameRows(db, *x, r.target, w.id);
      done.push_back("renamed " + Describe(*x) + " to '" + r.target + "'");
      return;
    }
    auto t = ReadNodeRow(db, to[0]);
    if (!t) return;
    w.Concern(t->id);
    done.push_back(MergeRows(db, *t, *x, w.id).Summary(*t, *x));
  } else if (r.type == "document_redirect") {
    SQLite::Statement doc(db, "SELECT id FROM documents WHERE sha256 = ?");
    doc.bind(1, r.sha256);
    if (!doc.executeStep()) return;
    const int64_t document = doc.getColumn(0).getInt64();
    const std::string target_norm = NormalizeName(r.target);
    if (target_norm.empty() || target_norm == r.norm) return;
    SQLite::Statement named(db, "SELECT n.id FROM mentions m JOIN nodes n ON n.id = m.node_id "
                                "WHERE m.document_id = ? AND +n.kind = ? AND n.norm_key = ?");
    named.bind(1, document);
    named.bind(2, r.kind);
    named.bind(3, r.norm);
    std::vector<int64_t> from;
    while (named.executeStep()) from.push_back(named.getColumn(0).getInt64());
    const std::vector<int64_t> to = NodesNamed(db, r.kind, target_norm);
    if (from.size() != 1 || to.size() > 1) return;
    auto x = ReadNodeRow(db, from[0]);
    if (!x) return;
    w.Concern(x->id);
    if (!to.empty()) w.Concern(to[0]);
    const SplitOutcome moved = SplitRows(db, *x, {document}, to.empty() ? 0 : to[0], r.target, w.id);
    w.nodes.insert(moved.node);
    done.push_back("split #" + std::to_string(moved.node) + " '" + r.target + "' from " + Describe(*x) +
                   " in document #" + std::to_string(document) + ": " +
                   std::to_string(moved.mention_rows) + " mention rows and " +
                   std::to_string(moved.evidence) + " evidence moved");
  } else if (r.type == "suppress") {
    SQLite::Statement edges(db,
                            "SELECT e.id, e.source, e.target FROM nodes a JOIN edges e ON e.source = a.id "
                            "JOIN nodes b ON b.id = e.target WHERE +a.kind = ? AND a.norm_key = ? AND "
                            "e.relation = ? AND +b.kind = ? AND b.norm_key = ? ORDER BY e.id");
    edges.bind(1, r.source_kind);
    edges.bind(2, r.source_norm);
    edges.bind(3, r.relation);
    edges.bind(4, r.target_kind);
    edges.bind(5, r.target_norm);
    std::vector<std::tuple<int64_t, int64_t, int64_t>> found;
    while (edges.executeStep()) {
      found.emplace_back(edges.getColumn(0).getInt64(), edges.getColumn(1).getInt64(), edges.getColumn(2).getInt64());
    }
    edges.reset();
    for (const auto& [edge, source, target] : found) {
      auto a = ReadNodeRow(db, source);
      auto b = ReadNodeRow(db, target);
      if (!a || !b) continue;
      w.Concern(source);
      w.Concern(target);
      SQLite::Statement drop(db, "DELETE FROM evidence WHERE edge_id = ?");
      drop.bind(1, edge);
      const int64_t evidence = drop.exec();
      SQLite::Statement drop_edge(db, "DELETE FROM edges WHERE id = ?");
      drop_edge.bind(1, edge);
      drop_edge.exec();
      done.push_back("unlinked " + Describe(*a) + " -" + r.relation + "-> " + Describe(*b) + " (edge #" +
                     std::to_string(edge) + ", " + std::to_string(evidence) + " evidence)");
    }
  }
}

// Records what correction `work.id` did to this store's rows: its changeset (so that `undo`
// reverses it here), the nodes it concerned and, in its detail, what it did ("applied").
void KeepApplied(CorrectionWork& work, const std::vector<std::string>& done, GraphImportReport& out) {
  SQLite::Database& db = work.db;
  const std::string changeset = work.recorder ? work.recorder->Changeset() : std::string();
  work.recorder.reset();
  if (done.empty() || changeset.empty()) return;
  for (int64_t node : work.nodes) ResyncNames(db, node);
  SQLite::Statement read(db, "SELECT detail FROM corrections WHERE id = ?");
  read.bind(1, work.id);
  nlohmann::json detail = nlohmann::json::object();
  if (read.executeStep()) {
    detail = nlohmann::json::parse(read.getColumn(0).getString(), nullptr, false);
    if (!detail.is_object()) detail = nlohmann::json::object();
  }
  read.reset();
  detail["alias_order"] = work.detail.value("alias_order", nlohmann::json::object());
  nlohmann::json applied = detail.value("applied", nlohmann::json::array());
  for (const std::string& d : done) applied.push_back(d);
  detail["applied"] = applied;
  SQLite::Statement update(db, "UPDATE corrections SET detail = ?, changeset = ? WHERE id = ?");
  update.bind(1, detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  update.bind(2, changeset.data(), static_cast<int>(changeset.size()));
  update.bind(3, work.id);
  update.exec();
  SQLite::Statement concern(db, "INSERT OR IGNORE INTO correction_nodes(correction_id, node_id) VALUES (?, ?)");
  for (int64_t node : work.nodes) {
    concern.reset();
    concern.bind(1, work.id);
    concern.bind(2, node);
    concern.exec();
  }
  std::string text;
  for (const std::string& d : done) text += (text.empty() ? "" : "; ") + d;
  out.corrections_applied.emplace_back(work.id, text);
}

Status ApplyImportedCorrections(SQLite::Database& db, const GraphInput& graph, const std::vector<int64_t>& added,
                                const std::vector<int64_t>& store_ids, GraphImportReport& out) {
  SQLite::Statement redirect(db,
                             "INSERT OR IGNORE INTO name_redirects(kind, norm, target, correction_id) "
                             "VALUES (?, ?, ?, ?)");
  SQLite::Statement per_document(db,
                                 "INSERT OR IGNORE INTO document_redirects(sha256, kind, norm, target, "
                                 "correction_id) VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement suppress(db,
                             "INSERT OR IGNORE INTO suppressed_edges(source_kind, source_norm, relation, "
                             "target_kind, target_norm, correction_id) VALUES (?, ?, ?, ?, ?, ?)");
  for (size_t i = 0; i < graph.corrections.size(); ++i) {
    const GraphInput::Correction& c = graph.corrections[i];
    const int64_t id = store_ids[i];
    // Only a correction this import recorded is applied (one recorded before was applied then).
    // A retract names its document by sha256 (`detail.sha256`); a document the file carries is in
    // the store the file came from (retracted there, then imported again), so it stays here too.
    const auto detail = nlohmann::json::parse(c.record.detail, nullptr, false);
    const bool retract = added[i] != 0 && c.record.action == "retract" && detail.is_object() &&
                         detail.contains("sha256") && detail["sha256"].is_string() &&
                         std::none_of(graph.documents.begin(), graph.documents.end(), [&](const DocumentInput& d) {
                           return d.sha256 == detail["sha256"].get<std::string>();
                         });
    CorrectionWork work(db);
    work.id = id;
    if (added[i] != 0 && (!c.rules.empty() || retract)) work.Record();
    std::vector<std::string> done;
    for (const CorrectionRule& rule : c.rules) {
      SQLite::Statement* st = nullptr;
      if (rule.type == "redirect") {
        st = &redirect;
        st->reset();
        st->bind(1, rule.kind);
        st->bind(2, rule.norm);
        st->bind(3, rule.target);
        st->bind(4, id);
      } else if (rule.type == "document_redirect") {
        st = &per_document;
        st->reset();
        st->bind(1, rule.sha256);
        st->bind(2, rule.kind);
        st->bind(3, rule.norm);
        st->bind(4, rule.target);
        st->bind(5, id);
      } else if (rule.type == "suppress") {
        st = &suppress;
        st->reset();
        st->bind(1, rule.source_kind);
        st->bind(2, rule.source_norm);
        st->bind(3, rule.relation);
        st->bind(4, rule.target_kind);
        st->bind(5, rule.target_norm);
        st->bind(6, id);
      }
      // Applied only when this import recorded the correction and added the rule (this store's
      // own rule for the key wins).
      if (st != nullptr && st->exec() > 0 && added[i] != 0) ApplyImportedRule(work, rule, done);
    }
    // A set-date on a node this store holds already (the file's node, by external id or by
    // name, at the date it had before the set-date): set before the file's nodes are written,
    // so that the file's node, dated as the set-date says, joins it.
    if (added[i] != 0 && c.record.action == "set-date" && c.nodes.size() == 1 && detail.is_object() &&
        detail.contains("date")) {
      const GraphInput::Node& n = graph.nodes[c.nodes[0]];
      const std::string date = detail["date"].is_string() ? detail["date"].get<std::string>() : "";
      const std::string was = detail.contains("was") && detail["was"].is_string() ? detail["was"].get<std::string>() : "";
      std::vector<int64_t> candidates;
      if (!n.xid.empty()) {
        SQLite::Statement st(db, std::string("SELECT id FROM nodes WHERE id = ") + kNodeByXid);
        st.bind(1, n.xid);
        if (st.executeStep()) candidates.push_back(st.getColumn(0).getInt64());
      } else {
        candidates = NodesNamed(db, n.kind, NormalizeName(n.name));
      }
      auto x = candidates.size() == 1 ? ReadNodeRow(db, candidates[0]) : std::nullopt;
      // The same node as far as dates tell: dated as the set-date says already, or as the node
      // was before it (undated then: undated here).
      const bool same = x && (x->date == date || (was.empty() ? x->date.empty() : DatesCompatible(x->date, was)));
      if (same && x->kind == n.kind && (date.empty() || IsIsoDate(date))) {
        work.Concern(x->id);
        work.Record();
        SetDateRows(db, x->id, date);
        const std::string shown = date.empty() ? "none" : date;
        done.push_back(date == x->date ? "dated " + Describe(*x) + " " + shown +
                                             " (its date already, now held against later documents)"
                                       : "set the date of " + Describe(*x) + " to " + shown + " (was " +
                                             (x->date.empty() ? "none" : x->date) + ")");
      }
    }
    if (retract) {
      SQLite::Statement doc(db, "SELECT id FROM documents WHERE sha256 = ?");
      doc.bind(1, detail["sha256"].get<std::string>());
      if (doc.executeStep()) {
        const int64_t document = doc.getColumn(0).getInt64();
        doc.reset();
        CorrectionWork scratch(db);  // RetractRows writes its own summary and detail
        scratch.recorder = std::move(work.recorder);
        scratch.detail["alias_order"] = work.detail.value("alias_order", nlohmann::json::object());
        scratch.nodes = work.nodes;
        scratch.id = id;
        // The first document of a near-copy group stays (its copies hold it), as at a retract:
        // the whole import is refused rather than record a retract that did nothing here.
        if (Status s = RetractRows(scratch, document); !s.ok()) {
          auto text = [&](const char* key) {
            return detail.contains(key) && detail[key].is_string() ? detail[key].get<std::string>() : std::string();
          };
          std::string why = s.message();
          if (why.rfind("retract: ", 0) == 0) why.erase(0, 9);
          return Status::InvalidInput(graph.source + ": correction #" + std::to_string(c.record.id) +
                                      " retracts document '" + text("title") + "' (" + text("source") +
                                      "), which cannot be retracted in this store: " + why +
                                      "; nothing of the file was stored");
        }
        done.push_back(scratch.summary);
        work.recorder = std::move(scratch.recorder);
        work.detail["alias_order"] = scratch.detail["alias_order"];
        work.nodes = scratch.nodes;
      }
    }
    KeepApplied(work, done, out);
  }
  return Status::Ok();
}

void ApplyImportedDates(SQLite::Database& db, const GraphInput& graph, const std::vector<int64_t>& added,
                        const std::vector<int64_t>& node_ids, int64_t last_node, GraphImportReport& out) {
  // The last set-date of each node in the file holds (it replaced the earlier ones there).
  std::map<int64_t, size_t> last;
  SQLite::Statement applied(db, "SELECT changeset IS NOT NULL FROM corrections WHERE id = ?");
  for (size_t i = 0; i < graph.corrections.size(); ++i) {
    const GraphInput::Correction& c = graph.corrections[i];
    if (added[i] == 0 || c.record.action != "set-date" || c.nodes.size() != 1) continue;
    if (c.nodes[0] >= node_ids.size()) continue;
    applied.reset();
    applied.bind(1, added[i]);
    if (applied.executeStep() && applied.getColumn(0).getInt() != 0) continue;  // applied before the nodes
    last[node_ids[c.nodes[0]]] = i;
  }
  for (const auto& [node, i] : last) {
    const auto detail = nlohmann::json::parse(graph.corrections[i].record.detail, nullptr, false);
    if (!detail.is_object() || !detail.contains("date")) continue;
    const std::string date = detail["date"].is_string() ? detail["date"].get<std::string>() : "";
    if (!detail["date"].is_null() && (date.empty() || !IsIsoDate(date))) continue;
    // This store's own analyst's date wins.
    SQLite::Statement own(db, "SELECT 1 FROM date_claims WHERE node_id = ? AND document_id IS NULL");
    own.bind(1, node);
    if (own.executeStep()) continue;
    own.reset();
    auto x = ReadNodeRow(db, node);
    if (!x) continue;
    // On a node this import made, the date is the file's: the claim only keeps it against later
    // documents, and is not this store's to undo.
    if (node > last_node) {
      SetDateRows(db, node, date);
      continue;
    }
    CorrectionWork work(db);
    work.id = added[i];
    work.Concern(node);
    work.Record();
    SetDateRows(db, node, date);
    const std::string shown = date.empty() ? "none" : date;
    KeepApplied(work,
                {date == x->date ? "dated " + Describe(*x) + " " + shown +
                                       " (its date already, now held against later documents)"
                                 : "set the date of " + Describe(*x) + " to " + shown + " (was " +
                                       (x->date.empty() ? "none" : x->date) + ")"},
                out);
  }
}

}  // namespace

#undef DKG_REFUSE_READ_ONLY

}  // namespace dkg
