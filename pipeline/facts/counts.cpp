#include "facts/counts.h"

namespace docpipe::facts {
namespace {

// n / unit with one decimal, cut; "余" after the unit word when not exact.
std::string one_decimal(std::int64_t n, std::int64_t unit, const char* word) {
  std::int64_t tenths = n / (unit / 10);
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10 != 0) s += "." + std::to_string(tenths % 10);
  s += word;
  if (tenths * (unit / 10) != n) s += "余";
  return s;
}

// Whole units, cut; "余" before the unit word when not exact.
std::string whole(std::int64_t n, std::int64_t unit, const char* word) {
  std::int64_t q = n / unit;
  return std::to_string(q) + (q * unit != n ? "余" : "") + word;
}

}  // namespace

std::string exact_count(std::int64_t n) {
  return std::to_string(n);
}

std::string approx_count(std::int64_t n) {
  constexpr std::int64_t wan = 10000, yi = 100000000;
  if (n < wan) return exact_count(n);
  if (n < 100 * wan) return one_decimal(n, wan, "万");
  if (n < yi) return whole(n, wan, "万");
  if (n < 100 * yi) return one_decimal(n, yi, "亿");
  return whole(n, yi, "亿");
}

std::string issue_label(int year, int number, int total) {
  return std::to_string(year) + "年第" + std::to_string(number) + "期（总第" +
         std::to_string(total) + "期）";
}

}  // namespace docpipe::facts
