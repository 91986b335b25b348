// docpipe validate: check the whole data folder and list every problem.
#include <iostream>

#include "cli/commands.h"
#include "cli/text_checks.h"
#include "compose/compose.h"
#include "source/evaluation.h"
#include "source/tasks.h"
#include "source/validate.h"

namespace docpipe::cli {
namespace {

// Checks other stages contribute, run after the data folder loaded cleanly.
const std::vector<source::ValidationCheck> extra_checks = {
    {"templates", compose::validate_templates},
    {"evaluation", source::validate_evaluation},
    {"tasks", source::validate_tasks},
    {"stored text", check_stored_text},  // invisible or undrawable characters, by record
};

int run_validate(Args& args, const Global& global, Diagnostics& diags) {
  auto pos = args.positionals(diags);
  if (!pos.empty()) {
    diags.error({}, "validate takes no arguments", "usage: docpipe [--data DIR] validate");
    return exit_error;
  }
  std::string summary;
  if (!source::validate_data_folder(global.data_dir, extra_checks, diags, summary)) {
    diags.error({global.data_dir},
                std::to_string(diags.error_count()) + " problem(s) found in the data folder");
    return exit_error;
  }
  std::cout << global.data_dir << ": ok — " << summary << "\n";
  // Which template file each kind uses: the office's own (DATA/templates) or the built-in.
  std::vector<std::pair<std::string, std::string>> checked;
  Diagnostics again;
  compose::check_templates(compose::default_templates_dir(global.data_dir), again, &checked);
  for (const auto& [file, path] : checked)
    std::cout << "  template " << file << ": " << path << "\n";
  return exit_ok;
}

}  // namespace

const Command validate_command = {
    "validate", "check the whole data folder and list every problem",
    "usage: docpipe [--data DIR] validate\n\n"
    "Reads docpipe.db (without changing it) and every YAML and Markdown file, checks them\n"
    "against each other and the document templates, and lists every problem with its place. Exit 0 "
    "with a summary of\n"
    "what the folder holds when all is well, 2 when something must be fixed.\n",
    run_validate};

}  // namespace docpipe::cli
