#include "source/store_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "core/input_file.h"

namespace docpipe::source {
namespace {

const char* const init_hint =
    "only `docpipe init DIR` creates a store; restore docpipe.db from a backup, or point "
    "--data at the right folder";

// The tables each schema version has (store.cpp's migrations): a file whose user_version
// matches but whose tables do not is another program's database.
const char* const tables_by_version[][2] = {
    {"units", "register_items"},
    {"briefs", "brief_articles"},
    {"produced_documents", "produced_documents"},
};

bool has_table(SQLite::Database& db, const char* name) {
  SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, name);
  q.executeStep();
  return q.getColumn(0).getInt() == 1;
}

}  // namespace

bool check_store_file(const std::string& path, Diagnostics& diags) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return true;  // reported by the open that follows
  if (!S_ISREG(st.st_mode)) {
    diags.error({path}, "docpipe.db is not a regular file", init_hint);
    return false;
  }
  if (st.st_size == 0) {
    diags.error({path},
                "docpipe.db is empty (0 bytes): it is not a docpipe store; nothing was "
                "read or written",
                init_hint);
    return false;
  }
  char header[16] = {};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    // Out of descriptors or memory is said as such; anything else is SQLite's to report.
    return !report_if_exhausted(path, "cannot open the database", diags);
  }
  ssize_t got = ::read(fd, header, sizeof header);
  ::close(fd);
  if (got != sizeof header || std::memcmp(header, "SQLite format 3", 16) != 0) {
    diags.error({path}, "docpipe.db is not a SQLite database; nothing was read or written",
                init_hint);
    return false;
  }
  return true;
}

bool check_store_schema(SQLite::Database& db, int version, bool thorough, Diagnostics& diags) {
  const std::string path = db.getFilename();
  if (version < 1) {
    diags.error({path},
                "docpipe.db is a SQLite database without a docpipe schema (version 0): "
                "nothing was read or written",
                init_hint);
    return false;
  }
  for (int v = 0; v < version && v < 3; ++v)
    for (const char* table : tables_by_version[v])
      if (!has_table(db, table)) {
        diags.error({path},
                    "docpipe.db says schema version " + std::to_string(version) +
                        " but has no table '" + table +
                        "': it is another program's database or damaged",
                    init_hint);
        return false;
      }
  // The header's page count against the file: a truncated copy (a full disk during a
  // backup, a cut download) loses its newest pages, i.e. the newest numbers.
  long long pages = db.execAndGet("PRAGMA page_count").getInt64();
  long long page_size = db.execAndGet("PRAGMA page_size").getInt64();
  struct stat st;
  bool short_file = ::stat(path.c_str(), &st) == 0 && st.st_size < pages * page_size;
  if (short_file || (thorough && db.execAndGet("PRAGMA quick_check").getString() != "ok")) {
    diags.error({path}, "docpipe.db is damaged (truncated or corrupt); nothing was written",
                "restore docpipe.db from a backup; `sqlite3 docpipe.db 'PRAGMA integrity_check'` "
                "shows what is wrong");
    return false;
  }
  return true;
}

}  // namespace docpipe::source
