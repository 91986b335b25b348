// Text at the door (issue 17, class 3): what a string entering the store may hold, checked
// once at import (and by `validate` for what is already stored). One list of invisible
// characters that would vanish from a printed document or reorder it: C0/C1 controls, DEL,
// U+2028/9, zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF inside text),
// directional marks and bidi controls (U+200E/F, U+061C, U+202A–U+202E, U+2066–U+2069),
// interlinear annotation (U+FFF9–U+FFFB) and noncharacters (U+FDD0–U+FDEF, U+xFFFE/F). No
// policy allows any of them in the store: official documents print none, and a bidi
// override would show a different text than the one stored. Tab is allowed.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe::source {

// The first such character of valid UTF-8 `s`, or 0.
char32_t forbidden_invisible(const std::string& s);

// One text entering the store by another way than parse_csv (a workbook's cell; a value of
// `units|items|indicators edit` or `units rename` given on the command line): valid UTF-8
// and none of the characters above, else one error at `at` and false. parse_csv applies the
// same list per field itself (it knows the row and column while reading).
bool check_text_at_door(const std::string& text, const Location& at, Diagnostics& diags);

// "U+200B ZERO WIDTH SPACE"-style short name for messages: "U+200B (zero-width)".
std::string describe_invisible(char32_t c);

// UTF-16 without a byte-order mark (some exports): every other byte NUL on ASCII text.
// "UTF-16LE", "UTF-16BE" or "".
std::string utf16_without_bom(const std::string& bytes);

// A file detected as one encoding whose rows do not all decode that way: the 1-based line
// of the first row that does not, or 0. `utf8`: the file was detected as UTF-8 (by its
// first row with non-ASCII text); otherwise as GB18030, where a row that is valid UTF-8
// with non-ASCII text is the stranger (GB18030 would turn it into other characters).
int first_foreign_line(const std::string& bytes, bool& utf8);

}  // namespace docpipe::source
