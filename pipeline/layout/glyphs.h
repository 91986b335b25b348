// Text → the glyphs that set it: each character's face (its role's font or a fallback) and
// its width. Characters no configured font has are errors naming U+XXXX and the source line.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/utf8.h"
#include "fonts/font_set.h"

namespace docpipe::layout {

struct Glyph {
  char32_t cp;
  fonts::FaceId face;
  double advance;         // at the run's size, in points, before any tracking
  char32_t selector = 0;  // a variation selector following cp (异体字 of a name), else 0
};

struct TextStyle {
  fonts::Role role = fonts::Role::fangsong;
  double size = 16;
};

// Decodes UTF-8 and picks faces. Invalid UTF-8 is replaced by U+FFFD with an error; a
// character found only in a fallback font is a warning; one in no font is an error. '\n' is
// kept as a zero-width glyph (a forced break). Any Unicode scalar may be drawn; a variation
// selector joins the glyph before it, and a sequence the face has no variant glyph for is an
// error (never silently drawn as the plain character).
std::vector<Glyph> make_glyphs(const std::string& utf8, const TextStyle& style,
                               fonts::FontSet& fonts, const Location& where, Diagnostics& diags);

using docpipe::decode_utf8;
using docpipe::encode_utf8;

}  // namespace docpipe::layout
