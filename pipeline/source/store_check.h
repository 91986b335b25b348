// Only `docpipe init` creates a store (issue 17, class 7). Every other command opens an
// existing docpipe.db and must refuse one that is empty, truncated or another program's
// SQLite file: SQLite would happily treat an empty file as a new database, the migrations
// would create an empty ledger in it, and brief numbers already issued would be handed out
// again. These checks run in open_store before anything is read or migrated.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "core/diagnostics.h"

namespace docpipe::source {

// Before SQLite opens the file: not empty, and begins with SQLite's header.
bool check_store_file(const std::string& path, Diagnostics& diags);

// After opening, with the schema version read: a docpipe schema (version ≥ 1 with the
// tables that version has), and whole (the file holds every page its header counts;
// `quick_check` too when `thorough`, i.e. before a write).
bool check_store_schema(SQLite::Database& db, int version, bool thorough, Diagnostics& diags);

}  // namespace docpipe::source
