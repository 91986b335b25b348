#include <catch2/catch.hpp>

#include "compose/escape.h"
#include "compose/template.h"

using namespace docpipe;
using namespace docpipe::compose;

namespace {
std::string render(const std::string& tmpl, const Value& ctx, Diagnostics& d) {
  std::string out;
  REQUIRE(render_template(tmpl, "t.md.mustache", ctx, out, d));
  return out;
}
}  // namespace

TEST_CASE("markdown escaping keeps values literal", "[compose][escape]") {
  CHECK(markdown_escape("A|B*") == "A\\|B\\*");
  CHECK(markdown_escape("# 1") == "\\# 1");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("+1") == "\\+1");
  CHECK(markdown_escape("2026. 总结") == "2026\\. 总结");
  CHECK(markdown_escape("3) x") == "3\\) x");
  CHECK(markdown_escape("7.") == "7\\.");
  CHECK(markdown_escape("412087.36") == "412087.36");
  CHECK(markdown_escape("[链接](x) <b> _a_ `c` ~s~ &amp; !") ==
        "\\[链接\\](x) \\<b\\> \\_a\\_ \\`c\\` \\~s\\~ \\&amp; \\!");
  CHECK(markdown_escape("a\\b") == "a\\\\b");
  CHECK(markdown_escape("依法行政指导处") == "依法行政指导处");
  CHECK(markdown_escape("2026年") == "2026年");
}

TEST_CASE("yaml and chart escaping", "[compose][escape]") {
  CHECK(yaml_escape("\"x\": y") == "\\\"x\\\": y");
  CHECK(yaml_escape("a\\b") == "a\\\\b");
  CHECK(chart_escape("```法规处") == "｀｀｀法规处");
  CHECK(clean_value("  a\nb\tc  ") == "a b c");
}

TEST_CASE("body values cannot change the document structure", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  ctx.set("name", "A|B* # x");
  ctx.set("title", "- 1. heading?");
  std::string out =
      render("# {{title}}\n\n| 单位 | 得分 |\n|---|---:|\n| {{name}} | 3 |\n", ctx, d);
  CHECK(out == "# \\- 1. heading?\n\n| 单位 | 得分 |\n|---|---:|\n| A\\|B\\* \\# x | 3 |\n");
}

TEST_CASE("front-matter values become double-quoted YAML scalars", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  ctx.set("title", "\"x\": y # z");
  ctx.set("month", "2026年10月");
  ctx.set("to", text_list({"各处室", "a: b"}));
  std::string tmpl =
      "---\ntitle: {{title}}\nsubject: 关于{{month}}的通报\nquoted: \"前{{month}}后\"\nto:\n"
      "{{#to}}\n  - {{.}}\n{{/to}}\n---\n\n正文{{month}}\n";
  CHECK(render(tmpl, ctx, d) ==
        "---\ntitle: \"\\\"x\\\": y # z\"\nsubject: \"关于2026年10月的通报\"\n"
        "quoted: \"前2026年10月后\"\nto:\n  - \"各处室\"\n  - \"a: b\"\n---\n\n正文2026年10月\n");
}

TEST_CASE("chart values are escaped as chart labels, not Markdown", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  List units;
  units.push_back(Value(Fields{{"name", "A|B*"}, {"score", "12.5"}}));
  ctx.set("units", units);
  std::string out = render(
      "```chart\ntitle: 得分\n{{#units}}\n{{name}}: {{score}}\n{{/units}}\n```\n"
      "{{#units}}{{name}}{{/units}}\n",
      ctx, d);
  CHECK(out == "```chart\ntitle: 得分\nA|B*: 12.5\n```\nA\\|B\\*\n");
}

TEST_CASE("empty text counts as absent in sections", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  ctx.set("yoy", "");
  ctx.set("mom", "环比增加5.00%");
  CHECK(render("共12件{{#yoy}}，{{yoy}}{{/yoy}}{{#mom}}，{{mom}}{{/mom}}。\n", ctx, d) ==
        "共12件，环比增加5.00%。\n");
}

TEST_CASE("first/last flags give list separators", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  ctx.set("items", mark_first_last({Value(Fields{{"n", "甲"}}), Value(Fields{{"n", "乙"}}),
                                    Value(Fields{{"n", "丙"}})}));
  CHECK(render("{{#items}}{{n}}{{^last}}、{{/last}}{{/items}}\n", ctx, d) == "甲、乙、丙\n");
}

TEST_CASE("mustache syntax errors name template:line", "[compose][render]") {
  Diagnostics d;
  std::string out;
  CHECK_FALSE(render_template("a\nb\n{{#x}}\nc\n", "bad.md.mustache", Value(), out, d));
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.file == "bad.md.mustache");
  CHECK(d.items()[0].where.line == 3);
}

TEST_CASE("a value in a front-matter key position is refused", "[compose][render]") {
  Diagnostics d;
  Value ctx;
  ctx.set("k", "title");
  std::string out;
  CHECK_FALSE(render_template("---\n{{k}}: x\n---\n", "t", ctx, out, d));
  CHECK(d.has_errors());
}
