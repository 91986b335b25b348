// Body nodes → flow items: numbering and the keep rules that pagination relies on.
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

markup::Node node(markup::Role role, const std::string& text, int level = 0) {
  markup::Node b;
  b.role = role;
  b.text = text;
  b.level = level;
  return b;
}
}  // namespace

TEST_CASE("headings are numbered 一、（一）1.（1） and restart below a higher level") {
  Fixture f;
  REQUIRE(f.fonts);
  Section section(f.ctx);
  std::vector<Item> items;
  for (auto [level, text] : std::vector<std::pair<int, std::string>>{{1, "甲"},
                                                                     {2, "乙"},
                                                                     {3, "丙"},
                                                                     {4, "丁"},
                                                                     {4, "戊"},
                                                                     {2, "己"},
                                                                     {3, "庚"},
                                                                     {1, "辛"},
                                                                     {2, "壬"}})
    section.add(node(markup::Role::heading, text, level), items);
  std::vector<std::string> titles;
  for (const auto& it : items)
    if (it.bookmark) titles.push_back(it.bookmark->title);
  CHECK(titles == std::vector<std::string>{"一、甲", "（一）乙", "1.丙", "（1）丁", "（2）戊",
                                           "（二）己", "1.庚", "二、辛", "（一）壬"});
  for (const auto& it : items) CHECK(it.keep_with_next);  // a heading never ends a page
}

TEST_CASE("heading numbers restart under each brief article title") {
  Fixture f;
  Section section(f.ctx);
  std::vector<Item> items;
  section.add(node(markup::Role::article_title, "文章一"), items);
  section.add(node(markup::Role::heading, "甲", 1), items);
  section.add(node(markup::Role::article_title, "文章二"), items);
  section.add(node(markup::Role::heading, "乙", 1), items);
  std::vector<std::string> titles;
  for (const auto& it : items)
    if (it.bookmark) titles.push_back(it.bookmark->title);
  CHECK(titles == std::vector<std::string>{"文章一", "一、甲", "文章二", "一、乙"});
}

TEST_CASE("a brief's （…供稿） line keeps with the last line of its article") {
  Fixture f;
  Section section(f.ctx);
  std::vector<Item> items;
  section.add(node(markup::Role::paragraph, "会议要求，各地要抓好落实。"), items);
  section.add(node(markup::Role::source_line, "（行政复议一处供稿）"), items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].keep_with_next);
}

TEST_CASE("an attachment starts a new page: label flush left, then its title and body") {
  Fixture f;
  markup::Node a = node(markup::Role::attachment, "附件1：指标统计表");
  a.label = "附件1";
  a.title = "指标统计表";
  a.children.push_back(node(markup::Role::paragraph, "附件正文。"));
  std::vector<Item> attachment;
  attachment_items(f.ctx, a, attachment);
  REQUIRE(!attachment.empty());
  CHECK(attachment.front().page_break_before);
  REQUIRE(attachment.front().runs.size() == 1);
  CHECK(attachment.front().runs[0].text == "附件1");
  CHECK(attachment.front().runs[0].x == Approx(f.ctx.geo.left));
  REQUIRE(attachment.front().bookmark);
  CHECK(attachment.front().bookmark->title == "附件1：指标统计表");
  REQUIRE(attachment.size() == 5);  // label, blank, title, blank, the body's one line
  CHECK(attachment[2].runs[0].text == "指标统计表");
  CHECK(attachment[4].runs[0].text == "附件正文。");
}
