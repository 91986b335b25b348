// A text dump of the page model, for golden tests and `docpipe render --dump-layout`.
#pragma once
#include <string>

#include "layout/page_model.h"

namespace docpipe::layout {

// One glyph run per line: "page y x size face text" (mm, 0.1 mm precision). Golden tests
// compare it; it changes whenever layout changes.
std::string dump_layout(const Layout& layout);

}  // namespace docpipe::layout
