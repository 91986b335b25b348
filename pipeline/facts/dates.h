// Dates as 公文 write them: Arabic numerals, year in full, no leading zeros.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace docpipe::facts {

struct Date {
  int year = 0, month = 0, day = 0;
};
struct YearMonth {
  int year = 0, month = 0;
};

// "2026-11-14" (also "2026-1-5"); nullopt unless it is a real calendar date.
std::optional<Date> parse_date(std::string_view text);
// "2026-10"; nullopt unless month is 1..12.
std::optional<YearMonth> parse_year_month(std::string_view text);

std::string chinese_date(const Date& d);        // 2026年11月14日
std::string chinese_month(const YearMonth& m);  // 2026年10月
std::string iso_date(const Date& d);            // 2026-11-14

YearMonth previous_month(const YearMonth& m);  // 2026-01 -> 2025-12
int days_in_month(int year, int month);
Date last_day(const YearMonth& m);

// 期号 of a brief: 2026年第10期（总第363期）
std::string issue_label(int year, int number, int total);

}  // namespace docpipe::facts
