// The document tree: markup decides every 公文 role once, from the front matter and the
// author's conventions, so layout and the back-ends never look at text.
#include <catch2/catch.hpp>

#include "markup/parse_markdown.h"

using namespace docpipe;
using markup::Role;

namespace {
markup::Document parse(const std::string& md) {
  Diagnostics d;
  markup::Document doc;
  INFO(d.format_all());
  REQUIRE(markup::parse_document(md, "t.md", doc, d));
  return doc;
}

std::vector<Role> roles(const std::vector<markup::Node>& nodes) {
  std::vector<Role> r;
  for (const auto& n : nodes) r.push_back(n.role);
  return r;
}
}  // namespace

TEST_CASE("a 公文: 版头, title, byline, 主送, body, 署名, 成文日期, attachments, 版记 in order") {
  auto doc = parse(
      "---\ntitle: 通知\nbyline: [甲, 乙]\nmasthead: {name: 某厅文件, number: 某发〔2026〕1号}\n"
      "to: [各市, 各处]\nsignature: 某厅\ndate: 2026-11-14\ncc: [某办]\nprinter: 某办公室\n"
      "printed: 2026-11-16\n---\n\n同志们：\n\n正文。\n\n# 一\n\n# 附件1：统计表\n\n正文。\n\n"
      "# 附表\n");
  CHECK(roles(doc.nodes) == std::vector<Role>{Role::masthead, Role::title, Role::byline,
                                              Role::byline, Role::addressee, Role::salutation,
                                              Role::paragraph, Role::heading, Role::signature,
                                              Role::date, Role::attachment, Role::attachment,
                                              Role::cc, Role::printer, Role::printed});
  CHECK(doc.nodes[0].masthead.number == "某发〔2026〕1号");
  CHECK(doc.nodes[4].names == std::vector<std::string>{"各市", "各处"});
  const auto& a = doc.nodes[10];
  CHECK(a.text == "附件1：统计表");
  CHECK(a.label == "附件1");
  CHECK(a.title == "统计表");
  CHECK(roles(a.children) == std::vector<Role>{Role::paragraph});
  CHECK(doc.nodes[11].label == "附表");
  CHECK(doc.nodes[11].title.empty());
  CHECK(doc.nodes[11].children.empty());
  CHECK(doc.properties.title == "通知");
  CHECK(doc.properties.author == "某厅");
  CHECK(doc.properties.date == "2026-11-14");
}

TEST_CASE("a section's first block never starts an attachment, and salutations open a section") {
  auto doc = parse(
      "# 附件一开头\n\n# 附件2 标题\n\n请知悉：\n\n# 附件3\n\n# 附表4\n\n"
      "很长的一段正文，结尾是冒号但超过了十二个字：\n\n请知悉：\n");
  REQUIRE(roles(doc.nodes) == std::vector<Role>{Role::heading, Role::attachment, Role::attachment});
  CHECK(doc.nodes[1].label == "附件2");
  CHECK(doc.nodes[1].title == "标题");
  CHECK(roles(doc.nodes[1].children) == std::vector<Role>{Role::salutation});
  CHECK(roles(doc.nodes[2].children) ==
        std::vector<Role>{Role::heading, Role::paragraph, Role::paragraph});
}

TEST_CASE("a 简报: 报头 instead of title, article titles, levels up one, 供稿 lines, 报尾") {
  auto doc = parse(
      "---\ntitle: 不印出的标题\nbrief: {series: 简报, number: 第1期, editor: 某办, date: "
      "2026-10-20}\ndistribution: {report: [省政府], copies: 10}\ncc: [不用]\n---\n\n# 文章\n\n"
      "## 小标题\n\n正文。\n\n（某处供稿）\n\n---\n\n# 附件1：不是附件\n");
  CHECK(roles(doc.nodes) == std::vector<Role>{Role::brief_head, Role::article_title, Role::heading,
                                              Role::paragraph, Role::source_line,
                                              Role::article_break, Role::article_title,
                                              Role::distribution});
  CHECK(doc.nodes[2].level == 1);
  CHECK(doc.properties.title == "不印出的标题");
  CHECK(doc.properties.author == "某办");
  CHECK(doc.properties.date == "2026-10-20");
}

TEST_CASE("properties fall back: 简报 title from series and number, date from 印发日期") {
  auto brief = parse(
      "---\nbrief: {series: 简报, number: 第1期, editor: 某办, date: 2026-10-20}\n---\n正文。\n");
  CHECK(brief.properties.title == "简报 第1期");
  auto plain = parse("---\nauthor: 甲\nprinted: 2026-01-02\n---\n正文。\n");
  CHECK(plain.properties.author == "甲");
  CHECK(plain.properties.date == "2026-01-02");
  CHECK(roles(plain.nodes) == std::vector<Role>{Role::paragraph, Role::printed});
}

TEST_CASE("附件说明 comes after the body and 附注 after the date, before the attachments") {
  auto doc = parse(
      "---\nattachments: [办法, 细则]\nsignature: 某厅\ndate: 2026-11-14\nnote: "
      "此件公开发布\n---\n\n"
      "正文。\n\n# 附件1：办法\n");
  CHECK(roles(doc.nodes) == std::vector<Role>{Role::paragraph, Role::attachment_list,
                                              Role::signature, Role::date, Role::annotation,
                                              Role::attachment});
  CHECK(doc.nodes[1].names == std::vector<std::string>{"办法", "细则"});
  CHECK(doc.nodes[4].text == "此件公开发布");
}
