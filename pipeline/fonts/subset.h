// Font subsetting with HarfBuzz hb-subset: the one place a document's font subsets are made,
// shared by every back-end (PDF, OFD) so they embed the same bytes for the same glyphs.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

struct hb_face_t;

namespace docpipe::fonts {

struct Face;

// How the glyphs of a face are drawn: TrueType quadratic outlines (glyf) or CFF (OpenType
// PostScript outlines). CFF2 (variable) fonts are refused.
enum class Outlines { truetype, cff };

// What a document draws with one face. Both lists may be unsorted and hold duplicates.
struct SubsetRequest {
  std::vector<uint32_t> code_points;  // kept, with their cmap entries, in the subset
  std::vector<uint32_t> glyphs;       // original glyph ids drawn without a code point of their
                                      // own (e.g. an ideographic variation sequence's glyph)
};

struct FontSubset {
  std::string bytes;  // a standalone single-face sfnt (TrueType or OpenType CFF), deterministic
  Outlines outlines = Outlines::truetype;
  // Original glyph id → glyph id in `bytes`, ascending by original id; .notdef (0 → 0) first.
  std::vector<std::pair<uint32_t, uint32_t>> glyph_map;
  // The glyph id in `bytes` of original glyph `original`; 0 (.notdef) if it was not kept.
  uint32_t glyph(uint32_t original) const;
};

// Subsets `face` (any face of a TrueType/OpenType file or collection) to `request`. The result
// keeps the cmap for the requested code points, the original advances, the name table (Mac
// and Windows English records), OS/2 and post; hinting, layout (GSUB/GPOS) and vertical tables
// are dropped. A CID-keyed CFF subset gets an identity charset (CID = glyph id, see
// cff_charset.h). Same face and request → same bytes. Errors (never throws): CFF2 or no outlines,
// a requested code point the face has no glyph for (listed), a glyph id out of range, a failed
// subset. `where` names the role/file in messages.
bool subset_face(hb_face_t* face, const SubsetRequest& request, FontSubset& out, Diagnostics& diags,
                 const Location& where);

// The same for a face of a FontSet (fonts/font_set.h), naming its file in messages.
bool subset_face(const Face& face, const SubsetRequest& request, FontSubset& out,
                 Diagnostics& diags);

// The outline kind of `face`; false (with a reason) for CFF2 or a face without outlines.
bool outline_kind(hb_face_t* face, Outlines& out, std::string& why);

}  // namespace docpipe::fonts
