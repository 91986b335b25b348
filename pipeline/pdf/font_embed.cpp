#include "pdf/font_embed.h"

#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cmath>

#include "fonts/cluster_subset.h"
#include "fonts/subset_cache.h"
#include "pdf/deflate.h"
#include "pdf/to_unicode.h"

namespace docpipe::pdf {
namespace {

// A PDF name allows any regular character; PostScript names are ASCII without delimiters.
std::string postscript_name(hb_face_t* face, fonts::FaceId id) {
  char buf[128];
  unsigned len = sizeof buf;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, buf);
  std::string out;
  for (unsigned i = 0; i < len && buf[i]; ++i) {
    char c = buf[i];
    if (c > 0x20 && c < 0x7F && std::string("()<>[]{}/%#").find(c) == std::string::npos) out += c;
  }
  return out.empty() ? "Face" + std::to_string(id) : out;
}

void read_bbox(const fonts::Face& face, int bbox[4]) {
  hb_blob_t* head = hb_face_reference_table(face.face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned len = 0;
  const char* h = hb_blob_get_data(head, &len);
  if (len >= 44)  // xMin yMin xMax yMax at bytes 36..43
    for (int i = 0; i < 4; ++i) {
      int16_t v = static_cast<int16_t>((static_cast<uint8_t>(h[36 + 2 * i]) << 8) |
                                       static_cast<uint8_t>(h[37 + 2 * i]));
      bbox[i] = static_cast<int>(std::lround(v * 1000 / face.upem));
    }
  hb_blob_destroy(head);
}

// What a text extractor gives back for a cluster. An ideographic variation selector (U+E01xx)
// is left out: MuPDF 1.21 emits a ToUnicode target of several UTF-16 units that include a
// surrogate pair as lone surrogates (invalid UTF-8), while the base character alone extracts
// cleanly everywhere. Selectors in the BMP (U+FE00..FE0F) are kept.
Cluster extracted_text(const Cluster& c) {
  Cluster out;
  for (char32_t ch : c)
    if (out.empty() || !fonts::is_variation_selector(ch) || ch <= 0xFFFF) out += ch;
  return out;
}

std::shared_ptr<EmbeddedFont> make_embedding(fonts::FontSet& fonts, fonts::FaceId id,
                                             const std::set<Cluster>& clusters,
                                             Diagnostics& diags) {
  const fonts::Face& face = fonts.face(id);
  auto made = fonts::subset_clusters(fonts, id, clusters, diags);
  if (!made) return nullptr;
  const fonts::FontSubset& subset = made->subset;

  auto e = std::make_shared<EmbeddedFont>();
  std::vector<std::pair<uint32_t, Cluster>> to_unicode;
  std::vector<uint32_t> kept;  // original glyph ids: what the subset tag is made from
  size_t i = 0;
  for (const Cluster& c : clusters) {
    uint32_t code = subset.glyph(made->original[i++]);
    e->codes.emplace(c, static_cast<uint16_t>(code));
    to_unicode.emplace_back(code, extracted_text(c));
  }
  // Two characters drawn by one glyph share a code; the first (lowest) one is extracted.
  std::stable_sort(to_unicode.begin(), to_unicode.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  to_unicode.erase(std::unique(to_unicode.begin(), to_unicode.end(),
                               [](const auto& a, const auto& b) { return a.first == b.first; }),
                   to_unicode.end());
  for (const auto& [original, code] : subset.glyph_map) {
    if (code == 0) continue;
    double advance = hb_font_get_glyph_h_advance(face.font, original);
    e->widths.emplace_back(code, static_cast<int>(std::lround(advance * 1000 / face.upem)));
    kept.push_back(original);
  }
  std::sort(e->widths.begin(), e->widths.end());

  std::string base = postscript_name(face.face, id);
  e->name = subset_tag(base + "#" + std::to_string(face.file.index), kept) + "+" + base;
  e->cff = subset.outlines == fonts::Outlines::cff;
  // The subset as the fonts stage made it, byte for byte — the OFD embeds the same bytes. A
  // CFF face goes in whole as FontFile3 /OpenType (PDF 1.6): its charset is the identity
  // (fonts/cff_charset.h), so CID = glyph id whether a reader goes through the charset or not.
  const std::string* program = &subset.bytes;
  if (e->cff) {
    e->file_key = "/FontFile3";
    e->file_subtype = "/OpenType";
  } else {
    e->file_key = "/FontFile2";
  }
  e->file_deflated = deflate_bytes(*program);
  e->file_length = program->size();
  e->to_unicode_deflated = deflate_bytes(make_to_unicode_cmap(to_unicode));
  read_bbox(face, e->bbox);
  return e;
}

}  // namespace

std::shared_ptr<const EmbeddedFont> embed_face(fonts::FontSet& fonts, fonts::FaceId face,
                                               const std::set<Cluster>& clusters,
                                               Diagnostics& diags) {
  return fonts::cached_for_clusters<EmbeddedFont>(fonts.face(face).file, clusters, [&] {
    return make_embedding(fonts, face, clusters, diags);
  });
}

}  // namespace docpipe::pdf
