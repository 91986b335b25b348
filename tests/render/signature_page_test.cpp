// §7.3.5.5 from outside: the 署名 and 成文日期 that do not fit under the last lines. The
// page is set closer first (layout/signature_page.h: at most two lines more, pitch at least
// 0.8 of the grid's), else two lines of text go over with them. The documents are the corpus'
// (tests/corpus/signature-*.md); each is rendered, counted and read back by check_layout.py,
// whose pitch and signature-page checks measure what layout did.
#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>
#include <vector>

#include "support/run.h"

using namespace testing;

namespace {

const double grid_pitch_mm = 225.0 / 22;

struct Rendered {
  int pages = 0;
  std::string check;  // check_layout.py's output
  std::string dump;   // --dump-layout
};

// Renders `md` (in `t`, beside anything the test put there) with the checker's `args`.
Rendered render(const TempDir& t, const std::string& md, const std::string& args = "") {
  spit(t / "in.md", md);
  auto r = run("cd '" + t.path + "' && " + docpipe() +
               " render in.md -o out.pdf --format pdf,docx --dump-layout layout.txt");
  INFO(r.err);
  REQUIRE(r.code == 0);
  Rendered out;
  auto info = run("pdfinfo '" + t / "out.pdf" + "' | sed -n 's/^Pages: *//p'");
  out.pages = std::stoi(info.out);
  out.check = run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" +
                  "' " + args)
                  .out;
  out.dump = slurp(t / "layout.txt");
  return out;
}

std::string corpus(const std::string& name) {
  return slurp(source_dir() + "/tests/corpus/" + name + ".md");
}

// Baselines (mm) of the 三号 lines on `page` of a layout dump ("PAGE Y X SIZE FACE TEXT").
std::vector<double> baselines(const std::string& dump, int page) {
  std::vector<double> ys;
  std::istringstream in(dump);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    int p = 0;
    double y = 0, x = 0, size = 0;
    if (f >> p >> y >> x >> size && p == page && size == 16 && (ys.empty() || y - ys.back() > 0.05))
      ys.push_back(y);
  }
  return ys;
}

// The smallest step between neighbouring 三号 baselines on `page`, in mm.
double pitch_mm(const std::string& dump, int page) {
  auto ys = baselines(dump, page);
  double step = 1e9;
  for (size_t i = 1; i < ys.size(); ++i)
    if (ys[i] - ys[i - 1] > 0.05) step = std::min(step, ys[i] - ys[i - 1]);
  return step;
}

const std::string zero = " 0 problems\n";

}  // namespace

TEST_CASE("§7.3.5.5: a one-page notice over by one or two lines stays one page, set closer") {
  for (const char* name : {"signature-headed-over1", "signature-headed-over2"}) {
    INFO(name);
    TempDir t;
    auto r = render(t, corpus(name));
    INFO(r.check);
    CHECK(r.pages == 1);
    CHECK_THAT(r.check, Catch::EndsWith(zero));
    // Closer than the grid, but within the limit (the 版头 and title keep their places).
    CHECK(pitch_mm(r.dump, 1) < grid_pitch_mm - 0.3);
    CHECK(pitch_mm(r.dump, 1) > 0.8 * grid_pitch_mm - 0.05);
    // Word lays the docx out itself (no tightening there): it still holds every line.
    auto xml = run("unzip -p '" + t / "out.docx" + "' word/document.xml");
    CHECK(xml.out.find("合法性审核机制") != std::string::npos);
    CHECK(xml.out.find("江岳省司法厅") != std::string::npos);
  }
}

TEST_CASE("§7.3.5.5: over by three lines, two lines of text go over with 署名 and 成文日期") {
  for (const char* name : {"signature-headed-over3", "signature-joint-over3"}) {
    INFO(name);
    TempDir t;
    auto r = render(t, corpus(name), "--full-pages");
    INFO(r.check);
    CHECK(r.pages == 2);
    // The checker's signature-page rule: at least two body lines above the 署名 on page 2.
    CHECK_THAT(r.check, Catch::EndsWith(zero));
    CHECK(pitch_mm(r.dump, 1) == Approx(grid_pitch_mm).margin(0.05));
    CHECK(pitch_mm(r.dump, 2) == Approx(grid_pitch_mm).margin(0.05));
    CHECK(baselines(r.dump, 2).size() >= 4);  // two lines, 署名 (one or more), date
  }
}

TEST_CASE("§7.3.5.5: the 附注 goes with the date, a 版记 on the page keeps the foot") {
  TempDir t;
  auto note = render(t, corpus("signature-note-over2"));
  INFO(note.check);
  CHECK(note.pages == 1);
  CHECK_THAT(note.check, Catch::EndsWith(zero));
  CHECK(note.dump.find("（此件公开发布）") != std::string::npos);
  CHECK(pitch_mm(note.dump, 1) < grid_pitch_mm - 0.3);

  // Page 2 holds the 署名 and date at the grid, but not the 版记 under them: set closer, the
  // 版记 stays on page 2 (else a blank page 3 and the 版记 on page 4).
  TempDir u;
  auto foot = render(u, corpus("signature-foot-share"), "--full-pages");
  INFO(foot.check);
  CHECK(foot.pages == 2);
  CHECK_THAT(foot.check, Catch::EndsWith(zero));
  CHECK(pitch_mm(foot.dump, 2) < grid_pitch_mm - 0.3);
  auto text = run("pdftotext -f 2 -l 2 '" + u / "out.pdf" + "' -");
  CHECK(text.out.find("抄送") != std::string::npos);
  CHECK(text.out.find("2026年11月20日") != std::string::npos);
}

// The one-line-over notice with a seal (corpus signature-headed-over1): the sealed block is a
// line taller than a plain one (the seal needs two blank lines above the 署名) and the seal
// reaches 0.8 line below the 成文日期 — room the page must hold too (§7.3.5.5 "容下印章").
// Over by two lines and that, setting closer cannot hold it (a 42 mm seal keeps its size).
std::string sealed_notice(const TempDir& t, bool shorter) {
  auto made =
      run("python3 '" + source_dir() + "/tests/tools/make_seal.py' '" + t / "seal.png" + "'");
  REQUIRE(made.code == 0);
  std::string md = corpus("signature-headed-over1");
  md.replace(md.find("date: 2026-11-20\n"), 17, "date: 2026-11-20\nseal: seal.png\n");
  if (shorter) {  // two lines less: the text fits, the seal reaches 0.8 line below the 版心
    md.replace(md.find("请认真贯彻执行。"), 24, "");
    const std::string tail = "，对报备不及时、不规范的单位予以督促";
    md.replace(md.find(tail), tail.size(), "");
  }
  return md;
}

// The seal's box (mm, from the layout dump's "PAGE image X,Y WxH").
struct SealBox {
  int page = 0;
  double x = 0, y = 0, w = 0, h = 0;
};
SealBox seal_box(const std::string& dump) {
  SealBox b;
  auto at = dump.find(" image ");
  REQUIRE(at != std::string::npos);
  auto line = dump.rfind('\n', at);
  line = line == std::string::npos ? 0 : line + 1;
  REQUIRE(std::sscanf(dump.c_str() + line, "%d image %lf,%lf %lfx%lf", &b.page, &b.x, &b.y, &b.w,
                      &b.h) == 5);
  return b;
}

TEST_CASE("§7.3.5.5: a seal reaching below the 版心 is kept on the page by setting it closer") {
  TempDir t;
  auto r = render(t, sealed_notice(t, true));
  INFO(r.check);
  CHECK(r.pages == 1);
  CHECK_THAT(r.check, Catch::EndsWith(zero));
  CHECK(pitch_mm(r.dump, 1) < grid_pitch_mm - 0.3);
  // The seal (42 mm) keeps its size; its centre between the 署名 and the date lines as on an
  // untightened page (a quarter line above the line between them); it ends inside the 版心.
  SealBox seal = seal_box(r.dump);
  CHECK(seal.w == Approx(42).margin(0.05));
  auto ys = baselines(r.dump, 1);
  REQUIRE(ys.size() >= 2);
  const double date = ys.back(), signature = ys[ys.size() - 2], centre = seal.y + seal.h / 2;
  CHECK(centre > signature - pitch_mm(r.dump, 1));
  CHECK(centre < date);
  CHECK(seal.y + seal.h <= 37 + 225 + 0.05);
}

TEST_CASE("§7.3.5.5: a seal that would reach below the 版心 goes over with two lines of text") {
  TempDir t;
  // Two lines over and the seal's overhang: beyond what setting the page closer can hold.
  auto r = render(t, sealed_notice(t, false));
  INFO(r.check);
  CHECK(r.pages == 2);
  CHECK_THAT(r.check, Catch::EndsWith(zero));
  SealBox seal = seal_box(r.dump);
  CHECK(seal.page == 2);
  CHECK(seal.y + seal.h <= 37 + 225 + 0.05);
  CHECK(baselines(r.dump, 2).size() >= 4);  // two lines of text, the 署名 and the date
}
