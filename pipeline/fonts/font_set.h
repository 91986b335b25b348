// The fonts a document is set in, opened once per process with HarfBuzz: which face draws a
// character in a role (the role's font, else the first fallback that has it) and how wide it is.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/font_config.h"

struct hb_face_t;
struct hb_font_t;

namespace docpipe::fonts {

using FaceId = int;

struct Face {
  FontFile file;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  double upem = 1000;
  std::unordered_map<uint32_t, double> advance_cache;  // em units / upem, -1 = absent
};

// U+FE00..FE0F and the ideographic variation selectors U+E0100..E01EF: they choose a glyph
// variant of the character before them and are never drawn on their own.
bool is_variation_selector(uint32_t cp);

// How a role or fallback came to its face: the preferences tried and the one used.
struct Resolution {
  std::vector<FontChoice> tried;  // in order of preference
  int chosen = -1;                // index into `tried`; -1: none installed
  FaceId face = -1;
};

class FontSet {
 public:
  // Resolves every role and fallback (families through fontconfig, first one installed wins)
  // and opens the faces. A role with no installed candidate, or whose file is missing,
  // truncated, not a font, a CFF2 variable font or without a cmap, is one error naming the
  // role, the file and what to do.
  static std::unique_ptr<FontSet> open(const FontConfig& config, Diagnostics& diags);
  ~FontSet();

  FaceId role_face(Role role) const { return role_faces_[static_cast<int>(role)]; }
  // The face that draws `cp` in `role`: the role's own if it has the glyph, else the first
  // fallback that has it; -1 if none does. `fell_back` tells the caller to warn.
  FaceId face_for(Role role, uint32_t cp, bool* fell_back = nullptr);
  // Advance of `cp` in `face`, in em (1.0 = the font size); < 0 if the face lacks it.
  double advance_em(FaceId face, uint32_t cp);
  bool has_glyph(FaceId face, uint32_t cp) { return advance_em(face, cp) >= 0; }
  // The glyph id that draws `cp` followed by variation selector `selector` (0: none) in
  // `face`: the font's variant glyph (cmap format 14) or, for a selector the font lists as
  // "default", the nominal glyph. False if the face has no glyph for that sequence.
  bool glyph_of(FaceId face, uint32_t cp, uint32_t selector, uint32_t& glyph) const;
  const Face& face(FaceId id) const { return *faces_[id]; }
  size_t face_count() const { return faces_.size(); }
  // A short name for messages: "uming.ttc#0".
  std::string face_label(FaceId id) const;
  const Resolution& role_resolution(Role role) const {
    return role_resolution_[static_cast<int>(role)];
  }
  const std::vector<Resolution>& fallback_resolution() const { return fallback_resolution_; }

 private:
  FaceId open_face(const FontFile& file, Diagnostics& diags, const std::string& what);
  bool open_role(Role role, const std::vector<FontChoice>& choices, Diagnostics& diags);
  Resolution role_resolution_[role_count];
  std::vector<Resolution> fallback_resolution_;
  std::vector<std::unique_ptr<Face>> faces_;
  FaceId role_faces_[role_count] = {-1, -1, -1, -1, -1};
  std::vector<FaceId> fallback_faces_;
};

}  // namespace docpipe::fonts
