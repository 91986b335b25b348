// Markdown + YAML front matter → document tree → pages (what `docpipe render` does);
// every 16th input also goes all the way to PDF bytes. Nothing may crash, hang or leak, and
// a refused input must say why.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_common.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/render.h"

using namespace docpipe;

namespace {

pdf::Renderer& renderer() {
  static std::unique_ptr<pdf::Renderer> r = [] {
    Diagnostics d;
    auto opened = pdf::Renderer::open(docpipe_fuzz::source_dir() + "/data/fonts.yaml", d);
    if (!opened) {
      fprintf(stderr, "fuzz_render: fonts do not open:\n%s", d.format_all().c_str());
      abort();
    }
    return opened;
  }();
  return *r;
}

}  // namespace

inline int run_render_input(const uint8_t* data, size_t size) {
  static unsigned long count = 0;
  std::string text(reinterpret_cast<const char*>(data), size);
  pdf::Renderer& r = renderer();
  Diagnostics diags;
  markup::Document doc;
  if (markup::parse_document(text, "fuzz.md", doc, diags)) {
    layout::Layout pages = layout::layout_document(doc, r.fonts(), diags);
    (void)pages;
  }
  if (++count % 16 == 0) {
    Diagnostics d2;
    std::string pdf;
    bool ok = r.render_bytes(text, "fuzz.md", pdf, d2);
    // A refusal must come with a reason; a success must produce a PDF.
    if (!ok && !d2.has_errors()) abort();
    if (ok && pdf.compare(0, 5, "%PDF-") != 0) abort();
  }
  return 0;
}
