// The OFD back-end's front door: a Layout (pages, outline, metadata) and the fonts it was made
// with → the bytes of an OFD package (GB/T 33190-2016). Same input, same bytes.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "core/timings.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"

namespace docpipe::ofd {

// OFD bytes of `layout`. Every face the layout uses is subset to its characters (the fonts
// stage's subset, as in the PDF) and embedded. `timings` (optional) receives the
// ofd-subset, ofd-xml and ofd-zip times. On failure reports errors and leaves `out` untouched.
bool write_ofd(const layout::Layout& layout, fonts::FontSet& fonts, std::string& out,
               Diagnostics& diags, Timings* timings = nullptr);

}  // namespace docpipe::ofd
