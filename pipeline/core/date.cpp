#include "core/date.h"

#include <cstdio>

namespace docpipe {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool in_range(int year) {
  return year >= first_year && year <= last_year;
}

}  // namespace

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool Date::operator<(const Date& o) const {
  if (year != o.year) return year < o.year;
  if (month != o.month) return month < o.month;
  return day < o.day;
}

bool Date::operator==(const Date& o) const {
  return year == o.year && month == o.month && day == o.day;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<Date> parse_date(std::string_view text, DateProblem* problem) {
  if (problem) *problem = DateProblem::format;
  // YYYY-MM-DD with two-digit month and day, or YYYY/M/D as Excel writes it.
  char sep = text.find('/') != std::string_view::npos ? '/' : '-';
  size_t a = text.find(sep), b = a == std::string_view::npos ? a : text.find(sep, a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  std::string_view ys = text.substr(0, a), ms = text.substr(a + 1, b - a - 1),
                   ds = text.substr(b + 1);
  if (ys.size() != 4 || !all_digits(ys) || !all_digits(ms) || !all_digits(ds)) return std::nullopt;
  if (ms.size() > 2 || ds.size() > 2) return std::nullopt;
  if (sep == '-' && (ms.size() != 2 || ds.size() != 2)) return std::nullopt;
  Date d{number(ys), number(ms), number(ds)};
  if (problem) *problem = DateProblem::nonexistent;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  if (problem) *problem = DateProblem::out_of_range;
  if (!in_range(d.year)) return std::nullopt;
  if (problem) *problem = DateProblem::none;
  return d;
}

std::string date_complaint(DateProblem problem) {
  switch (problem) {
    case DateProblem::nonexistent:
      return "is not a date that exists";
    case DateProblem::out_of_range:
      return "is outside the years " + std::to_string(first_year) + "–" + std::to_string(last_year);
    default:
      return "is not a date; expected YYYY-MM-DD, e.g. 2026-03-05";
  }
}

std::string date_hint(DateProblem problem) {
  switch (problem) {
    case DateProblem::nonexistent:
      return "check the day and month";
    case DateProblem::out_of_range:
      return "check the year";
    default:
      return "";
  }
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
  if (text.size() < 6 || text.size() > 7 || text[4] != '-') return std::nullopt;
  std::string_view ys = text.substr(0, 4), ms = text.substr(5);
  if (!all_digits(ys) || !all_digits(ms)) return std::nullopt;
  YearMonth m{number(ys), number(ms)};
  if (m.month < 1 || m.month > 12 || !in_range(m.year)) return std::nullopt;
  return m;
}

YearMonth previous_month(const YearMonth& m) {
  return m.month == 1 ? YearMonth{m.year - 1, 12} : YearMonth{m.year, m.month - 1};
}

Date last_day(const YearMonth& m) {
  return {m.year, m.month, days_in_month(m.year, m.month)};
}

}  // namespace docpipe
