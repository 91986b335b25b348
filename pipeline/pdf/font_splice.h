// The real glyphs of a document's fonts, put into the PDF by the post-pass in place of the
// one-glyph stand-in that libharu is given. libharu maps every BMP code point through the
// embedded font's cmap when a font is first used (HPDF_GetFont), a linear search each: with a
// real subset of a few hundred scattered ideographs that is a third of a circular's time.
// With a one-glyph stand-in it is nothing; the post-pass then writes the subset, its
// CIDToGIDMap (CID = Unicode code point, as in libharu's UTF-8 mode) and its widths.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::pdf {

struct FontSplice {
  std::string base_name;      // as libharu names the font (PostScript name[,Style]), no tag
  std::string font_bytes;     // the TrueType subset to embed
  std::string font_deflated;  // the same, Flate-compressed once (the costly part)
  std::vector<std::pair<uint32_t, uint16_t>> cid_to_gid;  // ascending CID
  std::vector<int> widths;                                // 1/1000 em, one per cid_to_gid entry
  int bbox[4] = {0, 0, 1000, 1000};                       // FontBBox, 1/1000 em
};

// Reads the subset's cmap, advances and bounding box for `codepoints`.
bool make_splice(const std::string& base_name, const std::string& subset_bytes,
                 const std::vector<uint32_t>& codepoints, FontSplice& out, Diagnostics& diags);

// Flate (zlib) compression, as PDF's /FlateDecode reads it.
std::string deflate_bytes(const std::string& bytes);

// The CIDToGIDMap stream: two big-endian bytes per CID from 0 to the largest.
std::string cid_to_gid_stream(const FontSplice& s);

}  // namespace docpipe::pdf
