#include "layout/chart_block.h"

#include <algorithm>
#include <cmath>

#include "layout/set_text.h"

namespace docpipe::layout {

namespace {
constexpr Color bar_color{0.35, 0.35, 0.35};

// One line of text as runs, aligned in [x, x + w).
void put_text(Context& ctx, const std::string& text, fonts::Role role, double size, double x,
              double y, double w, LineAlign align, int line, std::vector<GlyphRun>& out) {
  auto glyphs = make_glyphs(text, {role, size}, ctx.fonts, ctx.at(line), ctx.diags);
  SetLine l;
  l.end = glyphs.size();
  for (const auto& g : glyphs) l.width += g.advance;
  emit_line(glyphs, l, x, y, size, align, w, black, out);
}
}  // namespace

std::vector<Item> chart_block(Context& ctx, const markup::Chart& chart, int line) {
  const PageGeometry& g = ctx.geo;
  std::vector<Item> items;
  if (!chart.title.empty()) {
    Item caption;
    put_text(ctx, chart.title, fonts::Role::heiti, g.chart_caption_size, g.left,
             g.baseline(0, g.chart_caption_size), g.width, LineAlign::center, line, caption.runs);
    caption.keep_with_next = true;
    items.push_back(std::move(caption));
  }
  double max_value = 0;
  for (const auto& b : chart.bars) max_value = std::max(max_value, b.second);
  if (max_value <= 0) max_value = 1;
  const double row = g.pitch() / 2, label_size = g.chart_label_size;
  const double label_w = 8 * label_size;
  const double value_w = 5 * label_size * 0.6;
  const double bar_x = g.left + label_w + label_size / 2;
  const double bar_max = g.right() - bar_x - value_w - label_size / 2;
  // Two bars per grid line; each item holds one grid line so the chart can cross a page.
  for (size_t i = 0; i < chart.bars.size(); i += 2) {
    Item it;
    for (size_t k = i; k < std::min(i + 2, chart.bars.size()); ++k) {
      double top = (k - i) * row;
      double base = PageGeometry::baseline_in(top, row, label_size);
      put_text(ctx, chart.bars[k].first, fonts::Role::fangsong, label_size, g.left, base, label_w,
               LineAlign::right, line, it.runs);
      double w = std::max(0.0, chart.bars[k].second) / max_value * bar_max;
      it.boxes.push_back({bar_x, top + row * 0.2, std::max(w, 0.5), row * 0.6, bar_color});
      put_text(ctx, chart.value_texts[k], fonts::Role::song, label_size, bar_x + w + label_size / 3,
               base, value_w, LineAlign::left, line, it.runs);
    }
    it.rules.push_back({bar_x, 0, bar_x, g.pitch(), 0.5});  // the axis
    it.keep_with_next = i + 2 < chart.bars.size();
    items.push_back(std::move(it));
  }
  return items;
}

}  // namespace docpipe::layout
