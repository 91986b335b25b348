// 禁则 one by one, on synthetic glyphs (16 pt Han, 8 pt digits/Latin) so each case is exact.
#include <catch2/catch.hpp>

#include "layout/geometry.h"
#include "layout/line_breaker.h"

using namespace docpipe::layout;

namespace {

const PageGeometry geo;

std::vector<Glyph> glyphs_of(const std::u32string& text) {
  std::vector<Glyph> g;
  for (char32_t c : text)
    g.push_back(
        {c, 0,
         c < 0x2000 && c != U'…' && c != U'—' && c != U'‘' && c != U'’' && c != U'“' && c != U'”'
             ? 8.0
             : 16.0});
  return g;
}

LineSpec body_spec() {
  LineSpec s;
  s.width = geo.width;
  s.tracking = geo.cell() - geo.body_size;
  s.cell = geo.cell();
  s.max_chars = 28;
  return s;
}

std::u32string han(size_t n) {
  return std::u32string(n, U'字');
}

struct Set {
  std::u32string text;
  std::vector<SetLine> lines;
  std::u32string line(size_t i) const {
    return text.substr(lines[i].begin, lines[i].end - lines[i].begin);
  }
};

Set set(const std::u32string& text) {
  auto g = glyphs_of(text);
  return {text, break_lines(g, body_spec())};
}

void no_line_overflows(const Set& s) {
  for (const auto& l : s.lines) CHECK(l.width <= geo.width + 1e-6);
}

}  // namespace

TEST_CASE("a full line of Han characters holds exactly 28 and fills the type area") {
  auto s = set(han(60));
  REQUIRE(s.lines.size() == 3);
  CHECK(s.line(0).size() == 28);
  CHECK(s.line(1).size() == 28);
  CHECK(s.lines[0].width == Approx(geo.width).margin(1e-6));
  CHECK(s.lines[2].justified == false);  // the last line is not spread
}

TEST_CASE("no line starts with closing punctuation (行首禁则), each mark on its own") {
  for (char32_t mark : std::u32string(U"，。、；：？！）》」』”’%…")) {
    INFO("mark U+" << std::hex << static_cast<unsigned>(mark));
    // The mark falls exactly on the 29th cell: it must be pulled up or a character pushed down.
    auto s = set(han(28) + mark + han(20));
    REQUIRE(s.lines.size() >= 2);
    for (size_t i = 1; i < s.lines.size(); ++i) CHECK(s.line(i)[0] != mark);
    no_line_overflows(s);
  }
}

TEST_CASE("no line ends with opening punctuation (行尾禁则), each mark on its own") {
  for (char32_t mark : std::u32string(U"（《「『“‘")) {
    INFO("mark U+" << std::hex << static_cast<unsigned>(mark));
    auto s = set(han(27) + mark + han(20));
    REQUIRE(s.lines.size() >= 2);
    for (size_t i = 0; i + 1 < s.lines.size(); ++i) CHECK(s.line(i).back() != mark);
    CHECK(s.line(1)[0] == mark);  // pushed down to open the next line
    no_line_overflows(s);
  }
}

TEST_CASE("a closing mark at the line end is pulled up by compressing, not left to start a line") {
  // Two marks on the line give a full cell of compression: 。 comes up. Four half-width
  // digits keep the line within 28 full-width characters.
  auto s = set(han(12) + U"，1234" + han(13) + U"。" + han(10));
  CHECK(s.line(0).size() == 31);  // 28 cells of characters + the pulled-up 。
  CHECK(s.lines[0].width == Approx(geo.width).margin(1e-6));
  CHECK(s.lines[0].char_space < geo.cell() - geo.body_size);  // compressed
}

TEST_CASE("a pull-up puts one character more than the cells only where two marks give way") {
  // 。 on the 29th cell with a ， earlier on the line: both marks give up half their cell.
  auto s = set(han(13) + U"，" + han(14) + U"。" + han(10));
  CHECK(s.line(0).size() == 29);
  CHECK(s.lines[0].char_space < geo.cell() - geo.body_size);  // compressed
  CHECK(s.lines[0].width == Approx(geo.width).margin(1e-6));
}

TEST_CASE(
    "when compression cannot absorb the overflow, a character is pushed down and the line spread") {
  // One mark gives only half a cell: the last character goes down with its 。.
  auto s = set(han(28) + U"。" + han(10));
  CHECK(s.line(0).size() == 27);
  CHECK(s.line(1).substr(0, 2) == U"字。");
  CHECK(s.lines[0].width == Approx(geo.width).margin(1e-6));
  CHECK(s.lines[0].char_space > geo.cell() - geo.body_size);  // spread
}

TEST_CASE("numbers, percentages and decimals are never split") {
  for (const std::u32string number : {U"1286", U"73.51%", U"12.53%", U"3842件"}) {
    for (size_t lead = 22; lead < 28; ++lead) {
      auto s = set(han(lead) + number + han(20));
      INFO("lead " << lead);
      bool whole = false;
      for (size_t i = 0; i < s.lines.size(); ++i)
        whole = whole || s.line(i).find(number) != std::u32string::npos;
      CHECK(whole);
      no_line_overflows(s);
    }
  }
}

TEST_CASE("a document number such as 〔2019〕29号 stays whole") {
  const std::u32string number = U"〔2019〕29号";
  for (size_t lead = 20; lead < 28; ++lead) {
    auto s = set(han(lead) + number + U"文件" + han(20));
    INFO("lead " << lead);
    bool whole = false;
    for (size_t i = 0; i < s.lines.size(); ++i)
      whole = whole || s.line(i).find(number) != std::u32string::npos;
    CHECK(whole);
  }
}

TEST_CASE("a Latin word is never split") {
  for (size_t lead = 22; lead < 28; ++lead) {
    auto s = set(han(lead) + U"Unicode" + han(20));
    bool whole = false;
    for (size_t i = 0; i < s.lines.size(); ++i)
      whole = whole || s.line(i).find(U"Unicode") != std::u32string::npos;
    CHECK(whole);
  }
}

TEST_CASE("—— and …… are never split and never start a line") {
  for (const std::u32string pair : {U"——", U"……"}) {
    for (size_t lead = 25; lead < 29; ++lead) {
      auto s = set(han(lead) + pair + han(20));
      INFO("lead " << lead);
      for (size_t i = 1; i < s.lines.size(); ++i) CHECK(s.line(i)[0] != pair[0]);
      bool whole = false;
      for (size_t i = 0; i < s.lines.size(); ++i)
        whole = whole || s.line(i).find(pair) != std::u32string::npos;
      CHECK(whole);
      no_line_overflows(s);
    }
  }
}

TEST_CASE("text without any break opportunity is cut, never overflowing the type area") {
  auto s = set(std::u32string(200, U'a'));
  REQUIRE(s.lines.size() > 1);
  no_line_overflows(s);
}

TEST_CASE("a forced line break ends the line there, unjustified") {
  auto s = set(han(5) + U"\n" + han(5));
  REQUIRE(s.lines.size() == 2);
  CHECK(s.line(0) == han(5));
  CHECK_FALSE(s.lines[0].justified);
}

TEST_CASE("a pulled-up line is compressed even where lines are not justified (table cells)") {
  LineSpec spec = body_spec();
  spec.justify = false;
  spec.width = 60;
  spec.tracking = 0;
  spec.max_chars = 0;
  auto g = glyphs_of(U"受理（件）");
  auto lines = break_lines(g, spec);
  for (const auto& l : lines) CHECK(l.width <= spec.width + 1e-6);
}

TEST_CASE("a standard number and a percentage are one word: never broken inside") {
  for (const std::u32string word : {U"GB/T 9704-2012", U"ISO 9001", U"14.52%"}) {
    for (size_t lead = 18; lead < 28; ++lead) {
      auto s = set(han(lead) + word + U"的规定" + han(20));
      INFO("lead " << lead);
      bool whole = false;
      for (size_t i = 0; i < s.lines.size(); ++i)
        whole = whole || s.line(i).find(word) != std::u32string::npos;
      CHECK(whole);
      no_line_overflows(s);
    }
  }
}

TEST_CASE("a justified line with figures spreads between characters, never inside the figures") {
  for (size_t lead = 18; lead < 28; ++lead) {
    std::u32string text = han(lead) + U"14.52%" + han(30);
    auto g = glyphs_of(text);
    auto lines = break_lines(g, body_spec());
    REQUIRE(lines.size() >= 2);
    const SetLine& first = lines[0];
    INFO("lead " << lead);
    CHECK(first.tight_runs);
    CHECK(first.tight_space == 0);
    // The full line still ends exactly at the right edge of the type area.
    CHECK(std::abs(first.width - geo.width) < 1e-6);
  }
}

TEST_CASE("a date at a line end is kept whole unless that spreads the line by over a cell") {
  const std::u32string date = U"2026年11月14日";
  // Lead 21: the date ends the line exactly, whole. Lead 22: one cell too long, the date is
  // pulled up whole, the line compressed by one character. Leads 23–25: kept whole it would
  // leave three cells or more to spread, compressed it would need two; it breaks after 年 or
  // 月 and the spread stays within a cell. (From lead 26 only 2026年 could start there, a
  // number with its unit: never split.)
  CHECK(set(han(21) + date + U"的规定" + han(30)).line(0).find(date) != std::u32string::npos);
  CHECK(set(han(22) + date + U"的规定" + han(30)).line(0).find(date) != std::u32string::npos);
  for (size_t lead = 23; lead <= 25; ++lead) {
    auto s = set(han(lead) + date + U"的规定" + han(30));
    INFO("lead " << lead);
    REQUIRE(s.lines.size() >= 2);
    const SetLine& first = s.lines[0];
    auto g = glyphs_of(s.text);
    double natural = 0;
    for (size_t i = first.begin; i < first.end; ++i) natural += g[i].advance;
    size_t gaps = first.end - first.begin - 1;
    CHECK(first.width - natural - gaps * (geo.cell() - geo.body_size) <= geo.cell() + 1.0);
    std::u32string line = s.line(0);
    CHECK((line.back() == U'年' || line.back() == U'月'));
    no_line_overflows(s);
  }
}

TEST_CASE("a line is never compressed where it may end: only a 禁则 forces compression") {
  // Two commas and four digits: the 29th cell holds a Han character after a Han character, a
  // break is allowed there, and the line ends full without pulling the character up.
  auto s = set(han(10) + U"，1234" + han(10) + U"，" + han(20));
  CHECK(s.line(0) == han(10) + U"，1234" + han(10) + U"，" + han(4));
  // Not compressed: its natural width on the grid (each glyph plus the grid's tracking) fits.
  double natural = 0;
  auto g = glyphs_of(s.text);
  for (size_t i = s.lines[0].begin; i < s.lines[0].end; ++i)
    natural += g[i].advance + geo.cell() - geo.body_size;
  CHECK(natural <= geo.width + 1e-6);
  CHECK(s.lines[0].width == Approx(geo.width).margin(1e-6));
}

TEST_CASE("the two-character indent is never squeezed: a first line holds 26 characters") {
  // 字 after （ falls on the 27th cell of the indented first line: （ may not end a line, and
  // pulling 字 up would put 27 characters in 26 cells (it is no mark that could give up
  // half its cell), so both go down and the line spreads by one cell.
  LineSpec spec = body_spec();
  spec.first_indent = 2 * geo.cell();
  std::u32string text = han(10) + U"，" + han(14) + U"（字" + han(30);
  auto g = glyphs_of(text);
  auto lines = break_lines(g, spec);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0].end - lines[0].begin == 25);
  CHECK(text[lines[1].begin] == U'（');
  CHECK(lines[0].char_space > geo.cell() - geo.body_size);  // spread by one cell
  CHECK(lines[0].width == Approx(geo.width - 2 * geo.cell()).margin(1e-6));
}

TEST_CASE("a line is spread by at most one cell and compressed by at most one character") {
  // Every position of a figure, a standard number, a date and closing marks near the end.
  const double tracking = geo.cell() - geo.body_size;
  // (A word that may not be broken and is wider than two cells, such as 〔2019〕29号 or
  // GB/T 9704-2012, needs lines before it that can give up room: the cases below.)
  for (const std::u32string word : {U"14.52%", U"3842件", U"2026年11月14日", U"》。", U"”，"}) {
    for (size_t lead = 20; lead < 29; ++lead) {
      auto s = set(han(lead) + word + U"的规定" + han(40));
      auto g = glyphs_of(s.text);
      INFO("lead " << lead << " word " << s.text.substr(lead, word.size()).size());
      for (size_t i = 0; i + 1 < s.lines.size(); ++i) {
        const SetLine& l = s.lines[i];
        double natural = 0;
        for (size_t j = l.begin; j < l.end; ++j) natural += g[j].advance + tracking;
        double spread = geo.width - natural;
        CHECK(spread <= geo.cell() + 1e-6);
        CHECK(spread >= -geo.cell() - 1e-6);
      }
    }
  }
}

namespace {

// Each line's spread over its natural width (negative: compressed), the last line left out.
std::vector<double> spreads(const Set& s, double first_avail = geo.width) {
  const double tracking = geo.cell() - geo.body_size;
  auto g = glyphs_of(s.text);
  std::vector<double> out;
  for (size_t i = 0; i + 1 < s.lines.size(); ++i) {
    double natural = 0;
    for (size_t j = s.lines[i].begin; j < s.lines[i].end; ++j) natural += g[j].advance + tracking;
    out.push_back((i == 0 ? first_avail : geo.width) - natural);
  }
  return out;
}

}  // namespace

TEST_CASE("a wide word goes down whole without spreading a line by more than a cell") {
  // Paragraph-wide breaking (§5.2.3): first fit would end the line before the word wherever it
  // stops fitting, up to five cells short; the lines before it each give up a cell instead.
  for (const std::u32string word : {U"〔2019〕29号", U"GB/T 9704-2012", U"“〔〕”"}) {
    for (size_t lead = 20; lead <= 28; ++lead) {
      auto s = set(han(5 * 28 + lead) + word + U"的规定" + han(40));
      INFO("lead " << lead << ", word of " << word.size());
      bool whole = false;
      for (size_t i = 0; i < s.lines.size(); ++i)
        whole = whole || s.line(i).find(word) != std::u32string::npos;
      CHECK(whole);
      for (double spread : spreads(s)) {
        CHECK(spread <= geo.cell() + 1e-6);
        CHECK(spread >= -geo.cell() - 1e-6);
      }
    }
  }
}

TEST_CASE("two lines giving up a cell each make room for a 文号 that first fit spreads over") {
  // 54 characters, then 〔2019〕29号 (six cells): first fit sets 28 + 26 and spreads the
  // second line by two cells; 27 + 27 lets the 文号 start the third line. No line is added.
  auto s = set(han(54) + U"〔2019〕29号" + han(30));
  REQUIRE(s.lines.size() == 4);
  CHECK(s.line(0).size() == 27);
  CHECK(s.line(1).size() == 27);
  CHECK(s.line(2)[0] == U'〔');
}

TEST_CASE("where no breaking keeps lines within a cell, the worst line is spread least") {
  // 53 characters before the 文号: 28 + 25 (first fit, three cells) or 27 + 26 or 26 + 27 —
  // no choice stays within a cell; the worst line is spread by two cells, not three.
  auto s = set(han(53) + U"〔2019〕29号" + han(30));
  double worst = 0;
  for (double spread : spreads(s)) worst = std::max(worst, spread);
  CHECK(worst <= 2 * geo.cell() + 1e-6);
  CHECK(worst > geo.cell());  // provably unavoidable here
}

TEST_CASE("the space inside a standard number keeps its width when the line is spread") {
  // GB/T 9704-2012 reads as one word: the gaps on both sides of its space are tight (set at
  // the glyphs' own widths by emit_line), whereas a space between two Han characters is not.
  auto g = glyphs_of(U"按照GB/T 9704-2012的规定 字");
  const size_t space = 6;  // after GB/T
  REQUIRE(g[space].cp == U' ');
  CHECK(tight_gap(g, space - 1));
  CHECK(tight_gap(g, space));
  CHECK_FALSE(tight_gap(g, 1));             // 照|G: the line's spread goes here
  CHECK_FALSE(tight_gap(g, g.size() - 2));  // 定| |字: no run around this space
  CHECK_FALSE(tight_gap(g, g.size() - 3));
}

TEST_CASE("a web address longer than a line's rest breaks after / or . instead of spreading") {
  // Kept whole, the address would go down and leave the line before it letter-spaced across
  // 20 cells; it breaks after a / or a . (never inside https:// or a word). Its pieces between
  // marks are whole, so a line may fall short by part of one: here 1.25 cells, not 20. A
  // standard number is never broken that way.
  const std::u32string url = U"https://sft.jiangyue.gov.cn/zwgk/tzgg/202611/t20261120_1234567.html";
  auto s = set(han(8) + url + han(40));
  REQUIRE(s.lines.size() >= 2);
  const std::u32string first = s.line(0);
  CHECK(first.rfind(han(8) + U"https://sft.", 0) == 0);
  const char32_t last = first.back();
  CHECK((last == U'/' || last == U'.'));
  const auto spread = spreads(s);
  for (size_t i = 0; i < spread.size(); ++i) {
    std::string l;
    for (char32_t c : s.line(i)) l += c < 0x80 ? static_cast<char>(c) : '#';
    INFO("line " << i << ": " << l);
    CHECK(spread[i] <= 1.5 * geo.cell());
  }
  auto standard = set(han(24) + U"GB/T 9704-2012" + han(20));
  bool whole = false;
  for (size_t i = 0; i < standard.lines.size(); ++i)
    whole = whole || standard.line(i).find(U"GB/T 9704-2012") != std::u32string::npos;
  CHECK(whole);
}
