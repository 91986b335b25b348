// Text forms of the model's values beyond core's dates and decimals (core/date.h,
// core/decimal.h): figures, counts, UTF-8 checks. One place decides what a well-formed value
// looks like, so CSV, YAML and SQLite agree.
#pragma once
#include <optional>
#include <string>

#include "source/model.h"

namespace docpipe::source {

// The local calendar date from the clock (the cli's today_date() lets --today or DOCPIPE_TODAY
// stand in for it).
Date today();

// A figure of the data: a non-negative decimal (core/decimal.h) written as up to 12 digits,
// optionally '.' and up to 6 more. No sign, no exponent, no thousands separators.
std::optional<Decimal> parse_amount(const std::string& text);
// Non-negative integer that fits in an int.
std::optional<int> parse_count(const std::string& text);

bool is_valid_utf8(const std::string& s);
size_t utf8_length(const std::string& s);  // in code points
std::string trim(const std::string& s);    // ASCII spaces and tabs, and U+3000

}  // namespace docpipe::source
