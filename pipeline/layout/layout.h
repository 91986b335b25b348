// The layout stage's entry point: a Document → pages of positioned runs and the outline.
#pragma once
#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/geometry.h"
#include "layout/page_model.h"
#include "markup/document.h"

namespace docpipe::layout {

Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const PageGeometry& geo = PageGeometry());

}  // namespace docpipe::layout
