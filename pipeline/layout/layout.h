// The layout stage's entry point: a Document → pages of positioned runs and the outline.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/geometry.h"
#include "layout/page_model.h"
#include "markup/document.h"

namespace docpipe::layout {

Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const PageGeometry& geo = PageGeometry());

// What the caller knows that the document does not say.
struct LayoutOptions {
  PageGeometry geo;
  // Organisation names (the data's units) a title never breaks inside while another break
  // gives it its shape (§7.3.1); one longer than a line is broken with a warning.
  std::vector<std::string> whole_names;
};
Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const LayoutOptions& options);

}  // namespace docpipe::layout
