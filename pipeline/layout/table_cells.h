// A table cell's text measured the way CSS's automatic table layout measures it: where the
// text may break (禁则 and word boundaries), its preferred width (the text on one line) and
// its minimum width (its longest unbreakable piece: a word, a figure, `GB/T 9704-2012`), and
// for figures the widths on either side of the decimal point.
#pragma once
#include <string>
#include <vector>

#include "layout/glyphs.h"
#include "layout/line_breaker.h"

namespace docpipe::layout {

// Where a cell may break: between words (ICU's dictionary word boundaries for Chinese, so
// 行政复议 stays whole), or, in a table too wide for any page, wherever 禁则 allow.
// header_words: words in the header row only; a body cell keeps every 禁则 break, so its
// minimum is at most the true one. Only for measuring a table whose body cells will all stand
// on one line, where no body break is taken and no body minimum decides a width: it spares
// loading ICU's dictionary (several ms, once per process) for such tables.
enum class CellBreaks { words, characters, header_words };

struct CellText {
  std::vector<Glyph> glyphs;
  std::vector<bool> breaks;     // breaks[i]: a line may end before glyph i
  std::vector<bool> emergency;  // the 禁则-only breaks, for a piece wider than its cell
  double preferred = 0;         // the whole text on one line
  double minimum = 0;           // the longest piece between two breaks
  // A figure (looks_numeric, or — / empty): the width up to its decimal point (the whole
  // figure when it has none, a `%` or 万 after it) and from the point on.
  bool figure = false;
  double before_point = 0, after_point = 0;
};

// `names` (the data's units, LayoutOptions::whole_names) are kept whole like a word unless the
// cell breaks between characters: 行政执法协调监督处 never ends a line at 协调.
CellText measure_cell(std::vector<Glyph> glyphs, CellBreaks mode,
                      const std::vector<std::u32string>& names = {});

// The cell's lines in `width`: first fit over its breaks; a piece wider than the cell (only
// in a table too wide for any page) is cut where 禁则 allow. Lines carry no tracking.
std::vector<SetLine> cell_lines(const CellText& cell, double width);

}  // namespace docpipe::layout
