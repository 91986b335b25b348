// docpipe build circular --month M --per-unit: one copy of the month's circular per unit
// active in the month, with its own figures and rank highlighted, in
// <out>/circular-YYYY-MM/<unit-code>.pdf (code made safe for a file name).
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/batch.h"
#include "cli/file_names.h"
#include "cli/schedule.h"
#include "cli/whole_names.h"
#include "compose/compose.h"
#include "compose/periodic.h"

namespace docpipe::cli {

int build_unit_copies(const source::DataSet& ds, const compose::Request& r,
                      const std::string& out_dir, const std::string& templates_dir,
                      const BatchOptions& opts, const Formats& formats, Diagnostics& diags) {
  auto tmpl = compose::load_template(templates_dir, "circular-unit.md.mustache",
                                     compose::unit_copy_schema(), diags);
  if (!tmpl) return exit_error;
  const int year = r.year, month = r.month;
  auto ctx = compose::build_context(ds, r, diags);
  if (!ctx) return exit_error;
  const std::string dir = out_dir + "/" + compose::output_stem(r);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    diags.error({dir}, "cannot create the output folder: " + ec.message(),
                "pass a writable folder with --out DIR");
    return exit_error;
  }
  // Units in sort order; two codes that become the same file name are refused.
  auto units = source::units_active_in_month(ds, year, month);
  std::map<std::string, std::string> taken;  // file stem → unit code
  for (const source::Unit* u : units) {
    std::string stem = safe_file_stem(u->code);
    auto [it, fresh] = taken.emplace(stem, u->code);
    if (!fresh)
      diags.error({ds.dir + "/docpipe.db", 0, 0, "units"},
                  "units '" + it->second + "' and '" + u->code + "' would both be written to " +
                      dir + "/" + stem + ".pdf",
                  "give one of them a code of letters, digits, - and _ only "
                  "(`docpipe import units`)");
  }
  if (diags.has_errors()) return exit_error;
  std::vector<BatchJob> jobs;
  for (size_t i : shard_indices(units.size(), opts)) {
    const source::Unit* u = units[i];
    const compose::LoadedTemplate* t = &*tmpl;
    const compose::Value* shared = &*ctx;
    const source::DataSet* data = &ds;
    jobs.push_back(
        {u->code, output_paths(dir + "/" + safe_file_stem(u->code) + ".pdf", formats),
         [t, shared, data, u, &formats](Renderer& rd, std::vector<std::string>& files,
                                        Diagnostics& d) {
           std::string md;
           if (!compose::render_template(t->text, t->path,
                                         compose::unit_copy_context(*shared, *data, *u), md, d))
             return false;
           return rd.render_formats(md, t->path + " (" + u->code + ")", formats, files, d);
         }});
  }
  Progress progress(jobs.size());
  bool ok = run_batch(
      jobs, opts, ds.dir + "/fonts.yaml", organisation_names(ds),
      [&](size_t j, BatchResult& res) {
        diags.append(res.diags);
        for (const auto& path : jobs[j].out_paths) progress.step(path, res.ok);
      },
      diags);
  progress.finish();
  return ok && !diags.has_errors() ? exit_ok : exit_error;
}

}  // namespace docpipe::cli
