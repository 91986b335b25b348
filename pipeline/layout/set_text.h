// Turns broken lines into positioned glyph runs: one run per stretch of glyphs from the same
// face, each starting where its first glyph falls with the line's Tc applied.
#pragma once
#include <vector>

#include "layout/glyphs.h"
#include "layout/line_breaker.h"
#include "layout/page_model.h"

namespace docpipe::layout {

enum class LineAlign { justify, left, center, right };

// Runs for one set line whose left edge is `x` (before indent), baseline `y`.
// For center/right, `box_width` is the width the line is aligned in.
void emit_line(const std::vector<Glyph>& glyphs, const SetLine& line, double x, double y,
               double size, LineAlign align, double box_width, Color color,
               std::vector<GlyphRun>& out);

}  // namespace docpipe::layout
