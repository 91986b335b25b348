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
  fs::remove(dir / "assessment.md.mustache");
  Diagnostics missing;
  CHECK_FALSE(compose::check_templates(dir.string(), missing));
  CHECK(missing.format_all().find("assessment.md.mustache: error: template missing") !=
        std::string::npos);
  fs::remove_all(dir);
}
