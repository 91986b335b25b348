// docpipe demo [--out DIR]: one document of each kind from the data folder (or, when it has
// no data yet, from a fresh copy of the fictional sample in a temporary folder).
#include <stdlib.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "compose/compose.h"
#include "source/loader.h"
#include "source/sample.h"

namespace docpipe::cli {

// cmd_build.cpp
bool build_documents(const source::DataSet& ds, const std::vector<compose::Request>& requests,
                     const std::string& out_dir, const std::string& templates_dir, bool markdown,
                     Diagnostics& diags);

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

// The latest year with a narrative of `kind`, the latest brief, the latest register month.
std::vector<compose::Request> latest_of_each(const source::DataSet& ds, Diagnostics& diags) {
  using compose::Kind;
  std::vector<compose::Request> out;
  for (auto [kind, name] : {std::pair{Kind::work_report, "work_report"},
                            std::pair{Kind::annual_report, "annual_report"}}) {
    int year = 0;
    for (const auto& n : ds.narratives)
      if (n.kind == name) year = std::max(year, n.year);
    if (year)
      out.push_back({kind, year, 0, 0});
    else
      diags.warning({ds.dir}, std::string("no ") + name + " narrative: skipped");
  }
  if (!ds.briefs.empty())
    out.push_back({Kind::brief, ds.briefs.back().year, 0, ds.briefs.back().issue});
  else
    diags.warning({ds.dir}, "no briefs: skipped the brief");
  if (!ds.items.empty()) {
    const auto& last = ds.items.back().date;
    out.push_back({Kind::circular, last.year, last.month, 0});
  } else {
    diags.warning({ds.dir}, "the register is empty: skipped the circular");
  }
  return out;
}

int run_demo(Args& args, const Global& global, Diagnostics& diags) {
  auto out = args.option("--out", diags);
  auto templates = args.option("--templates", diags);
  bool markdown = args.flag("--markdown");
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
  std::string tdir = templates ? *templates : compose::default_templates_dir();
  return build_documents(*ds, requests, out ? *out : "output", tdir, markdown, diags) ? exit_ok
                                                                                      : exit_error;
}

}  // namespace

const Command demo_command = {
    "demo", "build one document of each kind from the data folder (or the sample)",
    "usage: docpipe [--data DIR] demo [--out DIR] [--markdown] [--templates DIR]\n\n"
    "Builds the latest 工作报告, 法治政府建设年度报告, 工作简报 and 月度通报 the data folder\n"
    "holds into DIR (default: output) and prints each path. Without a docpipe.db in the data\n"
    "folder, writes the fictional sample (as `docpipe init` does) to a temporary folder first.\n",
    run_demo};

}  // namespace docpipe::cli
