#include <catch2/catch.hpp>

#include <hpdf.h>

#include "core/diagnostics.h"
#include "pdf/font_file.h"
#include "pdf/pdf_test_util.h"
#include "pdf/subset.h"

using namespace docpipe;
using namespace docpipe::pdf;

namespace {

const char* kUming = "/usr/share/fonts/truetype/arphic/uming.ttc";
const char* kUkai = "/usr/share/fonts/truetype/arphic/ukai.ttc";
const char* kZenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

bool libharu_loads(const std::string& bytes, std::string& base_name) {
  Diagnostics diags;
  FontFile file;
  if (!file.open(bytes, diags)) return false;
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_UseUTFEncodings(pdf);
  const char* name = HPDF_LoadTTFontFromFile(pdf, file.path().c_str(), HPDF_TRUE);
  bool ok = name && HPDF_GetFont(pdf, name, "UTF-8");
  if (name) base_name = name;
  HPDF_Free(pdf);
  return ok;
}

}  // namespace

// Measured with hb-subset 6.0.0: 311,644 bytes (glyf 303,767: Ming outlines average ~257 points,
// ~750 bytes a glyph with no hinting and no composites; ~158 KB once deflated in the PDF).
TEST_CASE("a page of 400 ideographs from AR PL UMing subsets to about 300 KB and loads") {
  SubsetFont out;
  Diagnostics diags;
  bool ok = subset_font(kUming, 0, test::ideographs_in(kUming, 400), out, diags);
  INFO(diags.format_all());
  REQUIRE(ok);
  WARN("UMing subset, 400 ideographs: " << out.bytes.size() << " bytes");
  CHECK(out.bytes.size() < 340000);
  std::string name;
  CHECK(libharu_loads(out.bytes, name));
  // libharu's name for it: PostScript name (id 6) + "," + style (id 2) unless "Regular".
  CHECK(name == "UMingCN,Light");
}

TEST_CASE("every configured face subsets and loads in libharu") {
  std::string text = "关于法治政府建设年度报告“”（）《》，。、0123456789ABCxyz";
  for (const char* path : {kUming, kUkai, kZenhei}) {
    SubsetFont out;
    Diagnostics diags;
    INFO(path);
    REQUIRE(subset_font(path, 0, test::code_points(text), out, diags));
    CHECK(out.bytes.size() < 40 * 1024);
    std::string name;
    CHECK(libharu_loads(out.bytes, name));
  }
}

TEST_CASE("subsetting is deterministic") {
  SubsetFont a, b;
  Diagnostics diags;
  REQUIRE(subset_font(kZenhei, 0, test::ideographs_in(kZenhei, 400), a, diags));
  REQUIRE(subset_font(kZenhei, 0, test::ideographs_in(kZenhei, 400), b, diags));
  CHECK(a.bytes == b.bytes);
}

TEST_CASE("subsetting refuses what would become tofu or a libharu error") {
  SubsetFont out;
  SECTION("characters beyond the BMP") {
    Diagnostics diags;
    CHECK_FALSE(subset_font(kUming, 0, {0x4E00, 0x20BB7}, out, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK_THAT(diags.items()[0].message, Catch::Contains("U+20BB7"));
  }
  SECTION("characters the face lacks are named") {
    Diagnostics diags;
    CHECK_FALSE(subset_font(kUming, 0, {0x4E00, 0xE000}, out, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK_THAT(diags.items()[0].message, Catch::Contains("U+E000"));
  }
  SECTION("a face index past the end") {
    Diagnostics diags;
    CHECK_FALSE(subset_font(kUming, 9, {0x4E00}, out, diags));
    CHECK(diags.has_errors());
  }
  SECTION("a missing file") {
    Diagnostics diags;
    CHECK_FALSE(subset_font("/nonexistent/font.ttf", 0, {0x4E00}, out, diags));
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].where.file == "/nonexistent/font.ttf");
  }
}

TEST_CASE("a font file exists while its owner lives and is gone after") {
  std::string path;
  {
    FontFile file;
    Diagnostics diags;
    REQUIRE(file.open("abc", diags));
    path = file.path();
    CHECK(test::read_file(path) == "abc");
    FontFile moved = std::move(file);
    CHECK_FALSE(file.is_open());
    CHECK(moved.path() == path);
    CHECK(test::read_file(path) == "abc");
  }
  CHECK(test::read_file(path).empty());
}

TEST_CASE("libharu keeps the first font loaded under a name: one subset per face and document") {
  // The writer must therefore subset each face once per document, with every code point the
  // document draws in it; a second subset of the same face is silently ignored by libharu.
  SubsetFont a, b;
  Diagnostics diags;
  REQUIRE(subset_font(kUkai, 0, {0x4E00}, a, diags));
  REQUIRE(subset_font(kUkai, 0, {0x4E01}, b, diags));
  FontFile fa, fb;
  REQUIRE(fa.open(a.bytes, diags));
  REQUIRE(fb.open(b.bytes, diags));
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_UseUTFEncodings(pdf);
  std::string first = HPDF_LoadTTFontFromFile(pdf, fa.path().c_str(), HPDF_TRUE);
  std::string second = HPDF_LoadTTFontFromFile(pdf, fb.path().c_str(), HPDF_TRUE);
  CHECK(first == second);
  HPDF_Free(pdf);
}
