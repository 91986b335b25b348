// The one Chinese formatter of dates and small numerals, as 公文 write them (GB/T 9704 §7.3.5:
// the 成文日期 in Arabic numerals, year in full, month and day without a leading zero).
#pragma once
#include <string>

#include "core/date.h"

namespace docpipe {

std::string chinese_date(const Date& d);        // 2026年11月14日
std::string chinese_month(const YearMonth& m);  // 2026年10月

// Small non-negative integers in Chinese numerals (0..99): 3 -> "三", 12 -> "十二",
// 20 -> "二十"; heading numbers (一、（二）) and fixed expressions such as 前三名. Other
// values give Arabic digits.
std::string chinese_numeral(int n);

}  // namespace docpipe
