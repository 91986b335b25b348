// Issue 14, "Done when": a document with 𠮷 (U+20BB7) and other CJK Extension B names renders
// through `docpipe render` with the default faces, and pdftotext and mutool both give every
// name back. The names stand in the 仿宋 body (Noto Serif CJK SC, CFF) and in a 楷体 heading
// (LXGW WenKai, TrueType), so both outline kinds carry supplementary-plane glyphs.
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

// Every Extension B name here is in both Noto Serif CJK SC and LXGW WenKai (hb-shape gives a
// glyph for each), so no fallback face and no warning is involved.
const std::string kNames = "𠮷田秀一、𠀋山𡈽子、𠂆明";

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\f') out += c;
  return out;
}

size_t count_of(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("𠮷 and other Extension B names render in the body and a 楷体 heading, and extract") {
  TempDir t;
  spit(t / "doc.md", "---\ntitle: 关于表扬先进个人的通报\n---\n\n# 表扬名单\n\n## " + kNames +
                         "\n\n经研究，决定对" + kNames + "同志予以通报表扬。\n");
  auto r = run(docpipe() + " render '" + t / "doc.md" + "' -o '" + t / "doc.pdf" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("warning") == std::string::npos);  // no fallback face was needed

  auto fonts = run("pdffonts '" + t / "doc.pdf" + "'");
  INFO(fonts.out);
  CHECK_THAT(fonts.out,
             Catch::Contains("+NotoSerifCJKsc-Regular") && Catch::Contains("+LXGWWenKai-Regular"));

  auto poppler = run("pdftotext -enc UTF-8 '" + t / "doc.pdf" + "' -");
  auto mupdf = run("mutool draw -q -F txt -o - '" + t / "doc.pdf" + "' 2>/dev/null");
  REQUIRE(poppler.code == 0);
  REQUIRE(mupdf.code == 0);
  // Once in the heading (楷体), once in the paragraph (仿宋).
  CHECK(count_of(without_spaces(poppler.out), kNames) == 2);
  CHECK(count_of(without_spaces(mupdf.out), kNames) == 2);
  CHECK(poppler.err.empty());
}
