// A page set closer to keep the 署名 and 成文日期 with the text (§7.3.5.5, layout's
// signature_page.h) comes out in the OFD as the layout placed it: one page, every 三号 line
// at its tightened baseline.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "layout/geometry.h"
#include "ofd/fixture.h"
#include "ofd/validator.h"
#include "support/run.h"

using namespace ofdtest;

TEST_CASE("a tightened signature page in the OFD: one page, lines at the layout's pitch") {
  const docpipe::layout::PageGeometry g;
  auto layout =
      layout_of(testing::slurp(testing::source_dir() + "/tests/corpus/signature-headed-over2.md"));
  REQUIRE(layout.pages.size() == 1);
  // The layout's 三号 line tops (baseline less one em, as the OFD's TextObject boundary), mm.
  std::set<long> want;
  for (const auto& r : layout.pages[0].runs)
    if (r.size == 16) want.insert(std::lround((r.y - 16) / docpipe::layout::mm * 100));
  auto bytes = ofd_of(layout);
  auto problems = validate_package_bytes(bytes);
  for (const auto& p : problems) INFO(p);
  CHECK(problems.empty());
  auto pkg = open_package(bytes);
  CHECK_FALSE(pkg.find("Doc_0/Pages/Page_1/Content.xml"));
  std::set<long> got;
  auto layer = pkg.root("Doc_0/Pages/Page_0/Content.xml").child("ofd:Content").child("ofd:Layer");
  for (auto obj : layer.children("ofd:TextObject")) {
    double x = 0, y = 0, w = 0, h = 0, size = 0;
    std::sscanf(obj.attribute("Boundary").value(), "%lf %lf %lf %lf", &x, &y, &w, &h);
    std::sscanf(obj.attribute("Size").value(), "%lf", &size);
    if (std::abs(size - 16 / docpipe::layout::mm) < 0.01) got.insert(std::lround(y * 100));
  }
  // Every line where the layout put it, to the OFD's rounding (0.01 mm).
  REQUIRE(got.size() == want.size());
  for (auto g_it = got.begin(), w_it = want.begin(); g_it != got.end(); ++g_it, ++w_it)
    CHECK(std::abs(*g_it - *w_it) <= 1);
  // Neighbouring lines closer than the grid's pitch: the tightened page, not the grid.
  std::vector<long> tops(got.begin(), got.end());
  long step = 1 << 30;
  for (size_t i = 1; i < tops.size(); ++i) step = std::min(step, tops[i] - tops[i - 1]);
  CHECK(step < std::lround(g.pitch() / docpipe::layout::mm * 100) - 30);
  CHECK(step > std::lround(0.8 * g.pitch() / docpipe::layout::mm * 100) - 5);
}
