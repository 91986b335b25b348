// docpipe build KIND (--year Y | --issue YYYY-NN | --month YYYY-MM) [--out DIR]
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/batch.h"
#include "cli/brief_ledger.h"
#include "cli/commands.h"
#include "cli/render_pipeline.h"
#include "cli/schedule.h"
#include "cli/whole_names.h"
#include "compose/compose.h"
#include "core/atomic_file.h"
#include "core/chinese.h"
#include "source/loader.h"

namespace docpipe::cli {

// Shared with cmd_demo.cpp: composes each request, writes <out>/<stem>.pdf (and the other
// `formats`, and .md when `markdown`), prints each path. False if any document failed.
bool build_documents(const source::DataSet& ds, const std::vector<compose::Request>& requests,
                     const std::string& out_dir, const std::string& templates_dir, bool markdown,
                     const Formats& formats, Diagnostics& diags) {
  auto renderer = Renderer::open(ds.dir + "/fonts.yaml", diags);
  if (!renderer) return false;
  renderer->set_whole_names(organisation_names(ds));
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
    // Messages about the composed text name the file written with --markdown, else the
    // template it came from: never a .md that does not exist.
    std::string source_name = markdown ? stem + ".md"
                                       : "templates/" + compose::template_file_name(r.kind) +
                                             " (composed for " + compose::output_stem(r) +
                                             "; --markdown writes the text)";
    std::vector<std::string> written;
    if (!renderer->render(md, source_name, stem + ".pdf", formats, diags, &written)) {
      ok = false;
      continue;
    }
    for (const auto& path : written) std::cout << path << "\n";
  }
  return ok;
}

namespace {

// The option the kind's period needs (registry: compose/kinds.h) and no other period option.
bool parse_period(compose::Request& r, Args& args, Diagnostics& diags) {
  const compose::KindInfo& kind = compose::kind_info(r.kind);
  const compose::PeriodOption need = compose::period_option(kind.period);
  std::optional<std::string> text;
  bool other = false;
  for (auto t : {compose::PeriodType::year, compose::PeriodType::issue, compose::PeriodType::month,
                 compose::PeriodType::quarter, compose::PeriodType::half}) {
    auto value = args.option(compose::period_option(t).flag, diags);
    if (t == kind.period)
      text = value;
    else if (value)
      other = true;
  }
  if (text && !other && compose::parse_period_text(kind.period, *text, r)) return true;
  std::string wanted = std::string(need.flag) + " " + need.form;
  diags.error({}, std::string(kind.name) + " needs " + wanted,
              std::string("write docpipe build ") + kind.name + " " + wanted);
  return false;
}

// `--date YYYY-MM-DD`: the 成文日期, a real date within the days the period allows.
bool parse_document_date(compose::Request& r, const std::optional<std::string>& text,
                         Diagnostics& diags) {
  if (!text) return true;
  DateProblem problem;
  r.date = parse_date(*text, &problem);
  if (!r.date) {
    diags.error({"--date"}, "--date '" + *text + "' " + date_complaint(problem),
                problem == DateProblem::format ? "write --date YYYY-MM-DD, e.g. 2026-11-14"
                                               : date_hint(problem));
    return false;
  }
  const compose::DateRange allowed = compose::document_date_range(r);
  if (*r.date < allowed.first || allowed.last < *r.date) {
    diags.error({"--date"},
                "--date " + r.date->iso() + " is outside the days a " + compose::kind_name(r.kind) +
                    " of " + compose::period_text(r) + " may be dated (" + allowed.first.iso() +
                    " to " + allowed.last.iso() + ")",
                std::string("give the 成文日期 within that range, or leave --date out: ") +
                    compose::date_rule(r.kind));
    return false;
  }
  return true;
}

int run_build(Args& args, const Global& global, Diagnostics& diags) {
  auto out = args.option("--out", diags);
  auto templates = args.option("--templates", diags);
  auto date = args.option("--date", diags);
  bool markdown = args.flag("--markdown");
  bool per_unit = args.flag("--per-unit");  // one copy per unit (cli/unit_copies.cpp)
  Formats formats;
  if (!take_formats(args, formats, diags)) return exit_error;
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
        "one of: " + compose::kind_names());
    return exit_error;
  }
  r.kind = *compose::parse_kind(pos[0]);
  if (!parse_period(r, args, diags) || !parse_document_date(r, date, diags)) return exit_error;
  pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() != 1) {
    diags.error({}, "build takes one document kind", "see docpipe build --help");
    return exit_error;
  }
  auto ds = source::load_data_folder(global.data_dir, diags);
  if (!ds) return exit_error;
  std::string tdir = templates ? *templates : compose::default_templates_dir(global.data_dir);
  if (per_unit && r.kind != compose::Kind::circular) {
    diags.error({}, "--per-unit makes copies of the monthly circular only",
                "write docpipe build circular --month YYYY-MM --per-unit");
    return exit_error;
  }
  if (per_unit)
    return build_unit_copies(*ds, r, out ? *out : "output", tdir, batch, formats, diags);
  if (r.kind == compose::Kind::brief) {
    // A brief the ledger holds is built from it (an issued one from its frozen Markdown).
    int code =
        build_brief_from_ledger(*ds, r, out ? *out : "output", tdir, markdown, formats, diags);
    if (code >= 0) return code;
  }
  bool ok = build_documents(*ds, {r}, out ? *out : "output", tdir, markdown, formats, diags);
  return ok ? exit_ok : exit_error;
}

}  // namespace

namespace {

// Each kind's 成文日期 without --date, and the days --date may give.
std::string date_rules() {
  std::string text = "the 成文日期 without --date:\n";
  for (const auto& kind : compose::kinds()) {
    std::string line = std::string("  ") + kind.name;
    line.resize(std::max<size_t>(line.size(), 17), ' ');
    text += line + compose::date_rule(kind.kind) + "\n";
  }
  return text +
         "--date may be from the period's last day (a report: from 1 January of its year, a\n"
         "brief: within its year) to a year after; an issued brief keeps the ledger's date.\n";
}

}  // namespace

// The usage lines come from the registry of kinds (compose/kinds.h).
std::string build_help() {
  std::string text =
      "usage: docpipe [--data DIR] build KIND PERIOD [--date YYYY-MM-DD] [--out DIR]\n"
      "                                 [--markdown] [--templates DIR] [--format pdf,docx]\n\n";
  for (const auto& kind : compose::kinds()) {
    auto option = compose::period_option(kind.period);
    std::string line =
        std::string("  docpipe build ") + kind.name + " " + option.flag + " " + option.example;
    line.resize(std::max<size_t>(line.size(), 46), ' ');
    text += line + "→ output/" + kind.name + "-" + option.example + ".pdf  (" + kind.title + ")\n";
  }
  return text +
         "\noptions:\n"
         "  --date DATE      the 成文日期 (YYYY-MM-DD) instead of the kind's rule below\n"
         "  --out DIR        where to write (default: output)\n"
         "  --markdown       also write the composed Markdown beside the PDF (<name>.md)\n"
         "  --format LIST    pdf (default), docx, or pdf,docx: the Word document beside the PDF\n"
         "  --templates DIR  templates looked up first (default: DATA/templates), then the\n"
         "                   built-in ones; never the current directory\n"
         "  --per-unit       circular only: one copy per unit, its figures and rank highlighted,\n"
         "                   in <out>/circular-YYYY-MM/<unit-code>.pdf; with --jobs N (default:\n"
         "                   the number of cores) and --shard k/n\n\n" +
         date_rules() +
         "\nPrints the path of each file written. Exit 0 ok, 2 errors (nothing written), 3 "
         "warnings.\n";
}

const Command build_command = {"build",
                               "compose one document from the data folder and typeset it as a PDF",
                               nullptr, run_build, build_help};

}  // namespace docpipe::cli
