#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "compose/compose.h"
#include "fixture.h"

using namespace docpipe;
using namespace docpipe::compose;

TEST_CASE("every field a composer provides is in its schema", "[compose][schema]") {
  Diagnostics d;
  auto circ = fixture::circular_data();
  auto rep = fixture::report_data(true);
  for (auto [ds, r] : {std::pair{&circ, Request{Kind::circular, 2026, 10, 0}},
                       std::pair{&circ, Request{Kind::brief, 2026, 0, 1}},
                       std::pair{&rep, Request{Kind::annual_report, 2026}},
                       std::pair{&rep, Request{Kind::work_report, 2026}}}) {
    auto ctx = build_context(*ds, r, d);
    REQUIRE(ctx);
    Schema s = schema_for(r.kind);
    for (const auto& p : field_paths(*ctx)) {
      INFO(kind_name(r.kind) << ": " << p);
      CHECK(s.fields.count(p) == 1);
    }
  }
}

TEST_CASE("the shipped templates pass the check", "[compose][check]") {
  Diagnostics d;
  CHECK(check_templates(DOCPIPE_SOURCE_DIR "/templates", d));
  INFO(d.format_all());
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("a template with an unknown field fails the check at file:line", "[compose][check]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("docpipe-check-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(DOCPIPE_SOURCE_DIR "/templates"))
    fs::copy_file(e.path(), dir / e.path().filename());
  {
    std::ofstream f(dir / "circular.md.mustache", std::ios::app);
    f << "\n{{unit_total}}\n";
  }
  fs::remove(dir / "brief.md.mustache");
  Diagnostics d;
  CHECK_FALSE(check_templates(dir.string(), d));
  std::string all = d.format_all();
  CHECK(all.find("circular.md.mustache:") != std::string::npos);
  CHECK(all.find("'unit_total'") != std::string::npos);
  // A template the folder lacks is the built-in one (DATA/templates overrides file by file).
  CHECK(all.find("brief.md.mustache") == std::string::npos);
  CHECK(d.error_count() == 1);
  fs::remove_all(dir);
}
