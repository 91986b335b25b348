// Page content streams: the boxes, rules, glyph runs and images of a layout page as PDF
// operators.
#pragma once
#include <map>
#include <string>

#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "pdf/font_embed.h"

namespace docpipe::pdf {

struct FontResource {
  std::string name;  // resource name without the slash, e.g. "F1"
  const EmbeddedFont* font = nullptr;
};

// The content stream of `page` (A4 portrait: y is flipped from the layout's top-down
// millimetres to PDF's bottom-up points). Every run's face must be in `fonts` and every
// cluster of its text in that face's codes. Numbers are written with at most three decimals,
// so the same page gives the same bytes.
// The resource name of Layout::images[image]: "Im1", "Im2", …
std::string image_resource_name(int image);

std::string page_content(const layout::Page& page,
                         const std::map<fonts::FaceId, FontResource>& fonts, double page_height);

}  // namespace docpipe::pdf
