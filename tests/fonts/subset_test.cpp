#include <catch2/catch.hpp>

#include <hb.h>

#include <memory>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "fonts/subset.h"

using namespace docpipe;
using namespace docpipe::fonts;

namespace {

const char* kUming = "/usr/share/fonts/truetype/arphic/uming.ttc";
const char* kZenhei = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

struct OpenFace {
  hb_blob_t* blob;
  hb_face_t* face;
  OpenFace(const char* path, unsigned index)
      : blob(hb_blob_create_from_file(path)), face(hb_face_create(blob, index)) {}
  ~OpenFace() {
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
};

uint32_t nominal(hb_face_t* face, uint32_t cp) {
  hb_font_t* font = hb_font_create(face);
  hb_codepoint_t g = 0;
  hb_font_get_nominal_glyph(font, cp, &g);
  hb_font_destroy(font);
  return g;
}

}  // namespace

TEST_CASE("a subset keeps the requested characters, maps glyph ids and is deterministic") {
  OpenFace f(kUming, 0);
  std::vector<uint32_t> cps{0x6CD5, 0x6CBB, 0x653F, 0x5E9C, 0x6CD5};  // 法治政府 (法 twice)
  FontSubset a, b;
  Diagnostics diags;
  REQUIRE(subset_face(f.face, {cps, {}}, a, diags, {}));
  REQUIRE(subset_face(f.face, {cps, {}}, b, diags, {}));
  CHECK(a.bytes == b.bytes);
  CHECK(a.outlines == Outlines::truetype);
  // .notdef and four ideographs; UMing has no composite glyphs here.
  REQUIRE(a.glyph_map.size() == 5);
  CHECK(a.glyph_map[0] == std::make_pair(0u, 0u));

  // The subset's own cmap agrees with the mapping: what a reader of the bytes sees.
  hb_blob_t* blob = hb_blob_create(a.bytes.data(), static_cast<unsigned>(a.bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* sub = hb_face_create(blob, 0);
  for (uint32_t cp : cps) {
    uint32_t mapped = a.glyph(nominal(f.face, cp));
    CHECK(mapped != 0);
    CHECK(nominal(sub, cp) == mapped);
  }
  CHECK(hb_face_get_glyph_count(sub) == 5);
  hb_face_destroy(sub);
  hb_blob_destroy(blob);
}

TEST_CASE("glyphs without a code point of their own are kept too") {
  OpenFace f(kZenhei, 0);
  uint32_t extra = hb_face_get_glyph_count(f.face) - 1;
  FontSubset out;
  Diagnostics diags;
  REQUIRE(subset_face(f.face, {{0x4E00}, {extra}}, out, diags, {}));
  CHECK(out.glyph(extra) != 0);
  CHECK(out.glyph(nominal(f.face, 0x4E00)) != 0);
  CHECK(out.glyph(12345678) == 0);
}

TEST_CASE("subsetting refuses characters the face lacks, naming them") {
  OpenFace f(kUming, 0);
  FontSubset out;
  Diagnostics diags;
  CHECK_FALSE(subset_face(f.face, {{0x4E00, 0x1F600}, {}}, out, diags, {"uming.ttc"}));
  REQUIRE(diags.error_count() == 1);
  CHECK_THAT(diags.items()[0].message, Catch::Contains("U+1F600"));
}

TEST_CASE("a FontSet face subsets through the same entry point") {
  Diagnostics diags;
  auto set = FontSet::open(default_font_config(), diags);
  REQUIRE(set);
  FontSubset out;
  REQUIRE(subset_face(set->face(set->role_face(Role::heiti)), {{0x9ED1}, {}}, out, diags));
  CHECK(out.glyph_map.size() == 2);
}
