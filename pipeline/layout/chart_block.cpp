#include "layout/chart_block.h"

#include <algorithm>
#include <cmath>

#include "layout/frame.h"
#include "layout/set_text.h"
#include "layout/text_block.h"

namespace docpipe::layout {

namespace {
constexpr Color bar_color{0.35, 0.35, 0.35};
constexpr double label_leading = 1.2;  // em between a two-line label's baselines

double width_of(const std::vector<Glyph>& glyphs) {
  double w = 0;
  for (const auto& g : glyphs) w += g.advance;
  return w;
}

// One line of text as runs, aligned in [x, x + w).
void put_text(Context& ctx, const std::string& text, fonts::Role role, double size, double x,
              double y, double w, LineAlign align, int line, std::vector<GlyphRun>& out) {
  auto glyphs = make_glyphs(text, {role, size}, ctx.fonts, ctx.at(line), ctx.diags);
  SetLine l;
  l.end = glyphs.size();
  l.width = width_of(glyphs);
  emit_line(glyphs, l, x, y, size, align, w, black, out);
}

// The caption: 4号 黑体 centred, broken into lines of the 版心's width, kept with the chart.
void caption_items(Context& ctx, const std::string& title, int line, std::vector<Item>& out) {
  BlockStyle style;
  style.role = fonts::Role::heiti;
  style.size = ctx.geo.chart_caption_size;
  style.indent_cells = 0;
  style.align = LineAlign::center;
  style.on_grid = false;
  for (auto& it : text_block(ctx, title, style, line)) {
    it.keep_with_next = true;
    it.soft_keep = false;
    out.push_back(std::move(it));
  }
}

// A bar's label: its glyphs and its lines in the label column (one, or two when wrapped).
struct Label {
  std::vector<Glyph> glyphs;
  std::vector<SetLine> lines;
};

// The label column: as wide as the widest label, at least `chart_label_cells` characters and at
// most `chart_label_max_share` of the 版心; labels wider than that wrap. A label needing more
// than two lines is an error naming it at its source line (it is never drawn past the 版心).
std::vector<Label> set_labels(Context& ctx, const markup::Chart& chart, int line, double& column) {
  const PageGeometry& g = ctx.geo;
  const double size = g.chart_label_size;
  std::vector<Label> labels;
  double widest = 0;
  for (size_t k = 0; k < chart.bars.size(); ++k) {
    int at = k < chart.bar_lines.size() ? chart.bar_lines[k] : line;
    labels.push_back({make_glyphs(chart.bars[k].first, {fonts::Role::fangsong, size}, ctx.fonts,
                                  ctx.at(at), ctx.diags),
                      {}});
    widest = std::max(widest, width_of(labels.back().glyphs));
  }
  const double most = g.width * g.chart_label_max_share;
  column = std::clamp(widest, g.chart_label_cells * size, most);
  LineSpec spec{column, 0, 0, size, false};
  for (size_t k = 0; k < labels.size(); ++k) {
    labels[k].lines = break_lines(labels[k].glyphs, spec);
    if (labels[k].lines.size() <= 2) continue;
    int at = k < chart.bar_lines.size() ? chart.bar_lines[k] : line;
    ctx.diags.error(ctx.at(at),
                    "chart label '" + chart.bars[k].first + "' needs " +
                        std::to_string(labels[k].lines.size()) +
                        " lines: a chart's label column, half the 版心 wide, has room for two",
                    "shorten the label (the unit's short name)");
  }
  return labels;
}
}  // namespace

std::vector<Item> chart_block(Context& ctx, const markup::Chart& chart, int line) {
  const PageGeometry& g = ctx.geo;
  std::vector<Item> items;
  if (!chart.title.empty()) caption_items(ctx, chart.title, line, items);
  double max_value = 0;
  for (const auto& b : chart.bars) max_value = std::max(max_value, b.second);
  if (max_value <= 0) max_value = 1;
  const double label_size = g.chart_label_size;
  double label_w = 0;
  const std::vector<Label> labels = set_labels(ctx, chart, line, label_w);
  bool wrapped = false;
  for (const auto& l : labels) wrapped = wrapped || l.lines.size() > 1;
  // The values' room: five figures, or the widest value as written.
  double value_w = 5 * label_size * 0.6;
  for (const auto& v : chart.value_texts)
    value_w = std::max(value_w, measure_text(ctx, v, fonts::Role::song, label_size));
  const double bar_x = g.left + label_w + label_size / 2;
  const double bar_max = std::max(0.0, g.right() - bar_x - value_w - label_size / 2);
  // Two bars per grid line, or one when a label wraps to two lines; each item holds one grid
  // line so the chart can cross a page.
  const size_t per_line = wrapped ? 1 : 2;
  const double row = g.pitch() / per_line, bar_h = g.pitch() / 2 * 0.6;
  for (size_t i = 0; i < chart.bars.size(); i += per_line) {
    Item it;
    for (size_t k = i; k < std::min(i + per_line, chart.bars.size()); ++k) {
      double top = (k - i) * row;
      double base = PageGeometry::baseline_in(top, row, label_size);
      const Label& label = labels[k];
      const double lead = label_size * label_leading;
      double first = base - (std::max<size_t>(label.lines.size(), 1) - 1) * lead / 2;
      for (size_t j = 0; j < label.lines.size(); ++j)
        emit_line(label.glyphs, label.lines[j], g.left, first + j * lead, label_size,
                  LineAlign::right, label_w, black, it.runs);
      double w = std::max(0.0, chart.bars[k].second) / max_value * bar_max;
      it.boxes.push_back({bar_x, top + (row - bar_h) / 2, std::max(w, 0.5), bar_h, bar_color});
      put_text(ctx, chart.value_texts[k], fonts::Role::song, label_size, bar_x + w + label_size / 3,
               base, value_w, LineAlign::left, line, it.runs);
    }
    it.rules.push_back({bar_x, 0, bar_x, g.pitch(), 0.5});  // the axis
    it.keep_with_next = i + per_line < chart.bars.size();
    items.push_back(std::move(it));
  }
  return items;
}

}  // namespace docpipe::layout
