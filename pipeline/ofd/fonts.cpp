#include "ofd/fonts.h"

#include <hb-ot.h>

#include <set>

#include "fonts/cluster_subset.h"

namespace docpipe::ofd {

namespace {

// A name-table string in English (Windows or Mac record); empty if the font has none.
std::string font_name(hb_face_t* face, hb_ot_name_id_t id) {
  char buf[256];
  unsigned len = sizeof buf;
  hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, buf);
  return std::string(buf, len);
}

// Readers that match a font by name (ofd.js takes FamilyName, else FontName) cannot tell two
// faces of one family apart (Noto Serif CJK SC Regular for the body, Bold for the 标题): the
// 标题's characters came out bold in the body. Where two embedded faces share a family,
// FamilyName (optional in GB/T 33190) is left out and the unique FontName is what they match.
void drop_shared_families(std::vector<EmbeddedFont>& fonts) {
  std::map<std::string, int> faces;
  for (const auto& f : fonts) ++faces[f.family_name];
  for (auto& f : fonts)
    if (faces[f.family_name] > 1) f.family_name.clear();
}

}  // namespace

bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts, IdCounter& ids,
                 std::vector<EmbeddedFont>& out, Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<Cluster>> used;
  for (const auto& page : layout.pages)
    for (const auto* runs : {&page.runs, &page.sheet_runs})
      for (const auto& run : *runs)
        for (auto& c : clusters_of(run.text)) used[run.face].insert(std::move(c));
  for (const auto& [face_id, clusters] : used) {
    const fonts::Face& face = fonts.face(face_id);
    auto made = fonts::subset_clusters(fonts, face_id, clusters, diags);
    if (!made) return false;
    const fonts::FontSubset& subset = made->subset;
    EmbeddedFont f;
    f.face = face_id;
    f.id = ids.take();
    f.family_name = font_name(face.face, HB_OT_NAME_ID_FONT_FAMILY);
    f.font_name = font_name(face.face, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (f.font_name.empty()) f.font_name = f.family_name;
    if (f.font_name.empty()) f.font_name = fonts.face_label(face_id);
    size_t i = 0;
    for (const Cluster& c : clusters) {
      uint32_t nominal = 0, drawn = subset.glyph(made->original[i++]);
      fonts.glyph_of(face_id, c[0], 0, nominal);
      if (c.size() > 1 || subset.glyph(nominal) != drawn) f.cg_glyphs.emplace(c, drawn);
    }
    bool cff = subset.outlines == fonts::Outlines::cff;
    f.file_name = "font_" + std::to_string(f.id) + (cff ? ".otf" : ".ttf");
    f.bytes = subset.bytes;
    out.push_back(std::move(f));
  }
  drop_shared_families(out);
  return true;
}

std::map<fonts::FaceId, const EmbeddedFont*> by_face(const std::vector<EmbeddedFont>& fonts) {
  std::map<fonts::FaceId, const EmbeddedFont*> out;
  for (const auto& f : fonts) out[f.face] = &f;
  return out;
}

}  // namespace docpipe::ofd
