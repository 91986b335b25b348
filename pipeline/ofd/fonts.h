// The fonts an OFD embeds (GB/T 33190-2016 §11.1, CT_Font): each face the layout draws with,
// subset by the fonts stage to exactly the characters drawn — the same subset the PDF embeds.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "ofd/ids.h"

namespace docpipe::ofd {

struct EmbeddedFont {
  fonts::FaceId face = 0;
  unsigned id = 0;          // the Font's ID, what TextObject/@Font refers to
  std::string font_name;    // PostScript name from the font's name table (FontName)
  std::string family_name;  // family from the name table (FamilyName): what readers match
  std::string file_name;    // "font_3.ttf", relative to the resource file's BaseLoc
  std::string bytes;        // the subset
};

// Subsets every face `layout` uses, in face order, each given the next ID from `ids`.
// Errors (from the fonts stage) name the font and the characters it lacks.
bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts, IdCounter& ids,
                 std::vector<EmbeddedFont>& out, Diagnostics& diags);

// face → Font ID, for the page writer.
std::map<fonts::FaceId, unsigned> font_ids(const std::vector<EmbeddedFont>& fonts);

}  // namespace docpipe::ofd
