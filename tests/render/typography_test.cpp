// Provoking documents for the typography of #12, each checked from outside by
// tests/tools/check_layout.py: half-width runs at their font's widths and never broken,
// titles broken between words in a 梯形/菱形 shape, or a warning naming the title.
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

Result render(const TempDir& t, const std::string& md) {
  spit(t / "in.md", md);
  return run(docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "'");
}

Result check(const TempDir& t) {
  return run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" + "'");
}

std::string figures_paragraph(int seed) {
  std::string p = "按照GB/T 9704-2012和GB/T 15834-2011的规定";
  for (int i = 0; i < 12; ++i) {
    int v = 1000 + (seed * 37 + i * 211) % 9000;
    p += "，第" + std::to_string(i + 1) + "项完成" + std::to_string(v) + "件，增长" +
         std::to_string(v % 97) + "." + std::to_string(10 + v % 89) + "%，截至2026年11月" +
         std::to_string(1 + v % 28) + "日";
  }
  return p + "。";
}

}  // namespace

TEST_CASE("text dense with figures and standard numbers: no letter-spaced run, lines full") {
  TempDir t;
  std::string md = "---\ntitle: 关于执行GB/T 9704-2012的通知\n---\n\n";
  for (int s = 0; s < 6; ++s) md += figures_paragraph(s) + "\n\n";
  auto r = render(t, md);
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto c = check(t);
  INFO(c.out << c.err);
  CHECK(c.out.find("letter-spaced") == std::string::npos);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
  // Standard numbers extract back whole: never broken across lines.
  auto text = run("pdftotext -layout '" + t / "out.pdf" + "' -");
  CHECK(text.out.find("GB/T 9704-2012") != std::string::npos);
  CHECK(text.out.find("GB/T 9704-\n") == std::string::npos);
}

TEST_CASE("a title breaks between words, never inside 《》, without a stub last line") {
  TempDir t;
  auto r = render(t,
                  "---\ntitle: 江岳省人民政府办公厅关于印发《江岳省行政规范性文件管理办法》的通知\n"
                  "---\n\n正文。\n");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("warning") == std::string::npos);
  auto c = check(t);
  INFO(c.out);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
  auto text = run("pdftotext -f 1 -l 1 -layout '" + t / "out.pdf" + "' -");
  CHECK(text.out.find("《江岳省行政规范性文件管理办法》") != std::string::npos);
}

TEST_CASE("a title whose 《》 name is longer than a line is broken inside it, with a warning") {
  TempDir t;
  std::string title = "江岳省人民政府办公厅关于印发《江岳省行政规范性文件管理办法实施细则》的通知";
  auto r = render(t, "---\ntitle: " + title + "\n---\n\n正文。\n");
  INFO(r.err);
  CHECK(r.code == 3);
  CHECK(r.err.find("title '" + title + "'") != std::string::npos);
  CHECK(r.err.find("inside a bracketed or quoted name") != std::string::npos);
}

TEST_CASE("a title that cannot break into a good shape is set with a warning naming it") {
  TempDir t;
  // One word longer than the type area: no break between words gives a 梯形 or 菱形.
  std::string title = "关于ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST的通知";
  auto r = render(t, "---\ntitle: " + title + "\n---\n\n正文。\n");
  INFO(r.err);
  CHECK(r.code == 3);
  CHECK(r.err.find("title '" + title + "'") != std::string::npos);
  CHECK(r.err.find("§7.3.1") != std::string::npos);
  // The checker sees what the warning announced, and nothing else: the stub line and the
  // run broken where the lines fill.
  auto c = check(t);
  INFO(c.out);
  CHECK(c.out.find("title line '关于' under a third of the longest") != std::string::npos);
  CHECK(c.out.find("title broken inside a half-width run") != std::string::npos);
  CHECK_THAT(c.out, Catch::EndsWith(" 2 problems\n"));
}

TEST_CASE("a 署名 wider than the 版心 allows is refused with its name, never drawn outside") {
  TempDir t;
  std::string sig = "江岳省人民政府办公厅江岳省司法厅江岳省财政厅江岳省人力资源和社会保障厅";
  auto r = render(t, "---\ntitle: 关于开展评查的通知\nsignature: " + sig +
                         "\ndate: 2026-11-14\n---\n\n正文。\n");
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK(r.err.find("signature '" + sig + "'") != std::string::npos);
  CHECK(r.err.find("§7.3.5.2") != std::string::npos);
  CHECK_FALSE(exists(t / "out.pdf"));
}
