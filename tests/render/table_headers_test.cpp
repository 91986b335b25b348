// Tables (#12 item 4): a header wraps only when no other column can give the width it
// needs to stand on one line — neither the room beyond another column's widest line nor the
// width of a column whose long cells break anyway; and a cell, like a title, never breaks
// inside a unit's name (render --units). Checked from outside by check_tables.py.
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

// The 工作内容 column's long cells break anyway; giving 责任处室联系人 the width it needs
// makes no row taller than the header it saves.
const char* task_table =
    "---\ntitle: 任务分工\n---\n\n"
    "| 序号 | 工作内容 | 牵头单位 | 完成时限 | 责任处室联系人 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，"
    "健全行政执法协调监督工作体系 | 法治调研处 | 2026年6月 | 张三 |\n"
    "| 2 | 健全行政复议案件审理机制，提高行政复议办案质量和效率 | 立法处 | 2026年12月 | 李四 "
    "|\n";

}  // namespace

TEST_CASE("a long header takes width from columns whose cells break anyway") {
  TempDir t;
  spit(t / "in.md", task_table);
  auto r = run(docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto c =
      run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" + "'");
  INFO(c.out);
  CHECK(c.out.find("header '") == std::string::npos);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
  // The header reads back whole, on one line of the header row.
  auto text = run("pdftotext -layout '" + t / "out.pdf" + "' -");
  CHECK(text.out.find("责任处室联系人") != std::string::npos);
}

TEST_CASE("a table cell never breaks inside a unit's name given with render --units") {
  TempDir t;
  spit(t / "in.md",
       "---\ntitle: 任务分工\n---\n\n"
       "| 序号 | 工作任务 | 牵头单位 | 计划完成时限 | 责任处室联系人 | 目前进展情况 |\n"
       "|---|---|---|---|---|---|\n"
       "| 1 | 全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度 | "
       "行政执法协调监督处 | 2026年6月 | 张三 | 已完成制度文本起草，正在征求意见 |\n"
       "| 2 | 健全行政复议案件审理机制，提高行政复议办案质量 | 行政复议与应诉处 | 2026年12月 | "
       "李四 | 按计划推进 |\n");
  spit(t / "names.units", "行政执法协调监督处\n行政复议与应诉处\n");
  const std::string render = docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "'";
  const std::string check = "python3 '" + source_dir() + "/tests/tools/check_layout.py' '" +
                            t / "out.pdf" + "' --units '" + t / "names.units" + "'";
  // Without the names the column is narrower than the name: the document provokes the rule.
  REQUIRE(run(render).code == 0);
  auto c = run(check);
  CHECK(c.out.find("table cell broken inside the unit name '行政执法协调监督处'") !=
        std::string::npos);
  auto r = run(render + " --units '" + t / "names.units" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  c = run(check);
  INFO(c.out);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
  auto text = run("pdftotext -layout '" + t / "out.pdf" + "' -");
  CHECK(text.out.find("行政执法协调监督处") != std::string::npos);
}
