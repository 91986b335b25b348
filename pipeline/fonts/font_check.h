// Checks a font file before HarfBuzz is trusted with it, so a damaged or unsuitable file is one
// clear message instead of missing glyphs or a subset nobody can read.
#pragma once
#include <string>
#include <string_view>

namespace docpipe::fonts {

// Whether face `index` of the font file held in `bytes` can set and embed text: an sfnt
// (TrueType 0x00010000/'true', OpenType 'OTTO', or a 'ttcf' collection) whose table directory
// lies inside the file, with every table it lists inside the file (a truncated copy fails
// here), with cmap, head, hhea, hmtx, maxp and outlines (glyf+loca or CFF). CFF2 (variable
// OpenType) is refused. On failure `why` says what is wrong in words for the user.
bool check_font_bytes(std::string_view bytes, unsigned index, std::string& why);

}  // namespace docpipe::fonts
