#include <catch2/catch.hpp>
#include <iostream>

#include "compose/compose.h"
#include "fixture.h"
#include "markup/parse_markdown.h"

using namespace docpipe;
using namespace docpipe::compose;

namespace {

std::string compose_md(const source::DataSet& ds, Request r, Diagnostics& d) {
  std::string md;
  bool ok = compose_document(ds, r, DOCPIPE_SOURCE_DIR "/templates", md, d);
  INFO(d.format_all());
  REQUIRE(ok);
  return md;
}

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

const markup::Table* first_table(const markup::Document& doc) {
  for (const auto& b : doc.nodes)
    if (b.role == markup::Role::table) return &b.table;
  return nullptr;
}

}  // namespace

TEST_CASE("circular: totals, ranking with ties, hostile unit names", "[compose][circular]") {
  Diagnostics d;
  auto ds = fixture::circular_data();
  std::string md = compose_md(ds, {Kind::circular, 2026, 10, 0}, d);
  CHECK(contains(md, "title: \"关于2026年10月政务信息工作情况的通报\""));
  CHECK(contains(md, "共报送政务信息4条，被采用2条，环比分别增加100.00%、100.00%"));
  markup::Document doc;
  REQUIRE(markup::parse_document(md, "circular.md", doc, d));
  const markup::Table* t = first_table(doc);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 5);
  CHECK(t->rows[0] ==
        std::vector<std::string>{"排名", "单位", "报送", "省政府", "省委", "批示", "得分"});
  // 法规处 5, 复议处 3 + 2 = 5 → both first; then two units with 0 share rank 3.
  CHECK(t->rows[1] == std::vector<std::string>{"1", "法规处", "2", "1", "0", "0", "5"});
  CHECK(t->rows[2] == std::vector<std::string>{"1", "复议处", "1", "0", "1", "1", "5"});
  CHECK(t->rows[3] == std::vector<std::string>{"3", "A|B* #执法处", "1", "0", "0", "0", "0"});
  CHECK(t->rows[4][1] == "公共法律服务处");
  CHECK(contains(md, "法规处、复议处报送采用情况较好"));
  CHECK(contains(md, "公共法律服务处（报送0条，应报1条）未完成每月报送任务"));
  CHECK_FALSE(contains(md, "领导批示\n\n"));
  bool chart = false;
  for (const auto& b : doc.nodes)
    if (b.role == markup::Role::chart) {
      chart = true;
      CHECK(b.chart.bars.size() == 4);
      CHECK(b.chart.bars[2].first == "A|B* #执法处");
    }
  CHECK(chart);
}

TEST_CASE("circular: a month without entries says so instead of a table", "[compose][circular]") {
  Diagnostics d;
  auto ds = fixture::circular_data();
  std::string md = compose_md(ds, {Kind::circular, 2026, 11, 0}, d);
  CHECK(contains(md, "2026年11月，各单位均未报送政务信息"));
  markup::Document doc;
  REQUIRE(markup::parse_document(md, "circular.md", doc, d));
  CHECK(first_table(doc) == nullptr);
  CHECK_FALSE(contains(md, "```chart"));
  CHECK_FALSE(contains(md, "环比"));
}

TEST_CASE("circular: the leader's comment is quoted when recorded", "[compose][circular]") {
  Diagnostics d;
  auto ds = fixture::circular_data();
  ds.comments.push_back({2026, 10, "张明远", "厅长", {2026, 11, 6}, "信息工作要再上台阶。"});
  std::string md = compose_md(ds, {Kind::circular, 2026, 10, 0}, d);
  CHECK(contains(md, "厅长张明远同志2026年11月6日批示：\n\n> 信息工作要再上台阶。"));
  CHECK(contains(md, "date: \"2026-11-06\""));  // signed on the circular: not dated before it
}

TEST_CASE("a unit owes no quota before its first month with data", "[compose][circular]") {
  Diagnostics d;
  auto ds = fixture::circular_data();
  ds.quotas.start.clear();
  std::string md = compose_md(ds, {Kind::circular, 2026, 10, 0}, d);
  CHECK_FALSE(contains(md, "公共法律服务处"));  // no data yet, nothing owed
  CHECK(contains(md, "| 1 | 法规处 |"));
}

TEST_CASE("annual report: 同比 when last year exists, none otherwise", "[compose][annual]") {
  Diagnostics d;
  std::string with = compose_md(fixture::report_data(true), {Kind::annual_report, 2026}, d);
  CHECK(contains(with, "行政复议申请7822件，受理7682件，同比分别增加73.51%、74.12%。"));
  // 5 → 4 is a small base: a count, not a percentage (indicators.yaml small_base, 10).
  CHECK(contains(with, "制定规章4部，同比减少1部。"));
  CHECK(contains(with, "| 制定规章 | 部 | 4 | 5 | 减少1部 |"));
  auto percent = fixture::report_data(true);
  percent.small_base = 0;
  std::string pct = compose_md(percent, {Kind::annual_report, 2026}, d);
  CHECK(contains(pct, "制定规章4部，同比下降20.00%。"));
  CHECK(contains(pct, "| 制定规章 | 部 | 4 | 5 | 下降20.00% |"));
  std::string without = compose_md(fixture::report_data(false), {Kind::annual_report, 2026}, d);
  CHECK_FALSE(contains(without, "同比增加"));
  CHECK_FALSE(contains(without, "同比下降"));
  CHECK_FALSE(contains(without, "同比分别"));
  CHECK(contains(without, "行政复议申请7822件，受理7682件。"));
  CHECK(contains(without, "| 制定规章 | 部 | 4 | — | — |"));
}

TEST_CASE("work report: speaker line, 同志们, sections", "[compose][work]") {
  Diagnostics d;
  std::string md = compose_md(fixture::report_data(true), {Kind::work_report, 2026}, d);
  CHECK(contains(md, "title: \"在全省政府法制工作会议上的讲话\""));
  CHECK(contains(md, "byline:\n  - \"省司法厅厅长　李明\"\n  - \"（2027年1月15日）\"\n"));
  CHECK(contains(md, "---\n\n同志们：\n\n这次会议"));
  CHECK(contains(md, "# 2026年工作回顾"));
  CHECK(contains(md, "# 2027年工作安排"));
  CHECK(contains(md, "# 保障措施"));
  CHECK(contains(md, "一是基层法治力量薄弱；二是执法规范化水平有待提高。对这些问题"));
}

TEST_CASE("brief: masthead fields, articles, contributor lines, 报尾", "[compose][brief]") {
  Diagnostics d;
  std::string md = compose_md(fixture::circular_data(), {Kind::brief, 2026, 0, 1}, d);
  CHECK(contains(md, "  number: \"2026年第1期（总第439期）\"\n"));
  CHECK(contains(md, "  report:\n    - \"省政府办公厅\"\n"));
  CHECK_FALSE(contains(md, "  send:"));
  CHECK(contains(md, "  copies: \"120\"\n"));
  markup::Document doc;
  REQUIRE(markup::parse_document(md, "brief.md", doc, d));
  REQUIRE(doc.nodes.size() == 10);
  REQUIRE(doc.nodes.front().role == markup::Role::brief_head);
  CHECK(doc.nodes.front().brief_head.series == "政府法制工作简报");
  REQUIRE(doc.nodes.back().role == markup::Role::distribution);
  CHECK(doc.nodes.back().distribution.copies == 120);
  std::vector<std::string> texts;
  for (size_t i = 1; i + 1 < doc.nodes.size(); ++i)
    texts.push_back(doc.nodes[i].role == markup::Role::article_break ? "---" : doc.nodes[i].text);
  CHECK(texts == std::vector<std::string>{"标题一", "第一段续行。", "第二段。",
                                          "（法规处张三供稿）", "---", "# 标题二 | *",
                                          "1. 不是列表", "（复议处供稿）"});
  CHECK(doc.nodes[1].role == markup::Role::article_title);
  CHECK(doc.nodes[4].role == markup::Role::source_line);
}

TEST_CASE("missing data is an error naming what to add", "[compose][errors]") {
  Diagnostics d;
  std::string md;
  CHECK_FALSE(compose_document(fixture::report_data(true), {Kind::annual_report, 2030},
                               DOCPIPE_SOURCE_DIR "/templates", md, d));
  CHECK(contains(d.format_all(), "no annual_report narrative for 2030"));
  Diagnostics d2;
  CHECK_FALSE(compose_document(fixture::circular_data(), {Kind::brief, 2026, 0, 3},
                               DOCPIPE_SOURCE_DIR "/templates", md, d2));
  CHECK(contains(d2.format_all(), "no brief 2026年第3期"));
}

TEST_CASE("dump", "[.dump]") {
  Diagnostics d;
  auto ds = fixture::circular_data();
  ds.comments.push_back({2026, 10, "张明远", "厅长", {2026, 11, 6}, "信息工作要再上台阶。"});
  std::cout << compose_md(ds, {Kind::circular, 2026, 10, 0}, d);
  std::cout << compose_md(fixture::report_data(true), {Kind::annual_report, 2026}, d);
  std::cout << compose_md(fixture::report_data(true), {Kind::work_report, 2026}, d);
}
