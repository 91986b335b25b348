#include "facts/dates.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace docpipe::facts {
namespace {

// Splits on '-' into decimal integers; false on anything else.
bool split_numbers(std::string_view text, std::vector<int>& out) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('-', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    int v = 0;
    auto r = std::from_chars(part.data(), part.data() + part.size(), v);
    if (part.empty() || part.size() > 4 || r.ec != std::errc() ||
        r.ptr != part.data() + part.size())
      return false;
    out.push_back(v);
    start = end + 1;
  }
  return true;
}

}  // namespace

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<Date> parse_date(std::string_view text) {
  std::vector<int> n;
  if (!split_numbers(text, n) || n.size() != 3) return std::nullopt;
  if (n[0] < 1000 || n[1] < 1 || n[1] > 12 || n[2] < 1 || n[2] > days_in_month(n[0], n[1]))
    return std::nullopt;
  return Date{n[0], n[1], n[2]};
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
  std::vector<int> n;
  if (!split_numbers(text, n) || n.size() != 2) return std::nullopt;
  if (n[0] < 1000 || n[1] < 1 || n[1] > 12) return std::nullopt;
  return YearMonth{n[0], n[1]};
}

std::string chinese_date(const Date& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

std::string chinese_month(const YearMonth& m) {
  return std::to_string(m.year) + "年" + std::to_string(m.month) + "月";
}

std::string iso_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

YearMonth previous_month(const YearMonth& m) {
  return m.month == 1 ? YearMonth{m.year - 1, 12} : YearMonth{m.year, m.month - 1};
}

Date last_day(const YearMonth& m) {
  return {m.year, m.month, days_in_month(m.year, m.month)};
}

std::string issue_label(int year, int number, int total) {
  return std::to_string(year) + "年第" + std::to_string(number) + "期（总第" +
         std::to_string(total) + "期）";
}

}  // namespace docpipe::facts
