// Issue 17, class 11 (dates at the door): every date a user or a file gives goes through
// core/date.h's one parser (real calendar dates, years 1949–2100) — including the ones this
// issue added (brief date, due --today, DOCPIPE_TODAY) — and is refused where it enters.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

struct Folder : SampleFolder {
  std::string before = slurp(db);
};

void expect_refused(Folder& f, const Result& r, const std::string& message) {
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(slurp(f.db) == f.before);
}

}  // namespace

TEST_CASE("class 11: brief new refuses a year past 2100 and a day that does not exist") {
  Folder f;
  expect_refused(f, dp(f.data, "brief new --date 2101-01-05 --force", 60, clock_env),
                 "--date '2101-01-05' is not a date");
  expect_refused(f, dp(f.data, "brief new --date 2026-02-30", 60, clock_env),
                 "--date '2026-02-30' is not a date");
}

TEST_CASE("class 11: brief date refuses 1948 and 2026-13-01") {
  Folder f;
  REQUIRE(dp(f.data, "brief new --date 2026-12-10", 60, clock_env).code == 0);
  std::string before = slurp(f.db);
  for (const char* d : {"1948-12-31", "2026-13-01", "2026-12-32"}) {
    auto r = dp(f.data, std::string("brief date 2026-12 ") + d, 60, clock_env);
    INFO(d << "\n" << r.err);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("is not a date"));
  }
  CHECK(slurp(f.db) == before);
}

TEST_CASE("class 11: due --today and DOCPIPE_TODAY outside the range are errors") {
  Folder f;
  expect_refused(f, dp(f.data, "due --today 1900-01-01 --out " + q(f.t / "out"), 60, clock_env),
                 "--today '1900-01-01' is not a date");
  expect_refused(f, dp(f.data, "due --out " + q(f.t / "out"), 60, "DOCPIPE_TODAY=2101-06-01"),
                 "DOCPIPE_TODAY='2101-06-01' is not a date");
  CHECK_FALSE(exists(f.t / "out"));
}

TEST_CASE("class 11: an imported item dated 1948 or 2026-02-29 is refused by row") {
  Folder f;
  for (const char* d : {"1948-10-01", "2026-02-29", "2101-01-01"}) {
    spit(f.t / "i.csv", std::string("date,unit,title,author,adopted_by,instructions\n") + d +
                            ",JCS,标题,作者,,0\n");
    auto r = dp(f.data, "import items " + q(f.t / "i.csv") + " --today 2026-12-01");
    INFO(d);
    expect_refused(f, r, "i.csv:2:1: error:");
  }
}

TEST_CASE("class 11: a front-matter date that does not exist is refused at its line") {
  Folder f;
  spit(f.t / "a.md", "---\ntitle: 通知\ndate: 2026-02-30\n---\n\n正文。\n");
  auto r = dp(f.data, "render " + q(f.t / "a.md") + " -o " + q(f.t / "a.pdf"));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("a.md:3:"));
  CHECK_FALSE(exists(f.t / "a.pdf"));
}

TEST_CASE("class 11: build --issue with a year past 2100 is refused") {
  Folder f;
  auto r = dp(f.data, "build brief --issue 2101-01 --out " + q(f.t / "out"));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("needs --issue"));
}

TEST_CASE("class 11: a stored item with an impossible date is reported by validate") {
  Folder f;
  run("sqlite3 " + q(f.db) + " \"UPDATE register_items SET date = '2026-02-30' WHERE id = 4\"");
  auto r = dp(f.data, "validate");
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("2026-02-30"));
}
