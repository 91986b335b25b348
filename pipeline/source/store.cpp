#include "source/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/input_file.h"
#include "source/store_check.h"

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
    // 2: the brief ledger (简报台账, source/ledger.h). Numbers are permanent: rows are never
    // deleted, numbers never change, an issued or void brief never changes again.
    R"sql(
CREATE TABLE briefs (
  series TEXT NOT NULL,
  id TEXT NOT NULL,
  year INTEGER NOT NULL,
  issue INTEGER NOT NULL CHECK (issue >= 1),
  total INTEGER NOT NULL CHECK (total >= 1),
  date TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued','void')),
  void_reason TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'ledger' CHECK (origin IN ('ledger','yaml')),
  revision INTEGER NOT NULL DEFAULT 0,
  pdf_sha256 TEXT,
  markdown TEXT,
  PRIMARY KEY (series, id),
  UNIQUE (series, year, issue),
  UNIQUE (series, total)
);
CREATE TABLE brief_articles (
  series TEXT NOT NULL,
  brief TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 1),
  title TEXT NOT NULL,
  source_unit TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  PRIMARY KEY (series, brief, position),
  FOREIGN KEY (series, brief) REFERENCES briefs(series, id)
);
CREATE TRIGGER briefs_never_deleted BEFORE DELETE ON briefs
BEGIN SELECT RAISE(ABORT, 'brief numbers are permanent: void the brief instead'); END;
CREATE TRIGGER briefs_numbers_fixed BEFORE UPDATE ON briefs
WHEN NEW.series IS NOT OLD.series OR NEW.id IS NOT OLD.id OR NEW.year IS NOT OLD.year
  OR NEW.issue IS NOT OLD.issue OR NEW.total IS NOT OLD.total
BEGIN SELECT RAISE(ABORT, 'brief numbers are permanent'); END;
CREATE TRIGGER briefs_frozen BEFORE UPDATE ON briefs
WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'issued' AND NEW.status = 'void'
  AND NEW.date IS OLD.date AND NEW.markdown IS OLD.markdown
  AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.revision IS OLD.revision)
BEGIN SELECT RAISE(ABORT, 'an issued or void brief cannot change'); END;
CREATE TRIGGER brief_articles_insert BEFORE INSERT ON brief_articles
WHEN (SELECT status FROM briefs WHERE series = NEW.series AND id = NEW.brief) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'articles of an issued or void brief cannot change'); END;
CREATE TRIGGER brief_articles_update BEFORE UPDATE ON brief_articles
WHEN (SELECT status FROM briefs WHERE series = OLD.series AND id = OLD.brief) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'articles of an issued or void brief cannot change'); END;
CREATE TRIGGER brief_articles_delete BEFORE DELETE ON brief_articles
WHEN (SELECT status FROM briefs WHERE series = OLD.series AND id = OLD.brief) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'articles of an issued or void brief cannot change'); END;
)sql",
    // 3: periodic documents `docpipe due` produced (cli/produced.h). A row is also the claim
    // a process holds while rendering it (claim_*), so two runs never render the same one.
    R"sql(
CREATE TABLE produced_documents (
  kind TEXT NOT NULL CHECK (kind IN ('circular','quarterly','assessment')),
  period TEXT NOT NULL,
  path TEXT,
  sha256 TEXT,
  fingerprint TEXT,
  produced_at TEXT,
  renders INTEGER NOT NULL DEFAULT 0,
  claim_pid INTEGER,
  claim_host TEXT,
  claim_until INTEGER,
  PRIMARY KEY (kind, period)
);
)sql",
    // 4: 考评 entries (source/evaluation.h) and the 任务台账 (source/tasks.h); the produced
    // documents' kinds are no longer a fixed list (the task progress 通报 joins them), so the
    // table is rebuilt without that CHECK.
    R"sql(
CREATE TABLE evaluation_entries (
  evaluation TEXT NOT NULL,
  unit TEXT NOT NULL REFERENCES units(code),
  code TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  value TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evaluation, unit, code, seq)
);
CREATE TABLE tasks (
  code TEXT PRIMARY KEY NOT NULL,
  plan TEXT NOT NULL,
  number TEXT NOT NULL,
  content TEXT NOT NULL,
  lead TEXT NOT NULL REFERENCES units(code),
  deadline TEXT NOT NULL,
  deliverable TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
);
CREATE TABLE task_units (
  task TEXT NOT NULL REFERENCES tasks(code) ON DELETE CASCADE,
  unit TEXT NOT NULL REFERENCES units(code),
  position INTEGER NOT NULL,
  PRIMARY KEY (task, unit)
);
CREATE TABLE task_progress (
  task TEXT NOT NULL REFERENCES tasks(code) ON DELETE CASCADE,
  date TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  status TEXT NOT NULL CHECK (status IN ('未启动','推进中','已完成','逾期')),
  note TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (task, date, seq)
);
CREATE TABLE produced_documents_v4 (
  kind TEXT NOT NULL,
  period TEXT NOT NULL,
  path TEXT,
  sha256 TEXT,
  fingerprint TEXT,
  produced_at TEXT,
  renders INTEGER NOT NULL DEFAULT 0,
  claim_pid INTEGER,
  claim_host TEXT,
  claim_until INTEGER,
  PRIMARY KEY (kind, period)
);
INSERT INTO produced_documents_v4 SELECT kind, period, path, sha256, fingerprint, produced_at,
  renders, claim_pid, claim_host, claim_until FROM produced_documents;
DROP TABLE produced_documents;
ALTER TABLE produced_documents_v4 RENAME TO produced_documents;
)sql",
    // 5: an office's own data (#18). Unit kinds come from office.yaml, so the CHECK on
    // units.kind goes (SQLite cannot drop a constraint: the table is rebuilt, rows kept).
    // Former unit names keep past documents reproducible after a rename; removed register
    // items are kept with their reason; every change made through the record commands
    // (and every import) is appended to audit_log, which never changes afterwards.
    R"sql(
CREATE TABLE units_v4 (
  code TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind <> ''),
  parent TEXT REFERENCES units(code) DEFERRABLE INITIALLY DEFERRED,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active_from TEXT,
  active_until TEXT,
  successor TEXT REFERENCES units(code) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO units_v4 SELECT code, name, kind, parent, sort_order, active_from, active_until,
  successor FROM units;
DROP TABLE units;
ALTER TABLE units_v4 RENAME TO units;
CREATE TABLE unit_names (
  code TEXT NOT NULL REFERENCES units(code),
  name TEXT NOT NULL,
  until TEXT NOT NULL,
  PRIMARY KEY (code, until)
);
CREATE TABLE removed_items (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id INTEGER NOT NULL,
  date TEXT NOT NULL,
  unit TEXT NOT NULL,
  title TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  instructions INTEGER NOT NULL DEFAULT 0,
  adopted_by TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL CHECK (reason <> ''),
  removed_at TEXT NOT NULL,
  removed_by TEXT NOT NULL
);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL,
  record TEXT NOT NULL,
  before TEXT NOT NULL DEFAULT '',
  after TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_kept BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
)sql",
    // 6: an issued brief also records its OFD's SHA-256 (GB/T 33190-2016 output, `--format
    // ofd`), frozen like the PDF's: the trigger that freezes issued briefs now covers it.
    R"sql(
ALTER TABLE briefs ADD COLUMN ofd_sha256 TEXT;
DROP TRIGGER briefs_frozen;
CREATE TRIGGER briefs_frozen BEFORE UPDATE ON briefs
WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'issued' AND NEW.status = 'void'
  AND NEW.date IS OLD.date AND NEW.markdown IS OLD.markdown
  AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.ofd_sha256 IS OLD.ofd_sha256
  AND NEW.revision IS OLD.revision)
BEGIN SELECT RAISE(ABORT, 'an issued or void brief cannot change'); END;
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
  // Rebuilding a table (migrations 4 and 5) needs foreign keys off, which SQLite only allows
  // outside a transaction; the keys are checked before the commit instead.
  db.exec("PRAGMA foreign_keys = OFF");
  {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (int v = read_version(db); v < schema_version; ++v) {
      db.exec(migrations[v]);
      db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    }
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    if (fk.executeStep())
      throw SQLite::Exception("a migration broke a foreign key in table " +
                              fk.getColumn(0).getString());
    tx.commit();
  }
  db.exec("PRAGMA foreign_keys = ON");
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

// The errno an open() of the database gets now: EMFILE/ENFILE/ENOMEM when SQLite's
// "unable to open database file" was the process running out, not permissions.
int probe_errno(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  int e = fd < 0 ? errno : 0;
  if (fd >= 0) ::close(fd);
  return e;
}

bool exhausted(const std::string& path) {
  int e = probe_errno(path);
  return e == EMFILE || e == ENFILE || e == ENOMEM;
}

}  // namespace

std::string database_path(const std::string& data_dir) {
  return (fs::path(data_dir) / "docpipe.db").string();
}

namespace {
std::atomic<int> busy_timeout{10000};
}

int busy_timeout_ms() {
  return busy_timeout.load(std::memory_order_relaxed);
}

void set_busy_timeout_ms(int ms) {
  busy_timeout.store(ms, std::memory_order_relaxed);
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
  } else if (code == SQLITE_NOMEM || code == SQLITE_FULL ||
             (code == SQLITE_CANTOPEN && exhausted(db_path))) {
    // The machine, not the folder, is the problem: say so (issue 17, class 9).
    int err = code == SQLITE_NOMEM ? ENOMEM : code == SQLITE_FULL ? ENOSPC : probe_errno(db_path);
    diags.error({db_path},
                std::string("cannot use the database: ") + std::strerror(err) + " (" + e.what() +
                    "); nothing was written",
                errno_hint(err));
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
  if (mode != OpenMode::create && !check_store_file(path, diags)) return nullptr;
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
    // Only init creates a store: anything else needs one that is already docpipe's.
    if (mode != OpenMode::create &&
        !check_store_schema(*db, version, mode == OpenMode::read_write, diags))
      return nullptr;
    if (version < schema_version) {
      if (mode == OpenMode::read_only) {
        // A folder written by an older docpipe: upgrade it (one transaction) before reading,
        // so a new docpipe reads old data without a separate step.
        db.reset();
        if (!check_writable(data_dir, path, diags)) {
          diags.error({path},
                      "docpipe.db has the older schema version " + std::to_string(version) +
                          " and the read-only folder cannot be upgraded",
                      "make the folder writable once, or use the docpipe version that wrote it");
          return nullptr;
        }
        if (!open_store(data_dir, OpenMode::read_write, diags)) return nullptr;
        return open_store(data_dir, OpenMode::read_only, diags);
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
