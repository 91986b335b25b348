// docpipe build KIND (--year Y | --issue YYYY-NN | --month YYYY-MM) [--out DIR]
#include <filesystem>
#include <iostream>

#include "cli/batch.h"
#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/render_pipeline.h"
#include "cli/schedule.h"
#include "compose/compose.h"
#include "core/atomic_file.h"
#include "core/chinese.h"
#include "source/loader.h"

namespace docpipe::cli {

// Shared with cmd_demo.cpp: composes each request, writes <out>/<stem>.pdf (and .md when
// `markdown`), prints each path. False if any document failed.
bool build_documents(const source::DataSet& ds, const std::vector<compose::Request>& requests,
                     const std::string& out_dir, const std::string& templates_dir, bool markdown,
                     Diagnostics& diags) {
  auto renderer = Renderer::open(ds.dir + "/fonts.yaml", diags);
  if (!renderer) return false;
  bool ok = true;
  for (const auto& r : requests) {
    std::string md;
    if (!compose::compose_document(ds, r, templates_dir, md, diags)) {
      ok = false;
      continue;
    }
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) {
      diags.error({out_dir}, "cannot create the output folder: " + ec.message());
      return false;
    }
    std::string stem = out_dir + "/" + compose::output_stem(r);
    if (markdown) {
      if (!write_file_atomic(stem + ".md", md, diags))
        ok = false;
      else
        std::cout << stem << ".md\n";
    }
    if (!renderer->render(md, compose::template_file_name(r.kind) + " → " + stem + ".md",
                          stem + ".pdf", diags)) {
      ok = false;
      continue;
    }
    std::cout << stem << ".pdf\n";
  }
  return ok;
}

namespace {

int number_in(const std::string& s, int lo, int hi) {
  if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos)
    return -1;
  int n = std::stoi(s);
  return n >= lo && n <= hi ? n : -1;
}

// --year 2026 / --issue 2026-10 / --month 2026-10, as the kind needs.
bool parse_period(compose::Request& r, Args& args, Diagnostics& diags) {
  auto year = args.option("--year", diags);
  auto issue = args.option("--issue", diags);
  auto month = args.option("--month", diags);
  using compose::Kind;
  const char* need = r.kind == Kind::brief      ? "--issue YYYY-NN"
                     : r.kind == Kind::circular ? "--month YYYY-MM"
                                                : "--year YYYY";
  std::string usage = std::string("write docpipe build ") + compose::kind_name(r.kind) + " " + need;
  if (r.kind == Kind::brief && issue && !year && !month) {
    auto dash = issue->find('-');
    r.year = number_in(issue->substr(0, dash), 1000, 9999);
    r.issue = dash == std::string::npos ? -1 : number_in(issue->substr(dash + 1), 1, 999);
    if (r.year > 0 && r.issue > 0) return true;
  } else if (r.kind == Kind::circular && month && !year && !issue) {
    if (auto ym = parse_year_month(*month)) {
      r.year = ym->year, r.month = ym->month;
      return true;
    }
  } else if ((r.kind == Kind::work_report || r.kind == Kind::annual_report) && year && !issue &&
             !month) {
    r.year = number_in(*year, 1000, 9999);
    if (r.year > 0) return true;
  }
  diags.error({}, std::string(compose::kind_name(r.kind)) + " needs " + need, usage);
  return false;
}

int run_build(Args& args, const Global& global, Diagnostics& diags) {
  auto out = args.option("--out", diags);
  auto templates = args.option("--templates", diags);
  bool markdown = args.flag("--markdown");
  bool per_unit = args.flag("--per-unit");  // one copy per unit (cli/unit_copies.cpp)
  BatchOptions batch;
  if (per_unit && !parse_batch_options(args, batch, diags)) return exit_error;
  // The kind is the first positional; peek at it (on a copy) to know which period it needs.
  Args probe = args;
  Diagnostics scratch;
  auto pos = probe.positionals(scratch);
  compose::Request r;
  if (pos.empty() || !compose::parse_kind(pos[0])) {
    diags.error(
        {}, pos.empty() ? "build needs a document kind" : "unknown document kind '" + pos[0] + "'",
        "one of: work-report, annual-report, brief, circular");
    return exit_error;
  }
  r.kind = *compose::parse_kind(pos[0]);
  if (!parse_period(r, args, diags)) return exit_error;
  pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 1) {
    diags.error({}, "build takes one document kind", "see docpipe build --help");
    return exit_error;
  }
  auto ds = source::load_data_folder(global.data_dir, diags);
  if (!ds) return exit_error;
  std::string tdir = templates ? *templates : compose::default_templates_dir();
  if (per_unit && r.kind != compose::Kind::circular) {
    diags.error({}, "--per-unit makes copies of the monthly circular only",
                "write docpipe build circular --month YYYY-MM --per-unit");
    return exit_error;
  }
  if (per_unit)
    return build_unit_copies(*ds, r.year, r.month, out ? *out : "output", tdir, batch, diags);
  if (r.kind == compose::Kind::brief) {
    // A brief the ledger holds is built from it (an issued one from its frozen Markdown).
    int code = build_brief_from_ledger(*ds, r, out ? *out : "output", tdir, markdown, diags);
    if (code >= 0) return code;
  }
  bool ok = build_documents(*ds, {r}, out ? *out : "output", tdir, markdown, diags);
  return ok ? exit_ok : exit_error;
}

}  // namespace

const Command build_command = {
    "build", "compose one document from the data folder and typeset it as a PDF",
    "usage: docpipe [--data DIR] build KIND PERIOD [--out DIR] [--markdown] [--templates DIR]\n\n"
    "  docpipe build work-report --year 2026     → output/work-report-2026.pdf\n"
    "  docpipe build annual-report --year 2026   → output/annual-report-2026.pdf\n"
    "  docpipe build brief --issue 2026-10       → output/brief-2026-10.pdf\n"
    "  docpipe build circular --month 2026-10    → output/circular-2026-10.pdf\n\n"
    "options:\n"
    "  --out DIR        where to write (default: output)\n"
    "  --markdown       also write the composed Markdown beside the PDF (<name>.md)\n"
    "  --templates DIR  the templates folder (default: ./templates, else the project's)\n"
    "  --per-unit       circular only: one copy per unit, its figures and rank highlighted,\n"
    "                   in <out>/circular-YYYY-MM/<unit-code>.pdf; with --jobs N (default:\n"
    "                   the number of cores) and --shard k/n\n\n"
    "Prints the path of each file written. Exit 0 ok, 2 errors (nothing written), 3 warnings.\n",
    run_build};

}  // namespace docpipe::cli
