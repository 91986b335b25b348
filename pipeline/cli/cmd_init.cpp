// docpipe init DIR: a new data folder with the complete fictional sample.
#include <iostream>

#include "cli/commands.h"
#include "source/sample.h"
#include "source/validate.h"

namespace docpipe::cli {
namespace {

int run_init(Args& args, const Global& global, Diagnostics& diags) {
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (pos.size() > 1) {
    diags.error({}, "init takes one folder", "usage: docpipe init DIR");
    return exit_error;
  }
  const std::string dir = pos.empty() ? global.data_dir : pos[0];
  if (!source::write_sample(dir, diags)) return exit_error;
  // Read back what was written: the sample must pass the same checks as user data.
  std::string summary;
  if (!source::validate_data_folder(dir, {}, diags, summary)) return exit_error;
  std::cout << "created " << dir << ": " << summary << "\n";
  return exit_ok;
}

}  // namespace

const Command init_command = {
    "init", "create a data folder with a complete fictional sample",
    "usage: docpipe init DIR\n\n"
    "Writes a new data folder (DIR must not exist or be empty): docpipe.db with units,\n"
    "two years of indicator values and a year of the 政务信息 register, and the YAML and\n"
    "Markdown files (indicators, channels, quotas, comments, distribution, narrative,\n"
    "briefs). Everything in it is fictional. Without DIR, uses --data (default: data).\n",
    run_init};

}  // namespace docpipe::cli
