// Values with Markdown/YAML syntax survive composition and the engine's parser literally.
#include <catch2/catch.hpp>

#include "compose/template.h"
#include "markup/parse_markdown.h"

using namespace docpipe;
using namespace docpipe::compose;

TEST_CASE("hostile values print literally through the markup parser", "[compose][roundtrip]") {
  const std::vector<std::string> nasty = {"A|B*",  "# 标题",     "\"x\": y",          "- 列表",
                                          "1. 一", "[a](b) <i>", "_x_ `y` ~z~ &amp;", "a\\b",
                                          "---"};
  for (const auto& v : nasty) {
    INFO(v);
    Value ctx;
    ctx.set("v", v);
    std::string md;
    Diagnostics d;
    REQUIRE(
        render_template("---\ntitle: {{v}}\nsignature: 署名{{v}}\ndate: 2026-11-14\n---\n\n"
                        "{{v}}\n\n| 单位 | 得分 |\n|---|---:|\n| {{v}} | 3 |\n",
                        "t.md.mustache", ctx, md, d));
    markup::Document doc;
    REQUIRE(markup::parse_document(md, "t.md", doc, d));
    // Nodes: title, the paragraph, the table, 署名, 成文日期.
    REQUIRE(doc.nodes.size() == 5);
    CHECK(doc.nodes[0].role == markup::Role::title);
    CHECK(doc.nodes[0].text == v);
    CHECK(doc.nodes[3].role == markup::Role::signature);
    CHECK(doc.nodes[3].text == "署名" + v);
    // A short first paragraph ending in ： would be a salutation; the others are paragraphs.
    CHECK((doc.nodes[1].role == markup::Role::paragraph ||
           doc.nodes[1].role == markup::Role::salutation));
    CHECK(doc.nodes[1].text == v);
    REQUIRE(doc.nodes[2].role == markup::Role::table);
    REQUIRE(doc.nodes[2].table.rows.size() == 2);
    CHECK(doc.nodes[2].table.rows[1].size() == 2);
    CHECK(doc.nodes[2].table.rows[1][0] == v);
  }
}
