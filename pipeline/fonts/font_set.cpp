#include "fonts/font_set.h"

#include <hb-ot.h>
#include <hb.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <optional>

#include "core/input_file.h"
#include "core/limits.h"
#include "fonts/discovery.h"
#include "fonts/font_check.h"

namespace docpipe::fonts {

FontSet::~FontSet() {
  for (auto& f : faces_) {
    hb_font_destroy(f->font);
    hb_face_destroy(f->face);
  }
}

namespace {

std::string install_hint(const FontFile& file, const std::string& what) {
  std::string hint = "point " + what + " at another font in data/fonts.yaml (`docpipe fonts` " +
                     "shows what is used)";
  if (!file.package.empty())
    hint += ", or reinstall it: apt-get install --reinstall " + file.package;
  return hint;
}

}  // namespace

FaceId FontSet::open_face(const FontFile& file, Diagnostics& diags, const std::string& what) {
  for (size_t i = 0; i < faces_.size(); ++i)
    if (faces_[i]->file.path == file.path && faces_[i]->file.index == file.index)
      return static_cast<FaceId>(i);
  struct stat st;
  if (::stat(file.path.c_str(), &st) == 0 || errno != ENOENT) {
    // Exists: a FIFO, a device, a huge file or an exhausted process is reported as itself.
    if (!check_input_file(file.path, "font file for " + what, diags, limits::max_font_bytes()))
      return -1;
  } else {
    std::string hint = "point " + what + " at an installed font in data/fonts.yaml";
    if (!file.package.empty()) hint += ", or install it: apt-get install " + file.package;
    diags.error({file.path}, "font file for " + what + " is missing or unreadable", hint);
    return -1;
  }
  hb_blob_t* blob = hb_blob_create_from_file(file.path.c_str());
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string why;
  if (!check_font_bytes(std::string_view(data ? data : "", data ? length : 0), file.index, why)) {
    hb_blob_destroy(blob);
    diags.error({file.path},
                "font file for " + what + " cannot be used (face " + std::to_string(file.index) +
                    "): " + why,
                install_hint(file, what));
    return -1;
  }
  auto f = std::make_unique<Face>();
  f->file = file;
  f->face = hb_face_create(blob, file.index);
  hb_blob_destroy(blob);
  f->font = hb_font_create(f->face);
  f->upem = hb_face_get_upem(f->face);
  faces_.push_back(std::move(f));
  return static_cast<FaceId>(faces_.size() - 1);
}

bool FontSet::open_role(Role role, const std::vector<FontChoice>& choices, Diagnostics& diags) {
  std::string what = std::string("role '") + role_name(role) + "'";
  Resolution& r = role_resolution_[static_cast<int>(role)];
  r.tried = choices;
  std::optional<FontFile> file;
  for (size_t i = 0; i < choices.size() && !file; ++i) {
    const FontChoice& c = choices[i];
    bool last = i + 1 == choices.size();
    if (!c.family.empty())
      file = find_family(c.family, c.style);
    else if (last || ::access(c.file.path.c_str(), R_OK) == 0)
      file = c.file;  // the last one is opened even if missing, for its precise message
    if (file) {
      r.chosen = static_cast<int>(i);
      if (file->package.empty()) file->package = c.file.package;
    }
  }
  if (!file) {
    std::string tried;
    for (const auto& c : choices) tried += (tried.empty() ? "" : ", ") + c.label();
    diags.error({}, "no font for " + what + " is installed: tried " + tried,
                "install one (copy its .ttf/.otf into /usr/local/share/fonts and run fc-cache) "
                "or name an installed family or file in data/fonts.yaml; `fc-list :lang=zh "
                "family` lists the installed Chinese families");
    return false;
  }
  r.face = open_face(*file, diags, what);
  role_faces_[static_cast<int>(role)] = r.face;
  return r.face >= 0;
}

namespace {

// Whether any family name the face gives itself, in any language, says 仿宋 / FangSong.
bool is_fangsong(hb_face_t* face) {
  unsigned count = 0;
  const hb_ot_name_entry_t* entries = hb_ot_name_list_names(face, &count);
  for (unsigned i = 0; i < count; ++i) {
    if (entries[i].name_id != HB_OT_NAME_ID_FONT_FAMILY &&
        entries[i].name_id != HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY)
      continue;
    char buf[256];
    unsigned len = sizeof buf;
    hb_ot_name_get_utf8(face, entries[i].name_id, entries[i].language, &len, buf);
    std::string name(buf, len);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name.find("fangsong") != std::string::npos || name.find("仿宋") != std::string::npos)
      return true;
  }
  return false;
}

// GB/T 9704 sets the body in 仿宋; a stand-in is worth one line each run, but it is the
// machine's state, not the document's, so it is a note: the exit code stays 0.
void note_fangsong_stand_in(const FontSet& set, Diagnostics& diags) {
  FaceId id = set.role_face(Role::fangsong);
  if (id < 0 || is_fangsong(set.face(id).face)) return;
  diags.note({},
             "no 仿宋 (FangSong) font is installed; " + set.face_label(id) +
                 " stands in for the body text",
             "copy a FangSong .ttf (仿宋_GB2312, FangSong or 方正仿宋_GBK) into "
             "/usr/local/share/fonts and run fc-cache; see README, \"A real 仿宋\"");
}

}  // namespace

std::unique_ptr<FontSet> FontSet::open(const FontConfig& config, Diagnostics& diags) {
  std::unique_ptr<FontSet> set(new FontSet());
  bool ok = true;
  for (int r = 0; r < role_count; ++r) {
    auto it = config.roles.find(static_cast<Role>(r));
    if (it != config.roles.end()) ok = set->open_role(it->first, it->second, diags) && ok;
  }
  for (const auto& fb : config.fallbacks) {
    Resolution res;
    res.tried = {fb};
    std::optional<FontFile> file =
        fb.family.empty() ? std::optional<FontFile>(fb.file) : find_family(fb.family, fb.style);
    if (file) {  // a fallback family that is not installed is simply not used
      res.chosen = 0;
      res.face = set->open_face(*file, diags, "a fallback font");
      if (res.face >= 0) set->fallback_faces_.push_back(res.face);
      ok = ok && res.face >= 0;
    }
    set->fallback_resolution_.push_back(res);
  }
  if (!ok) return nullptr;
  note_fangsong_stand_in(*set, diags);
  return set;
}

double FontSet::advance_em(FaceId id, uint32_t cp) {
  Face& f = *faces_[id];
  auto it = f.advance_cache.find(cp);
  if (it != f.advance_cache.end()) return it->second;
  hb_codepoint_t glyph = 0;
  double adv = -1;
  if (hb_font_get_nominal_glyph(f.font, cp, &glyph))
    adv = hb_font_get_glyph_h_advance(f.font, glyph) / f.upem;
  f.advance_cache.emplace(cp, adv);
  return adv;
}

FaceId FontSet::face_for(Role role, uint32_t cp, bool* fell_back) {
  if (fell_back) *fell_back = false;
  FaceId own = role_face(role);
  if (own >= 0 && has_glyph(own, cp)) return own;
  for (FaceId fb : fallback_faces_) {
    if (has_glyph(fb, cp)) {
      if (fell_back) *fell_back = true;
      return fb;
    }
  }
  return -1;
}

bool is_variation_selector(uint32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool FontSet::glyph_of(FaceId id, uint32_t cp, uint32_t selector, uint32_t& glyph) const {
  hb_codepoint_t g = 0;
  hb_font_t* font = faces_[id]->font;
  bool ok = selector ? hb_font_get_variation_glyph(font, cp, selector, &g)
                     : hb_font_get_nominal_glyph(font, cp, &g);
  glyph = g;
  return ok;
}

std::string FontSet::face_label(FaceId id) const {
  const auto& p = faces_[id]->file.path;
  auto slash = p.rfind('/');
  return (slash == std::string::npos ? p : p.substr(slash + 1)) + "#" +
         std::to_string(faces_[id]->file.index);
}

}  // namespace docpipe::fonts
