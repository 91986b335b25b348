#include <catch2/catch.hpp>

#include "compose/template.h"

using namespace docpipe;
using namespace docpipe::compose;

namespace {
Schema schema() {
  return {"circular", {"title", "units", "units.name", "units.score", "month"}};
}
}  // namespace

TEST_CASE("a template using only provided fields passes", "[compose][check]") {
  Diagnostics d;
  CHECK(check_template_text(
      "# {{title}}\n{{#units}}{{name}} {{score}} {{month}}{{/units}}\n{{! note }}", "c.md.mustache",
      schema(), d));
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("an unknown field is reported with template:line and its name", "[compose][check]") {
  Diagnostics d;
  CHECK_FALSE(check_template_text("# {{title}}\n\n{{#units}}\n{{nmae}}\n{{/units}}\n",
                                  "circular.md.mustache", schema(), d));
  REQUIRE(d.error_count() == 1);
  const auto& e = d.items()[0];
  CHECK(e.where.file == "circular.md.mustache");
  CHECK(e.where.line == 4);
  CHECK(e.message.find("'nmae'") != std::string::npos);
  CHECK(e.message.find("circular") != std::string::npos);
}

TEST_CASE("list item fields are not visible outside their list", "[compose][check]") {
  Diagnostics d;
  CHECK_FALSE(check_template_text("{{score}}\n", "c", schema(), d));
  CHECK(d.items().at(0).where.line == 1);
}

TEST_CASE("unbalanced sections and unescaped tags are reported", "[compose][check]") {
  Diagnostics d;
  CHECK_FALSE(check_template_text("{{#units}}\n{{/title}}\n{{{title}}}\n{{&title}}\n{{> p}}\n", "c",
                                  schema(), d));
  std::vector<int> lines;
  for (const auto& i : d.items()) lines.push_back(i.where.line);
  CHECK(lines == std::vector<int>{2, 3, 4, 5, 1});
}

TEST_CASE("the implicit iterator needs a section", "[compose][check]") {
  Diagnostics d;
  CHECK_FALSE(check_template_text("{{.}}\n", "c", schema(), d));
  Diagnostics ok;
  CHECK(check_template_text("{{#units}}{{.}}{{/units}}\n", "c", schema(), ok));
}

TEST_CASE("a front-matter field outside a value position is reported", "[compose][check]") {
  Diagnostics d;
  CHECK_FALSE(check_template_text(
      "---\ntitle: {{title}}\n{{#units}}\n{{name}}: x\n{{/units}}\n---\n", "c", schema(), d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.line == 4);
  Diagnostics ok;
  CHECK(check_template_text("---\nto:\n{{#units}}\n  - {{name}}\n{{/units}}\n---\n{{title}}: x\n",
                            "c", schema(), ok));
}
