// Issue 17, class 8 (the schedule): `due` renders only what has closed by the clock (a
// --today ahead of it only within --horizon), at most --max-periods new periods per run, an
// empty month only after --grace days or with --allow-empty; a malformed DOCPIPE_TODAY is
// an error for every command.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

struct Folder : SampleFolder {
  Result due(const std::string& args, const std::string& env = clock_env) {
    return dp(data, "due --jobs 1 --out " + q(t / "out") + " " + args, 600, env);
  }
  std::string produced() {
    // The register's periodic documents (the 任务台账's progress reports are counted apart).
    return sql(db,
               "SELECT count(*) FROM produced_documents WHERE path IS NOT NULL AND kind <> "
               "'progress'");
  }
  void empty_november() {
    REQUIRE(run("sqlite3 " + q(db) +
                " \"DELETE FROM item_adoptions WHERE item IN (SELECT id FROM register_items "
                "WHERE date LIKE '2026-11%'); DELETE FROM register_items WHERE date LIKE "
                "'2026-11%'\"")
                .code == 0);
  }
};

// Nothing rendered, nothing recorded, nothing left in the output folder.
void expect_nothing(Folder& f, const Result& r, const std::string& message) {
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(f.produced() == "0");
  CHECK(snapshot(f.t / "out").empty());
  CHECK(integrity(f.db) == "ok");
}

}  // namespace

TEST_CASE("class 8: --today far after the clock is refused, nothing rendered or recorded") {
  Folder f;
  expect_nothing(f, f.due("--today 2027-06-01"),
                 "--today 2027-06-01 is 182 days after the clock (2026-12-01)");
}

TEST_CASE("class 8: --today one day ahead is refused with --horizon 0") {
  Folder f;
  expect_nothing(f, f.due("--today 2026-12-02 --horizon 0"), "raise --horizon (now 0 days)");
}

TEST_CASE("class 8: --today before the clock is always allowed") {
  Folder f;
  auto r = f.due("--today 2026-03-02");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(f.produced() == "2");  // January and February
  CHECK(qpdf_check(f.t / "out/circular-2026-02.pdf") == 0);
}

TEST_CASE("class 8: a malformed DOCPIPE_TODAY is an error for every command") {
  Folder f;
  std::string before = slurp(f.db);
  for (const char* value : {"2026-13-45", "yesterday", "2026/12/1x", " "}) {
    for (const char* args : {"due", "brief new", "import items /dev/null", "validate"}) {
      auto r = dp(f.data, args, 60, std::string("DOCPIPE_TODAY=") + q(value));
      INFO(value << " / " << args << "\n" << r.err);
      CHECK(r.code == 2);
      CHECK_THAT(r.err, Catch::Contains("DOCPIPE_TODAY='" + std::string(value) +
                                        "' is not a date; nothing was done"));
    }
  }
  CHECK(slurp(f.db) == before);
}

TEST_CASE("class 8: an item dated decades back is capped by --max-periods, nothing rendered") {
  Folder f;
  REQUIRE(run("sqlite3 " + q(f.db) +
              " \"INSERT INTO register_items (date, unit, title) VALUES ('1990-01-05', 'BGS', "
              "'录入错误')\"")
              .code == 0);
  expect_nothing(f, f.due(""), "periods are due (1990-01 to 2026-H1; progress reports");
  CHECK_THAT(f.due("").err, Catch::Contains("more than --max-periods 48; nothing was rendered"));
}

TEST_CASE("class 8: a plan dated decades back is capped too: progress reports count") {
  Folder f;
  // A typo in tasks.yaml's plan date would start the quarterly 进展情况通报 in 1990.
  std::string tasks = slurp(f.data + "/tasks.yaml");
  auto at = tasks.find("date: 2026-02-16");
  REQUIRE(at != std::string::npos);
  spit(f.data + "/tasks.yaml", tasks.replace(at, 16, "date: 1990-02-16"));
  expect_nothing(f, f.due(""), "periods are due (2026-01 to 2026-H1; progress reports 1990-Q1 to");
  CHECK(sql(f.db, "SELECT count(*) FROM produced_documents") == "0");
}

TEST_CASE("class 8: --max-periods counts only periods not yet produced") {
  Folder f;
  // 15 of the register's documents and the 任务台账's three quarterly progress reports.
  expect_nothing(f, f.due("--max-periods 17"),
                 "18 periods are due (2026-01 to 2026-H1; progress reports 2026-Q1 to 2026-Q3)");
  auto all = f.due("--max-periods 18");
  INFO(all.err);
  CHECK(all.code == 0);
  CHECK(f.produced() == "15");
  CHECK(sql(f.db, "SELECT count(*) FROM produced_documents WHERE kind = 'progress'") == "3");
  auto again = f.due("--max-periods 0");
  CHECK(again.code == 0);
  CHECK(again.out == "nothing due\n");
}

TEST_CASE("class 8: a month with no entries waits for the grace period") {
  Folder f;
  f.empty_november();
  auto r = f.due("");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK_THAT(r.err, Catch::Contains("note: 2026-11 has no register entries; not produced until"));
  CHECK_FALSE(exists(f.t / "out/circular-2026-11.pdf"));
  CHECK(exists(f.t / "out/circular-2026-10.pdf"));
  CHECK(sql(f.db, "SELECT count(*) FROM produced_documents WHERE period = '2026-11'") == "0");
  // Fifteen days after it closed (and --today within the horizon): produced, and recorded.
  auto later = f.due("--today 2026-12-15");
  INFO(later.err);
  CHECK(later.code == 0);
  CHECK(qpdf_check(f.t / "out/circular-2026-11.pdf") == 0);
  CHECK(sql(f.db, "SELECT count(*) FROM produced_documents WHERE period = '2026-11'") == "1");
}

TEST_CASE("class 8: --allow-empty produces the empty month at once, --grace is configurable") {
  Folder f;
  f.empty_november();
  auto grace = f.due("--grace 0");
  INFO(grace.err);
  CHECK(exists(f.t / "out/circular-2026-11.pdf"));
  Folder g;
  g.empty_november();
  auto allow = g.due("--allow-empty");
  INFO(allow.err);
  CHECK(allow.code == 0);
  CHECK(qpdf_check(g.t / "out/circular-2026-11.pdf") == 0);
}

TEST_CASE("class 8: malformed due limits are errors") {
  Folder f;
  expect_nothing(f, f.due("--max-periods -1"), "--max-periods '-1' is not a whole number");
  expect_nothing(f, f.due("--grace ten"), "--grace 'ten' is not a whole number");
  expect_nothing(f, f.due("--horizon 99999"), "--horizon '99999' is not a whole number");
}
