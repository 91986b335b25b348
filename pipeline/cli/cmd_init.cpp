// docpipe init [--empty] DIR: a new data folder, with the complete fictional sample or
// (--empty) with the schema and configuration skeletons only.
#include <iostream>

#include "cli/commands.h"
#include "source/sample.h"
#include "source/validate.h"

namespace docpipe::cli {
namespace {

int run_init(Args& args, const Global& global, Diagnostics& diags) {
  const bool empty = args.flag("--empty");
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() > 1) {
    diags.error({}, "init takes one folder", "usage: docpipe init [--empty] DIR");
    return exit_error;
  }
  const std::string dir = pos.empty() ? global.data_dir : pos[0];
  if (!(empty ? source::write_empty(dir, diags) : source::write_sample(dir, diags)))
    return exit_error;
  // Read back what was written: the sample must pass the same checks as user data.
  std::string summary;
  Diagnostics check;
  if (!source::validate_data_folder(dir, {}, check, summary)) {
    diags.append(check);
    return exit_error;
  }
  if (empty) {
    // The placeholders are expected here; say what to do next instead of warning.
    std::cout << "created " << dir << ": the schema and configuration skeletons, no records\n"
              << "next: fill in the （请填写…） values in " << dir << "/office.yaml, " << dir
              << "/distribution.yaml and " << dir << "/briefs/series.yaml, then\n"
              << "  docpipe --data " << dir << " import units UNITS.csv\n";
    return exit_ok;
  }
  diags.append(check);
  std::cout << "created " << dir << ": " << summary << "\n";
  return exit_ok;
}

}  // namespace

const Command init_command = {
    "init", "create a data folder: empty for an office, or with a fictional sample",
    "usage: docpipe init [--empty] DIR\n\n"
    "--empty: the database schema and commented configuration files to fill in (office.yaml\n"
    "with （请填写…） placeholders and the unit kinds, indicators.yaml with the standard groups\n"
    "and catalogue, channels, quotas, comments, distribution, fonts, briefs/series.yaml), and\n"
    "no records. Then import your units, indicators and register items.\n\n"
    "Without --empty: "
    "Writes a new data folder (DIR must not exist or be empty): docpipe.db with units,\n"
    "two years of indicator values and a year of the 政务信息 register, and the YAML and\n"
    "Markdown files (indicators, channels, quotas, comments, distribution, narrative,\n"
    "briefs). Everything in it is fictional. Without DIR, uses --data (default: data).\n",
    run_init};

}  // namespace docpipe::cli
