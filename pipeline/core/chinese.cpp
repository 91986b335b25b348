#include "core/chinese.h"

namespace docpipe {

std::string chinese_date(const Date& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) +
         "日";
}

std::string chinese_month(const YearMonth& m) {
  return std::to_string(m.year) + "年" + std::to_string(m.month) + "月";
}

std::string chinese_numeral(int n) {
  static const char* const digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 0 || n > 99) return std::to_string(n);
  if (n < 10) return digits[n];
  std::string s = n / 10 == 1 ? "" : digits[n / 10];
  s += "十";
  if (n % 10) s += digits[n % 10];
  return s;
}

}  // namespace docpipe
