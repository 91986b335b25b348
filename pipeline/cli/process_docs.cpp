#include "cli/process_docs.h"

#include <filesystem>
#include <iostream>

#include "cli/render_pipeline.h"
#include "compose/periodic.h"
#include "core/atomic_file.h"

namespace docpipe::cli {

bool write_process_docs(const std::vector<ProcessDoc>& docs, const std::string& fonts_yaml,
                        bool markdown, Diagnostics& diags) {
  auto renderer = Renderer::open(fonts_yaml, diags);
  if (!renderer) return false;
  bool ok = true;
  for (const auto& d : docs) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(d.path).parent_path(), ec);
    if (ec) {
      diags.error({d.path}, "cannot create the output folder: " + ec.message(),
                  "pass a writable folder with --out DIR");
      return false;
    }
    if (markdown) {
      std::string md_path = d.path.substr(0, d.path.size() - 4) + ".md";
      if (!write_file_atomic(md_path, d.markdown, diags))
        ok = false;
      else
        std::cout << md_path << "\n";
    }
    if (!renderer->render(d.markdown, d.source_name, d.path, diags)) {
      ok = false;
      continue;
    }
    std::cout << d.path << "\n";
  }
  return ok;
}

bool compose_with(const std::string& templates_dir, const std::string& file,
                  const compose::Schema& schema, const compose::Value& ctx, std::string& md,
                  Diagnostics& diags) {
  auto t = compose::load_template(templates_dir, file, schema, diags);
  return t && compose::render_template(t->text, t->path, ctx, md, diags);
}

}  // namespace docpipe::cli
