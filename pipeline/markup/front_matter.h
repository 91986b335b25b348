// YAML front matter: the document frame (title, 主送, 署名, 成文日期, 版记, 版头 or 简报报头).
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "markup/document.h"

namespace docpipe::markup {

// Splits "---\n<yaml>\n---\n<body>" and parses the YAML into `out`. `body_offset` receives
// the number of lines before the body, so body line numbers can be made file-relative.
// Unknown keys, malformed YAML and impossible dates are errors at file:line:col.
bool parse_front_matter(const std::string& text, const std::string& source_name, FrontMatter& out,
                        std::string& body, int& body_offset, Diagnostics& diags);

}  // namespace docpipe::markup
