// Hostile templates: a template that includes itself (kainjow compiles a text *value* named
// by {{>x}} as a template, so a value can include itself), unescaped tags, delimiter
// changes, and sections nested past the limit.
#include <catch2/catch.hpp>

#include "compose/template.h"
#include "helpers.h"

using namespace reliability;
using namespace docpipe;
using namespace docpipe::compose;

namespace {

bool render(const std::string& tmpl, const Value& ctx, std::string& out, Diagnostics& d) {
  return render_template(tmpl, "t.md.mustache", ctx, out, d);
}

}  // namespace

TEST_CASE("a template that includes itself through a value is refused, not a stack overflow") {
  Value ctx = Value(Fields{}).set("self", "{{>self}}");
  std::string out;
  Diagnostics d;
  CHECK_FALSE(render("---\ntitle: x\n---\n\n{{>self}}\n", ctx, out, d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.line == 5);
  CHECK_THAT(d.items()[0].message, Catch::Contains("partials"));
}

TEST_CASE("a partial cannot smuggle an unescaped value into the document") {
  Value ctx = Value(Fields{}).set("p", "# 一级标题 | 表格");
  std::string out;
  Diagnostics d;
  CHECK_FALSE(render("正文 {{> p}}\n", ctx, out, d));
  CHECK_THAT(d.format_all(), Catch::Contains("partials"));
}

TEST_CASE("delimiter changes and unescaped tags are refused at render time") {
  Value ctx = Value(Fields{}).set("x", "*y*");
  for (std::string tmpl : {"{{=<% %>=}}<%x%>\n", "{{{x}}}\n", "{{&x}}\n", "{{ > x }}\n"}) {
    std::string out;
    Diagnostics d;
    INFO(tmpl);
    CHECK_FALSE(render(tmpl, ctx, out, d));
    CHECK(d.has_errors());
  }
}

TEST_CASE("sections nested past DOCPIPE_MAX_TEMPLATE_DEPTH are refused with the limit named") {
  auto nested = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "{{#f}}";
    s += "x";
    for (int i = 0; i < n; ++i) s += "{{/f}}";
    return s + "\n";
  };
  Value ctx = Value(Fields{}).set("f", true);
  std::string out;
  Diagnostics d;
  CHECK(render(nested(16), ctx, out, d));
  CHECK(out == "x\n");
  CHECK_FALSE(render(nested(17), ctx, out, d));
  CHECK_THAT(d.format_all(),
             Catch::Contains("limit of 16 nested template sections (DOCPIPE_MAX_TEMPLATE_DEPTH)"));
  ScopedLimit limit(limits::template_depth, 100);
  Diagnostics d2;
  CHECK(render(nested(17), ctx, out, d2));
  // 100000 levels would overflow kainjow's recursive renderer; refused at once.
  Diagnostics d3;
  CHECK_FALSE(render(nested(100000), ctx, out, d3));
}
