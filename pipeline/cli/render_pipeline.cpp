#include "cli/render_pipeline.h"

#include "core/atomic_file.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"
#include "pdf/writer.h"

namespace docpipe::cli {

std::unique_ptr<Renderer> Renderer::open(const std::string& fonts_yaml, Diagnostics& diags) {
  Timings opening;
  std::unique_ptr<fonts::FontSet> set;
  fonts::FontConfig config;
  {
    StageTimer timer(&opening, "fonts");
    config = fonts::load_font_config(fonts_yaml, diags);
    if (diags.has_errors()) return nullptr;
    set = fonts::FontSet::open(config, diags);
  }
  if (!set) return nullptr;
  std::unique_ptr<Renderer> r(new Renderer());
  r->fonts_ = std::move(set);
  r->word_fonts_ = docx::word_fonts(config);
  r->timings_ = opening;
  return r;
}

bool Renderer::render_formats(const std::string& markdown, const std::string& source_name,
                              const Formats& formats, std::vector<std::string>& files,
                              Diagnostics& diags, layout::Layout* layout_out) {
  markup::Document doc;
  {
    StageTimer timer(&timings_, "parse");
    if (!markup::parse_document(markdown, source_name, doc, diags)) return false;
  }
  layout::Layout pages;
  bool laid_out = succeeds(diags, [&](Diagnostics& d) {
    StageTimer timer(&timings_, "layout");
    pages = layout::layout_document(doc, *fonts_, d, {layout::PageGeometry(), whole_names_});
  });
  if (!laid_out) return false;
  files.assign(formats.size(), std::string());
  const Rendered rendered{doc, pages, *fonts_, word_fonts_};
  for (size_t i = 0; i < formats.size(); ++i)
    if (!formats[i]->write(rendered, files[i], diags, &timings_)) return false;
  if (layout_out) *layout_out = std::move(pages);
  return true;
}

bool Renderer::render_bytes(const std::string& markdown, const std::string& source_name,
                            std::string& pdf, Diagnostics& diags, layout::Layout* layout_out) {
  std::vector<std::string> files;
  if (!render_formats(markdown, source_name, default_formats(), files, diags, layout_out))
    return false;
  pdf = std::move(files[0]);
  return true;
}

bool Renderer::render(const std::string& markdown, const std::string& source_name,
                      const std::string& out_path, Diagnostics& diags) {
  return render(markdown, source_name, out_path, default_formats(), diags);
}

bool Renderer::render(const std::string& markdown, const std::string& source_name,
                      const std::string& pdf_path, const Formats& formats, Diagnostics& diags,
                      std::vector<std::string>* written) {
  std::vector<std::string> files;
  if (!render_formats(markdown, source_name, formats, files, diags)) return false;
  StageTimer timer(&timings_, "write");
  auto paths = output_paths(pdf_path, formats);
  if (paths.size() == 1) {
    if (!write_file_atomic(paths[0], files[0], diags)) return false;
  } else {
    AtomicBatch batch;  // a .docx never appears without its PDF, nor the other way round
    for (size_t i = 0; i < paths.size(); ++i)
      if (!batch.stage(paths[i], files[i], diags)) return false;
    if (!succeeds(diags, [&](Diagnostics& d) { batch.commit(d); })) return false;
  }
  if (written) written->insert(written->end(), paths.begin(), paths.end());
  return true;
}

}  // namespace docpipe::cli
