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

constexpr int char4 = page::size_4 * 10;  // a 4号 character, twips
constexpr int pad = 2 * 70 + char4 / 2;   // cell margins plus a little air

// Column widths (twips) summing to the 版心: each column's longest cell on one line if
// they all fit; otherwise every column keeps up to four characters of its longest cell and
// the rest of the width goes to the columns in proportion to what they lack.
std::vector<int> column_widths(const markup::Table& t, size_t cols) {
  std::vector<double> natural(cols, pad + char4), minimum(cols, pad + char4);
  for (const auto& row : t.rows)
    for (size_t c = 0; c < cols && c < row.size(); ++c) {
      double w = cells(row[c]) * char4 + pad;
      natural[c] = std::max(natural[c], w);
      minimum[c] = std::max(minimum[c], std::min(w, 4.0 * char4 + pad));
    }
  const double total = page::text_width;
  double sum_nat = std::accumulate(natural.begin(), natural.end(), 0.0);
  double sum_min = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  std::vector<double> w(cols);
  if (sum_nat <= total) {
    for (size_t c = 0; c < cols; ++c) w[c] = natural[c] * total / sum_nat;
  } else if (sum_min >= total) {
    for (size_t c = 0; c < cols; ++c) w[c] = minimum[c] * total / sum_min;
  } else {
    double lack = sum_nat - sum_min, spare = total - sum_min;
    for (size_t c = 0; c < cols; ++c) w[c] = minimum[c] + (natural[c] - minimum[c]) * spare / lack;
  }
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
  auto widths = column_widths(t, cols);
  auto tbl = add(b.body, "w:tbl");
  auto pr = add(tbl, "w:tblPr");
  val(pr, "w:tblStyle", style::table);
  add(pr, "w:tblW", {{"w:w", std::to_string(page::text_width)}, {"w:type", "dxa"}});
  val(pr, "w:jc", "center");
  add(pr, "w:tblLayout", {{"w:type", "fixed"}});
  add(pr, "w:tblLook", {{"w:val", "0020"}, {"w:firstRow", "1"}, {"w:noHBand", "1"}, {"w:noVBand", "1"}});
  auto grid = add(tbl, "w:tblGrid");
  for (int w : widths) add(grid, "w:gridCol", {{"w:w", std::to_string(w)}});
  for (size_t r = 0; r < t.rows.size(); ++r) {
    auto tr = add(tbl, "w:tr");
    auto trpr = add(tr, "w:trPr");
    add(trpr, "w:cantSplit");
    if (r == 0) add(trpr, "w:tblHeader");  // repeated at the top of every page
    for (size_t c = 0; c < cols; ++c) {
      auto tc = add(tr, "w:tc");
      auto tcpr = add(tc, "w:tcPr");
      add(tcpr, "w:tcW", {{"w:w", std::to_string(widths[c])}, {"w:type", "dxa"}});
      val(tcpr, "w:vAlign", "center");
      ParaProps p;
      p.style = r == 0 ? style::table_head : style::table_text;
      p.jc = r == 0 ? "center" : c < t.aligns.size() ? jc_of(t.aligns[c]) : "left";
      Builder cell{tc, b.fonts};
      cell.paragraph(p, c < t.rows[r].size() ? t.rows[r][c] : std::string());
    }
  }
}

}  // namespace docpipe::docx
