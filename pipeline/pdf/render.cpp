#include "pdf/render.h"

#include <cstdio>

#include "core/atomic_file.h"
#include "layout/geometry.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/writer.h"

namespace docpipe::pdf {

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
  const auto& fm = doc.meta;
  DocumentInfo info;
  info.title = fm.title.empty() && fm.brief ? fm.brief->series + " " + fm.brief->number : fm.title;
  info.author = fm.author.empty() ? fm.signature : fm.author;
  if (info.author.empty() && fm.brief) info.author = fm.brief->editor;
  info.subject = fm.subject;
  info.keywords = fm.keywords;
  info.creator = "docpipe";
  info.date = !fm.date.empty() ? fm.date : fm.brief ? fm.brief->date : fm.printed;
  if (!write_pdf(pages, *fonts_, info, pdf, diags, &timings_)) return false;
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

bool render_markdown_to_pdf(const std::string& markdown, const std::string& source_name,
                            const std::string& out_path, Diagnostics& diags,
                            const std::string& fonts_yaml) {
  auto r = Renderer::open(fonts_yaml, diags);
  return r && r->render(markdown, source_name, out_path, diags);
}

std::string dump_layout(const layout::Layout& layout) {
  std::string out;
  char buf[128];
  for (size_t p = 0; p < layout.pages.size(); ++p) {
    for (const auto& r : layout.pages[p].runs) {
      std::snprintf(buf, sizeof buf, "%zu %.1f %.1f %.1f %d ", p + 1, r.y / layout::mm,
                    r.x / layout::mm, r.size, r.face);
      out += buf + r.text + "\n";
    }
  }
  return out;
}

}  // namespace docpipe::pdf
