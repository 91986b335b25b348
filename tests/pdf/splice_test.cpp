// The post-pass splices each document's real font subset in place of libharu's one-glyph
// stand-in: every CID must map to the glyph the embedded font's own cmap gives its code point,
// with that glyph's width, or pages would show wrong characters that still extract right.
#include <hb.h>
#include <catch2/catch.hpp>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <map>

#include "fonts/font_set.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/writer.h"
#include "support/run.h"

namespace {

std::string bytes_of(QPDFObjectHandle stream) {
  auto b = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

// CID → width from a /W array in its c [w …] form.
std::map<uint32_t, int> widths_of(QPDFObjectHandle w) {
  std::map<uint32_t, int> out;
  for (int i = 0; i + 1 < w.getArrayNItems(); i += 2) {
    uint32_t first = static_cast<uint32_t>(w.getArrayItem(i).getIntValue());
    auto run = w.getArrayItem(i + 1);
    for (int k = 0; k < run.getArrayNItems(); ++k)
      out[first + k] = static_cast<int>(run.getArrayItem(k).getIntValue());
  }
  return out;
}

}  // namespace

TEST_CASE("every CID maps to the embedded font's own glyph for its code point, with its width") {
  docpipe::Diagnostics diags;
  auto font_set = docpipe::fonts::FontSet::open(docpipe::fonts::default_font_config(), diags);
  REQUIRE(font_set);
  std::string md = testing::slurp(testing::source_dir() + "/tests/layout/data/notice.md");
  docpipe::markup::Document doc;
  REQUIRE(docpipe::markup::parse_document(md, "notice.md", doc, diags));
  auto layout = docpipe::layout::layout_document(doc, *font_set, diags);
  std::string pdf_bytes;
  REQUIRE(docpipe::pdf::write_pdf(layout, *font_set, pdf_bytes, diags));
  QPDF pdf;
  pdf.processMemoryFile("notice", pdf_bytes.data(), pdf_bytes.size());
  int fonts = 0;
  size_t checked = 0;
  for (auto obj : pdf.getAllObjects()) {
    if (!obj.isDictionary() || !obj.getKey("/Subtype").isNameAndEquals("/CIDFontType2")) continue;
    ++fonts;
    std::string font = bytes_of(obj.getKey("/FontDescriptor").getKey("/FontFile2"));
    std::string map = bytes_of(obj.getKey("/CIDToGIDMap"));
    auto widths = widths_of(obj.getKey("/W"));
    hb_blob_t* blob =
        hb_blob_create(font.data(), font.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* hb = hb_font_create(face);
    double upem = hb_face_get_upem(face);
    for (uint32_t cid = 0; 2 * cid + 1 < map.size(); ++cid) {
      uint16_t gid = static_cast<uint16_t>((static_cast<uint8_t>(map[2 * cid]) << 8) |
                                           static_cast<uint8_t>(map[2 * cid + 1]));
      if (gid == 0) continue;
      hb_codepoint_t own = 0;
      INFO("CID " << cid);
      REQUIRE(hb_font_get_nominal_glyph(hb, cid, &own));
      CHECK(own == gid);
      REQUIRE(widths.count(cid));
      CHECK(widths[cid] == Approx(hb_font_get_glyph_h_advance(hb, gid) * 1000 / upem).margin(1));
      ++checked;
    }
    hb_font_destroy(hb);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
  CHECK(fonts == 3);
  CHECK(checked > 300);  // the notice uses a few hundred distinct characters
}
