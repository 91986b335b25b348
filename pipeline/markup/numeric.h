// Whether table cells hold figures (right-aligned, per §7.6 practice).
#pragma once
#include <string>

#include "markup/document.h"

namespace docpipe::markup {

// "7822", "-3", "73.51%", "+12.5", "1.2万", "—" (no figure): a figure, optionally signed,
// with a percent sign or a 万/亿 multiplier.
bool looks_numeric(const std::string& cell);

// True if every non-empty body cell of `column` looks numeric and at least one exists.
bool column_is_numeric(const Table& t, size_t column);

}  // namespace docpipe::markup
