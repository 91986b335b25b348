#include "fonts/subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <memory>

#include "core/utf8.h"
#include "fonts/cff_charset.h"
#include "fonts/font_set.h"

namespace docpipe::fonts {
namespace {

// What an embedded font needs: outlines, metrics, the cmap (PDF text extraction and OFD
// readers map code points through it) and names. Everything else never reaches the reader,
// and GSUB closure (vertical forms etc.) would pull in glyphs nobody draws.
constexpr const char* kCommonTables[] = {"OS/2", "cmap", "head", "hhea",
                                         "hmtx", "maxp", "name", "post"};
constexpr const char* kTrueTypeTables[] = {"glyf", "loca"};
constexpr const char* kCffTables[] = {"CFF "};

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using Input =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using Plan = std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

bool has_table(hb_face_t* face, const char* tag) {
  Blob t(hb_face_reference_table(face, hb_tag_from_string(tag, 4)));
  return hb_blob_get_length(t.get()) > 0;
}

bool kept(hb_tag_t tag, Outlines outlines) {
  for (const char* k : kCommonTables)
    if (tag == hb_tag_from_string(k, 4)) return true;
  if (outlines == Outlines::truetype) {
    for (const char* k : kTrueTypeTables)
      if (tag == hb_tag_from_string(k, 4)) return true;
  } else {
    for (const char* k : kCffTables)
      if (tag == hb_tag_from_string(k, 4)) return true;
  }
  return false;
}

// hb-subset silently drops code points the face lacks; that would be tofu, so refuse.
bool check_coverage(hb_face_t* face, const std::vector<uint32_t>& cps,
                    const std::vector<uint32_t>& glyphs, Diagnostics& diags,
                    const Location& where) {
  Font font(hb_font_create(face));
  std::string missing;
  size_t missing_count = 0;
  for (uint32_t cp : cps) {
    hb_codepoint_t gid = 0;
    if (!hb_font_get_nominal_glyph(font.get(), cp, &gid) && ++missing_count <= 20)
      missing += (missing.empty() ? "" : ", ") + code_point_name(cp) + " " + encode_utf8(cp);
  }
  if (missing_count > 0) {
    diags.error(where,
                std::to_string(missing_count) + " character(s) not in this font: " + missing +
                    (missing_count > 20 ? ", ..." : ""),
                "choose a font that has them or add a fallback font for these characters");
    return false;
  }
  unsigned count = hb_face_get_glyph_count(face);
  if (!glyphs.empty() && glyphs.back() >= count) {
    diags.error(where,
                "glyph " + std::to_string(glyphs.back()) + " requested, the face has " +
                    std::to_string(count),
                "this is a bug in the caller; please report it with the document");
    return false;
  }
  return true;
}

std::vector<uint32_t> sorted_unique(std::vector<uint32_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

Input make_input(hb_face_t* face, const std::vector<uint32_t>& cps,
                 const std::vector<uint32_t>& glyphs, Outlines outlines) {
  Input input(hb_subset_input_create_or_fail());
  if (!input) return input;
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (uint32_t cp : cps) hb_set_add(unicodes, cp);
  hb_set_t* glyph_set = hb_subset_input_glyph_set(input.get());
  for (uint32_t g : glyphs) hb_set_add(glyph_set, g);
  // No hinting: PDF and OFD viewers rasterise at high resolution. NAME_LEGACY keeps Mac (1,0)
  // names beside Windows ones; language 0 is Mac English, 0x0409 Windows en-US.
  // DESUBROUTINIZE (CFF only): inlining the subroutines the kept glyphs call, instead of
  // re-packing the subroutine indexes around them, halves hb-subset's time for a CFF CJK face
  // and makes the deflated program smaller (Noto Serif CJK SC, 850 ideographs: 7 ms instead
  // of 16 ms, 199 KB instead of 226 KB), because dropping hints already rewrites every charstring.
  unsigned flags = HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NAME_LEGACY;
  if (outlines == Outlines::cff) flags |= HB_SUBSET_FLAGS_DESUBROUTINIZE;
  hb_subset_input_set_flags(input.get(), flags);
  hb_set_t* langs = hb_subset_input_set(input.get(), HB_SUBSET_SETS_NAME_LANG_ID);
  hb_set_add(langs, 0);
  hb_set_add(langs, 0x0409);
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  unsigned total = hb_face_get_table_tags(face, 0, nullptr, nullptr);
  std::vector<hb_tag_t> tags(total);
  unsigned count = total;
  hb_face_get_table_tags(face, 0, &count, tags.data());
  for (unsigned i = 0; i < count; ++i)
    if (!kept(tags[i], outlines)) hb_set_add(drop, tags[i]);
  return input;
}

}  // namespace

uint32_t FontSubset::glyph(uint32_t original) const {
  auto it =
      std::lower_bound(glyph_map.begin(), glyph_map.end(), std::make_pair(original, uint32_t{0}));
  return it != glyph_map.end() && it->first == original ? it->second : 0;
}

bool outline_kind(hb_face_t* face, Outlines& out, std::string& why) {
  if (has_table(face, "CFF2")) {
    why = "it is a CFF2 (variable OpenType) font, which cannot be embedded";
    return false;
  }
  if (has_table(face, "glyf") && has_table(face, "loca")) {
    out = Outlines::truetype;
    return true;
  }
  if (has_table(face, "CFF ")) {
    out = Outlines::cff;
    return true;
  }
  why = "it has no glyph outlines (neither a glyf nor a CFF table)";
  return false;
}

bool subset_face(hb_face_t* face, const SubsetRequest& request, FontSubset& out, Diagnostics& diags,
                 const Location& where) {
  Outlines outlines;
  std::string why;
  if (!outline_kind(face, outlines, why)) {
    diags.error(where, "font cannot be embedded: " + why,
                "use a TrueType (.ttf/.ttc) or OpenType CFF (.otf/.otc) font");
    return false;
  }
  std::vector<uint32_t> cps = sorted_unique(request.code_points);
  std::vector<uint32_t> glyphs = sorted_unique(request.glyphs);
  if (!check_coverage(face, cps, glyphs, diags, where)) return false;

  Input input = make_input(face, cps, glyphs, outlines);
  Plan plan(input ? hb_subset_plan_create_or_fail(face, input.get()) : nullptr);
  FacePtr subset(plan ? hb_subset_plan_execute_or_fail(plan.get()) : nullptr);
  if (!subset) {
    diags.error(where, "HarfBuzz could not subset the font",
                "the font file may be damaged; try another copy of it");
    return false;
  }
  Blob result(hb_face_reference_blob(subset.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(result.get(), &len);
  out.bytes.assign(data ? data : "", data ? len : 0);
  if (outlines == Outlines::cff && !make_cff_charset_identity(out.bytes)) {
    diags.error(where, "the font's CFF table is malformed after subsetting",
                "the font file may be damaged; try another copy of it");
    return false;
  }
  out.outlines = outlines;
  out.glyph_map.clear();
  const hb_map_t* new_to_old = hb_subset_plan_new_to_old_glyph_mapping(plan.get());
  unsigned n = hb_face_get_glyph_count(subset.get());
  for (unsigned g = 0; g < n; ++g) {
    hb_codepoint_t old = hb_map_get(new_to_old, g);
    if (old != HB_MAP_VALUE_INVALID) out.glyph_map.emplace_back(old, g);
  }
  std::sort(out.glyph_map.begin(), out.glyph_map.end());
  return true;
}

bool subset_face(const Face& face, const SubsetRequest& request, FontSubset& out,
                 Diagnostics& diags) {
  Location where{face.file.path, 0, 0, "face " + std::to_string(face.file.index)};
  return subset_face(face.face, request, out, diags, where);
}

}  // namespace docpipe::fonts
