// Issue 17, class 7 (the ledger and the store): only `init` creates a store, so an empty,
// truncated or foreign docpipe.db is refused by every other command and no brief number can
// be handed out twice; a far-future brief date needs --force; a draft's date can be
// corrected and a draft withdrawn (void keeps its number, its date no longer blocks);
// issue numbers beyond 999 work everywhere an id is read.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string today = "DOCPIPE_TODAY=2026-12-01";

struct Store : SampleFolder {
  std::string csv = t / "items.csv";
  Store() { spit(csv, "date,unit,title,author,adopted_by,instructions\n2026-11-02,JCS,t,a,,0\n"); }
  Result brief(const std::string& args) { return dp(data, "brief " + args, 120, today); }
  std::string count() { return sql(db, "SELECT count(*) || ' ' || max(total) FROM briefs"); }
};

// `args` on a damaged store: exit 2 with `message`, the file's bytes unchanged, no journal.
void expect_refused(Store& s, const std::string& args, const std::string& message) {
  std::string before = slurp(s.db);
  auto r = dp(s.data, args, 120, today);
  INFO(args << "\n" << r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(slurp(s.db) == before);
  CHECK_FALSE(exists(s.db + "-journal"));
}

}  // namespace

TEST_CASE("class 7: an empty docpipe.db is refused by every command but init") {
  Store s;
  spit(s.db, "");
  for (const std::string& args : std::vector<std::string>{
           "brief new --date 2026-12-10", "import items " + s.csv, "validate", "due",
           "build circular --month 2026-10", "brief list", "build brief --issue 2026-10"}) {
    expect_refused(s, args, "docpipe.db is empty (0 bytes)");
  }
}

TEST_CASE("class 7: a foreign SQLite file (no docpipe schema) is refused, not migrated") {
  Store s;
  run("rm " + q(s.db) + " && sqlite3 " + q(s.db) +
      " 'CREATE TABLE notes(x); INSERT INTO notes "
      "VALUES (1)'");
  expect_refused(s, "brief new --date 2026-12-10", "without a docpipe schema (version 0)");
  expect_refused(s, "import items " + s.csv, "without a docpipe schema");
  CHECK(sql(s.db, "SELECT count(*) FROM sqlite_master") == "1");
}

TEST_CASE("class 7: a foreign SQLite file that sets user_version is refused by its tables") {
  Store s;
  run("rm " + q(s.db) + " && sqlite3 " + q(s.db) +
      " 'CREATE TABLE notes(x); PRAGMA "
      "user_version = 3'");
  expect_refused(s, "brief new --date 2026-12-10", "has no table 'units'");
  expect_refused(s, "brief list", "has no table 'units'");
}

TEST_CASE("class 7: a truncated docpipe.db is refused, numbers are not handed out again") {
  Store s;
  REQUIRE(s.brief("new --date 2026-12-10").out == "2026-12\n");
  std::string whole = slurp(s.db);
  for (size_t keep : {whole.size() / 2, whole.size() - 1000, size_t(4096), size_t(100)}) {
    INFO("kept " << keep << " of " << whole.size() << " bytes");
    spit(s.db, whole.substr(0, keep));
    expect_refused(s, "brief new --date 2026-12-11", "docpipe.db");
  }
}

TEST_CASE("class 7: a text file or a folder named docpipe.db is refused") {
  Store s;
  spit(s.db, "this is not a database\n");
  expect_refused(s, "brief new --date 2026-12-10", "docpipe.db is not a SQLite database");
  run("rm " + q(s.db) + " && mkdir " + q(s.db));
  auto r = dp(s.data, "brief new --date 2026-12-10", 60, today);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("docpipe.db is not a regular file"));
}

TEST_CASE("class 7: a brief dated far ahead needs --force, the ledger is untouched without") {
  Store s;
  std::string before = s.count();
  auto r = s.brief("new --date 2062-12-15");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("date 2062-12-15 is 13163 days after today (2026-12-01)"));
  CHECK_THAT(r.err, Catch::Contains("pass --force if it is right"));
  CHECK(s.count() == before);
  CHECK(s.brief("new --date 2026-12-31").code == 0);  // 30 days: within the limit
  CHECK(s.brief("new --date 2027-03-01 --force").out == "2027-01\n");
  CHECK(integrity(s.db) == "ok");
}

TEST_CASE("class 7: the days-ahead limit is configurable (DOCPIPE_BRIEF_DAYS_AHEAD)") {
  Store s;
  auto r = dp(s.data, "brief new --date 2027-03-01", 60, today + " DOCPIPE_BRIEF_DAYS_AHEAD=120");
  CHECK(r.code == 0);
  auto r2 = dp(s.data, "brief new --date 2027-03-02", 60, today + " DOCPIPE_BRIEF_DAYS_AHEAD=5");
  CHECK(r2.code == 2);
  CHECK_THAT(r2.err, Catch::Contains("limit: 5 days"));
}

TEST_CASE("class 7: a draft's date can be corrected within its year and number order") {
  Store s;
  REQUIRE(s.brief("new --date 2026-12-20").out == "2026-12\n");
  auto r = s.brief("date 2026-12 2026-12-05");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.out == "2026-12 is now dated 2026-12-05\n");
  CHECK(sql(s.db, "SELECT date FROM briefs WHERE id = '2026-12'") == "2026-12-05");
  // The next allocation now accepts a date after the corrected one.
  CHECK(s.brief("new --date 2026-12-06").out == "2026-13\n");
  // Not after the next brief, not before the previous one (2026-11's date).
  CHECK_THAT(s.brief("date 2026-12 2026-12-07").err, Catch::Contains("between its neighbours"));
  std::string prev = sql(s.db, "SELECT date FROM briefs WHERE id = '2026-11'");
  CHECK_THAT(s.brief("date 2026-12 2026-01-02").err, Catch::Contains(prev + " to 2026-12-06"));
  CHECK(integrity(s.db) == "ok");
}

TEST_CASE("class 7: a draft's date cannot move it into another year, nor be far ahead") {
  Store s;
  REQUIRE(s.brief("new --date 2026-12-20").code == 0);
  auto r = s.brief("date 2026-12 2025-12-31");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("would move it to another year's numbering"));
  auto far = s.brief("date 2026-12 2026-12-31");
  CHECK(far.code == 0);
  CHECK(sql(s.db, "SELECT date FROM briefs WHERE id = '2026-12'") == "2026-12-31");
}

TEST_CASE("class 7: an issued brief's date cannot be corrected") {
  Store s;
  auto r = s.brief("date 2026-10 2026-10-20");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("2026-10"));
  CHECK(sql(s.db, "SELECT status FROM briefs WHERE id = '2026-10'") == "issued");
}

TEST_CASE("class 7: a typo far ahead, forced, is voided and no longer blocks the ledger") {
  Store s;
  REQUIRE(s.brief("new --date 2062-12-15 --force").out == "2062-01\n");
  // Before the fix a void brief's date still ordered the calendar: 2026 was refused for ever.
  CHECK_THAT(s.brief("new --date 2026-12-15").err, Catch::Contains("before the latest"));
  CHECK(s.brief("void 2062-01 --reason 年份录入错误").code == 0);
  auto r = s.brief("new --date 2026-12-15");
  INFO(r.err);
  CHECK(r.out == "2026-12\n");
  // The void brief keeps its 总第 number: the new one follows it, nothing is reused.
  CHECK(sql(s.db,
            "SELECT group_concat(id || ':' || total || ':' || status, ' ') FROM (SELECT * "
            "FROM briefs WHERE total > 441 ORDER BY total)") ==
        "2062-01:442:void 2026-12:443:draft");
}

TEST_CASE("class 7: a withdrawn draft keeps its number as void") {
  Store s;
  REQUIRE(s.brief("new --date 2026-12-10").out == "2026-12\n");
  auto v = s.brief("void 2026-12 --reason 撤回");
  CHECK(v.code == 0);
  CHECK(s.brief("new --date 2026-12-11").out == "2026-13\n");
  CHECK_THAT(s.brief("list --year 2026").out, Catch::Contains("2026-12"));
  CHECK(sql(s.db, "SELECT status FROM briefs WHERE id = '2026-12'") == "void");
}

TEST_CASE("class 7: issue numbers beyond 999 work in new, add, list, issue, build and void") {
  Store s;
  // 999 briefs were numbered earlier this year (the sample's three, adopted by the first
  // ledger command, then one row standing for the rest, as the ledger writes them).
  REQUIRE(s.brief("list").code == 0);
  REQUIRE(run("sqlite3 " + q(s.db) +
              " \"INSERT INTO briefs (series, id, year, issue, total, date, status, void_reason) "
              "VALUES ('政府法制工作简报', '2026-999', 2026, 999, 442, '2026-11-30', 'void', "
              "'test')\"")
              .code == 0);
  REQUIRE(s.brief("new --date 2026-12-02").out == "2026-1000\n");
  spit(s.t / "a.md", "# 千期稿件\n\n正文。\n");
  CHECK(s.brief("add 2026-1000 " + q(s.t / "a.md") + " --source 办公室").code == 0);
  CHECK_THAT(s.brief("list --year 2026").out, Catch::Contains("第1000期"));
  auto issued = dp(s.data, "brief issue 2026-1000 --out " + q(s.t / "out"), 120, today);
  INFO(issued.err);
  CHECK(issued.code == 0);
  CHECK(qpdf_check(s.t / "out/brief-2026-1000.pdf") == 0);
  auto rebuilt = dp(s.data, "build brief --issue 2026-1000 --out " + q(s.t / "re"), 120, today);
  INFO(rebuilt.err);
  CHECK(rebuilt.code == 0);
  CHECK(slurp(s.t / "re/brief-2026-1000.pdf") == slurp(s.t / "out/brief-2026-1000.pdf"));
  CHECK(s.brief("void 2026-1000 --reason 测试").code == 0);
  CHECK(s.brief("date 2026-99999 2026-12-02").err.find("not a brief id") == std::string::npos);
  CHECK_THAT(s.brief("void 2026-100000 --reason x").err, Catch::Contains("not a brief id"));
  CHECK(integrity(s.db) == "ok");
}
