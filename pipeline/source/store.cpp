#include "source/store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace docpipe::source {
namespace {

namespace fs = std::filesystem;

// migrations[i] takes a database from version i to i + 1. Never edit a shipped entry; add
// a new one (databases in the field are at every version).
const char* const migrations[] = {
    R"sql(
CREATE TABLE units (
  code TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('处室','直属单位','省直部门','市州','县区')),
  parent TEXT REFERENCES units(code) DEFERRABLE INITIALLY DEFERRED,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active_from TEXT,
  active_until TEXT,
  successor TEXT REFERENCES units(code) DEFERRABLE INITIALLY DEFERRED
);
-- Values are TEXT so a figure comes out exactly as it went in (162.02 stays 162.02).
-- scope '' is the whole region.
CREATE TABLE indicator_values (
  indicator TEXT NOT NULL,
  year INTEGER NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  value TEXT NOT NULL,
  PRIMARY KEY (indicator, year, scope)
);
CREATE TABLE register_items (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  unit TEXT NOT NULL REFERENCES units(code),
  title TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  instructions INTEGER NOT NULL DEFAULT 0 CHECK (instructions >= 0),
  UNIQUE (date, unit, title)
);
CREATE TABLE item_adoptions (
  item INTEGER NOT NULL REFERENCES register_items(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  PRIMARY KEY (item, channel)
);
)sql",
};
constexpr int migration_count = sizeof migrations / sizeof migrations[0];
static_assert(migration_count == schema_version, "one migration per schema version");

int read_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

// Runs the missing migrations in one immediate transaction; re-reads the version inside
// it because another process may have migrated while we waited for the lock.
void migrate(SQLite::Database& db) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  for (int v = read_version(db); v < schema_version; ++v) {
    db.exec(migrations[v]);
    db.exec("PRAGMA user_version = " + std::to_string(v + 1));
  }
  tx.commit();
}

bool check_writable(const std::string& dir, const std::string& path, Diagnostics& diags) {
  // SQLite needs to create its journal beside the database, so the folder must be writable.
  if (access(dir.c_str(), W_OK) != 0 || (fs::exists(path) && access(path.c_str(), W_OK) != 0)) {
    diags.error({path}, "the data folder is read-only; nothing was written",
                "make " + dir + " and docpipe.db writable, or copy the folder somewhere writable");
    return false;
  }
  return true;
}

}  // namespace

std::string database_path(const std::string& data_dir) {
  return (fs::path(data_dir) / "docpipe.db").string();
}

int busy_timeout_ms() {
  if (const char* env = std::getenv("DOCPIPE_BUSY_TIMEOUT_MS")) {
    int ms = std::atoi(env);
    if (ms >= 0) return ms;
  }
  return 10000;
}

void report_sqlite_error(const SQLite::Exception& e, const std::string& db_path,
                         Diagnostics& diags) {
  int code = e.getErrorCode() & 0xFF;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    char waited[32];
    std::snprintf(waited, sizeof waited, "%g", busy_timeout_ms() / 1000.0);
    diags.error({db_path},
                std::string("the database is locked by another process (waited ") + waited +
                    " s); nothing was written",
                "wait for the other docpipe command (or program holding docpipe.db) to finish, "
                "then run this again");
  } else if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM) {
    diags.error({db_path}, std::string("cannot write the database: ") + e.what(),
                "check that the data folder and docpipe.db are writable");
  } else if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
    diags.error({db_path}, "docpipe.db is not a SQLite database or is damaged",
                "restore it from a backup, or create a new folder with `docpipe init DIR`");
  } else {
    diags.error({db_path}, std::string("database error: ") + e.what());
  }
}

std::unique_ptr<SQLite::Database> open_store(const std::string& data_dir, OpenMode mode,
                                             Diagnostics& diags) {
  const std::string path = database_path(data_dir);
  if (mode != OpenMode::create && !fs::exists(path)) {
    diags.error({path}, "no database in the data folder",
                "create one with `docpipe init " + data_dir + "`, or pass --data DIR");
    return nullptr;
  }
  if (mode != OpenMode::read_only && !check_writable(data_dir, path, diags)) return nullptr;
  int flags = mode == OpenMode::read_only ? SQLite::OPEN_READONLY
              : mode == OpenMode::create  ? SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE
                                          : SQLite::OPEN_READWRITE;
  try {
    auto db = std::make_unique<SQLite::Database>(path, flags, busy_timeout_ms());
    db->exec("PRAGMA foreign_keys = ON");
    int version = read_version(*db);
    if (version > schema_version) {
      diags.error({path},
                  "docpipe.db has schema version " + std::to_string(version) +
                      ", newer than this docpipe understands (" + std::to_string(schema_version) +
                      "); nothing was read or written",
                  "use the docpipe version that wrote this database, or a newer one");
      return nullptr;
    }
    if (version < schema_version) {
      if (mode == OpenMode::read_only) {
        diags.error({path},
                    "docpipe.db has no docpipe schema (version " + std::to_string(version) + ")",
                    "run `docpipe init DIR` for a new data folder");
        return nullptr;
      }
      migrate(*db);
    }
    return db;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, path, diags);
    return nullptr;
  }
}

}  // namespace docpipe::source
