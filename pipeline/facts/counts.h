// Counts as the reference documents write them.
#pragma once
#include <cstdint>
#include <string>

namespace docpipe::facts {

// Exact integer, no separators: 7822 -> "7822" (GB/T 15835 style for 公文).
std::string exact_count(std::int64_t n);

// Approximate large count; the unit (次, 条, 份) goes after the result.
//   n < 1万               exact                    7822      -> "7822"
//   1万 <= n < 100万      one decimal of 万, cut    49321     -> "4.9万余"   (12000 -> "1.2万")
//   100万 <= n < 1亿      whole 万, cut             2003456   -> "200余万"   (2000000 -> "200万")
//   1亿 <= n < 100亿      one decimal of 亿, cut    230456789 -> "2.3亿余"
//   n >= 100亿            whole 亿, cut             -> "120余亿"
// Digits are cut (never rounded up), and 余 marks that something was cut.
// Negative numbers are given exactly.
std::string approx_count(std::int64_t n);

// 期号 of a brief: 2026年第10期（总第363期）
std::string issue_label(int year, int number, int total);

}  // namespace docpipe::facts
