// A long 标题 broken into balanced lines (GB/T 9704 §7.3.1: 梯形或菱形), not left to the word
// processor, which fills the first line and leaves a character or two on the next. Widths
// are counted in characters (a Han character one, ASCII half), since Word measures the
// real face itself; lines never begin with closing punctuation nor split a Latin word or
// a number.
#pragma once
#include <string>

namespace docpipe::docx {

// `text` with '\n' where lines should break, for lines of at most `max_cells` characters;
// unchanged if it fits one line or already holds a '\n'.
std::string balanced_title(const std::string& text, double max_cells);

}  // namespace docpipe::docx
