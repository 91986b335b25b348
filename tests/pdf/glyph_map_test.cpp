// Codes are glyph ids of the embedded subset (Identity-H): every code must draw the glyph the
// embedded font's own cmap gives the character its ToUnicode entry names, with that glyph's
// width, or pages would show wrong characters that still extract right.
#include <hb.h>
#include <catch2/catch.hpp>

#include <set>

#include "fonts/cff_charset.h"
#include "fonts/font_set.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_test_util.h"
#include "pdf/writer.h"
#include "support/run.h"

using namespace docpipe::pdf;

namespace {

struct Sfnt {
  hb_blob_t* blob;
  hb_face_t* face;
  hb_font_t* font;
  explicit Sfnt(const std::string& bytes)
      : blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr)),
        face(hb_face_create(blob, 0)),
        font(hb_font_create(face)) {}
  ~Sfnt() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
};

}  // namespace

TEST_CASE("every code draws the embedded TrueType glyph of its character, with its width") {
  docpipe::Diagnostics diags;
  // The TrueType faces of Debian (the defaults are mostly CFF: see the next test).
  docpipe::fonts::FontConfig config;
  auto file = [](const char* path) {
    return std::vector<docpipe::fonts::FontChoice>{{"", "", {path, 0, ""}}};
  };
  using docpipe::fonts::Role;
  config.roles[Role::fangsong] = file("/usr/share/fonts/truetype/arphic/uming.ttc");
  config.roles[Role::kaiti] = file("/usr/share/fonts/truetype/arphic/ukai.ttc");
  config.roles[Role::heiti] = file("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  config.roles[Role::xiaobiaosong] = file("/usr/share/fonts/truetype/arphic/uming.ttc");
  config.roles[Role::song] = file("/usr/share/fonts/truetype/arphic/uming.ttc");
  auto font_set = docpipe::fonts::FontSet::open(config, diags);
  REQUIRE(font_set);
  std::string md = testing::slurp(testing::source_dir() + "/tests/layout/data/notice.md");
  docpipe::markup::Document doc;
  REQUIRE(docpipe::markup::parse_document(md, "notice.md", doc, diags));
  auto layout = docpipe::layout::layout_document(doc, *font_set, diags);
  std::string pdf;
  REQUIRE(write_pdf(layout, *font_set, pdf, diags));
  auto fonts = test::fonts_of(pdf);
  REQUIRE(fonts.size() == 3);
  std::set<uint32_t> mapped;
  size_t checked = 0;
  for (const auto& f : fonts) {
    INFO(f.base_font);
    CHECK(f.subtype == "/CIDFontType2");
    CHECK(f.file_key == "/FontFile2");
    CHECK(f.cid_to_gid == "/Identity");
    Sfnt sub(f.program);
    double upem = hb_face_get_upem(sub.face);
    for (const auto& [code, text] : f.to_unicode) {
      INFO("code " << code << " U+" << std::hex << static_cast<uint32_t>(text[0]) << std::dec);
      REQUIRE(text.size() == 1);
      hb_codepoint_t own = 0;
      REQUIRE(hb_font_get_nominal_glyph(sub.font, text[0], &own));
      CHECK(own == code);
      REQUIRE(f.widths.count(code));
      CHECK(f.widths.at(code) ==
            Approx(hb_font_get_glyph_h_advance(sub.font, code) * 1000 / upem).margin(1));
      mapped.insert(code);
      ++checked;
    }
  }
  CHECK(checked > 300);  // the notice uses a few hundred distinct characters
  for (uint32_t code : test::codes_shown(pdf)) CHECK(mapped.count(code));
}

TEST_CASE(
    "a CID-keyed CFF subset (Noto CJK) embeds as OpenType in a CIDFontType0 with CID = glyph id") {
  const std::vector<test::FaceSpec> faces = {
      {"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2},
      {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2}};
  std::string pdf, error;
  bool made = test::make_pdf(faces,
                             {{0, 0, 80, 700, 16, "关于法治政府建设的报告，第12项。"},
                              {1, 0, 80, 660, 16, "一、主要工作"}},
                             1, {}, {}, pdf, error);
  INFO(error);
  REQUIRE(made);
  auto fonts = test::fonts_of(pdf);
  REQUIRE(fonts.size() == 2);
  for (const auto& f : fonts) {
    INFO(f.base_font);
    CHECK(f.subtype == "/CIDFontType0");
    CHECK(f.file_key == "/FontFile3");
    CHECK(f.file_subtype == "/OpenType");
    std::string cff = docpipe::fonts::cff_table(f.program);
    CHECK(docpipe::fonts::cff_is_cid_keyed(cff));
    std::vector<uint32_t> cids;
    REQUIRE(docpipe::fonts::cff_charset(cff, cids));
    for (size_t g = 0; g < cids.size(); ++g) CHECK(cids[g] == g);
    for (const auto& [code, text] : f.to_unicode) {
      CHECK(code < cids.size());
      CHECK(f.widths.count(code));
    }
  }
  CHECK(fonts[0].base_font.find("+NotoSerifCJKsc-Regular") != std::string::npos);
}
