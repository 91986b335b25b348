#include "pdf/subset.h"

#include "core/utf8.h"
#include "fonts/subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace docpipe::pdf {
namespace {

// The tables libharu 2.3.0 reads (src/hpdf_fontdef_tt.c, LoadFontData + REQUIRED_TAGS).
// It also lists cvt/fpgm/prep but writes them as empty tables when absent, so hinting can go.
constexpr const char* kKeepTables[] = {"OS/2", "cmap", "glyf", "head", "hhea",
                                       "hmtx", "loca", "maxp", "name", "post"};

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;

uint16_t be16(const std::string& b, size_t at) {
  if (at + 2 > b.size()) return 0;
  return static_cast<uint16_t>((static_cast<uint8_t>(b[at]) << 8) |
                               static_cast<uint8_t>(b[at + 1]));
}
uint32_t be32(const std::string& b, size_t at) {
  return (static_cast<uint32_t>(be16(b, at)) << 16) | be16(b, at + 2);
}

// Offset and length of a table in a single-face sfnt, or {0, 0}.
std::pair<size_t, size_t> find_table(const std::string& b, const char* tag) {
  uint16_t n = be16(b, 4);
  for (size_t i = 0; i < n; ++i) {
    size_t rec = 12 + 16 * i;
    if (rec + 16 > b.size()) break;
    if (b.compare(rec, 4, tag) == 0) {
      size_t off = be32(b, rec + 8), len = be32(b, rec + 12);
      if (off + len <= b.size()) return {off, len};
    }
  }
  return {0, 0};
}

// Re-checks the result the way libharu's loader will, so a font it would reject is reported
// here with a reason instead of as a bare libharu error code later.
std::string libharu_problem(const std::string& b) {
  for (const char* tag : kKeepTables)
    if (find_table(b, tag).second == 0) return std::string("no '") + tag + "' table";
  auto [cmap, cmap_len] = find_table(b, "cmap");
  bool ms_bmp = false;
  for (size_t i = 0, n = be16(b, cmap + 2); i < n && 4 + 8 * i + 8 <= cmap_len; ++i) {
    size_t rec = cmap + 4 + 8 * i;
    if (be16(b, rec) == 3 && be16(b, rec + 2) == 1 && be16(b, cmap + be32(b, rec + 4)) == 4)
      ms_bmp = true;
  }
  if (!ms_bmp) return "no Windows Unicode BMP (3,1) format 4 cmap";
  auto [name, name_len] = find_table(b, "name");
  size_t ps_len = 0, style_len = 0;
  for (size_t i = 0, n = be16(b, name + 2); i < n && 6 + 12 * i + 12 <= name_len; ++i) {
    size_t rec = name + 6 + 12 * i;
    uint16_t platform = be16(b, rec), encoding = be16(b, rec + 2), lang = be16(b, rec + 4);
    uint16_t id = be16(b, rec + 6), len = be16(b, rec + 8);
    bool mac = platform == 1 && encoding == 0;
    bool win = platform == 3 && encoding == 1 && lang == 0x0409;
    if (!mac && !win) continue;
    size_t chars = mac ? len : (len + 1) / 2;
    if (id == 6) ps_len = std::max(ps_len, chars);
    if (id == 2) style_len = std::max(style_len, chars);
  }
  if (ps_len == 0 || style_len == 0) return "no PostScript name (name id 6) or style (id 2)";
  if (ps_len + style_len + 8 > 127) return "PostScript name longer than libharu accepts";
  auto [os2, os2_len] = find_table(b, "OS/2");
  if (os2_len >= 10 && (be16(b, os2 + 8) & 0x0302) != 0)
    return "the font's licence bits (OS/2 fsType) forbid embedding";
  return {};
}

}  // namespace

bool subset_font(const std::string& font_path, unsigned face_index,
                 const std::vector<uint32_t>& codepoints, SubsetFont& out, Diagnostics& diags) {
  Location where{font_path, 0, 0, "face " + std::to_string(face_index)};

  std::vector<uint32_t> cps(codepoints);
  std::sort(cps.begin(), cps.end());
  cps.erase(std::unique(cps.begin(), cps.end()), cps.end());
  std::string beyond_bmp;
  for (uint32_t cp : cps)
    if (cp > 0xFFFF) beyond_bmp += (beyond_bmp.empty() ? "" : ", ") + code_point_name(cp);
  if (!beyond_bmp.empty()) {
    diags.error(where, "characters above U+FFFF cannot be drawn through libharu: " + beyond_bmp,
                "libharu's UTF-8 mode addresses only the Basic Multilingual Plane; these "
                "characters need a separate fallback (see DESIGN.md)");
    return false;
  }

  Blob blob(hb_blob_create_from_file_or_fail(font_path.c_str()));
  if (!blob) {
    diags.error(where, "cannot read font file", "check the font path in the font role map");
    return false;
  }
  unsigned faces = hb_face_count(blob.get());
  if (face_index >= faces) {
    diags.error(where,
                "font file has " + std::to_string(faces) + " face(s), face " +
                    std::to_string(face_index) + " requested",
                faces == 0 ? "the file is not a TrueType/OpenType font"
                           : "use a face index below " + std::to_string(faces));
    return false;
  }
  Face face(hb_face_create(blob.get(), face_index));
  Blob glyf(hb_face_reference_table(face.get(), HB_TAG('g', 'l', 'y', 'f')));
  if (hb_blob_get_length(glyf.get()) == 0) {
    diags.error(where, "font has no TrueType outlines (glyf table)",
                "libharu 2.3.0 embeds only TrueType-flavoured fonts; OpenType/CFF fonts such as "
                "Noto CJK .otf cannot be used");
    return false;
  }
  fonts::FontSubset subset;
  if (!fonts::subset_face(face.get(), {cps, {}}, subset, diags, where)) return false;
  std::string bytes = std::move(subset.bytes);

  std::string problem = libharu_problem(bytes);
  if (!problem.empty()) {
    diags.error(where, "font subset cannot be embedded by libharu: " + problem,
                "use another TrueType font for this role");
    return false;
  }
  out.bytes = std::move(bytes);
  return true;
}

}  // namespace docpipe::pdf
