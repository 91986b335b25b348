// The fonts an OFD embeds (GB/T 33190-2016 §11.1, CT_Font): each face the layout draws with,
// subset by the fonts stage to exactly the characters drawn — the same subset the PDF embeds.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/cluster_subset.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "ofd/ids.h"

namespace docpipe::ofd {

// What one glyph draws: a character, or a character and the variation selector after it.
using fonts::Cluster;
// `text` split into clusters.
using fonts::clusters_of;

struct EmbeddedFont {
  fonts::FaceId face = 0;
  unsigned id = 0;          // the Font's ID, what TextObject/@Font refers to
  std::string font_name;    // PostScript name from the font's name table (FontName)
  std::string family_name;  // family from the name table (FamilyName): what readers match;
                            // empty when another embedded face shares it (fonts.cpp)
  std::string file_name;    // "font_3.ttf", relative to the resource file's BaseLoc
  std::string bytes;        // the subset
  // Clusters whose glyph in the subset is not the one its cmap gives their first character
  // (a variation sequence's variant glyph): the page writer adds a CGTransform for each.
  std::map<Cluster, uint32_t> cg_glyphs;
};

// Subsets every face `layout` uses, in face order, each given the next ID from `ids`: the
// request the PDF makes for the same clusters (each first character's code point; a
// variation sequence's variant glyph by id), so both embed the same subset. Errors (from the
// fonts stage) name the font and the characters it lacks.
bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts, IdCounter& ids,
                 std::vector<EmbeddedFont>& out, Diagnostics& diags);

// face → its embedding, for the page writer.
std::map<fonts::FaceId, const EmbeddedFont*> by_face(const std::vector<EmbeddedFont>& fonts);

}  // namespace docpipe::ofd
