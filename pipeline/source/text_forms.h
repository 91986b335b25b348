// Text forms of the model's values: dates, exact decimals, counts, UTF-8 checks. One place
// decides what a well-formed value looks like, so CSV, YAML and SQLite agree.
#pragma once
#include <optional>
#include <string>

#include "source/model.h"

namespace docpipe::source {

enum class DateProblem { none, format, nonexistent };
// "2026-03-05" or Excel's "2026/3/5". `problem` tells a malformed text from 2026-02-30.
std::optional<Date> parse_date(const std::string& text, DateProblem* problem = nullptr);
// The local calendar date from the clock (the cli's today_date() lets --today or DOCPIPE_TODAY
// stand in for it).
Date today();

// Non-negative decimal: digits, optionally '.' and up to 6 more digits. No sign, no
// exponent, no thousands separators.
std::optional<Decimal> parse_decimal(const std::string& text);
// Non-negative integer that fits in an int.
std::optional<int> parse_count(const std::string& text);

bool is_valid_utf8(const std::string& s);
size_t utf8_length(const std::string& s);  // in code points
std::string trim(const std::string& s);    // ASCII spaces and tabs, and U+3000

}  // namespace docpipe::source
