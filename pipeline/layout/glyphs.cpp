#include "layout/glyphs.h"

#include <cstdio>

namespace docpipe::layout {

std::u32string decode_utf8(const std::string& s, bool* valid) {
  std::u32string out;
  out.reserve(s.size());
  if (valid) *valid = true;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t cp;
    int extra;
    if (c < 0x80)
      cp = c, extra = 0;
    else if ((c & 0xE0) == 0xC0)
      cp = c & 0x1F, extra = 1;
    else if ((c & 0xF0) == 0xE0)
      cp = c & 0x0F, extra = 2;
    else if ((c & 0xF8) == 0xF0)
      cp = c & 0x07, extra = 3;
    else
      cp = 0xFFFD, extra = -1;
    bool ok = extra >= 0;
    for (int k = 1; ok && k <= extra; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
        ok = false;
      else
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (ok && ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)) ok = false;
    if (!ok) {
      if (valid) *valid = false;
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

std::string encode_utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

namespace {
std::string code_point_name(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// Tabs and other controls print as nothing useful: a tab reads as a space.
char32_t normalise(char32_t c) {
  if (c == U'\t' || c == U'\r') return U' ';
  return c;
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
    bool fell_back = false;
    fonts::FaceId face = fonts.face_for(style.role, c, &fell_back);
    std::string shown = code_point_name(c) + " '" + encode_utf8(c) + "'";
    if (face < 0) {
      diags.error(where, "character " + shown + " is in no configured font",
                  "add a font that has it to the fallback list in data/fonts.yaml, or replace the "
                  "character");
      continue;
    }
    if (c > 0xFFFF) {
      diags.error(
          where,
          "character " + shown +
              " lies outside the Basic Multilingual Plane, which the PDF writer cannot draw",
          "replace it with a BMP character or a description (e.g. a 造字 note)");
      continue;
    }
    if (fell_back)
      diags.warning(where, "character " + shown + " is not in the " + fonts::role_name(style.role) +
                               " font; drawn from " + fonts.face_label(face));
    out.push_back({c, face, fonts.advance_em(face, c) * style.size});
  }
  return out;
}

}  // namespace docpipe::layout
