// Calendar dates: the one Date of the pipeline, the one parser and the one rule for what a
// date may be. Every way a date comes in (CSV import, data YAML, front matter, --today,
// DOCPIPE_TODAY, the database) goes through parse_date, so they all accept and refuse alike.
//
// A date is a real calendar date (no 2026-02-30) with a year from first_year to last_year:
// documents of this office are dated in the People's Republic, and a year past 2100 is a
// typing mistake, not a plan.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace docpipe {

constexpr int first_year = 1949, last_year = 2100;

struct Date {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // "2026-03-05"
  bool operator<(const Date& o) const;
  bool operator==(const Date& o) const;
  bool operator!=(const Date& o) const { return !(*this == o); }
  bool operator<=(const Date& o) const { return !(o < *this); }
};

// A calendar month: the period of a monthly circular.
struct YearMonth {
  int year = 0, month = 0;
};

enum class DateProblem {
  none,
  format,        // not YYYY-MM-DD (or Excel's YYYY/M/D)
  nonexistent,   // 2026-02-30, month 13
  out_of_range,  // a year before first_year or after last_year
};

// "2026-03-05" or Excel's "2026/3/5"; nothing unless it is a date by the rule above.
// `problem` says which rule the text broke.
std::optional<Date> parse_date(std::string_view text, DateProblem* problem = nullptr);
// For messages about a date refused with `problem`: what is wrong ("is not a date that
// exists") and how to fix it ("check the day and month"; empty for a malformed text, whose
// complaint already shows the form).
std::string date_complaint(DateProblem problem);
std::string date_hint(DateProblem problem);

// "2026-10"; nothing unless the month is 1..12 and the year in range.
std::optional<YearMonth> parse_year_month(std::string_view text);

int days_in_month(int year, int month);
YearMonth previous_month(const YearMonth& m);  // 2026-01 -> 2025-12
Date last_day(const YearMonth& m);

}  // namespace docpipe
