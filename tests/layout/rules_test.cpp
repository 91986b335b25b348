// The layout rules of a 公文, each on a whole document (markup → layout → pages), so that a
// rule removed where it is made (text_block, body, layout) fails its test here:
// orphan, widow, heading keep, signature keep, salutation and 主送 flush left, attachment page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "fonts/font_set.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"

using namespace docpipe;
using namespace docpipe::layout;

namespace {

fonts::FontSet& debian_fonts() {
  static Diagnostics diags;
  static auto set = fonts::FontSet::open(fonts::default_font_config(), diags);
  REQUIRE(set);
  return *set;
}

Layout lay_out(const std::string& markdown) {
  Diagnostics diags;
  markup::Document doc;
  REQUIRE(markup::parse_document(markdown, "rules.md", doc, diags));
  Layout pages = layout_document(doc, debian_fonts(), diags);
  INFO(diags.format_all());
  REQUIRE_FALSE(diags.has_errors());
  return pages;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// `n` one-line paragraphs, each different, to fill grid lines.
std::string filler(int n) {
  std::string out;
  for (int i = 1; i <= n; ++i) out += "第" + std::to_string(i) + "行。\n\n";
  return out;
}

// The run where `text` starts (it may go on in the runs after it on the same baseline: a
// half-width run such as 22 is a run of its own): its page (1-based; 0 if none) and position.
struct Found {
  int page = 0;
  const GlyphRun* run = nullptr;
};
Found find(const Layout& l, const std::string& text) {
  for (size_t p = 0; p < l.pages.size(); ++p) {
    const auto& runs = l.pages[p].runs;
    for (size_t i = 0; i < runs.size(); ++i) {
      std::string joined = runs[i].text;
      for (size_t k = i + 1; k < runs.size() && runs[k].y == runs[i].y; ++k) joined += runs[k].text;
      if (joined.compare(0, text.size(), text) == 0) return {static_cast<int>(p) + 1, &runs[i]};
    }
  }
  return {};
}

int page_of(const Layout& l, const std::string& text) {
  Found f = find(l, text);
  INFO("no run starts with " << text);
  REQUIRE(f.page > 0);
  return f.page;
}

// Body lines of a paragraph, one character repeated per line: 26 after the two-character
// indent, then 28 a line on the grid.
const std::string first_line = repeat("甲", 26), second_line = repeat("乙", 28),
                  third_line = repeat("丙", 28);

}  // namespace

TEST_CASE("orphan: a paragraph's first line is never left alone at the foot of a page") {
  // 21 lines, then a three-line paragraph whose first line would be line 22.
  auto l = lay_out(filler(21) + first_line + second_line + "丁丁丁丁丁\n");
  CHECK(page_of(l, "甲") == 2);
  CHECK(page_of(l, "甲") == page_of(l, "乙"));
}

TEST_CASE("widow: a paragraph's last line never starts a page alone") {
  // 19 lines, then a four-line paragraph on lines 20–23: its last line would open page 2.
  auto l = lay_out(filler(19) + first_line + second_line + third_line + "丁丁丁丁丁\n");
  CHECK(page_of(l, "丁") == 2);
  CHECK(page_of(l, "丙") == page_of(l, "丁"));
  CHECK(page_of(l, "甲") == 1);  // the paragraph is split, not moved whole
}

TEST_CASE("heading keep: a heading never ends a page") {
  // 21 lines, then a heading that would be line 22, then a one-line paragraph.
  auto l = lay_out(filler(21) + "# 标题\n\n下文一行。\n");
  CHECK(page_of(l, "一、标题") == 2);
  CHECK(page_of(l, "一、标题") == page_of(l, "下文一行"));
}

// The smallest step between the baselines of neighbouring 三号 lines on page `p` (0-based).
double pitch_of(const Layout& l, size_t p) {
  std::vector<double> ys;
  for (const auto& r : l.pages.at(p).runs)
    if (r.size == 16 && (ys.empty() || std::abs(r.y - ys.back()) > 0.01)) ys.push_back(r.y);
  std::sort(ys.begin(), ys.end());
  double step = 1e9;
  for (size_t i = 1; i < ys.size(); ++i)
    if (ys[i] - ys[i - 1] > 0.01) step = std::min(step, ys[i] - ys[i - 1]);
  return step;
}

const std::string signed_head = "---\nsignature: 某某省司法厅\ndate: 2026-11-14\n";

TEST_CASE("signature keep: 署名 and 成文日期 go over with at least two lines of text (§7.3.5.5)") {
  // 22 lines fill the page; the signature block (a blank line, 署名, date) would overflow it
  // by three lines, more than tightening may take: two lines of text go over with it.
  auto l = lay_out(signed_head + "---\n\n" + filler(22));
  REQUIRE(l.pages.size() == 2);
  CHECK(page_of(l, "某某省司法厅") == 2);
  CHECK(page_of(l, "2026年11月14日") == 2);
  CHECK(page_of(l, "第22行") == 2);
  CHECK(page_of(l, "第21行") == 2);
  CHECK(page_of(l, "第20行") == 1);
  CHECK(pitch_of(l, 0) == Approx(PageGeometry().pitch()));  // both pages on the grid
  CHECK(pitch_of(l, 1) == Approx(PageGeometry().pitch()));
}

TEST_CASE("signature tightening: a notice over its page by one or two lines stays one page") {
  const PageGeometry g;
  // The body fits one page without the block: 19 lines fill it exactly, 20 and 21 overflow it
  // by one and two lines; the page is then set at 22/23 and 22/24 of the grid's pitch.
  for (int over = 0; over <= 2; ++over) {
    INFO("overflow " << over);
    auto l = lay_out(signed_head + "---\n\n" + filler(19 + over));
    REQUIRE(l.pages.size() == 1);
    CHECK(pitch_of(l, 0) == Approx(g.pitch() * 22 / (22 + over)));
    Found date = find(l, "2026年11月14日");
    REQUIRE(date.run);
    // The date on the last line of the type area, whatever the pitch.
    const double k = 22.0 / (22 + over);
    CHECK(date.run->y == Approx(g.top + g.height - k * g.pitch() + k * g.baseline(0, g.body_size)));
  }
}

TEST_CASE(
    "signature tightening: the 附注 counts with the date, a 版记 keeps the grid at the foot") {
  const PageGeometry g;
  // 附注 (§7.3.5.7) on the line after the date: 20 lines + 4 = 24 stay one page; 21 + 4
  // carry two lines over with the block.
  auto note = [&](int lines) {
    return lay_out(signed_head + "note: 此件公开发布\n---\n\n" + filler(lines));
  };
  auto kept = note(20);
  REQUIRE(kept.pages.size() == 1);
  CHECK(pitch_of(kept, 0) == Approx(g.pitch() * 22 / 24));
  auto carried = note(21);
  REQUIRE(carried.pages.size() == 2);
  CHECK(page_of(carried, "（此件公开发布）") == 2);
  CHECK(page_of(carried, "第20行") == 2);
  CHECK(page_of(carried, "第19行") == 1);

  // A 版记 (抄送 and 印发, three lines with its rules) on the same, even, page: page 2 holds
  // 22 - 3 lines at the grid; one more line of body is set closer above the 版记, which keeps
  // its grid lines at the foot.
  auto foot =
      lay_out(signed_head +
              "cc: [省政府办公厅]\nprinter: 某某省司法厅办公室\nprinted: 2026-11-16\n---\n\n" +
              filler(22 + 18));
  REQUIRE(foot.pages.size() == 2);
  CHECK(page_of(foot, "抄送") == 2);
  CHECK(page_of(foot, "2026年11月14日") == 2);
  Found printed = find(foot, "某某省司法厅办公室");
  REQUIRE(printed.run);
  CHECK(printed.run->y == Approx(g.baseline(g.slot_top(g.lines - 1), g.small_size)));
  CHECK(pitch_of(foot, 1) < g.pitch() - 0.5);
}

TEST_CASE("signature tightening: not when the 版记 would then stand alone after a blank page") {
  // Page 2 holds 20 lines; the block overflows it by one, but the 版记 (two lines) would not
  // fit under it set closer: two lines go over with the block to page 3 and the 版记 takes
  // page 4, every page with text (no blank page before the 版记, §7.5).
  auto l = lay_out(signed_head +
                   "cc: [省政府办公厅]\nprinter: 某某省司法厅办公室\nprinted: 2026-11-16\n---\n\n" +
                   filler(22 + 20));
  REQUIRE(l.pages.size() == 4);
  CHECK(page_of(l, "2026年11月14日") == 3);
  CHECK(page_of(l, "第42行") == 3);
  CHECK(page_of(l, "第41行") == 3);
  CHECK(page_of(l, "抄送") == 4);
  for (const auto& page : l.pages) CHECK(page.runs.size() > 1);  // more than a page number
  CHECK(pitch_of(l, 1) == Approx(PageGeometry().pitch()));
}

TEST_CASE("salutation and 主送: flush left, while paragraphs are indented two characters") {
  const PageGeometry g;
  auto l = lay_out("---\nto: [各市（州）司法局, 厅机关各处室]\n---\n\n同志们：\n\n正文一段。\n");
  Found to = find(l, "各市"), salutation = find(l, "同志们："), body = find(l, "正文");
  REQUIRE(to.run);
  REQUIRE(salutation.run);
  REQUIRE(body.run);
  CHECK(to.run->x == Approx(g.left));
  CHECK(salutation.run->x == Approx(g.left));
  CHECK(body.run->x == Approx(g.left + 2 * g.cell()));
}

TEST_CASE("attachment page: an attachment starts on a new page, its label on the first line") {
  const PageGeometry g;
  auto l = lay_out(filler(3) + "# 附件1：统计表\n\n附件正文。\n");
  REQUIRE(l.pages.size() == 2);
  Found label = find(l, "附件1");
  REQUIRE(label.run);
  CHECK(label.page == 2);
  CHECK(label.run->x == Approx(g.left));
  CHECK(label.run->y == Approx(g.baseline(g.slot_top(0), g.body_size)));
  CHECK(page_of(l, "统计表") == 2);
  CHECK(page_of(l, "附件正文") == 2);
}

TEST_CASE("附件说明: two characters in after a blank line, names aligned, long names hanging") {
  const PageGeometry g;
  auto l = lay_out(
      "---\nattachments: [短名称, "
      "一个很长很长的附件名称需要回行才能排完并且回行以后应当与上一行附件名称的首字对齐]\n---\n\n"
      "正文。\n");
  Found body = find(l, "正文"), first = find(l, "附件：1.短名称"), second = find(l, "2.一个");
  REQUIRE(body.run);
  REQUIRE(first.run);
  REQUIRE(second.run);
  CHECK(first.run->x == Approx(g.left + 2 * g.cell()));
  CHECK(first.run->y == Approx(body.run->y + 2 * g.pitch()));  // one blank line between
  CHECK(second.run->x == Approx(g.left + 5 * g.cell()));       // under the 1.
  // The continuation line starts where the name does, after "2.".
  const GlyphRun* wrap = nullptr;
  for (const auto& r : l.pages[0].runs)
    if (r.y == Approx(second.run->y + g.pitch())) wrap = &r;
  REQUIRE(wrap);
  // "2." is two half-width glyphs, about one grid character; the name follows it.
  CHECK(wrap->x > second.run->x + 0.5 * g.cell());
  CHECK(wrap->x < second.run->x + 1.5 * g.cell());
}

TEST_CASE("附注: in parentheses, two characters in, on the line after the date") {
  const PageGeometry g;
  auto l = lay_out("---\nsignature: 某厅\ndate: 2026-11-14\nnote: 此件公开发布\n---\n\n正文。\n");
  Found date = find(l, "2026年11月14日"), note = find(l, "（此件公开发布）");
  REQUIRE(date.run);
  REQUIRE(note.run);
  CHECK(note.run->x == Approx(g.left + 2 * g.cell()));
  CHECK(note.run->y == Approx(date.run->y + g.pitch()));
}
