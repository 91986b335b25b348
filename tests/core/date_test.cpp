#include <catch2/catch.hpp>

#include "core/chinese.h"
#include "core/date.h"

using namespace docpipe;

TEST_CASE("chinese numerals for fixed expressions", "[core][counts]") {
  CHECK(chinese_numeral(3) == "三");
  CHECK(chinese_numeral(10) == "十");
  CHECK(chinese_numeral(12) == "十二");
  CHECK(chinese_numeral(20) == "二十");
  CHECK(chinese_numeral(99) == "九十九");
  CHECK(chinese_numeral(100) == "100");
}

TEST_CASE("dates in Arabic numerals without leading zeros", "[core][dates]") {
  CHECK(chinese_date(*parse_date("2026-11-14")) == "2026年11月14日");
  CHECK(chinese_date(*parse_date("2026-03-05")) == "2026年3月5日");
  CHECK(chinese_month(*parse_year_month("2026-10")) == "2026年10月");
  CHECK(chinese_month(*parse_year_month("2026-01")) == "2026年1月");
  CHECK(parse_date("2026/3/5")->iso() == "2026-03-05");  // as Excel writes it
  CHECK(parse_date("2024-02-29"));
  for (const char* bad :
       {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1", "26-x-1", "", "2026-10-32", "2026-3-5"})
    CHECK_FALSE(parse_date(bad));
  CHECK_FALSE(parse_year_month("2026-13"));
  CHECK_FALSE(parse_year_month("2026"));
}

TEST_CASE("dates outside 1949-2100 are refused as out of range, with their own hint",
          "[core][dates]") {
  DateProblem p;
  CHECK(parse_date("1949-01-01", &p));
  CHECK(parse_date("2100-12-31", &p));
  for (const char* far : {"1948-12-31", "2101-01-01", "0026-03-05", "9999-12-31"}) {
    INFO(far);
    CHECK_FALSE(parse_date(far, &p));
    CHECK(p == DateProblem::out_of_range);
    CHECK(date_hint(p) == "check the year");
  }
  CHECK_FALSE(parse_year_month("2101-01"));
  CHECK_FALSE(parse_date("2026-02-29", &p));
  CHECK(p == DateProblem::nonexistent);
  CHECK(date_complaint(p) == "is not a date that exists");
}

TEST_CASE("dates must exist, and malformed text is told apart from impossible days",
          "[core][dates]") {
  DateProblem p;
  CHECK(parse_date("2026-03-05", &p)->iso() == "2026-03-05");
  CHECK(parse_date("2026/3/5")->iso() == "2026-03-05");
  CHECK(parse_date("2024-02-29"));
  CHECK_FALSE(parse_date("2026-02-29", &p));
  CHECK(p == DateProblem::nonexistent);
  CHECK_FALSE(parse_date("2026-02-30", &p));
  CHECK(p == DateProblem::nonexistent);
  CHECK_FALSE(parse_date("2026-13-01", &p));
  CHECK(p == DateProblem::nonexistent);
  CHECK_FALSE(parse_date("2026-3-5", &p));
  CHECK(p == DateProblem::format);
  CHECK_FALSE(parse_date("3月5日", &p));
  CHECK(p == DateProblem::format);
}
