// Numbering: parallel allocation, crashes, year roll-over, void — with real processes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <vector>

#include "fixture.h"

using ledger_test::Folder;

TEST_CASE("eight brief new started at once get consecutive numbers, no gaps, no duplicates") {
  Folder f;
  std::string cmd = "cd '" + f.t.path + "' && export DOCPIPE_TODAY=2026-12-01 && { ";
  for (int i = 0; i < 8; ++i) {
    std::string n = std::to_string(i);
    cmd += "(" + testing::docpipe() + " --data data brief new --date 2026-12-10 >out" + n +
           " 2>err" + n + "; echo $? >rc" + n + ") & ";
  }
  cmd += "wait; }";
  REQUIRE(testing::run(cmd).code == 0);
  std::vector<std::string> ids;
  for (int i = 0; i < 8; ++i) {
    std::string n = std::to_string(i);
    INFO("process " << n << ": " << testing::slurp(f.path("err" + n)));
    CHECK(testing::slurp(f.path("rc" + n)) == "0\n");
    ids.push_back(testing::slurp(f.path("out" + n)));
  }
  std::sort(ids.begin(), ids.end());
  for (int i = 0; i < 8; ++i) CHECK(ids[i] == "2026-" + std::to_string(12 + i) + "\n");
  // 总第: the sample's three YAML briefs are 439..441, so 442..449.
  CHECK(f.sql("SELECT group_concat(total, ' ') FROM (SELECT total FROM briefs ORDER BY total)") ==
        "439 440 441 442 443 444 445 446 447 448 449\n");
}

TEST_CASE("a crash between allocation and issue leaves a draft, never a gap", "[hooks]") {
  Folder f;
  std::string id = f.draft("2026-12-10");
  REQUIRE(id == "2026-12");
  // kill -9 between render and commit (DOCPIPE_TEST_CRASH_AFTER=render: _exit(137)).
  auto crash = f.brief("issue 2026-12", "DOCPIPE_TEST_CRASH_AFTER=render");
  CHECK(crash.code == 137);
  CHECK_FALSE(testing::exists(f.path("output/brief-2026-12.pdf")));
  CHECK(testing::count_files(f.path("output"), ".") == 0);
  auto list = f.brief("list --year 2026");
  CHECK(list.out.find("2026-12  2026-12-10  第12期（总第442期）  draft\n  1. 测试稿件\n") !=
        std::string::npos);
  // Allocation without issue, then another allocation: no number skipped.
  CHECK(f.brief("new --date 2026-12-11").out == "2026-13\n");
  CHECK(f.brief("list").out.find("2026-13  2026-12-11  第13期（总第443期）  draft") !=
        std::string::npos);
  // The crashed draft can still be issued.
  auto issued = f.brief("issue 2026-12");
  INFO(issued.err);
  CHECK(issued.code == 0);
  CHECK(issued.out == "output/brief-2026-12.pdf\n");
}

TEST_CASE("the first brief dated in a new year is 第1期 and its 总第 continues") {
  Folder f;
  CHECK(f.brief("new --date 2026-12-10").out == "2026-12\n");
  CHECK(f.brief("new --date 2027-01-05").out == "2027-01\n");
  CHECK(f.brief("new --date 2027-01-20").out == "2027-02\n");
  auto list = f.brief("list --year 2027");
  CHECK(list.code == 0);
  CHECK(list.out ==
        "2027-01  2027-01-05  第1期（总第443期）  draft\n"
        "2027-02  2027-01-20  第2期（总第444期）  draft\n");
  // Numbers follow the calendar: a date back in 2026 would number out of order.
  auto back = f.brief("new --date 2026-12-31");
  CHECK(back.code == 2);
  CHECK(back.err.find("error: date 2026-12-31 is before the latest brief's date 2027-01-20") == 0);
}

TEST_CASE("void keeps the number, which is never reused") {
  Folder f;
  f.draft("2026-12-10");
  auto v = f.brief("void 2026-12 --reason 重复编号");
  CHECK(v.code == 0);
  CHECK(f.brief("new --date 2026-12-12").out == "2026-13\n");
  auto list = f.brief("list --year 2026");
  CHECK(list.out.find("2026-12  2026-12-10  第12期（总第442期）  void: 重复编号\n") !=
        std::string::npos);
  CHECK(list.out.find("2026-13  2026-12-12  第13期（总第443期）  draft\n") != std::string::npos);
  // An issued brief can be voided too; a void one cannot change or be voided again.
  auto again = f.brief("void 2026-12 --reason x");
  CHECK(again.code == 2);
  CHECK(again.err.find("error: brief 2026-12 is already void (重复编号)") == 0);
  CHECK(f.brief("void 2026-11 --reason 内容有误").code == 0);
  CHECK(f.brief("add 2026-12 " + f.article("b.md", "补充") + " --source 办公室").code == 2);
  CHECK(f.brief("void 2026-13").err.find("error: brief void needs a reason") == 0);
}

TEST_CASE("the database itself refuses to delete a brief or change its number") {
  Folder f;
  f.draft("2026-12-10");
  auto del = testing::run("sqlite3 '" + f.path("data/docpipe.db") +
                          "' \"DELETE FROM briefs WHERE id = '2026-12'\"");
  CHECK(del.code != 0);
  CHECK(del.err.find("brief numbers are permanent") != std::string::npos);
  auto renumber = testing::run("sqlite3 '" + f.path("data/docpipe.db") +
                               "' \"UPDATE briefs SET total = 999 WHERE id = '2026-12'\"");
  CHECK(renumber.code != 0);
  f.brief("issue 2026-12");
  auto edit = testing::run("sqlite3 '" + f.path("data/docpipe.db") +
                           "' \"UPDATE brief_articles SET title = 'x' WHERE brief = '2026-12'\"");
  CHECK(edit.code != 0);
  CHECK(edit.err.find("articles of an issued or void brief cannot change") != std::string::npos);
}

TEST_CASE("a changed total_before or a renamed series is refused, not renumbered") {
  Folder f;
  f.draft("2026-12-10");
  std::string series = testing::slurp(f.path("data/briefs/series.yaml"));
  std::string moved = series;
  moved.replace(moved.find("total_before: 438"), 17, "total_before: 400");
  testing::spit(f.path("data/briefs/series.yaml"), moved);
  auto r = f.brief("new --date 2026-12-20");
  CHECK(r.code == 2);
  CHECK(r.err.find("total_before in briefs/series.yaml must stay 438") != std::string::npos);
  std::string renamed = series;
  renamed.replace(renamed.find("name: 政府法制工作简报"), 30, "name: 法治工作简报");
  testing::spit(f.path("data/briefs/series.yaml"), renamed);
  r = f.brief("new --date 2026-12-20");
  CHECK(r.code == 2);
  CHECK(r.err.find("the ledger numbers the series 政府法制工作简报, but series.yaml names "
                   "法治工作简报") != std::string::npos);
  CHECK(f.sql("SELECT count(*) FROM briefs") == "4\n");
}
