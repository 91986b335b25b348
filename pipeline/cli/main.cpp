// docpipe: the one executable. Reads global options, dispatches to a command, prints the
// diagnostics the command collected, and exits with the documented code.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <new>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/environment.h"
#include "cli/language.h"
#include "cli/today.h"
#include "core/temp_files.h"

namespace docpipe::cli {
namespace {

const Command* const commands[] = {
    &render_command, &init_command,       &import_command,    &validate_command,
    &build_command,  &demo_command,       &due_command,       &brief_command,
    &eval_command,   &fonts_command,      &units_command,     &items_command,
    &log_command,    &indicators_command, &templates_command, &tasks_command,
};

// Notes (such as which face stands in for 仿宋) are shown once, and only when nothing failed:
// a run that stops with errors shows just the errors.
void print_diagnostics(const Diagnostics& diags) {
  bool errors = diags.has_errors();
  std::set<std::string> notes_shown;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::note && (errors || !notes_shown.insert(d.message).second)) continue;
    std::cerr << format_for_user(d) << "\n";
  }
}

void print_usage() {
  std::cout << "docpipe " DOCPIPE_VERSION " — "
            << tr("documents of a legal-affairs office, from data to GB/T 9704 PDF") << "\n\n"
            << tr("usage: docpipe [--data DIR] COMMAND [ARGS]") << "\n\n"
            << tr("commands:") << "\n";
  for (const Command* c : commands) std::printf("  %-11s %s\n", c->name, tr(c->summary).c_str());
  std::cout << "\n"
            << tr("global options:\n"
                  "  --data DIR   the data folder (default: data)\n"
                  "  --help       this text; `docpipe COMMAND --help` for one command\n"
                  "  --version    print the version\n\n"
                  "exit codes: 0 ok, 2 errors (nothing written), 3 done with warnings, 4 errors\n"
                  "after some outputs were written (they are listed)\n");
}

int run(std::vector<std::string> words) {
  load_interface_language();
  Global global;
  Diagnostics diags;
  // Global options come before the command name.
  size_t i = 0;
  for (; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "--version") {
      std::cout << "docpipe " DOCPIPE_VERSION "\n";
      return exit_ok;
    } else if (w == "--help" || w == "-h") {
      print_usage();
      return exit_ok;
    } else if (w == "--data" && i + 1 < words.size()) {
      global.data_dir = words[++i];
    } else if (w.rfind("--data=", 0) == 0) {
      global.data_dir = w.substr(7);
    } else {
      break;
    }
  }
  if (i >= words.size()) {
    print_usage();
    return exit_error;
  }
  const std::string name = words[i];
  std::vector<std::string> rest(words.begin() + i + 1, words.end());
  // --data may also follow the command name.
  Args args(rest);
  if (auto d = args.option("--data", diags)) global.data_dir = *d;
  for (const Command* c : commands) {
    if (name != c->name) continue;
    if (args.wants_help()) {
      std::cout << tr(c->make_help ? c->make_help() : std::string(c->help));
      return exit_ok;
    }
    apply_environment(diags);   // a mistyped DOCPIPE_MAX_* is a warning
    if (!clock_today(diags)) {  // a malformed DOCPIPE_TODAY is an error for every command
      print_diagnostics(diags);
      return exit_error;
    }
    int code = c->run(args, global, diags);
    print_diagnostics(diags);
    if (diags.has_errors()) return code == exit_partial ? exit_partial : exit_error;
    if (code == exit_ok && diags.has_warnings()) return exit_warnings;
    return code;
  }
  diags.error({}, "unknown command '" + name + "'", "run `docpipe --help` for the list");
  print_diagnostics(diags);
  return exit_error;
}

}  // namespace
}  // namespace docpipe::cli

int main(int argc, char** argv) {
  docpipe::install_temp_file_cleanup();  // SIGINT/SIGTERM remove this process's temp files
  try {
    return docpipe::cli::run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::bad_alloc&) {
    // Out of memory is the machine's state, not a bug or bad input (issue 17, class 9).
    std::cerr << "error: out of memory (" << std::strerror(ENOMEM) << "); nothing was written"
              << "\n  hint: the machine ran out of memory, the input itself may be fine: close "
                 "other programs or raise the memory limit, then run again\n";
    return docpipe::exit_error;
  } catch (const std::exception& e) {
    // A bug, not bad input: still one message and the error code, never a stack trace.
    std::cerr << "error: internal: " << e.what()
              << "\n  hint: please report this with the input that caused it\n";
    return docpipe::exit_error;
  }
}
