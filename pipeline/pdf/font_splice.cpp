#include "pdf/font_splice.h"

#include <hb.h>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>

#include <cmath>

namespace docpipe::pdf {

namespace {
int16_t be16s(const char* p) {
  return static_cast<int16_t>((static_cast<uint8_t>(p[0]) << 8) | static_cast<uint8_t>(p[1]));
}
}  // namespace

bool make_splice(const std::string& base_name, const std::string& subset_bytes,
                 const std::vector<uint32_t>& codepoints, FontSplice& out, Diagnostics& diags) {
  hb_blob_t* blob = hb_blob_create(subset_bytes.data(), static_cast<unsigned>(subset_bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  const double upem = hb_face_get_upem(face);
  out.base_name = base_name;
  out.font_bytes = subset_bytes;
  out.font_deflated = deflate_bytes(subset_bytes);
  out.cid_to_gid.clear();
  out.widths.clear();
  bool ok = true;
  for (uint32_t cp : codepoints) {
    hb_codepoint_t gid = 0;
    if (cp > 0xFFFF || !hb_font_get_nominal_glyph(font, cp, &gid) || gid > 0xFFFF) {
      ok = false;
      continue;
    }
    out.cid_to_gid.emplace_back(cp, static_cast<uint16_t>(gid));
    out.widths.push_back(
        static_cast<int>(std::lround(hb_font_get_glyph_h_advance(font, gid) * 1000 / upem)));
  }
  // head: xMin yMin xMax yMax at bytes 36..43.
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned len = 0;
  const char* h = hb_blob_get_data(head, &len);
  if (len >= 44)
    for (int i = 0; i < 4; ++i)
      out.bbox[i] = static_cast<int>(std::lround(be16s(h + 36 + 2 * i) * 1000 / upem));
  hb_blob_destroy(head);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  if (!ok)
    diags.error({}, "font " + base_name + ": its subset lacks a character the page uses",
                "this is a bug in the font subsetter; please report it with the document");
  return ok;
}

std::string deflate_bytes(const std::string& bytes) {
  Pl_Buffer buffer("deflated");
  Pl_Flate flate("deflate", &buffer, Pl_Flate::a_deflate);
  flate.write(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  flate.finish();
  auto b = buffer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

std::string cid_to_gid_stream(const FontSplice& s) {
  uint32_t max_cid = s.cid_to_gid.empty() ? 0 : s.cid_to_gid.back().first;
  std::string map(2 * (max_cid + 1), '\0');
  for (const auto& [cid, gid] : s.cid_to_gid) {
    map[2 * cid] = static_cast<char>(gid >> 8);
    map[2 * cid + 1] = static_cast<char>(gid & 0xFF);
  }
  return map;
}

}  // namespace docpipe::pdf
