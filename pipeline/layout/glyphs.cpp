#include "layout/glyphs.h"

namespace docpipe::layout {

namespace {

// Tabs and other controls print as nothing useful: a tab reads as a space.
char32_t normalise(char32_t c) {
  if (c == U'\t' || c == U'\r') return U' ';
  return c;
}
// A variation selector picks a variant of the character before it (e.g. 葛 U+845B U+E0100 in
// a name): the face that draws that character must have the variant glyph.
void attach_selector(char32_t vs, std::vector<Glyph>& out, fonts::FontSet& fonts,
                     const Location& where, Diagnostics& diags) {
  std::string shown = code_point_name(vs);
  if (out.empty() || out.back().cp == U'\n' || out.back().selector != 0) {
    diags.error(where, "variation selector " + shown + " follows no character",
                "remove it, or put it right after the character whose variant it selects");
    return;
  }
  Glyph& base = out.back();
  uint32_t glyph = 0;
  if (!fonts.glyph_of(base.face, base.cp, vs, glyph)) {
    diags.error(where,
                "the variant " + code_point_name(base.cp) + " " + shown + " of '" +
                    encode_utf8(base.cp) + "' is not in " + fonts.face_label(base.face),
                "configure a font with this ideographic variation sequence for the role, or "
                "remove the selector to print the standard form");
    return;
  }
  base.selector = vs;
}

}  // namespace

std::vector<Glyph> make_glyphs(const std::string& utf8, const TextStyle& style,
                               fonts::FontSet& fonts, const Location& where, Diagnostics& diags) {
  bool valid = true;
  std::u32string text = decode_utf8(utf8, &valid);
  if (!valid) diags.error(where, "text is not valid UTF-8", "save the file as UTF-8");
  std::vector<Glyph> out;
  out.reserve(text.size());
  for (char32_t raw : text) {
    char32_t c = normalise(raw);
    if (c == U'\n') {
      out.push_back({c, fonts.role_face(style.role), 0});
      continue;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;  // other controls: dropped, never drawn
    if (fonts::is_variation_selector(c)) {
      attach_selector(c, out, fonts, where, diags);
      continue;
    }
    bool fell_back = false;
    fonts::FaceId face = fonts.face_for(style.role, c, &fell_back);
    // Named only for a message: formatting it for every character cost 5 % of a render.
    auto shown = [c] { return code_point_name(c) + " '" + encode_utf8(c) + "'"; };
    if (face < 0) {
      diags.error(where, "character " + shown() + " is in no configured font",
                  "add a font that has it to the fallback list in data/fonts.yaml, or replace the "
                  "character");
      continue;
    }
    if (fell_back)
      diags.warning(where, "character " + shown() + " is not in the " +
                               fonts::role_name(style.role) + " font; drawn from " +
                               fonts.face_label(face));
    out.push_back({c, face, fonts.advance_em(face, c) * style.size});
  }
  return out;
}

}  // namespace docpipe::layout
