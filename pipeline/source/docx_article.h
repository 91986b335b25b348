// `docpipe brief add ID FILE.docx`: an article written in Word, read directly (libzip +
// pugixml, as the .xlsx import), as the same Markdown-level text a .md article is:
//   the title (Word's Title style, or a level-1 heading before any text) → `# title`
//   headings → `## …` (level 2 and below move down one, to `####` at most), their own
//     numbering (一、 （一） 1. （1）) dropped: the engine numbers headings
//   paragraphs → paragraphs (a line break inside one → a new line of it)
//   tables → GFM tables, the first row the header
//   bold and italic → ** and *
// An image, drawing, chart or embedded object is refused with its paragraph: a brief prints
// text and tables only. Tracked deletions are left out, insertions kept.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.h"

namespace docpipe::source {

bool is_docx_path(const std::string& path);  // ends in .docx

std::optional<std::string> read_docx_article(const std::string& path, Diagnostics& diags);

}  // namespace docpipe::source
