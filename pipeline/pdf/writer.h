// The PDF writer: a Layout's pages as content streams over glyph-id encoded (Identity-H)
// subset fonts, assembled by qpdf (document.h).
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "core/timings.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "pdf/document.h"

namespace docpipe::pdf {

// PDF bytes of `layout` (its pages, outline and metadata). Every face the layout uses is
// subset to its characters first; `fonts` is the FontSet the layout was made with.
// `timings` (optional) receives the subset, draw and postpass (assembly) times.
bool write_pdf(const layout::Layout& layout, fonts::FontSet& fonts, std::string& out,
               Diagnostics& diags, Timings* timings = nullptr);

}  // namespace docpipe::pdf
