// GFM tables in the PDF: the header row on every page the table reaches, figures
// right-aligned, rows whole.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "support/bbox.h"
#include "support/run.h"

using namespace testing;

namespace {
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
  auto r = run(docpipe() + " render '" + t / "t.md" + "' -o '" + t / "t.pdf" + "'");
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
  REQUIRE(run(docpipe() + " render '" + t / "t.md" + "' -o '" + t / "t.pdf" + "'").code == 0);
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
