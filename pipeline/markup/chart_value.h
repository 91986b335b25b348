// The value of one ```chart bar (issue 17, class 4). strtod read "1,234" as 1 and "1.2万"
// as 1.2 — a silently wrong bar. Charts now take one grammar: digits, optionally grouped by
// ',' in threes (7,822), an optional fraction, an optional sign; at most 15 significant
// digits, so the double is exact. Units (万, 亿, %, ‰) are refused with the line: a bar in
// 万 beside bars in units would be drawn 10,000 times too short.
#pragma once
#include <optional>
#include <string>

namespace docpipe::markup {

// The value, or nothing with `problem` saying what is wrong ("has a unit (万)").
std::optional<double> parse_chart_value(const std::string& text, std::string& problem);

}  // namespace docpipe::markup
