// Table headers (#12 item 4): a header wraps only when no other column can give the width it
// needs to stand on one line — neither the room beyond another column's widest line nor the
// width of a column whose long cells break anyway. Checked from outside by check_tables.py.
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
