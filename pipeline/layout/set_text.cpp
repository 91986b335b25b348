#include "layout/set_text.h"

#include "layout/flow.h"

namespace docpipe::layout {

void emit_line(const std::vector<Glyph>& glyphs, const SetLine& line, double x, double y,
               double size, LineAlign align, double box_width, Color color,
               std::vector<GlyphRun>& out) {
  double pen = x + line.indent;
  if (align == LineAlign::center) pen = x + (box_width - line.width) / 2;
  if (align == LineAlign::right) pen = x + box_width - line.width;
  GlyphRun* run = nullptr;
  for (size_t i = line.begin; i < line.end; ++i) {
    const Glyph& g = glyphs[i];
    // The spacing after this glyph: a half-width run keeps its font's widths. A run carries
    // one Tc, so a change of spacing starts a new run.
    bool tight = line.tight_runs && i + 1 < line.end && tight_gap(glyphs, i);
    double space = tight ? line.tight_space : line.char_space;
    if (!run || run->face != g.face || run->char_space != space) {
      out.push_back(GlyphRun{g.face, size, pen, y, space, "", color});
      run = &out.back();
    }
    run->text += encode_utf8(g.cp);
    if (g.selector) run->text += encode_utf8(g.selector);
    pen += g.advance + space;
  }
}

void shift(Item& item, double dy) {
  for (auto& r : item.runs) r.y += dy;
  for (auto& r : item.rules) r.y0 += dy, r.y1 += dy;
  for (auto& b : item.boxes) b.y += dy;
  for (auto& i : item.images) i.y += dy;
  if (item.bookmark) item.bookmark->y += dy;
}

}  // namespace docpipe::layout
