// A table cell's breaks (table_cells.h) on synthetic 16 pt glyphs: ICU's dictionary words in
// `words` mode, and what `header_words` (the measure of a table whose body stands on one
// line) may leave out — never more than the dictionary would take away.
#include <catch2/catch.hpp>

#include "layout/table_cells.h"

using namespace docpipe::layout;

namespace {

CellText cell(const std::u32string& text, CellBreaks mode) {
  std::vector<Glyph> g;
  for (char32_t c : text) g.push_back({c, 0, c < 0x2000 ? 8.0 : 16.0});
  return measure_cell(g, mode);
}

std::vector<size_t> breaks_of(const CellText& c) {
  std::vector<size_t> at;
  for (size_t i = 0; i < c.breaks.size(); ++i)
    if (c.breaks[i]) at.push_back(i);
  return at;
}

}  // namespace

TEST_CASE("a cell breaks between dictionary words, a single character kept with the one before") {
  // 执法|监督|处: 处 stays with 监督, so the only break is after 执法.
  auto c = cell(U"执法监督处", CellBreaks::words);
  CHECK(breaks_of(c) == std::vector<size_t>{2});
  CHECK(c.minimum == Approx(48));  // 监督处
  CHECK(c.preferred == Approx(80));
  // 依法行政指导处: never inside 依法, 行政 or 指导.
  auto d = cell(U"依法行政指导处", CellBreaks::words);
  for (size_t i : breaks_of(d)) CHECK((i == 2 || i == 4));
}

TEST_CASE("cells the dictionary cannot change have the same breaks without it") {
  // Up to three characters (no break may leave one alone), a figure, a bracketed name.
  for (const std::u32string t : {U"单位", U"采用率", U"80.00%", U"《条例》", U"1,234.5"}) {
    auto words = cell(t, CellBreaks::words);
    auto header = cell(t, CellBreaks::header_words);
    CHECK(breaks_of(words) == breaks_of(header));
    CHECK(words.minimum == header.minimum);
  }
}

TEST_CASE("header_words keeps every break words keeps, so a body minimum is never wider") {
  for (const std::u32string t : {U"执法监督处", U"行政复议处", U"依法行政指导处",
                                 U"法治政府建设年度报告", U"GB/T 9704-2012执行情况"}) {
    auto words = cell(t, CellBreaks::words);
    auto header = cell(t, CellBreaks::header_words);
    for (size_t i = 0; i < words.breaks.size(); ++i)
      if (words.breaks[i]) CHECK(header.breaks[i]);
    CHECK(header.minimum <= words.minimum);
    CHECK(header.preferred == words.preferred);
  }
  // Without the dictionary 执法监督处 may break after 监 too: it is only a measure.
  CHECK(breaks_of(cell(U"执法监督处", CellBreaks::header_words)) == std::vector<size_t>{2, 3});
}
