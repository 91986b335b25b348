// Any Unicode scalar draws and extracts: characters above U+FFFF (CJK Extension B names such as
// 𠮷 U+20BB7) and ideographic variation sequences.
#include <catch2/catch.hpp>

#include "pdf/pdf_objects.h"
#include "pdf/pdf_test_util.h"

using namespace docpipe::pdf;
using test::run;

namespace {

const test::FaceSpec kUming{"/usr/share/fonts/truetype/arphic/uming.ttc", 0};
const test::FaceSpec kWenKai{"/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0};
const test::FaceSpec kNotoJp{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0};

std::string extract(const std::string& tool, const std::string& file) {
  auto r = run(tool == "pdftotext" ? "pdftotext -enc UTF-8 " + file + " -"
                                   : "mutool draw -q -F txt -o - " + file);
  INFO(tool << ": " << r.err);
  CHECK(r.status == 0);
  return test::without_space(r.out);
}

}  // namespace

TEST_CASE("supplementary-plane characters draw and both extractors give them back") {
  const std::string names = "表扬𠮷田同志、𠀋𡈽同志和𠂆同志";
  for (const auto& face : {kWenKai, kUming}) {
    INFO(face.path);
    std::string pdf, error;
    bool made = test::make_pdf({face}, {{0, 0, 80, 700, 16, names}}, 1, {}, {}, pdf, error);
    INFO(error);
    if (face.path == kUming.path && !made) {
      // UMing lacks some of these: it must say which, never draw tofu.
      CHECK_THAT(error, Catch::Contains("U+"));
      continue;
    }
    REQUIRE(made);
    test::TempDir dir;
    test::write_file(dir.file("a.pdf"), pdf);
    CHECK(extract("pdftotext", dir.file("a.pdf")) == names);
    CHECK(extract("mutool", dir.file("a.pdf")) == names);
    auto fonts = test::fonts_of(pdf);
    REQUIRE(fonts.size() == 1);
    bool surrogate = false;
    for (const auto& [code, text] : fonts[0].to_unicode) surrogate |= text == U"\U00020BB7";
    CHECK(surrogate);
  }
}

TEST_CASE("𠮷 in a UMing line draws from UMing when it has it") {
  std::string pdf, error;
  bool made = test::make_pdf({kUming}, {{0, 0, 80, 700, 16, "𠮷野家"}}, 1, {}, {}, pdf, error);
  if (!made) {
    CHECK_THAT(error, Catch::Contains("U+20BB7"));
    return;
  }
  test::TempDir dir;
  test::write_file(dir.file("a.pdf"), pdf);
  CHECK(extract("pdftotext", dir.file("a.pdf")) == "𠮷野家");
}

TEST_CASE("an ideographic variation sequence draws the font's variant glyph") {
  // 葛 U+845B and 葛󠄀 U+845B U+E0100 are different glyphs in Noto Serif CJK JP.
  const std::string plain = "葛", variant = "葛\U000E0100";
  std::string pdf, error;
  bool made =
      test::make_pdf({kNotoJp}, {{0, 0, 80, 700, 16, plain + variant}}, 1, {}, {}, pdf, error);
  INFO(error);
  REQUIRE(made);
  auto shown = test::codes_shown(pdf);
  REQUIRE(shown.size() == 2);  // one code per cluster: the selector is not drawn on its own
  CHECK(shown[0] != shown[1]);
  test::TempDir dir;
  test::write_file(dir.file("a.pdf"), pdf);
  // The base character extracts from both glyphs (see font_embed.cpp for the selector).
  CHECK(extract("pdftotext", dir.file("a.pdf")) == "葛葛");
  CHECK(extract("mutool", dir.file("a.pdf")) == "葛葛");
}
