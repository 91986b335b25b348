// GFM tables in the PDF: the header row on every page the table reaches, figures
// right-aligned on their decimal point, column widths from the content, header words whole,
// rows whole. The documents in data/tables-N.md (N columns) are built to provoke each rule;
// tests/tools/check_layout.py (check_tables.py) checks them from outside.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/utf8.h"
#include "support/bbox.h"
#include "support/run.h"

using namespace testing;

namespace {
std::string table_doc(int columns) {
  return source_dir() + "/tests/render/data/tables-" + std::to_string(columns) + ".md";
}

Result render_and_check(const TempDir& t, const std::string& md) {
  auto r = run(testing::docpipe() + " render '" + md + "' -o '" + t / "t.pdf" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  return run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "t.pdf" + "'");
}

std::string long_table(int rows) {
  std::string md =
      "---\ntitle: 各地行政复议案件统计表\n---\n\n| 地区 | 收到申请（件） | 受理（件） | 纠错率 "
      "|\n|---|---|---|---|\n";
  for (int r = 1; r <= rows; ++r)
    md += "| 第" + std::to_string(r) + "县区 | " + std::to_string(r * 37 % 1000) + " | " +
          std::to_string(r * 7) + " | " + std::to_string(r % 20) + ".5% |\n";
  return md;
}
}  // namespace

TEST_CASE("a table crossing pages repeats its header row at the top of each page") {
  TempDir t;
  spit(t / "t.md", long_table(60));
  auto r = run(testing::docpipe() + " render '" + t / "t.md" + "' -o '" + t / "t.pdf" + "'");
  REQUIRE(r.code == 0);
  auto lines = bbox_lines(t / "t.pdf");
  std::map<int, double> header_y, first_y;
  std::set<int> pages;
  for (const auto& l : lines) {
    pages.insert(l.page);
    if (l.text.find("收到申请") != std::string::npos) header_y[l.page] = l.y0;
    if (!first_y.count(l.page) || l.y0 < first_y[l.page]) first_y[l.page] = l.y0;
  }
  REQUIRE(pages.size() >= 3);
  for (int p : pages) {
    INFO("page " << p);
    REQUIRE(header_y.count(p));
    if (p > 1) CHECK(header_y[p] <= first_y[p] + 1);  // the first thing on the page
  }
}

TEST_CASE("figures in a table are right-aligned in their column") {
  TempDir t;
  spit(t / "t.md", long_table(8));
  REQUIRE(run(testing::docpipe() + " render '" + t / "t.md" + "' -o '" + t / "t.pdf" + "'").code ==
          0);
  auto r = run("pdftotext -bbox '" + t / "t.pdf" +
               "' - | grep -E '>[0-9]+\\.5%<' | sed -E 's/.*xMax=\"([0-9.]+)\".*/\\1/' | sort -u");
  // Every percentage ends at the same x: one distinct right edge (to 0.01 pt).
  std::set<std::string> edges;
  std::string line;
  for (char c : r.out) {
    if (c == '\n')
      edges.insert(line.substr(0, line.find('.') + 2)), line.clear();
    else
      line += c;
  }
  CHECK(edges.size() == 1);
}

TEST_CASE("tables of 3 to 14 columns pass the layout checker: header words, figures, cells") {
  for (int columns : {3, 5, 9, 11, 14}) {
    TempDir t;
    auto c = render_and_check(t, table_doc(columns));
    INFO(columns << " columns: " << c.out);
    CHECK(c.code == 0);
    CHECK(c.out.find(" pages, 0 problems") != std::string::npos);
  }
}

TEST_CASE("a column of short figures is narrow and unit names stay on one line") {
  TempDir t;
  REQUIRE(render_and_check(t, table_doc(9)).code == 0);
  auto words = run("pdftotext -bbox '" + t / "t.pdf" + "' -").out;
  for (const char* unit : {"澜江市司法局", "澜江省监狱管理局", "江岳县人民政府办公室",
                           "澜江省戒毒管理局", "青石镇人民政府"}) {
    INFO(unit);
    CHECK(words.find(std::string(">") + unit + "<") != std::string::npos);
  }
  // The 排名 column (one-digit ranks, header 排名) is about three 4号 characters wide: the
  // unit names in the next column start within 48 pt of the type area's left edge (79.4 pt).
  std::smatch m;
  REQUIRE(std::regex_search(words, m, std::regex(R"re(xMin="([\d.]+)"[^>]*>青石镇人民政府<)re")));
  CHECK(std::stod(m[1]) < 79.4 + 48);
}

TEST_CASE("figures line up on the decimal point whatever their number of decimals") {
  // tables-5: 12.5% / 3% / 100.25% / 0.8% / — and 98.25% / — / 7.5% / 91% / 100%.
  TempDir t;
  auto c = render_and_check(t, table_doc(5));
  INFO(c.out);
  CHECK(c.out.find("decimal points") == std::string::npos);
  CHECK(c.code == 0);
}

TEST_CASE("a long header breaks between words, not inside one") {
  // tables-5: 行政复议决定书自动履行率 next to unit names and figures that need their room.
  TempDir t;
  auto c = render_and_check(t, table_doc(5));
  INFO(c.out);
  CHECK(c.out.find("header") == std::string::npos);
  // The header's lines, read back in order, end only between its words 行政复议 | 决定书 | 自动
  // | 履行率 (character 4, 7 or 9; never 决定 | 书, a single character alone).
  const std::u32string header = U"行政复议决定书自动履行率";
  std::istringstream text(run("pdftotext '" + t / "t.pdf" + "' -").out);
  std::u32string seen;
  for (std::string line; std::getline(text, line);) {
    std::u32string u = docpipe::decode_utf8(line);
    if (u.empty() || header.find(u, seen.size()) != seen.size()) continue;
    if (!seen.empty()) CHECK((seen.size() == 4 || seen.size() == 7 || seen.size() == 9));
    seen += u;
  }
  CHECK(seen == header);
}

TEST_CASE("a table too wide for the type area at 小4号 is set on turned pages, head to the left") {
  // tables-14: 单位名称, 12 months and 全年合计（件） need more than 156 mm even at 小4号 with
  // their words whole; 22 rows take two turned pages (2 and 3) between upright pages 1 and 4.
  TempDir t;
  auto c = render_and_check(t, table_doc(14));
  INFO(c.out);
  CHECK(c.code == 0);  // page numbers on the sheet, turned type area, header words, figures
  auto info = run("pdfinfo -f 1 -l 4 '" + t / "t.pdf" + "'").out;
  for (const char* page :
       {"Page    1 rot:   0", "Page    2 rot:   90", "Page    3 rot:   90", "Page    4 rot:   0"}) {
    INFO(info);
    CHECK(info.find(page) != std::string::npos);
  }
  // Every unit name stands whole on its line; the header repeats on the second turned page.
  auto text = run("pdftotext -f 3 -l 3 '" + t / "t.pdf" + "' -").out;
  CHECK(text.find("单位名称") != std::string::npos);
  CHECK(text.find("澜江省卫生健康委员会") != std::string::npos);
  // The OFD carries the same turned pages: every object on them is drawn through a CTM.
  REQUIRE(run(testing::docpipe() + " render '" + table_doc(14) + "' --format ofd -o '" +
              t / "t.ofd" + "'")
              .code == 0);
  auto page2 = run("unzip -p '" + t / "t.ofd" + "' Doc_0/Pages/Page_1/Content.xml").out;
  CHECK(page2.find("CTM=\"0 -1 1 0 0 ") != std::string::npos);
  auto page1 = run("unzip -p '" + t / "t.ofd" + "' Doc_0/Pages/Page_0/Content.xml").out;
  CHECK(page1.find("CTM=") == std::string::npos);
}
