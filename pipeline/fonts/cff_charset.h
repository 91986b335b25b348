// CID-keyed CFF subsets with CID = glyph id, so every PDF reader agrees on the glyph a code
// selects. hb-subset keeps a CID-keyed font's original CIDs in the subset's charset; a PDF
// CIDFontType0 selects glyphs by CID through that charset in some readers and by glyph id in
// others (FreeType treats an sfnt-wrapped CFF's codes as glyph ids). Making the charset the
// identity removes the difference.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace docpipe::fonts {

// The 'CFF ' table of a single-face sfnt, or empty if it has none.
std::string cff_table(const std::string& sfnt);

// Whether a bare CFF font is CID-keyed (its Top DICT has ROS).
bool cff_is_cid_keyed(const std::string& cff);

// The CID (CID-keyed) or SID (name-keyed) of each glyph of a bare CFF font, glyph 0 first;
// false if the CFF is malformed or uses a predefined charset.
bool cff_charset(const std::string& cff, std::vector<uint32_t>& ids);

// If `sfnt` holds a CID-keyed CFF table, rewrites its charset in place so CID i is glyph i
// (same format, never longer than the old one), then fixes the table checksum and the head
// table's checkSumAdjustment. A name-keyed CFF or a TrueType font is left as it is. False if
// the CFF is malformed (the font is then left unchanged).
bool make_cff_charset_identity(std::string& sfnt);

}  // namespace docpipe::fonts
