#include "layout/table_block.h"

#include <algorithm>
#include <numeric>

#include "layout/set_text.h"

namespace docpipe::layout {

namespace {

struct CellText {
  std::vector<Glyph> glyphs;
  double natural = 0;  // one-line width
  double longest_unit = 0;
};

CellText measure(Context& ctx, const std::string& text, bool header, double cell_size, int line,
                 Diagnostics& diags) {
  CellText c;
  fonts::Role role = header ? fonts::Role::heiti : fonts::Role::fangsong;
  c.glyphs = make_glyphs(text, {role, cell_size}, ctx.fonts, ctx.at(line), diags);
  std::u32string u;
  for (const auto& g : c.glyphs) u += g.cp, c.natural += g.advance;
  auto b = find_breaks(u);
  double unit = 0;
  for (size_t i = 0; i < c.glyphs.size(); ++i) {
    if (b.allowed[i]) unit = 0;
    unit += c.glyphs[i].advance;
    c.longest_unit = std::max(c.longest_unit, unit);
  }
  return c;
}

// Column widths that fill the 版心, trying in turn: every cell on one line; body cells on
// one line with short headers whole; body cells on one line with headers wrapped; every
// column at its longest unbreakable unit. The space
// left over goes to the columns in proportion to how much more they would like.
// `comfortable` tells whether headers stayed whole (the first two levels).
std::vector<double> column_widths(const std::vector<std::vector<CellText>>& cells, size_t cols,
                                  double total, double pad, double cell_size, bool& comfortable) {
  std::vector<double> natural(cols, 2 * pad + cell_size), body(cols, 2 * pad + cell_size),
      minimum(cols, 2 * pad + cell_size), short_head(cols, 2 * pad + cell_size);
  for (size_t r = 0; r < cells.size(); ++r)
    for (size_t c = 0; c < cols && c < cells[r].size(); ++c) {
      const CellText& t = cells[r][c];
      natural[c] = std::max(natural[c], t.natural + 2 * pad);
      minimum[c] = std::max(minimum[c], std::min(t.longest_unit, 4 * cell_size) + 2 * pad);
      body[c] = std::max(body[c],
                         (r == 0 ? std::min(t.longest_unit, 4 * cell_size) : t.natural) + 2 * pad);
      // Short headers (排名, 报送, 得分) read badly broken: keep up to three characters whole.
      short_head[c] = std::max(short_head[c],
                               (r == 0 ? std::min(t.natural, 3 * cell_size) : t.natural) + 2 * pad);
    }
  auto sum = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); };
  std::vector<double> w(cols);
  const std::vector<double>* floor = nullptr;
  if (sum(natural) <= total)
    floor = &natural;
  else if (sum(short_head) <= total)
    floor = &short_head;
  else if (sum(body) <= total)
    floor = &body;
  else if (sum(minimum) <= total)
    floor = &minimum;
  comfortable = floor == &natural || floor == &short_head;
  if (!floor) {
    for (size_t c = 0; c < cols; ++c) w[c] = total * minimum[c] / sum(minimum);
    return w;
  }
  double spare = total - sum(*floor), want = 0;
  for (size_t c = 0; c < cols; ++c) want += natural[c] - (*floor)[c];
  for (size_t c = 0; c < cols; ++c) {
    double share = want > 0 ? (natural[c] - (*floor)[c]) / want : (*floor)[c] / sum(*floor);
    w[c] = (*floor)[c] + spare * share;
  }
  return w;
}

}  // namespace

std::vector<Item> table_block(Context& ctx, const markup::Table& table, int table_id, int line) {
  const PageGeometry& g = ctx.geo;
  size_t cols = table.aligns.size();
  if (cols > max_table_columns) {
    ctx.diags.error(ctx.at(line),
                    "table has " + std::to_string(cols) + " columns; at most " +
                        std::to_string(max_table_columns) + " fit the 156 mm type area",
                    "split the table or move columns into a second table");
    return {};
  }
  // Cell text in 4号; a table too wide for it at that size steps down to 小4号.
  const double sizes[] = {g.small_size, g.table_small_size};
  double cell_size = sizes[0], pad = 0;
  std::vector<std::vector<CellText>> cells;
  std::vector<double> widths;
  for (double size : sizes) {
    // Diagnostics (characters in no font) are kept from the size finally used only.
    Diagnostics measuring;
    cell_size = size;
    pad = 0.25 * size;
    cells.clear();
    for (size_t r = 0; r < table.rows.size(); ++r) {
      std::vector<CellText> row;
      for (size_t c = 0; c < cols; ++c) {
        const std::string& t = c < table.rows[r].size() ? table.rows[r][c] : std::string();
        row.push_back(measure(ctx, t, r == 0, size, table.row_lines[r], measuring));
      }
      cells.push_back(std::move(row));
    }
    bool comfortable = false;
    widths = column_widths(cells, cols, g.width, pad, size, comfortable);
    if (comfortable || size == sizes[std::size(sizes) - 1]) {
      ctx.diags.append(measuring);
      break;
    }
  }
  std::vector<Item> items;
  for (size_t r = 0; r < cells.size(); ++r) {
    Item it;
    it.table = table_id;
    it.table_header = r == 0;
    it.keep_with_next = r == 0;  // a header never stands alone at the foot of a page
    double x = g.left;
    int slots = 1;
    std::vector<std::vector<SetLine>> set(cols);
    for (size_t c = 0; c < cols; ++c) {
      LineSpec spec{widths[c] - 2 * pad, 0, 0, g.cell(), false};
      set[c] = break_lines(cells[r][c].glyphs, spec);
      slots = std::max<int>(slots, static_cast<int>(set[c].size()));
    }
    for (size_t c = 0; c < cols; ++c) {
      LineAlign align = r == 0 || table.aligns[c] == markup::Align::center ? LineAlign::center
                        : table.aligns[c] == markup::Align::right          ? LineAlign::right
                                                                           : LineAlign::left;
      for (size_t l = 0; l < set[c].size(); ++l)
        emit_line(cells[r][c].glyphs, set[c][l], x + pad, g.baseline(l * g.pitch(), cell_size),
                  cell_size, align, widths[c] - 2 * pad, black, it.runs);
      x += widths[c];
    }
    it.slots = slots;
    double h = slots * g.pitch();
    it.rules.push_back({g.left, 0, g.right(), 0, g.table_rule_weight});
    it.rules.push_back({g.left, h, g.right(), h, g.table_rule_weight});
    x = g.left;
    for (size_t c = 0; c <= cols; ++c) {
      it.rules.push_back({x, 0, x, h, g.table_rule_weight});
      if (c < cols) x += widths[c];
    }
    items.push_back(std::move(it));
  }
  return items;
}

}  // namespace docpipe::layout
