// kill -9 at random moments during `docpipe import` (50 runs, at a random point of the span
// one uninterrupted import takes, so every phase is hit): after
// every kill the database passes PRAGMA integrity_check and holds either none or all of the
// file's rows (the import is one transaction); a final run without a kill completes. Each
// run starts from the store as it was before the import.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "helpers.h"
#include "kill_support.h"

using namespace reliability;

namespace {

// Opened read-write, as the next docpipe run would: a hot journal left by the kill is
// rolled back here.
int count_items(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
  return db.execAndGet("SELECT count(*) FROM register_items").getInt();
}

std::string integrity(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
  return db.execAndGet("PRAGMA integrity_check").getString();
}

// `rows` register items for units already in the sample, one per title, all valid.
std::string items_csv(const std::string& db_path, int rows) {
  SQLite::Database db(db_path);
  SQLite::Statement s(db,
                      "SELECT code FROM units WHERE active_from IS NULL AND active_until IS NULL");
  std::vector<std::string> units;
  while (s.executeStep()) units.push_back(s.getColumn(0).getString());
  std::string csv = "date,unit,title,author,adopted_by,instructions\n";
  for (int i = 0; i < rows; ++i)
    csv += "2026-0" + std::to_string(1 + i % 6) + "-1" + std::to_string(i % 10) + "," +
           units[i % units.size()] + ",压力测试信息第" + std::to_string(i) + "号,测试员,,0\n";
  return csv;
}

}  // namespace

TEST_CASE("kill -9 during docpipe import, 50 times: store intact, all rows or none") {
  TempDir t;
  std::string data = sample(t);
  std::string db = data + "/docpipe.db";
  const int rows = 2000;
  spit(t / "items.csv", items_csv(db, rows));
  const int before = count_items(db);

  // One uninterrupted run into a copy measures the span the kills are spread over.
  run("cp -a " + q(data) + " " + q(t / "probe"));
  int status = 0;
  long span_us =
      timed_run({bin(), "--data", t / "probe", "import", "items", t / "items.csv"}, status);
  REQUIRE(WEXITSTATUS(status) == 0);
  std::mt19937 rng(20261125);
  std::uniform_int_distribution<long> delay_us(0, span_us + span_us / 5);
  int killed = 0, finished = 0, committed_runs = 0;
  const std::string pristine = slurp(db);
  for (int i = 0; i < 50; ++i) {
    // Each run starts from the store before the import, so every kill can lose something.
    run("rm -f " + q(db) + "-journal " + q(db) + "-wal " + q(db) + "-shm");
    spit(db, pristine);
    bool k =
        run_and_kill({bin(), "--data", data, "import", "items", t / "items.csv"}, delay_us(rng));
    (k ? killed : finished)++;
    INFO("run " << i);
    REQUIRE(integrity(db) == "ok");
    int now = count_items(db);
    REQUIRE((now == before || now == before + rows));
    if (now == before + rows) ++committed_runs;
  }
  WARN("kill -9 during import (span " << span_us / 1000 << " ms): " << killed << " killed, "
                                      << finished << " finished first; rows present after "
                                      << committed_runs << " of 50 runs");
  auto r = run(q(bin()) + " --data " + q(data) + " import items " + q(t / "items.csv"));
  CHECK(r.code == 0);
  CHECK(count_items(db) == before + rows);
  CHECK(integrity(db) == "ok");
  CHECK(testing::count_files(data, ".docpipe-") == 0);
}
