#include "cli/render_pipeline.h"

#include "core/atomic_file.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/writer.h"

namespace docpipe::cli {

std::unique_ptr<Renderer> Renderer::open(const std::string& fonts_yaml, Diagnostics& diags) {
  Timings opening;
  std::unique_ptr<fonts::FontSet> set;
  {
    StageTimer timer(&opening, "fonts");
    auto config = fonts::load_font_config(fonts_yaml, diags);
    if (diags.has_errors()) return nullptr;
    set = fonts::FontSet::open(config, diags);
  }
  if (!set) return nullptr;
  std::unique_ptr<Renderer> r(new Renderer());
  r->fonts_ = std::move(set);
  r->timings_ = opening;
  return r;
}

bool Renderer::render_bytes(const std::string& markdown, const std::string& source_name,
                            std::string& pdf, Diagnostics& diags, layout::Layout* layout_out) {
  size_t before = diags.error_count();
  markup::Document doc;
  {
    StageTimer timer(&timings_, "parse");
    if (!markup::parse_document(markdown, source_name, doc, diags)) return false;
  }
  layout::Layout pages;
  {
    StageTimer timer(&timings_, "layout");
    pages = layout::layout_document(doc, *fonts_, diags);
  }
  if (diags.error_count() > before) return false;
  if (!pdf::write_pdf(pages, *fonts_, pdf, diags, &timings_)) return false;
  if (layout_out) *layout_out = std::move(pages);
  return diags.error_count() == before;
}

bool Renderer::render(const std::string& markdown, const std::string& source_name,
                      const std::string& out_path, Diagnostics& diags) {
  std::string pdf;
  if (!render_bytes(markdown, source_name, pdf, diags)) return false;
  StageTimer timer(&timings_, "write");
  return write_file_atomic(out_path, pdf, diags);
}

}  // namespace docpipe::cli
