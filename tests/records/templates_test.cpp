// Templates are looked up in DATA/templates first, then the built-in ones, never in the
// current directory; `docpipe templates copy` starts an office's own.
#include <catch2/catch.hpp>
#include <filesystem>

#include "source/helpers.h"

using namespace docpipe_test;

TEST_CASE("an office's own template in DATA/templates is used, the current directory never") {
  TempDir t;
  init_sample(t / "data");
  const std::string d = "--data " + quote(t / "data") + " ";
  Run copy = docpipe(d + "templates copy circular");
  INFO(copy.err);
  REQUIRE(copy.code == 0);
  CHECK(copy.out == t / "data/templates/circular-unit.md.mustache\n" +
                        t / "data/templates/circular.md.mustache\n");
  // The office edits its copy; a stray templates/ folder where the command runs is ignored.
  std::string own = slurp(t / "data/templates/circular.md.mustache");
  own += "\n本通报由本机关自拟模板生成。\n";
  spit(t / "data/templates/circular.md.mustache", own);
  std::filesystem::create_directories(t / "cwd/templates");
  spit(t / "cwd/templates/circular.md.mustache", "{{no_such_field}}\n");
  Run b =
      docpipe(d + "build circular --month 2026-10 --markdown --out " + quote(t / "out"), t / "cwd");
  INFO(b.err);
  REQUIRE(b.code == 0);
  CHECK(slurp(t / "out/circular-2026-10.md").find("本通报由本机关自拟模板生成。") !=
        std::string::npos);
  // validate names the file it checked for each kind.
  Run v = docpipe(d + "validate", t / "cwd");
  CHECK(v.out.find("  template circular.md.mustache: " +
                   t / "data/templates/circular.md.mustache\n") != std::string::npos);
  CHECK(v.out.find("  template work-report.md.mustache: " DOCPIPE_SOURCE_DIR
                   "/templates/work-report.md.mustache\n") != std::string::npos);
  // A second copy keeps the office's edits.
  Run again = docpipe(d + "templates copy circular");
  CHECK(again.code == 2);
  CHECK(again.err.find("exists already; nothing was copied") != std::string::npos);
  CHECK(slurp(t / "data/templates/circular.md.mustache") == own);
  // A broken own template is reported at its own place.
  spit(t / "data/templates/circular.md.mustache", own + "{{unit_total}}\n");
  Run bad = docpipe(d + "validate");
  CHECK(bad.code == 2);
  CHECK(bad.err.find(t / "data/templates/circular.md.mustache:") != std::string::npos);
}
