// ```chart blocks: a bar chart drawn by the engine as vector graphics.
//   title: 各单位得分
//   法规处: 42.5
//   复议处: 38
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "markup/document.h"

namespace docpipe::markup {

// `first_line` is the file line of the block's first content line, for messages.
bool parse_chart(const std::string& literal, int first_line, const std::string& source_name,
                 Chart& out, Diagnostics& diags);

}  // namespace docpipe::markup
