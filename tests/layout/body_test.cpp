// Body blocks → flow items: numbering and the keep rules that pagination relies on.
#include <catch2/catch.hpp>

#include "fonts/font_set.h"
#include "layout/body.h"

using namespace docpipe;
using namespace docpipe::layout;

namespace {
struct Fixture {
  Diagnostics diags;
  std::unique_ptr<fonts::FontSet> fonts = fonts::FontSet::open(fonts::default_font_config(), diags);
  Context ctx{PageGeometry(), *fonts, diags, "test.md"};
};

markup::Block block(markup::BlockKind kind, const std::string& text, int level = 0) {
  markup::Block b;
  b.kind = kind;
  b.text = text;
  b.level = level;
  return b;
}
}  // namespace

TEST_CASE("headings are numbered 一、（一）1.（1） and restart below a higher level") {
  Fixture f;
  REQUIRE(f.fonts);
  markup::Document doc;
  for (auto [level, text] : std::vector<std::pair<int, std::string>>{{1, "甲"},
                                                                     {2, "乙"},
                                                                     {3, "丙"},
                                                                     {4, "丁"},
                                                                     {4, "戊"},
                                                                     {2, "己"},
                                                                     {3, "庚"},
                                                                     {1, "辛"},
                                                                     {2, "壬"}})
    doc.blocks.push_back(block(markup::BlockKind::heading, text, level));
  std::vector<Item> items;
  body_items(f.ctx, doc, 0, items);
  std::vector<std::string> titles;
  for (const auto& it : items)
    if (it.bookmark) titles.push_back(it.bookmark->title);
  CHECK(titles == std::vector<std::string>{"一、甲", "（一）乙", "1.丙", "（1）丁", "（2）戊",
                                           "（二）己", "1.庚", "二、辛", "（一）壬"});
  for (const auto& it : items) CHECK(it.keep_with_next);  // a heading never ends a page
}

TEST_CASE("a brief's （…供稿） line keeps with the last line of its article") {
  Fixture f;
  markup::Document doc;
  doc.meta.brief.emplace();
  doc.blocks.push_back(block(markup::BlockKind::paragraph, "会议要求，各地要抓好落实。"));
  doc.blocks.push_back(block(markup::BlockKind::source_line, "（行政复议一处供稿）"));
  std::vector<Item> items;
  body_items(f.ctx, doc, 0, items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].keep_with_next);
}

TEST_CASE("a level-1 heading starting 附件 ends the body; the attachment starts a new page") {
  Fixture f;
  markup::Document doc;
  doc.blocks.push_back(block(markup::BlockKind::paragraph, "正文。"));
  doc.blocks.push_back(block(markup::BlockKind::heading, "附件1：指标统计表", 1));
  doc.blocks.push_back(block(markup::BlockKind::paragraph, "附件正文。"));
  std::vector<Item> items;
  size_t next = body_items(f.ctx, doc, 0, items);
  CHECK(next == 1);
  std::vector<Item> attachment;
  CHECK(attachment_items(f.ctx, doc, next, attachment) == 3);
  REQUIRE(!attachment.empty());
  CHECK(attachment.front().page_break_before);
  REQUIRE(attachment.front().runs.size() == 1);
  CHECK(attachment.front().runs[0].text == "附件1");
}
