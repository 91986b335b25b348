// One page's Content.xml (GB/T 33190-2016 §8.1 CT_Page, §11 text, §9 paths): a single body
// layer with the page's boxes (filled PathObjects), rules (stroked PathObjects) and glyph runs
// (TextObjects whose TextCodes carry X, Y and DeltaX) and images (ImageObjects over the text),
// in the order the PDF draws them.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "ofd/fonts.h"
#include "ofd/ids.h"

namespace docpipe::ofd {

// `font_of` gives each face the page uses its embedding (Font ID, glyphs needing a
// CGTransform); `fonts` the advances (the ones layout placed the characters with). Object IDs
// are taken from `ids` in order. A page whose paper is not `paper`'s (the document's
// PageArea) gets its own Area. `image_ids[i]` is the MultiMedia ID of Layout::images[i].
std::string page_content_xml(const layout::Page& page,
                             const std::map<fonts::FaceId, const EmbeddedFont*>& font_of,
                             const layout::Page& paper, fonts::FontSet& fonts, IdCounter& ids,
                             const std::vector<unsigned>& image_ids = {});

}  // namespace docpipe::ofd
