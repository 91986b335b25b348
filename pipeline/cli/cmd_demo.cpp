// docpipe demo [--out DIR]: one document of each kind from the data folder (or, when it has
// no data yet, from a fresh copy of the fictional sample in a temporary folder).
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/output_formats.h"
#include "cli/process_docs.h"
#include "compose/compose.h"
#include "source/loader.h"
#include "source/sample.h"

namespace docpipe::cli {

// cmd_build.cpp
bool build_documents(const source::DataSet& ds, const std::vector<compose::Request>& requests,
                     const std::string& out_dir, const std::string& templates_dir, bool markdown,
                     const Formats& formats, Diagnostics& diags);

namespace {

namespace fs = std::filesystem;

// The data folder to use: --data if it holds a database, else a new sample folder.
bool demo_data_dir(const std::string& data_dir, std::string& dir, Diagnostics& diags) {
  std::error_code ec;
  if (fs::exists(fs::path(data_dir) / "docpipe.db", ec)) {
    dir = data_dir;
    return true;
  }
  std::string pattern = (fs::temp_directory_path(ec) / "docpipe-demo-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {
    diags.error({pattern}, "cannot create a temporary folder for the sample data");
    return false;
  }
  dir = pattern;
  if (!source::write_sample(dir, diags)) return false;
  std::cout << "no data in " << data_dir
            << "; using the fictional sample (`docpipe init DIR` writes it)\n";
  return true;
}

// The latest period of one kind the data holds: for a yearly report the latest year with
// its narrative, the latest brief, the month / quarter / half of the latest register item.
std::optional<compose::Request> latest_of(const compose::KindInfo& kind, const source::DataSet& ds,
                                          Diagnostics& diags) {
  using compose::PeriodType;
  compose::Request r;
  r.kind = kind.kind;
  std::string what;
  if (kind.period == PeriodType::year) {
    std::string narrative = kind.name;  // narratives are keyed work_report, annual_report
    std::replace(narrative.begin(), narrative.end(), '-', '_');
    for (const auto& n : ds.narratives)
      if (n.kind == narrative) r.year = std::max(r.year, n.year);
    what = "no " + narrative + " narrative";
  } else if (kind.period == PeriodType::issue) {
    if (!ds.briefs.empty()) r.year = ds.briefs.back().year, r.issue = ds.briefs.back().issue;
    what = "no briefs";
  } else {
    if (!ds.items.empty()) {
      const Date& last = ds.items.back().date;
      r.year = last.year;
      r.month = last.month;
      r.part = kind.period == PeriodType::quarter ? (last.month - 1) / 3 + 1
               : kind.period == PeriodType::half  ? (last.month - 1) / 6 + 1
                                                  : 0;
    }
    what = "the register is empty";
  }
  if (r.year) return r;
  diags.warning({ds.dir}, what + ": skipped the " + kind.name);
  return std::nullopt;
}

// One document of every kind in the registry (compose/kinds.h).
std::vector<compose::Request> latest_of_each(const source::DataSet& ds, Diagnostics& diags) {
  std::vector<compose::Request> out;
  for (const auto& kind : compose::kinds())
    if (auto r = latest_of(kind, ds, diags)) out.push_back(*r);
  return out;
}

int run_demo(Args& args, const Global& global, Diagnostics& diags) {
  auto out = args.option("--out", diags);
  auto templates = args.option("--templates", diags);
  bool markdown = args.flag("--markdown");
  Formats formats;
  if (!take_formats(args, formats, diags)) return exit_error;
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (!pos.empty()) {
    diags.error({}, "demo takes no arguments", "usage: docpipe demo [--out DIR]");
    return exit_error;
  }
  std::string dir;
  if (!demo_data_dir(global.data_dir, dir, diags)) return exit_error;
  // A sample written for this run only is removed when the run ends, however it ends.
  struct RemoveSample {
    std::string dir;
    ~RemoveSample() {
      std::error_code ec;
      if (!dir.empty()) fs::remove_all(dir, ec);
    }
  } remove_sample{dir == global.data_dir ? "" : dir};
  auto ds = source::load_data_folder(dir, diags);
  if (!ds) return exit_error;
  auto requests = latest_of_each(*ds, diags);
  std::string tdir = templates ? *templates : compose::default_templates_dir(global.data_dir);
  const std::string out_dir = out ? *out : "output";
  bool ok = build_documents(*ds, requests, out_dir, tdir, markdown, formats, diags);
  // The two processes: 任务分解表, one 督办通知, the latest 进展情况通报, the 考评结果通报.
  ok = demo_process_documents(*ds, out_dir, tdir, markdown, formats, diags) && ok;
  return ok ? exit_ok : exit_error;
}

}  // namespace

const Command demo_command = {
    "demo", "build one document of each kind from the data folder (or the sample)",
    "usage: docpipe [--data DIR] demo [--out DIR] [--markdown] [--templates DIR]\n"
    "                                 [--format pdf,docx]\n\n"
    "Builds the latest document of each kind (docpipe build --help lists them) the data\n"
    "folder holds, and from its 任务台账 and 考评 the 任务分解表, one 督办通知, the latest\n"
    "进展情况通报 and the 考评结果通报, into DIR (default: output) and prints each path.\n"
    "Without a docpipe.db in the data folder, writes the fictional sample (as `docpipe init`\n"
    "does) to a temporary folder first.\n",
    run_demo};

}  // namespace docpipe::cli
