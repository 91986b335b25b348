// import … FILE.xlsx: a sheet read directly, with the CSV import's checks and all-or-nothing
// rule, and workbooks the import would misread refused with sheet and cell.
#include <catch2/catch.hpp>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

const std::string today = " --today 2026-12-31";

std::string workbook(const TempDir& t, const std::string& name, const std::string& spec) {
  spit(t / (name + ".json"), spec);
  Run r = sh("python3 " + quote(DOCPIPE_SOURCE_DIR "/tests/records/make_xlsx.py") + " " +
             quote(t / (name + ".xlsx")) + " " + quote(t / (name + ".json")));
  INFO(r.err);
  REQUIRE(r.code == 0);
  return t / (name + ".xlsx");
}

const std::string header = R"(["日期", "单位", "标题", "作者", "采用渠道", "批示"])";

}  // namespace

TEST_CASE("items from an xlsx sheet: shared and inline strings, date cells, numbers") {
  TempDir t;
  init_sample(t / "data");
  const std::string d = "--data " + quote(t / "data") + " ";
  std::string x =
      workbook(t, "items",
               R"({"sheets": [{"name": "登记", "rows": [)" + header +
                   R"(, [{"date": "2026-03-05"}, "JCS", "表格导入的信息", "甲", "gj;sw", 1],
     [{"date": "2026-03-06"}, "江川市司法局", {"inline": "内联字符串的标题"}, "乙", null, 0]]}]})");
  Run r = docpipe(d + "import items " + quote(x) + today);
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == x + " (xlsx sheet 登记, 2 rows): 2 new, 0 updated, 0 unchanged\n");
  Run list = docpipe(d + "items list --month 2026-03 --unit JCS");
  CHECK(list.out.find("\t2026-03-05\tJCS\t表格导入的信息\t甲\tgj;sw\t1\n") != std::string::npos);
  CHECK(list.out.find("\t2026-03-06\tJCS\t内联字符串的标题\t乙\t\t0\n") != std::string::npos);
  CHECK(docpipe(d + "import items " + quote(x) + today).out.find("0 new, 0 updated, 2 unchanged") !=
        std::string::npos);
}

TEST_CASE("xlsx: a bad row is refused at sheet, row and column, and nothing is written") {
  TempDir t;
  init_sample(t / "data");
  const std::string d = "--data " + quote(t / "data") + " ";
  const std::string db = slurp(t / "data/docpipe.db");
  std::string x = workbook(t, "bad",
                           R"({"sheets": [{"name": "登记", "rows": [)" + header +
                               R"(, [{"date": "2026-03-05"}, "JCS", "好的一行", "甲", null, 0],
     [{"date": "2026-03-06"}, "XXX", "坏的一行", "乙", null, 0]]}]})");
  Run r = docpipe(d + "import items " + quote(x) + today);
  CHECK(r.code == 2);
  CHECK(r.err.find(x + "[登记]:3:2: error: unit 'XXX' is not a known unit") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
}

TEST_CASE("xlsx: merged cells, a two-row header, error cells and a missing sheet are refused") {
  TempDir t;
  init_sample(t / "data");
  const std::string d = "--data " + quote(t / "data") + " ";
  const std::string db = slurp(t / "data/docpipe.db");
  std::string merged = workbook(
      t, "merged",
      R"({"sheets": [{"name": "登记", "merge": ["A1:B1"], "rows": [)" + header + R"(]}]})");
  Run m = docpipe(d + "import items " + quote(merged) + today);
  CHECK(m.code == 2);
  CHECK(m.err.find(merged + "[登记]:1:1: error: merged cells A1:B1") != std::string::npos);
  std::string two = workbook(t, "two", R"({"sheets": [{"name": "登记", "rows": [
     ["报送情况", null, "内容"], ["日期", "单位", "标题"]]}]})");
  Run h = docpipe(d + "import items " + quote(two) + today);
  CHECK(h.code == 2);
  CHECK(
      h.err.find(two + "[登记]:1:2: error: header cell B1 is empty (a header of several rows?)") !=
      std::string::npos);
  std::string err =
      workbook(t, "err",
               R"({"sheets": [{"name": "登记", "rows": [)" + header +
                   R"(, [{"date": "2026-03-05"}, "JCS", {"error": "#N/A"}, "甲", null, 0]]}]})");
  Run e = docpipe(d + "import items " + quote(err) + today);
  CHECK(e.err.find(err + "[登记]:2:3: error: cell C2 holds the error #N/A") != std::string::npos);
  Run s = docpipe(d + "import items " + quote(err) + " --sheet 登记表" + today);
  CHECK(s.err.find("no sheet '登记表'") != std::string::npos);
  spit(t / "not.xlsx", "date,unit\n");
  Run n = docpipe(d + "import items " + quote(t / "not.xlsx") + today);
  CHECK(n.err.find("not an Excel workbook (.xlsx)") != std::string::npos);
  Run c = docpipe(d + "import items " + quote(t / "not.csv") + " --sheet A" + today);
  CHECK(c.err.find("--sheet is for Excel workbooks (.xlsx)") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
}
