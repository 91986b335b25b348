// Word keeps text in XML, which cannot hold control characters (U+0000–U+001F other than tab
// and line feed, U+FFFE, U+FFFF): a document carrying one is refused before anything is
// written, naming the character and where it came from, instead of producing a file Word
// calls corrupt.
#pragma once
#include "core/diagnostics.h"
#include "markup/document.h"

namespace docpipe::docx {

// Reports each text of `doc` holding such a character; true if there is none.
bool check_text(const markup::Document& doc, Diagnostics& diags);

}  // namespace docpipe::docx
