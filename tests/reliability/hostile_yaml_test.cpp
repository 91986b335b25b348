// Hostile YAML: a billion-laughs alias bomb and nesting thousands deep, in a data-folder
// file and in a document's front matter; a scalar over the field limit. Each is refused
// up front with one message at file:line, before yaml-cpp builds (or recurses into) a tree.
#include <catch2/catch.hpp>

#include "core/yaml_screen.h"
#include "helpers.h"
#include "markup/front_matter.h"
#include "source/yaml_file.h"

using namespace reliability;
using namespace docpipe;

namespace {

// Nine levels of nine aliases: 9^9 ≈ 387 million strings when expanded.
std::string laughs(const std::string& indent = "") {
  std::string y =
      indent + "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string p(1, char(c - 1));
    y += indent + std::string(1, c) + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p +
         ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + "]\n";
  }
  return y;
}

std::string deep(size_t n) {
  return "title: " + std::string(n, '[') + std::string(n, ']') + "\n";
}

bool front_matter(const std::string& yaml, Diagnostics& d) {
  markup::FrontMatter fm;
  std::string body;
  int offset = 0;
  return markup::parse_front_matter("---\n" + yaml + "---\n正文\n", "bomb.md", fm, body, offset, d);
}

}  // namespace

TEST_CASE("a billion-laughs bomb in a data-folder YAML file is refused at its line") {
  TempDir t;
  spit(t / "quotas.yaml", laughs());
  Diagnostics d;
  source::YamlFile f(t / "quotas.yaml", d);
  CHECK_FALSE(f.ok());
  CHECK_THAT(d.format_all(), Catch::Contains("aliases here would expand to more than"));
}

TEST_CASE("a billion-laughs bomb through docpipe validate: exit 2, the file named") {
  TempDir t;
  std::string data = sample(t);
  spit(data + "/quotas.yaml", laughs());
  auto r = run(q(bin()) + " --data " + q(data) + " validate");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("quotas.yaml:") && Catch::Contains("would expand"));
}

TEST_CASE("a billion-laughs bomb in front matter is refused at file:line") {
  Diagnostics d;
  CHECK_FALSE(front_matter(laughs(), d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.file == "bomb.md");
  CHECK(d.items()[0].where.line >= 2);
  CHECK_THAT(d.items()[0].message, Catch::Contains("aliases here would expand"));
}

TEST_CASE("front matter nested 100000 deep is refused, not a stack overflow") {
  Diagnostics d;
  CHECK_FALSE(front_matter(deep(100000), d));
  CHECK_THAT(d.format_all(), Catch::Contains("bomb.md:2:") && Catch::Contains("nesting deeper"));
}

TEST_CASE("a billion-laughs bomb through docpipe render: exit 2, no PDF") {
  TempDir t;
  spit(t / "bomb.md", "---\n" + laughs() + "---\n正文\n");
  auto r = run(q(bin()) + " render " + q(t / "bomb.md") + " -o " + q(t / "bomb.pdf"));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("bomb.md:") && Catch::Contains("would expand"));
  CHECK_FALSE(exists(t / "bomb.pdf"));
}

TEST_CASE("a font map nested 100000 deep is refused, not a stack overflow") {
  TempDir t;
  spit(t / "fonts.yaml", "roles: " + std::string(100000, '[') + "\n");
  Diagnostics d;
  screen_yaml(slurp(t / "fonts.yaml"), t / "fonts.yaml", 1, d);
  CHECK_THAT(d.format_all(), Catch::Contains("nesting deeper"));
}

TEST_CASE("a YAML scalar over the field limit is refused with the limit named") {
  ScopedLimit limit(limits::field_bytes, 1000);
  Diagnostics d;
  CHECK_FALSE(front_matter("title: " + std::string(1001, 'x') + "\n", d));
  CHECK_THAT(d.format_all(), Catch::Contains("limit of 1000 bytes in one field "
                                             "(DOCPIPE_MAX_FIELD_BYTES)"));
  TempDir t;
  spit(t / "office.yaml", "name: " + std::string(1001, 'x') + "\n");
  Diagnostics d2;
  source::YamlFile f(t / "office.yaml", d2);
  CHECK_FALSE(f.ok());
  CHECK_THAT(d2.format_all(), Catch::Contains("limit of 1000 bytes"));
}
