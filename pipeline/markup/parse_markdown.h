// Markdown (CommonMark + GFM tables, cmark-gfm) with YAML front matter → Document.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "markup/document.h"

namespace docpipe::markup {

// Parses a whole source file. Images, raw HTML and code blocks other than ```chart are
// reported as unsupported at their line. Returns false if any error was reported.
bool parse_document(const std::string& text, const std::string& source_name, Document& out,
                    Diagnostics& diags);

}  // namespace docpipe::markup
