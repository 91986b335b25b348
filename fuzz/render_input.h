// Markdown + YAML front matter → document tree → pages (what `docpipe render` does);
// every 16th input also goes all the way to PDF bytes. Nothing may crash, hang or leak, and
// a refused input must say why. The stages are called directly (the cli's Renderer lives
// in the executable, which fuzz targets and tests do not link).
#pragma once
#include <cstdint>
#include <string>

#include "default_fonts.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/writer.h"

using namespace docpipe;

inline int run_render_input(const uint8_t* data, size_t size) {
  static unsigned long count = 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  fonts::FontSet& fonts = docpipe_fuzz::default_fonts();
  Diagnostics diags;
  markup::Document doc;
  bool ok = markup::parse_document(text, "fuzz.md", doc, diags);
  layout::Layout pages;
  if (ok) pages = layout::layout_document(doc, fonts, diags);
  if (++count % 16 == 0 && ok && !diags.has_errors()) {
    std::string pdf;
    // A refusal must come with a reason; a success must produce a PDF.
    if (!pdf::write_pdf(pages, fonts, pdf, diags) && !diags.has_errors()) abort();
    if (!diags.has_errors() && pdf.compare(0, 5, "%PDF-") != 0) abort();
  }
  if (!ok && !diags.has_errors()) abort();
  return 0;
}
