// docpipe.db: opening, schema versioning (PRAGMA user_version) and migrations, and turning
// SQLite failures into messages a secretariat can act on. Every write happens inside one
// `BEGIN IMMEDIATE` transaction with a busy timeout, so concurrent commands queue up
// instead of corrupting or duplicating anything.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>

#include "core/diagnostics.h"

namespace docpipe::source {

// The schema version this program writes. A database with a higher version is refused.
constexpr int schema_version = 6;

enum class OpenMode { read_only, read_write, create };

std::string database_path(const std::string& data_dir);  // DIR/docpipe.db

// How long a command waits for another process's write lock: 10 s unless the cli set another
// (from DOCPIPE_BUSY_TIMEOUT_MS, cli/environment.cpp) for this process.
int busy_timeout_ms();
void set_busy_timeout_ms(int ms);

// Opens (and for read_write/create, migrates) the database of a data folder. Returns null
// after reporting why. read_only never changes a byte of the file.
std::unique_ptr<SQLite::Database> open_store(const std::string& data_dir, OpenMode mode,
                                             Diagnostics& diags);

// One clear message for a SQLite failure (locked, read-only, not a database, ...).
void report_sqlite_error(const SQLite::Exception& e, const std::string& db_path,
                         Diagnostics& diags);

}  // namespace docpipe::source
