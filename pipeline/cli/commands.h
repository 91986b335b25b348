// The command table. Each command lives in its own cmd_<name>.cpp and returns an exit code
// (0 ok, 2 errors, 3 warnings only); diagnostics go to the sink, the CLI prints them.
#pragma once
#include <string>

#include "cli/args.h"
#include "core/diagnostics.h"

namespace docpipe::cli {

struct Command {
  const char* name;
  const char* summary;  // one line for `docpipe --help`
  const char* help;     // full text for `docpipe NAME --help`
  int (*run)(Args& args, const Global& global, Diagnostics& diags);
  std::string (*make_help)() = nullptr;  // instead of `help`, when the text is generated
};

// Defined in cmd_*.cpp; listed in main.cpp.
extern const Command render_command;
extern const Command init_command;
extern const Command import_command;
extern const Command validate_command;
extern const Command build_command;
extern const Command demo_command;
extern const Command due_command;
extern const Command brief_command;
extern const Command eval_command;
extern const Command fonts_command;
extern const Command units_command;
extern const Command items_command;
extern const Command indicators_command;
extern const Command log_command;
extern const Command templates_command;
extern const Command tasks_command;

}  // namespace docpipe::cli
