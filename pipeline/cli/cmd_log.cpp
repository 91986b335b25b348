// docpipe log [--since DATE]: every change made to the records, oldest first.
#include <iostream>

#include "cli/commands.h"
#include "cli/records_cli.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

int run_log(Args& args, const Global& global, Diagnostics& diags) {
  auto since = args.option("--since", diags);
  if (!verb_words(args, 0, "log [--since YYYY-MM-DD]", diags)) return exit_error;
  if (since && !parse_date(*since)) {
    diags.error({"--since"}, "'" + *since + "' is not a date", "write --since YYYY-MM-DD");
    return exit_error;
  }
  auto entries = source::read_audit(global.data_dir, since.value_or(""), diags);
  if (!entries) return exit_error;
  for (const auto& e : *entries) {
    std::cout << e.at << "  " << e.by << "  " << e.action << "  " << e.record << "\n";
    if (!e.before.empty()) std::cout << "    before: " << e.before << "\n";
    if (!e.after.empty()) std::cout << "    after:  " << e.after << "\n";
  }
  return exit_ok;
}

}  // namespace

const Command log_command = {
    "log", "the audit log: who changed which record, when, before and after",
    "usage: docpipe [--data DIR] log [--since YYYY-MM-DD]\n\n"
    "Every change made with units/items/indicators edit, remove, retire, rename and every\n"
    "import, oldest first: when (UTC), who (--by or the login name), what, before, after.\n"
    "The log is kept in docpipe.db and cannot be changed.\n",
    run_log};

}  // namespace docpipe::cli
