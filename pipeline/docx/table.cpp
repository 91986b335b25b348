// GFM tables as Word tables: ruled, column widths filling the 版心 from the cells' text as
// the PDF sizes them, the header row repeated on every page, 4号 text (表头 in 黑体), figures
// aligned as the Markdown says.
#include <algorithm>
#include <numeric>

#include "docx/builder.h"
#include "docx/page.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

constexpr int pad = 2 * 60 + 20;  // the cell margins (公文表格) and a little air

// Column widths (twips) filling the 版心, as the PDF chooses them: the first of these that
// fits — every cell on one line; body cells on one line and headers of up to three
// characters whole; body cells on one line, headers wrapped; at most four characters of
// any cell on a line — with the spare width going to the columns that would still wrap.
// `comfortable` tells whether headers stayed whole (one of the first two); `size` is the
// text's, in half-points.
std::vector<int> column_widths(const markup::Table& t, size_t cols, int size, bool& comfortable) {
  const double char4 = size * 10;  // one character, twips
  const double total = page::text_width;
  std::vector<double> natural(cols, pad + char4);
  std::vector<std::vector<double>> levels(3, natural);
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (size_t c = 0; c < cols && c < t.rows[r].size(); ++c) {
      double n = cells(t.rows[r][c]);
      auto w = [&](double chars) { return chars * char4 + pad; };
      natural[c] = std::max(natural[c], w(n));
      levels[0][c] = std::max(levels[0][c], w(r == 0 ? std::min(n, 3.0) : n));
      levels[1][c] = std::max(levels[1][c], w(r == 0 ? std::min(n, 1.0) : n));
      levels[2][c] = std::max(levels[2][c], w(std::min(n, 4.0)));
    }
  auto sum = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); };
  const std::vector<double>* floor = &levels[2];
  if (sum(natural) <= total)
    floor = &natural;
  else
    for (const auto& l : levels)
      if (sum(l) <= total) {
        floor = &l;
        break;
      }
  comfortable = floor == &natural || floor == &levels[0];
  std::vector<double> w = *floor;
  double spare = total - sum(w), want = 0;
  for (size_t c = 0; c < cols; ++c) want += natural[c] - w[c];
  for (size_t c = 0; c < cols; ++c)
    w[c] += want > spare ? (natural[c] - w[c]) * spare / want
                         : (natural[c] - (*floor)[c]) + (spare - want) * w[c] / sum(*floor);
  if (sum(w) > total)  // even four characters a cell do not fit: share the width out
    for (auto& x : w) x *= total / sum(w);
  std::vector<int> out(cols);
  int used = 0;
  for (size_t c = 0; c < cols; ++c) used += out[c] = static_cast<int>(w[c]);
  out.back() += page::text_width - used;  // rounding: the columns fill the width exactly
  return out;
}

const char* jc_of(markup::Align a) {
  return a == markup::Align::right ? "right" : a == markup::Align::center ? "center" : "left";
}

}  // namespace

void add_table(Builder& b, const markup::Table& t) {
  size_t cols = t.aligns.size();
  for (const auto& row : t.rows) cols = std::max(cols, row.size());
  if (!cols || t.rows.empty()) return;
  // Cell text in 4号; a table too wide for it at that size steps down to 小4号, as the PDF.
  int size = page::size_4;
  bool comfortable = false;
  auto widths = column_widths(t, cols, size, comfortable);
  if (!comfortable) widths = column_widths(t, cols, size = page::size_s4, comfortable);
  RunProps text;
  if (size != page::size_4) text.size = size;
  auto tbl = add(b.body, "w:tbl");
  auto pr = add(tbl, "w:tblPr");
  val(pr, "w:tblStyle", style::table);
  add(pr, "w:tblW", {{"w:w", std::to_string(page::text_width)}, {"w:type", "dxa"}});
  val(pr, "w:jc", "center");
  add(pr, "w:tblLayout", {{"w:type", "fixed"}});
  add(pr, "w:tblLook",
      {{"w:val", "0020"}, {"w:firstRow", "1"}, {"w:noHBand", "1"}, {"w:noVBand", "1"}});
  auto grid = add(tbl, "w:tblGrid");
  for (int w : widths) add(grid, "w:gridCol", {{"w:w", std::to_string(w)}});
  for (size_t r = 0; r < t.rows.size(); ++r) {
    auto tr = add(tbl, "w:tr");
    auto trpr = add(tr, "w:trPr");
    add(trpr, "w:cantSplit");
    // A row is at least one grid line high, as in the PDF.
    add(trpr, "w:trHeight", {{"w:val", std::to_string(page::line_pitch)}, {"w:hRule", "atLeast"}});
    if (r == 0) add(trpr, "w:tblHeader");  // repeated at the top of every page
    for (size_t c = 0; c < cols; ++c) {
      auto tc = add(tr, "w:tc");
      auto tcpr = add(tc, "w:tcPr");
      add(tcpr, "w:tcW", {{"w:w", std::to_string(widths[c])}, {"w:type", "dxa"}});
      ParaProps p;
      p.style = r == 0 ? style::table_head : style::table_text;
      p.jc = r == 0 ? "center" : c < t.aligns.size() ? jc_of(t.aligns[c]) : "left";
      Builder cell{tc, b.fonts};
      if (size != page::size_4) p.mark.size = size;
      cell.paragraph(p, c < t.rows[r].size() ? t.rows[r][c] : std::string(), text);
    }
  }
}

}  // namespace docpipe::docx
