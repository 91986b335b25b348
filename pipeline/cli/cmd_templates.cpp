// docpipe templates copy [KIND]: the built-in templates into DATA/templates, to edit there.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "compose/compose.h"
#include "compose/kinds.h"
#include "core/atomic_file.h"

namespace docpipe::cli {
namespace {

namespace fs = std::filesystem;

// The file names KIND selects: its registry template (and the circular's per-unit copy),
// or every built-in template.
std::optional<std::vector<std::string>> files_for(const std::vector<std::string>& words,
                                                  Diagnostics& diags) {
  if (words.size() == 1) return compose::builtin_template_files();
  std::vector<std::string> out;
  for (const std::string& file : compose::builtin_template_files())
    if (file.rfind(words[1] + ".", 0) == 0 || file.rfind(words[1] + "-", 0) == 0)
      out.push_back(file);
  if (out.empty()) {
    std::string names;
    for (const auto& f : compose::builtin_template_files())
      names += (names.empty() ? "" : ", ") + f.substr(0, f.find('.'));
    diags.error({"templates copy"}, "no built-in template for '" + words[1] + "'",
                "one of: " + names);
    return std::nullopt;
  }
  return out;
}

int run_templates(Args& args, const Global& global, Diagnostics& diags) {
  const bool force = args.flag("--force");
  auto words = args.positionals(diags);
  if (diags.has_errors()) return exit_error;
  if (words.empty() || words[0] != "copy" || words.size() > 2) {
    diags.error({}, "usage: docpipe templates copy [KIND] [--force]");
    return exit_error;
  }
  auto files = files_for(words, diags);
  if (!files) return exit_error;
  const fs::path dir = compose::default_templates_dir(global.data_dir);
  std::error_code ec;
  for (const auto& f : *files)
    if (fs::exists(dir / f, ec) && !force) {
      diags.error({(dir / f).string()}, "exists already; nothing was copied",
                  "it is yours to edit; --force replaces it with the built-in one");
      return exit_error;
    }
  fs::create_directories(dir, ec);
  if (ec) {
    diags.error({dir.string()}, "cannot create the folder: " + ec.message());
    return exit_error;
  }
  for (const auto& f : *files) {
    std::string text;
    const std::string from = compose::builtin_templates_dir() + "/" + f;
    if (!read_file(from, text, diags) || !write_file_atomic((dir / f).string(), text, diags))
      return exit_error;
    std::cout << (dir / f).string() << "\n";
  }
  return exit_ok;
}

}  // namespace

const Command templates_command = {
    "templates", "copy the built-in templates into DATA/templates to edit them",
    "usage: docpipe [--data DIR] templates copy [KIND] [--force]\n\n"
    "Templates are looked up in DATA/templates first, then the built-in ones (never the\n"
    "current directory); `--templates DIR` on build, due, demo and eval puts DIR first\n"
    "instead. copy writes the built-in template of KIND (circular, work-report, annual-report,\n"
    "brief, quarterly, assessment …; the circular's per-unit copy comes with circular), or\n"
    "all of them, into DATA/templates. An existing file is kept unless --force.\n"
    "`docpipe validate` lists which file it checked for each kind.\n",
    run_templates};

}  // namespace docpipe::cli
