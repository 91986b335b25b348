// YAML screening and key checking, on files written by the test.
#include <catch2/catch.hpp>
#include <ctime>

#include "helpers.h"
#include "source/yaml_file.h"

using namespace docpipe;
using namespace docpipe;
using namespace docpipe::source;
using docpipe_test::spit;
using docpipe_test::TempDir;

namespace {

std::string billion_laughs() {
  std::string y = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    y += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
    for (int k = 0; k < 9; ++k) y += ", " + prev;
    y += "]\n";
  }
  return y;
}

}  // namespace

TEST_CASE("an alias bomb is refused before it is expanded, naming the alias") {
  TempDir dir;
  spit(dir / "bomb.yaml", billion_laughs());
  Diagnostics d;
  // CPU time, not wall time: a loaded machine stretches the wall clock, never the work done.
  std::clock_t start = std::clock();
  YamlFile f(dir / "bomb.yaml", d);
  double took = double(std::clock() - start) / CLOCKS_PER_SEC;
  CHECK_FALSE(f.ok());
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].message.find("aliases here would expand to more than 200000 nodes") == 0);
  CHECK(d.items()[0].where.line == 6);  // a5 is where the count first passes the limit
  CHECK(took < 1.0);
}

TEST_CASE("a few anchors and aliases, as editors use them, are fine") {
  TempDir dir;
  spit(dir / "ok.yaml", "base: &b {quota: 2}\nother: *b\nlist: [*b, *b]\n");
  Diagnostics d;
  YamlFile f(dir / "ok.yaml", d);
  CHECK(f.ok());
  CHECK(d.items().empty());
  CHECK(f.root()["other"]["quota"].Scalar() == "2");
}

TEST_CASE("an unknown key is reported at its line and column with a suggestion") {
  TempDir dir;
  spit(dir / "quotas.yaml", "# a\n# b\nqouta: 2\nunits: {}\n");
  Diagnostics d;
  YamlFile f(dir / "quotas.yaml", d);
  REQUIRE(f.ok());
  // Still a map, so the caller goes on reading the good keys.
  CHECK(f.check_map(f.root(), {"quota", "units"}, {}, "quota file"));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].message ==
        "unknown key 'qouta' at " + (dir / "quotas.yaml") + ":3:1; did you mean 'quota'?");
}

TEST_CASE("a YAML syntax error carries file:line:col") {
  TempDir dir;
  spit(dir / "bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
  Diagnostics d;
  YamlFile f(dir / "bad.yaml", d);
  CHECK_FALSE(f.ok());
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.file == dir / "bad.yaml");
  CHECK(d.items()[0].where.line >= 2);
  CHECK(d.items()[0].message.rfind("YAML syntax:", 0) == 0);
}

TEST_CASE("typed fields report the wrong form at the value") {
  TempDir dir;
  spit(dir / "t.yaml", "n: two\nd: 2026-02-30\nb: yes\n");
  Diagnostics d;
  YamlFile f(dir / "t.yaml", d);
  REQUIRE(f.ok());
  CHECK_FALSE(f.integer(f.root(), "n", 0, 10));
  CHECK_FALSE(f.date(f.root(), "d"));
  CHECK_FALSE(f.boolean(f.root(), "b"));
  REQUIRE(d.error_count() == 3);
  CHECK(d.items()[0].where.line == 1);
  CHECK(d.items()[0].where.column == 4);
  CHECK(d.items()[1].where.line == 2);
  CHECK(d.items()[2].where.line == 3);
}

TEST_CASE("a second document, or input yaml-cpp reads as endless documents, is refused") {
  TempDir dir;
  for (const char* text : {"quota: 1\n---\nquota: 2\n", ",n]\n"}) {
    spit(dir / "q.yaml", text);
    Diagnostics d;
    YamlFile f(dir / "q.yaml", d);  // must return: yaml-cpp loops forever on ",n]"
    CHECK_FALSE(f.ok());
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].message ==
          "the file holds more than one YAML document, or text after the end of one");
  }
}
