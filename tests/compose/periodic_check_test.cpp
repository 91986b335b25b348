// `docpipe validate` checks the templates of `docpipe due` and the per-unit copy too.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "compose/compose.h"

using namespace docpipe;

TEST_CASE("an unknown field in the quarterly template is found at template:line") {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::temp_directory_path() / ("docpipe-periodic-check-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(DOCPIPE_SOURCE_DIR "/templates"))
    if (e.path().extension() == ".mustache") fs::copy_file(e.path(), dir / e.path().filename());
  Diagnostics clean;
  CHECK(compose::check_templates(dir.string(), clean));
  INFO(clean.format_all());
  {
    std::ofstream f(dir / "quarterly.md.mustache", std::ios::app);
    f << "\n{{unit_grand_total}}\n";
  }
  Diagnostics d;
  CHECK_FALSE(compose::check_templates(dir.string(), d));
  CHECK(d.format_all().find("quarterly.md.mustache:") != std::string::npos);
  CHECK(d.format_all().find("unit_grand_total") != std::string::npos);
  // A template the folder lacks is the built-in one, and the check says which it read.
  fs::remove(dir / "assessment.md.mustache");
  fs::remove(dir / "quarterly.md.mustache");
  Diagnostics missing;
  std::vector<std::pair<std::string, std::string>> checked;
  CHECK(compose::check_templates(dir.string(), missing, &checked));
  bool builtin = false;
  for (const auto& [file, path] : checked)
    if (file == "assessment.md.mustache")
      builtin = path == DOCPIPE_SOURCE_DIR "/templates/assessment.md.mustache";
  CHECK(builtin);
  fs::remove_all(dir);
}
