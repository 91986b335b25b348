#include "ofd/fonts.h"

#include <hb-ot.h>

#include <mutex>
#include <set>
#include <tuple>

#include "core/utf8.h"
#include "fonts/subset.h"

namespace docpipe::ofd {

namespace {

// A name-table string in English (Windows or Mac record); empty if the font has none.
std::string font_name(hb_face_t* face, hb_ot_name_id_t id) {
  char buf[256];
  unsigned len = sizeof buf;
  hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, buf);
  return std::string(buf, len);
}

// Each cluster's original glyph (the variant's for a variation sequence), and the request
// that keeps them all.
bool plan_glyphs(fonts::FontSet& fonts, fonts::FaceId id, const std::set<Cluster>& clusters,
                 std::vector<uint32_t>& glyph_of, fonts::SubsetRequest& request,
                 Diagnostics& diags) {
  for (const Cluster& c : clusters) {
    uint32_t selector = c.size() > 1 ? c[1] : 0, glyph = 0;
    if (!fonts.glyph_of(id, c[0], selector, glyph)) {
      diags.error({fonts.face(id).file.path},
                  "no glyph for " + code_point_name(c[0]) +
                      (selector ? " " + code_point_name(selector) : "") + " in " +
                      fonts.face_label(id),
                  "this is a bug in the layout's font choice; please report it");
      return false;
    }
    glyph_of.push_back(glyph);
    request.code_points.push_back(c[0]);
    if (selector) request.glyphs.push_back(glyph);
  }
  return true;
}

// The subset for exactly these clusters, made once per process: the copies of a per-unit
// batch mostly use the same characters. The bytes do not depend on the cache.
bool cached_subset(const fonts::Face& face, const fonts::SubsetRequest& request,
                   fonts::FontSubset& out, Diagnostics& diags) {
  using Key = std::tuple<std::string, unsigned, std::vector<uint32_t>, std::vector<uint32_t>>;
  static std::mutex mutex;
  static std::map<Key, fonts::FontSubset> cache;
  Key key{face.file.path, face.file.index, request.code_points, request.glyphs};
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) {
      out = it->second;
      return true;
    }
  }
  if (!fonts::subset_face(face, request, out, diags)) return false;
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 16) cache.clear();  // a batch reuses a few sets; a long run stays small
  cache.emplace(std::move(key), out);
  return true;
}

}  // namespace

std::vector<Cluster> clusters_of(const std::string& utf8) {
  std::vector<Cluster> out;
  for (char32_t c : decode_utf8(utf8)) {
    if (fonts::is_variation_selector(c) && !out.empty())
      out.back() += c;
    else
      out.push_back(Cluster(1, c));
  }
  return out;
}

bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts, IdCounter& ids,
                 std::vector<EmbeddedFont>& out, Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<Cluster>> used;
  for (const auto& page : layout.pages)
    for (const auto& run : page.runs)
      for (auto& c : clusters_of(run.text)) used[run.face].insert(std::move(c));
  for (const auto& [face_id, clusters] : used) {
    const fonts::Face& face = fonts.face(face_id);
    std::vector<uint32_t> glyph_of;
    fonts::SubsetRequest request;
    fonts::FontSubset subset;
    if (!plan_glyphs(fonts, face_id, clusters, glyph_of, request, diags) ||
        !cached_subset(face, request, subset, diags))
      return false;
    EmbeddedFont f;
    f.face = face_id;
    f.id = ids.take();
    f.family_name = font_name(face.face, HB_OT_NAME_ID_FONT_FAMILY);
    f.font_name = font_name(face.face, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (f.font_name.empty()) f.font_name = f.family_name;
    if (f.font_name.empty()) f.font_name = fonts.face_label(face_id);
    size_t i = 0;
    for (const Cluster& c : clusters) {
      uint32_t nominal = 0, drawn = subset.glyph(glyph_of[i++]);
      fonts.glyph_of(face_id, c[0], 0, nominal);
      if (c.size() > 1 || subset.glyph(nominal) != drawn) f.cg_glyphs.emplace(c, drawn);
    }
    bool cff = subset.outlines == fonts::Outlines::cff;
    f.file_name = "font_" + std::to_string(f.id) + (cff ? ".otf" : ".ttf");
    f.bytes = std::move(subset.bytes);
    out.push_back(std::move(f));
  }
  return true;
}

std::map<fonts::FaceId, const EmbeddedFont*> by_face(const std::vector<EmbeddedFont>& fonts) {
  std::map<fonts::FaceId, const EmbeddedFont*> out;
  for (const auto& f : fonts) out[f.face] = &f;
  return out;
}

}  // namespace docpipe::ofd
