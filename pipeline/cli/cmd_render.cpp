// docpipe render FILE.md [-o OUT.pdf]
#include <iostream>

#include "cli/commands.h"

namespace docpipe::cli {
namespace {

int run_render(Args& args, const Global&, Diagnostics& diags) {
  auto pos = args.positionals(diags);
  diags.error({}, "render: the typesetting engine is being built", "");
  return exit_error;
}

}  // namespace

const Command render_command = {
    "render", "typeset one Markdown document (YAML front matter + body) as a PDF",
    "usage: docpipe render FILE.md [-o OUT.pdf]\n", run_render};

}  // namespace docpipe::cli
