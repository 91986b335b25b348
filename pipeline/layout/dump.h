// A text dump of the page model, for golden tests and `docpipe render --dump-layout`.
#pragma once
#include <string>

#include "layout/page_model.h"

namespace docpipe::layout {

// Page by page: one glyph run per line, "page y x size face text" (mm, 0.1 mm precision;
// points for the size); then the page's rules, "page rule x0,y0 x1,y1 width colour" (width in
// points), its filled boxes, "page box x,y wxh colour", and "page page-number N" (0: the page
// carries no number). Golden tests compare it; it changes whenever layout changes.
std::string dump_layout(const Layout& layout);

}  // namespace docpipe::layout
