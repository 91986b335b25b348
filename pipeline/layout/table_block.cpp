#include "layout/table_block.h"

#include <algorithm>
#include <numeric>

#include "layout/set_text.h"
#include "layout/table_cells.h"
#include "layout/table_columns.h"
#include "layout/turned_page.h"
#include "markup/numeric.h"

namespace docpipe::layout {

namespace {

// Every cell of the table at one size, and what each column needs.
struct Measured {
  double size = 0, pad = 0;
  std::vector<std::vector<CellText>> cells;  // [row][column], row 0 the header
  std::vector<ColumnNeed> needs;
  std::vector<bool> numeric;          // every body cell a figure, — or empty
  std::vector<double> before, after;  // per numeric column: widest part each side of the point
  double comfortable = 0;  // the width with body cells on one line, headers broken at words
  Diagnostics diags;       // kept from the size finally used only
};

// `names` (the data's units) are kept whole in the cells, like words.
Measured measure(Context& ctx, const markup::Table& table, double size, CellBreaks mode,
                 const std::vector<std::u32string>& names) {
  const size_t cols = table.aligns.size();
  Measured m;
  m.size = size;
  m.pad = 0.25 * size;
  const double least = size + 2 * m.pad;  // one character
  m.needs.assign(cols, {least, least, least});
  m.before.assign(cols, 0);
  m.after.assign(cols, 0);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<CellText> row;
    for (size_t c = 0; c < cols; ++c) {
      const std::string& t = c < table.rows[r].size() ? table.rows[r][c] : std::string();
      TextStyle style{r == 0 ? fonts::Role::heiti : fonts::Role::fangsong, size};
      CellBreaks breaks = r == 0 && mode == CellBreaks::header_words ? CellBreaks::words : mode;
      row.push_back(measure_cell(
          make_glyphs(t, style, ctx.fonts, ctx.at(table.row_lines[r]), m.diags), breaks, names));
      const CellText& cell = row.back();
      ColumnNeed& need = m.needs[c];
      need.minimum = std::max(need.minimum, cell.minimum + 2 * m.pad);
      need.body = std::max(need.body, (r == 0 ? cell.minimum : cell.preferred) + 2 * m.pad);
      need.preferred = std::max(need.preferred, cell.preferred + 2 * m.pad);
      if (r > 0) m.before[c] = std::max(m.before[c], cell.before_point);
      if (r > 0) m.after[c] = std::max(m.after[c], cell.after_point);
    }
    m.cells.push_back(std::move(row));
  }
  for (size_t c = 0; c < cols; ++c) {
    m.numeric.push_back(markup::column_is_numeric(table, c));
    ColumnNeed& need = m.needs[c];
    if (m.numeric[c]) {  // figures aligned on the point need their block whole
      double block = m.before[c] + m.after[c] + 2 * m.pad;
      need.minimum = std::max(need.minimum, block);
      need.body = std::max(need.body, block);
      need.preferred = std::max(need.preferred, block);
    }
    m.comfortable += need.body;
  }
  return m;
}

// Every body cell on one line in `total`: the header at its widest word, each body cell whole
// (share_width's own test, summed in its order). Then no body cell breaks and no body
// minimum decides a width.
bool body_fits(const Measured& m, double total) {
  double s = 0;
  for (const auto& need : m.needs) s += need.body;
  return s <= total;
}

// Cell padding is a quarter em each side; down to a sixth when that keeps every body cell
// on one line within `total` (a table a few points too wide would otherwise break its names).
void narrow_padding(Measured& m, double total) {
  const double cols = static_cast<double>(m.needs.size());
  if (m.comfortable <= total || cols == 0) return;
  double content = m.comfortable - 2 * m.pad * cols;
  double pad = (total - content) / (2 * cols);
  if (pad < m.size / 6 || pad >= m.pad) return;  // too tight, or no narrowing needed
  for (auto& need : m.needs) {
    need.minimum -= 2 * (m.pad - pad);
    need.body -= 2 * (m.pad - pad);
    need.preferred -= 2 * (m.pad - pad);
  }
  m.comfortable = content + 2 * pad * cols;
  m.pad = pad;
}

// Where the glyphs of a figure start so that its decimal point (or, without one, the end of
// its digits) lines up with the column's: the block of figures sits where the column's
// alignment puts it.
double figure_x(const Measured& m, size_t c, const CellText& cell, double x, double w,
                markup::Align align) {
  double block = m.before[c] + m.after[c];
  double left = align == markup::Align::left     ? x + m.pad
                : align == markup::Align::center ? x + (w - block) / 2
                                                 : x + w - m.pad - block;
  return left + m.before[c] - cell.before_point;
}

// The room a column has beyond its widest set line (its lines stay as they are when it gives
// that much away: each still fits, and none could take the next word before).
double slack(const Measured& m, const std::vector<double>& widths, size_t c) {
  double widest = 0;
  for (const auto& row : m.cells)
    for (const auto& l : cell_lines(row[c], widths[c] - 2 * m.pad))
      widest = std::max(widest, l.width);
  return std::max(0.0, widths[c] - 2 * m.pad - widest);
}

// What a column can give a broken header without breaking anything more of its own: the room
// beyond its widest set line; a column whose body cells break anyway (a long text) also the
// width down to its widest word, its own header kept on one line.
struct Giving {
  double slack = 0;  // its lines unchanged
  double more = 0;   // beyond the slack, its broken cells broken further
};

Giving can_give(const Measured& m, const std::vector<double>& widths, size_t d) {
  Giving g;
  g.slack = slack(m, widths, d);
  const double inner = widths[d] - 2 * m.pad;
  bool broken = false;
  for (size_t r = 1; r < m.cells.size(); ++r)
    broken = broken || m.cells[r][d].preferred > inner + 1e-6;
  if (!broken) return g;
  double floor = std::max(m.cells[0][d].preferred, m.needs[d].minimum - 2 * m.pad);
  g.more = std::max(0.0, inner - floor - g.slack);
  return g;
}

// The table's height in lines at `widths`: each row as tall as its tallest cell.
int table_lines(const Measured& m, const std::vector<double>& widths) {
  int total = 0;
  for (const auto& row : m.cells) {
    size_t tallest = 1;
    for (size_t d = 0; d < widths.size(); ++d)
      tallest = std::max(tallest, cell_lines(row[d], widths[d] - 2 * m.pad).size());
    total += static_cast<int>(tallest);
  }
  return total;
}

// A header wraps only when no other column can give the width it needs to stand on one line
// (#12 item 4): the others' slack is taken first, in proportion to what each has, then the
// width of columns whose cells break anyway — but only when that makes the table no taller (a
// long task text squeezed to four characters a line to set 责任处室联系人 whole is worse than
// the header on two lines). Shortest headers first.
void give_headers_room(const Measured& m, std::vector<double>& widths) {
  const size_t cols = widths.size();
  std::vector<size_t> order(cols);
  std::iota(order.begin(), order.end(), 0);
  const auto& head = m.cells[0];
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return head[a].preferred < head[b].preferred; });
  for (size_t c : order) {
    double need = head[c].preferred + 2 * m.pad - widths[c];
    if (need <= 1e-6) continue;
    std::vector<Giving> give(cols);
    double slack_total = 0, more_total = 0;
    for (size_t d = 0; d < cols; ++d) {
      if (d == c) continue;
      give[d] = can_give(m, widths, d);
      slack_total += give[d].slack;
      more_total += give[d].more;
    }
    if (slack_total + more_total < need) continue;
    double from_slack = std::min(need, slack_total), from_more = need - from_slack;
    std::vector<double> tried = widths;
    for (size_t d = 0; d < cols; ++d) {
      if (slack_total > 0) tried[d] -= from_slack * give[d].slack / slack_total;
      if (more_total > 0) tried[d] -= from_more * give[d].more / more_total;
    }
    tried[c] += need;
    if (from_more > 0 && table_lines(m, tried) > table_lines(m, widths)) continue;
    widths = tried;
  }
}

Item row_item(const Measured& m, const markup::Table& table, const std::vector<double>& widths,
              size_t r, const PageGeometry& g) {
  const size_t cols = widths.size();
  Item it;
  it.table_header = r == 0;
  it.keep_with_next = r == 0;  // a header never stands alone at the foot of a page
  std::vector<std::vector<SetLine>> set(cols);
  int slots = 1;
  for (size_t c = 0; c < cols; ++c) {
    set[c] = cell_lines(m.cells[r][c], widths[c] - 2 * m.pad);
    slots = std::max<int>(slots, static_cast<int>(set[c].size()));
  }
  double x = g.left;
  for (size_t c = 0; c < cols; ++c) {
    const CellText& cell = m.cells[r][c];
    const markup::Align a = table.aligns[c];
    LineAlign align = r == 0 || a == markup::Align::center ? LineAlign::center
                      : a == markup::Align::right          ? LineAlign::right
                                                           : LineAlign::left;
    bool on_point = r > 0 && m.numeric[c] && set[c].size() == 1 &&
                    m.before[c] + m.after[c] <= widths[c] - 2 * m.pad + 1e-6;
    for (size_t l = 0; l < set[c].size(); ++l) {
      double left = on_point ? figure_x(m, c, cell, x, widths[c], a) : x + m.pad;
      emit_line(cell.glyphs, set[c][l], left, g.baseline(l * g.pitch(), m.size), m.size,
                on_point ? LineAlign::left : align, widths[c] - 2 * m.pad, black, it.runs);
    }
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
  return it;
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
  // 4号 while every body cell stays on one line (headers may break between words); else
  // 小4号 across the type area; else 小4号 on a turned page (横排表格, §8 practice); else, with
  // a warning, broken between characters on the turned page.
  const PageGeometry turned = turned_geometry(g);
  bool landscape = false;
  // Measured first without the body cells' word breaks (CellBreaks::header_words), which a
  // table at 4号 never uses; measured again with them where it does not stay at 4号.
  // The data's units stay whole in cells as in titles — but a name is broken between its words
  // before the table goes onto turned pages for it.
  const std::vector<std::u32string>& names = ctx.whole_names;
  auto fit = [&](double size, double total, Measured& into) {
    into = measure(ctx, table, size, CellBreaks::words, names);
    narrow_padding(into, total);
    auto w = share_width(into.needs, total);
    if (!w.empty() || names.empty()) return w;
    into = measure(ctx, table, size, CellBreaks::words, {});
    narrow_padding(into, total);
    return share_width(into.needs, total);
  };
  Measured m = measure(ctx, table, g.small_size, CellBreaks::header_words, names);
  narrow_padding(m, g.width);
  std::vector<double> widths;
  if (m.comfortable <= g.width) {
    if (!body_fits(m, g.width)) {  // only a rounding apart from `comfortable`
      m = measure(ctx, table, g.small_size, CellBreaks::words, names);
      narrow_padding(m, g.width);
    }
    widths = share_width(m.needs, g.width);
  } else {
    widths = fit(g.table_small_size, g.width, m);
    if (widths.empty()) {
      landscape = true;
      widths = fit(g.table_small_size, turned.width, m);
    }
    if (widths.empty()) {
      m = measure(ctx, table, g.table_small_size, CellBreaks::characters, {});
      widths = share_width(m.needs, turned.width);
      ctx.diags.warning(ctx.at(line),
                        "table of " + std::to_string(cols) +
                            " columns is too wide for a landscape page at 小4号 with its words "
                            "whole; cells are broken between characters",
                        "split the table, or shorten its headers and unit names");
    }
    if (widths.empty()) {  // not even one character a column: cut cells to equal shares
      for (auto& need : m.needs) need.minimum = 0;
      widths = share_width(m.needs, turned.width);
    }
  }
  if (!m.cells.empty()) give_headers_room(m, widths);
  ctx.diags.append(m.diags);
  std::vector<Item> items;
  for (size_t r = 0; r < m.cells.size(); ++r) {
    items.push_back(row_item(m, table, widths, r, landscape ? turned : g));
    items.back().table = table_id;
    items.back().landscape = landscape;
  }
  return items;
}

}  // namespace docpipe::layout
