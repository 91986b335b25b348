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

// The subset of a face for exactly these code points, made once per process: the copies of
// a per-unit batch mostly use the same characters. The bytes do not depend on the cache.
bool cached_subset(const fonts::Face& face, const std::vector<uint32_t>& cps,
                   fonts::FontSubset& out, Diagnostics& diags) {
  static std::mutex mutex;
  static std::map<std::tuple<std::string, unsigned, std::vector<uint32_t>>, fonts::FontSubset>
      cache;
  auto key = std::make_tuple(face.file.path, face.file.index, cps);
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it != cache.end()) {
      out = it->second;
      return true;
    }
  }
  fonts::SubsetRequest request;
  request.code_points = cps;
  if (!fonts::subset_face(face, request, out, diags)) return false;
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 16) cache.clear();  // a batch reuses a few sets; a long run stays small
  cache.emplace(std::move(key), out);
  return true;
}

}  // namespace

bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts, IdCounter& ids,
                 std::vector<EmbeddedFont>& out, Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<uint32_t>> used;
  for (const auto& page : layout.pages)
    for (const auto& run : page.runs)
      for (char32_t c : decode_utf8(run.text)) used[run.face].insert(c);
  for (const auto& [face_id, cp_set] : used) {
    const fonts::Face& face = fonts.face(face_id);
    fonts::FontSubset subset;
    if (!cached_subset(face, std::vector<uint32_t>(cp_set.begin(), cp_set.end()), subset, diags))
      return false;
    EmbeddedFont f;
    f.face = face_id;
    f.id = ids.take();
    f.family_name = font_name(face.face, HB_OT_NAME_ID_FONT_FAMILY);
    f.font_name = font_name(face.face, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (f.font_name.empty()) f.font_name = f.family_name;
    if (f.font_name.empty()) f.font_name = fonts.face_label(face_id);
    bool cff = subset.outlines == fonts::Outlines::cff;
    f.file_name = "font_" + std::to_string(f.id) + (cff ? ".otf" : ".ttf");
    f.bytes = std::move(subset.bytes);
    out.push_back(std::move(f));
  }
  return true;
}

std::map<fonts::FaceId, unsigned> font_ids(const std::vector<EmbeddedFont>& fonts) {
  std::map<fonts::FaceId, unsigned> ids;
  for (const auto& f : fonts) ids[f.face] = f.id;
  return ids;
}

}  // namespace docpipe::ofd
