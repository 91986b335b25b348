// Breaks a paragraph's glyphs into lines over the 禁则-tailored break opportunities (§5.2.3).
// Justified text is broken paragraph-wide (line_breaker.cpp): every line spread by at most one
// cell, or compressed by at most one character only where a 禁则 or a word kept whole forbids
// its natural break (never to more characters than it has cells), earlier lines ending sooner
// where that lets a wide word go down whole; where no choice keeps the limits, the worst line
// is as good as any choice allows. Ragged text is broken first fit. Full lines end exactly at
// the right edge.
#pragma once
#include <vector>

#include "layout/glyphs.h"
#include "layout/kinsoku.h"

namespace docpipe::layout {

struct LineSpec {
  double width;             // available width of every line
  double first_indent = 0;  // extra indent of the first line (2 cells for a paragraph)
  double tracking = 0;      // base Tc: puts characters on the grid
  double cell = 16;         // one grid character, the unit of pull-up allowance
  bool justify = true;      // full lines spread to the right edge
  size_t max_chars = 0;  // on the grid: no line may hold more full-width characters (0 = no limit)
};

// Whether the gap after glyph i belongs to a half-width run (both neighbours half-width, or
// one of them the space inside such a run, as in `GB/T 9704-2012`).
bool tight_gap(const std::vector<Glyph>& glyphs, size_t i);

struct SetLine {
  size_t begin = 0, end = 0;  // glyph range [begin, end), forced '\n' excluded
  double indent = 0;
  double char_space = 0;  // Tc for this line
  // Half-width runs (`14.52%`): between two half-width glyphs the spacing is `tight_space`
  // (their font's own widths), never the spread of the line; off for lines set by hand.
  bool tight_runs = false;
  double tight_space = 0;
  bool justified = false;
  double width = 0;  // visible width with char_space applied
};

std::vector<SetLine> break_lines(const std::vector<Glyph>& glyphs, const LineSpec& spec);

}  // namespace docpipe::layout
