// A data folder written by an older docpipe (schema version 1) is upgraded in place the first
// time it is read, in one transaction, and its data stays as it was.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "helpers.h"
#include "source/store.h"

using namespace docpipe_test;

namespace {
// Takes a current sample back to schema version 1: no ledger, no produced documents, no
// audit log, removed items or former names.
void downgrade_to_v1(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
  db.exec("DROP TABLE produced_documents; DROP TABLE brief_articles; DROP TABLE briefs;");
  db.exec("DROP TABLE evaluation_entries; DROP TABLE task_progress; DROP TABLE task_units;");
  db.exec("DROP TABLE tasks;");
  db.exec("DROP TABLE audit_log; DROP TABLE removed_items; DROP TABLE unit_names;");
  db.exec("PRAGMA user_version = 1");
}
}  // namespace

TEST_CASE("an older database is upgraded when a command first reads it") {
  TempDir t;
  init_sample(t / "d");
  downgrade_to_v1(t / "d/docpipe.db");
  auto r = docpipe_test::docpipe("--data " + quote(t / "d") + " validate");
  INFO(r.err);
  CHECK(r.code == 0);
  SQLite::Database db(t / "d/docpipe.db", SQLite::OPEN_READONLY);
  CHECK(db.execAndGet("PRAGMA user_version").getInt() == docpipe::source::schema_version);
  CHECK(db.execAndGet("SELECT count(*) FROM units").getInt() > 10);
}
