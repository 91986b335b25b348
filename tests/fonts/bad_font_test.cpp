// A font file that cannot be used is one clear error naming the role, the file and what to do;
// nothing crashes and no face is half-opened.
#include <catch2/catch.hpp>

#include "core/diagnostics.h"
#include "fonts/font_files.h"
#include "fonts/font_set.h"
#include "support/run.h"

using namespace docpipe;
using testing::spit;
using testing::TempDir;

namespace {

const char* kWenKai = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
const char* kNotoSerif = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

// Opens a FontSet whose 仿宋 role is `bytes` written to a file; returns the one error.
std::string error_for(const std::string& bytes, unsigned index = 0) {
  TempDir t;
  std::string path = t / "font.ttf";
  spit(path, bytes);
  fonts::FontConfig config;
  config.roles[fonts::Role::fangsong] = {{"", "", {path, index, ""}}};
  Diagnostics diags;
  auto set = fonts::FontSet::open(config, diags);
  CHECK_FALSE(set);
  REQUIRE(diags.error_count() == 1);
  const auto& d = diags.items()[0];
  CHECK(d.where.file == path);
  CHECK_THAT(d.message, Catch::Contains("role 'fangsong'"));
  CHECK_THAT(d.hint, Catch::Contains("data/fonts.yaml"));
  return d.message;
}

std::string wenkai() {
  return fonts_test::small_font(kWenKai, 0, U"仿宋正文");
}

}  // namespace

TEST_CASE("a missing font file") {
  fonts::FontConfig config;
  config.roles[fonts::Role::fangsong] = {{"", "", {"/nonexistent/simfang.ttf", 0, ""}}};
  Diagnostics diags;
  CHECK_FALSE(fonts::FontSet::open(config, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.items()[0].message, Catch::Contains("role 'fangsong' is missing"));
}

TEST_CASE("a truncated font file") {
  std::string whole = wenkai();
  CHECK_THAT(error_for(whole.substr(0, whole.size() / 2)), Catch::Contains("truncated"));
  CHECK_THAT(error_for(whole.substr(0, 40)), Catch::Contains("truncated"));
  CHECK_THAT(error_for(""), Catch::Contains("empty"));
}

TEST_CASE("a file that is not a font") {
  CHECK_THAT(error_for("<html>404 Not Found</html>\n"),
             Catch::Contains("not a TrueType/OpenType font"));
}

TEST_CASE("a CFF2 variable font") {
  std::string cff = fonts_test::small_font(kNotoSerif, 2, U"仿宋");
  CHECK_THAT(error_for(fonts_test::retagged(cff, "CFF ", "CFF2")), Catch::Contains("CFF2"));
}

TEST_CASE("a font without a cmap") {
  CHECK_THAT(error_for(fonts_test::retagged(wenkai(), "cmap", "cmaq")),
             Catch::Contains("no 'cmap' table"));
}

TEST_CASE("a face index past the end of a collection") {
  TempDir t;
  fonts::FontConfig config;
  config.roles[fonts::Role::fangsong] = {{"", "", {kNotoSerif, 9, ""}}};
  Diagnostics diags;
  CHECK_FALSE(fonts::FontSet::open(config, diags));
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.items()[0].message, Catch::Contains("face 9 was asked for"));
}
