// The database under stress: newer versions, locks held by other processes, read-only
// folders, and two importers at once.
#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "helpers.h"
#include "source/store.h"

using namespace docpipe_test;

namespace {

std::string import_cmd(const std::string& data, const std::string& kind, const std::string& file) {
  return "--data " + quote(data) + " import " + kind + " " + quote(file) + " --today 2026-11-25";
}

std::string count_items(const std::string& db) {
  return sh("sqlite3 " + quote(db) +
            " 'select count(*), count(distinct date || unit || title) "
            "from register_items'")
      .out;
}

}  // namespace

TEST_CASE("a database from a newer docpipe is refused, not read or changed") {
  TempDir t;
  init_sample(t / "data");
  {
    SQLite::Database db(t / "data/docpipe.db", SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 99");
  }
  const std::string before = slurp(t / "data/docpipe.db");
  Run v = docpipe_test::docpipe("--data data validate", t.path());
  CHECK(v.code == 2);
  CHECK(v.err.find("data/docpipe.db: error: docpipe.db has schema version 99, newer than this "
                   "docpipe understands (" +
                   std::to_string(docpipe::source::schema_version) +
                   "); nothing was read or written") == 0);
  Run i = docpipe_test::docpipe(import_cmd(t / "data", "items", fixture("data/items-gbk.csv")));
  CHECK(i.code == 2);
  CHECK(i.err.find("schema version 99") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == before);
}

TEST_CASE("a database locked by another process: import waits, then says so clearly") {
  TempDir t;
  init_sample(t / "data");
  const std::string before = slurp(t / "data/docpipe.db");
  // The test process is the "other process": it holds an exclusive lock throughout.
  SQLite::Database holder(t / "data/docpipe.db", SQLite::OPEN_READWRITE);
  holder.exec("BEGIN EXCLUSIVE");
  auto start = std::chrono::steady_clock::now();
  Run r = sh("DOCPIPE_BUSY_TIMEOUT_MS=1500 " + std::string(DOCPIPE_BINARY) + " " +
             import_cmd(t / "data", "items", fixture("data/items-gbk.csv")));
  auto waited = std::chrono::steady_clock::now() - start;
  holder.exec("ROLLBACK");
  CHECK(r.code == 2);
  CHECK(r.err.find("error: the database is locked by another process (waited 1.5 s); nothing was "
                   "written") != std::string::npos);
  CHECK(waited >= std::chrono::milliseconds(1400));
  CHECK(slurp(t / "data/docpipe.db") == before);
}

TEST_CASE("a lock released while waiting lets the import through") {
  TempDir t;
  init_sample(t / "data");
  SQLite::Database holder(t / "data/docpipe.db", SQLite::OPEN_READWRITE);
  holder.exec("BEGIN EXCLUSIVE");
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    holder.exec("COMMIT");
  });
  Run r = docpipe_test::docpipe(import_cmd(t / "data", "items", fixture("data/items-gbk.csv")));
  release.join();
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.out.find("2 new") != std::string::npos);
}

TEST_CASE("a read-only data folder is reported and nothing changes") {
  TempDir t;
  init_sample(t / "data");
  const std::string before = slurp(t / "data/docpipe.db");
  // Root ignores permission bits, so the import runs as `nobody` on a folder it cannot
  // write (but can read and search).
  REQUIRE(sh("chmod 755 " + quote(t.path()) + " && chmod 555 " + quote(t / "data") +
             " && chmod 644 " + quote(t / "data/docpipe.db"))
              .code == 0);
  const std::string csv = t / "items.csv";
  REQUIRE(sh("cp " + quote(fixture("data/items-gbk.csv")) + " " + quote(csv) + " && chmod 644 " +
             quote(csv))
              .code == 0);
  std::string as = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  Run r = sh("cd / && " + as + DOCPIPE_BINARY + " " + import_cmd(t / "data", "items", csv));
  CHECK(r.code == 2);
  CHECK(r.err.find("docpipe.db: error: the data folder is read-only; nothing was written") !=
        std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == before);
  // Reading still works: validate needs no write access.
  Run v = sh("cd / && " + as + DOCPIPE_BINARY + " --data " + quote(t / "data") + " validate");
  INFO(v.err);
  CHECK(v.code == 0);
}

TEST_CASE("two imports started at once both succeed and duplicate nothing") {
  TempDir t;
  init_sample(t / "data");
  const std::string a = fixture("data/items-parallel-a.csv");
  const std::string b = fixture("data/items-parallel-b.csv");
  // Each file twice, all four processes started together: the second import of each
  // file must find its rows already there.
  std::string bin = DOCPIPE_BINARY;
  std::string cmd;
  int n = 0;
  for (const auto& f : {a, b, a, b}) {
    cmd += bin + " " + import_cmd(t / "data", "items", f) + " >" + quote(t / std::to_string(n)) +
           ".out 2>&1 & ";
    ++n;
  }
  Run r = sh(cmd + "wait");
  REQUIRE(r.code == 0);
  int fresh = 0, unchanged = 0;
  for (int i = 0; i < n; ++i) {
    std::string out = slurp(t / (std::to_string(i) + ".out"));
    INFO(out);
    CHECK(out.find("280 rows") != std::string::npos);
    if (out.find("280 new, 0 updated, 0 unchanged") != std::string::npos) ++fresh;
    if (out.find("0 new, 0 updated, 280 unchanged") != std::string::npos) ++unchanged;
  }
  CHECK(fresh == 2);
  CHECK(unchanged == 2);
  CHECK(count_items(t / "data/docpipe.db") == "748|748\n");
  CHECK(docpipe_test::docpipe("--data " + quote(t / "data") + " validate").code == 0);
}
