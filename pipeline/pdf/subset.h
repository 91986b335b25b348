// Font subsetting with HarfBuzz hb-subset, shaped for what libharu 2.3.0 can load.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::pdf {

struct SubsetFont {
  std::string bytes;  // a standalone single-face TrueType (glyf) font
};

// Subsets face `face_index` of a TrueType/TTC file to `codepoints` (BMP only; duplicates and
// order do not matter). The result's cmap maps exactly those code points, advances are the
// original ones, glyph ids are renumbered (libharu maps CID = Unicode to glyphs through the
// font's own cmap, so new ids are fine). It keeps only the tables libharu reads (OS/2, cmap,
// glyf, head, hhea, hmtx, loca, maxp, name, post), without hinting. Deterministic.
// Errors (never throws): unreadable file, face out of range, CFF outlines, code points above
// U+FFFF, code points the face has no glyph for (listed), a subset libharu would reject.
bool subset_font(const std::string& font_path, unsigned face_index,
                 const std::vector<uint32_t>& codepoints, SubsetFont& out, Diagnostics& diags);

}  // namespace docpipe::pdf
