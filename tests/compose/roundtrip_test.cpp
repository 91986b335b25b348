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
    CHECK(doc.meta.title == v);
    CHECK(doc.meta.signature == "署名" + v);
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].kind == markup::BlockKind::paragraph);
    CHECK(doc.blocks[0].text == v);
    REQUIRE(doc.blocks[1].kind == markup::BlockKind::table);
    REQUIRE(doc.blocks[1].table.rows.size() == 2);
    CHECK(doc.blocks[1].table.rows[1].size() == 2);
    CHECK(doc.blocks[1].table.rows[1][0] == v);
  }
}
