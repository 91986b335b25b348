#include "cli/process_docs.h"

#include <filesystem>
#include <iostream>

#include "cli/render_pipeline.h"
#include "cli/whole_names.h"
#include "compose/periodic.h"
#include "compose/tasks.h"
#include "core/atomic_file.h"

namespace docpipe::cli {

bool write_process_docs(const std::vector<ProcessDoc>& docs, const std::string& fonts_yaml,
                        bool markdown, Diagnostics& diags, const Formats& formats,
                        const std::vector<std::string>& whole_names) {
  auto renderer = Renderer::open(fonts_yaml, diags);
  if (!renderer) return false;
  renderer->set_whole_names(whole_names);
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
    std::vector<std::string> written;
    if (!renderer->render(d.markdown, d.source_name, d.path, formats, diags, &written)) {
      ok = false;
      continue;
    }
    for (const auto& path : written) std::cout << path << "\n";
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

namespace docpipe::cli {

bool demo_process_documents(const source::DataSet& ds, const std::string& dir,
                            const std::string& tdir, bool markdown, const Formats& formats,
                            Diagnostics& diags) {
  std::vector<ProcessDoc> docs;
  if (auto book = source::load_task_book(ds, diags, false)) {
    // As of the last reporting period the recorded progress reaches: demo has no clock.
    Date latest{};
    for (const auto& p : book->progress)
      if (latest < p.date) latest = p.date;
    auto periods = compose::report_periods(*book, latest);
    const std::string plan = book->config.plans.empty() ? "" : book->config.plans.front().code;
    if (!task_documents(ds, *book, "table", plan, latest, std::nullopt, dir, tdir, docs, diags))
      return false;
    if (!periods.empty()) {
      auto end = compose::months_of(periods.back()).back();
      auto last = last_day(end);
      const Date as_of{last.year, last.month, last.day};
      std::vector<ProcessDoc> notices;
      if (!task_documents(ds, *book, "supervise", plan, as_of, std::nullopt, dir, tdir, notices,
                          diags))
        return false;
      if (!notices.empty()) docs.push_back(notices.front());  // one 督办通知
      if (!task_documents(ds, *book, "report", plan, as_of, periods.back(), dir, tdir, docs, diags))
        return false;
    }
  }
  if (diags.has_errors()) return false;
  if (std::filesystem::exists(ds.dir + "/evaluation.yaml") &&
      !evaluation_documents(ds, dir, tdir, false, docs, diags))
    return false;
  return write_process_docs(docs, ds.dir + "/fonts.yaml", markdown, diags, formats,
                            organisation_names(ds));
}

}  // namespace docpipe::cli
