// units / items / indicators list|show|edit|remove|export, units retire|rename, docpipe log:
// real processes on real folders; every refused change must leave docpipe.db byte for byte.
#include <catch2/catch.hpp>
#include <regex>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

const std::string today = " --today 2026-12-20";

std::string dp(const TempDir& t) {
  return "--data " + quote(t / "data") + " ";
}

Run ok(const std::string& args) {
  Run r = docpipe(args);
  INFO(args << "\n" << r.err);
  REQUIRE(r.code == 0);
  return r;
}

// The register's list line of item `id`.
std::string item_line(const TempDir& t, const std::string& id) {
  Run r = ok(dp(t) + "items list");
  std::smatch m;
  std::regex line("(^|\n)(" + id + "\t[^\n]*)");
  return std::regex_search(r.out, m, line) ? m[2].str() : "";
}

}  // namespace

TEST_CASE("items edit fixes a typo, in the list and the audit log, with who did it") {
  TempDir t;
  init_sample(t / "data");
  std::string before = item_line(t, "5");
  REQUIRE(before.find("省司法厅扎实推进行政规范性文件合法性审核") != std::string::npos);
  Run r = ok(dp(t) + "items edit 5 --title 省司法厅扎实推进行政规范性文件合法性审核工作 --by 王敏" +
             today);
  CHECK(r.out.find("item 5: changed") != std::string::npos);
  CHECK(item_line(t, "5").find("合法性审核工作\t") != std::string::npos);
  Run log = ok(dp(t) + "log");
  CHECK(std::regex_search(log.out, std::regex("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  王敏  "
                                              "items edit  item 5\n    before: .*合法性审核; "
                                              "author.*\n    after:  .*合法性审核工作; ")));
  // The same edit again changes nothing and logs nothing.
  CHECK(
      ok(dp(t) + "items edit 5 --title 省司法厅扎实推进行政规范性文件合法性审核工作" + today).out ==
      "item 5: unchanged\n");
  CHECK(ok(dp(t) + "log").out == log.out);
}

TEST_CASE("items edit refuses what import refuses, says where, and writes nothing") {
  TempDir t;
  init_sample(t / "data");
  const std::string db = slurp(t / "data/docpipe.db");
  Run r = docpipe(dp(t) + "items edit 5 --date 2026-02-30 --unit 江川 --adopted-by xx" + today);
  CHECK(r.code == 2);
  CHECK(r.err.find("items edit 5: error: date '2026-02-30' is not a date that exists") !=
        std::string::npos);
  CHECK(r.err.find("items edit 5: error: unit '江川' is not a known unit") != std::string::npos);
  CHECK(r.err.find("adopted_by 'xx' names an unknown channel") != std::string::npos);
  // Two items may not become one: same date, unit and title as item 41.
  Run twin =
      docpipe(dp(t) + "items edit 42 --date 2026-03-03 --title 江川市多措并举推进人民调解" + today);
  CHECK(twin.code == 2);
  CHECK(twin.err.find("item 41 already has this date, unit and title") != std::string::npos);
  CHECK(twin.err.find("items remove 41 --reason") != std::string::npos);
  Run gone = docpipe(dp(t) + "items edit 9999 --title x" + today);
  CHECK(gone.code == 2);
  CHECK(gone.err.find("there is no register item 9999") != std::string::npos);
  Run future = docpipe(dp(t) + "items edit 5 --date 2026-12-21" + today);
  CHECK(future.err.find("lies in the future (today is 2026-12-20)") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
}

TEST_CASE("items remove needs a reason and keeps the item in the history") {
  TempDir t;
  init_sample(t / "data");
  const std::string db = slurp(t / "data/docpipe.db");
  Run no_reason = docpipe(dp(t) + "items remove 6");
  CHECK(no_reason.code == 2);
  CHECK(no_reason.err.find("a removed item needs its reason") != std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
  const std::string line = item_line(t, "6");
  ok(dp(t) + "items remove 6 --reason 重复登记 --by 王敏");
  CHECK(item_line(t, "6").empty());
  Run removed = ok(dp(t) + "items list --removed");
  CHECK(removed.out.find(line + "\t重复登记 (") != std::string::npos);
  CHECK(removed.out.find(", 王敏)") != std::string::npos);
  CHECK(ok(dp(t) + "log").out.find("王敏  items remove  item 6") != std::string::npos);
  // The count the validator reports went down by one.
  CHECK(ok(dp(t) + "validate").out.find("187 register items") != std::string::npos);
}

TEST_CASE("items list filters by month, year and unit") {
  TempDir t;
  init_sample(t / "data");
  Run m = ok(dp(t) + "items list --month 2026-03 --unit JCS");
  CHECK(m.out ==
        "id\tdate\tunit\ttitle\tauthor\tadopted_by\tinstructions\n"
        "41\t2026-03-03\tJCS\t江川市多措并举推进人民调解\t徐浩然\tmh\t0\n"
        "42\t2026-03-16\tJCS\t江川市行政复议取得阶段性成效\t孙志强\t\t0\n"
        "40\t2026-03-27\tJCS\t江川市创新开展法治乡村建设\t吴子涵\tmh\t0\n");
  Run y = ok(dp(t) + "items list --year 2025");
  CHECK(y.out == "id\tdate\tunit\ttitle\tauthor\tadopted_by\tinstructions\n");
  Run bad = docpipe(dp(t) + "items list --month 2026-13");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("--month: error: '2026-13' is not a month") != std::string::npos);
  CHECK(ok(dp(t) + "items show 41").out ==
        "item 41\ndate: 2026-03-03; unit: JCS; title: 江川市多措并举推进人民调解; author: 徐浩然; "
        "adopted_by: mh; instructions: 0\n");
}

TEST_CASE("export then import changes nothing, for units, indicators and items") {
  TempDir t;
  init_sample(t / "data");
  ok(dp(t) + "items edit 5 --title " + quote("带,逗号和\"引号\"的标题") + today);  // CSV quoting
  for (const char* kind : {"units", "indicators", "items"}) {
    INFO(kind);
    const std::string csv = t / (std::string(kind) + ".csv");
    Run e = ok(dp(t) + kind + " export " + quote(csv));
    const std::string bytes = slurp(csv);
    CHECK(bytes.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM: Excel reads it as UTF-8
    CHECK(bytes.find("\r\n") != std::string::npos);
    const std::string db = slurp(t / "data/docpipe.db");
    Run i = ok(dp(t) + "import " + kind + " " + quote(csv) + " --today 2027-01-15");
    CHECK(i.out.find("0 new, 0 updated") != std::string::npos);
    CHECK(slurp(t / "data/docpipe.db") == db);
  }
  CHECK(slurp(t / "items.csv").find("\"带,逗号和\"\"引号\"\"的标题\"") != std::string::npos);
}

TEST_CASE("a unit items refer to cannot be removed, retire it instead") {
  TempDir t;
  init_sample(t / "data");
  const std::string db = slurp(t / "data/docpipe.db");
  Run r = docpipe(dp(t) + "units remove JCS");
  CHECK(r.code == 2);
  CHECK(r.err.find(
            "JCS is still referred to by 28 register item(s), 10 indicator value(s), 1 "
            "other unit(s), 16 考评 entr(y/ies), 12 task(s) it shares, its quota in quotas.yaml") !=
        std::string::npos);
  CHECK(r.err.find("retire it instead (`docpipe units retire JCS --on DATE`)") !=
        std::string::npos);
  CHECK(slurp(t / "data/docpipe.db") == db);
  // A unit nothing refers to goes, and the log says so.
  spit(t / "u.csv", "code,name,kind,parent\nXKS,新设科,科室,\n");
  ok(dp(t) + "import units " + quote(t / "u.csv") + today);
  ok(dp(t) + "units remove XKS --by 王敏");
  CHECK(ok(dp(t) + "units list").out.find("XKS") == std::string::npos);
  CHECK(ok(dp(t) + "log").out.find("王敏  units remove  unit XKS") != std::string::npos);
}

TEST_CASE("units retire keeps the past and refuses items after the last day") {
  TempDir t;
  init_sample(t / "data");
  // 石门县 has items in August: retiring it at the end of June would orphan them.
  Run early = docpipe(dp(t) + "units retire SMX --on 2026-06-30");
  CHECK(early.code == 2);
  CHECK(early.err.find("register item(s) of SMX lie outside its active dates") !=
        std::string::npos);
  ok(dp(t) + "units retire SMX --on 2026-11-30 --successor QYS");
  CHECK(ok(dp(t) + "units list --month 2026-12").out.find("SMX") == std::string::npos);
  CHECK(ok(dp(t) + "units list --month 2026-11").out.find("SMX") != std::string::npos);
  spit(t / "late.csv",
       "date,unit,title,author,adopted_by,instructions\n2026-12-02,SMX,撤销后的信息,甲,,0\n");
  Run late = docpipe(dp(t) + "import items " + quote(t / "late.csv") + today);
  CHECK(late.code == 2);
  CHECK(late.err.find("did not exist on 2026-12-02") != std::string::npos);
  CHECK(late.err.find("credit it to 青阳市司法局 (QYS)") != std::string::npos);
  ok(dp(t) + "validate");
}

TEST_CASE("units rename: documents of earlier months keep the old name") {
  TempDir t;
  init_sample(t / "data");
  ok(dp(t) + "units rename JCS 江川市司法行政局 --from 2026-10-01 --by 王敏");
  const std::string out = t / "out";
  ok(dp(t) + "build circular --month 2026-09 --markdown --out " + quote(out));
  ok(dp(t) + "build circular --month 2026-10 --markdown --out " + quote(out));
  const std::string sep = slurp(out + "/circular-2026-09.md");
  const std::string oct = slurp(out + "/circular-2026-10.md");
  CHECK(sep.find("江川市司法局") != std::string::npos);
  CHECK(sep.find("江川市司法行政局") == std::string::npos);
  CHECK(oct.find("江川市司法行政局") != std::string::npos);
  CHECK(ok(dp(t) + "units show JCS").out.find("called 江川市司法局 until 2026-09-30") !=
        std::string::npos);
  Run back = docpipe(dp(t) + "units rename JCS 另一个名字 --from 2026-09-01");
  CHECK(back.code == 2);
  CHECK(back.err.find("is not after the last rename") != std::string::npos);
}

TEST_CASE("units edit checks the kind against office.yaml and refuses the name") {
  TempDir t;
  init_sample(t / "data");
  ok(dp(t) + "units edit LXQ --kind 县（市、区）");
  CHECK(ok(dp(t) + "units show LXQ").out.find("kind: 县（市、区）") != std::string::npos);
  Run bad = docpipe(dp(t) + "units edit LXQ --kind 乡镇" + today);
  CHECK(bad.code == 2);
  CHECK(bad.err.find("kind '乡镇' is not a unit kind") != std::string::npos);
  CHECK(bad.err.find("add the kind to unit_kinds in office.yaml") != std::string::npos);
  Run name = docpipe(dp(t) + "units edit LXQ --name 新名");
  CHECK(name.code == 2);
  CHECK(name.err.find("units rename LXQ NEW_NAME --from DATE") != std::string::npos);
}

TEST_CASE("indicators edit, list, show and remove one value") {
  TempDir t;
  init_sample(t / "data");
  ok(dp(t) + "indicators edit rules_enacted --year 2026 --value 5 --by 王敏" + today);
  CHECK(ok(dp(t) + "indicators list --year 2026 --unit region")
            .out.find("rules_enacted\t2026\t5\t\n") != std::string::npos);
  Run bad = docpipe(dp(t) + "indicators edit rules_enacted --year 2026 --value -3" + today);
  CHECK(bad.code == 2);
  CHECK(bad.err.find("value '-3' is negative") != std::string::npos);
  Run unknown = docpipe(dp(t) + "indicators edit rule_enacted --year 2026 --value 3" + today);
  CHECK(unknown.err.find("did you mean 'rules_enacted'?") != std::string::npos);
  CHECK(ok(dp(t) + "indicators show review_applications")
            .out.find("review_applications\t2026\t2599\tJCS\n") != std::string::npos);
  ok(dp(t) + "indicators remove rules_enacted --year 2025");
  CHECK(ok(dp(t) + "indicators list --year 2025").out.find("rules_enacted") == std::string::npos);
  Run none = docpipe(dp(t) + "indicators remove rules_enacted --year 2025");
  CHECK(none.code == 2);
  CHECK(none.err.find("there is no value rules_enacted 2025") != std::string::npos);
  Run log = ok(dp(t) + "log --since 2000-01-01");
  CHECK(log.out.find("indicators set  value rules_enacted 2026") != std::string::npos);
  CHECK(log.out.find("indicators remove  value rules_enacted 2025") != std::string::npos);
  CHECK(ok(dp(t) + "log --since 2099-01-01").out.empty());
}

TEST_CASE("editing an item of an issued circular's month warns and due reports it stale") {
  TempDir t;
  init_sample(t / "data");
  const std::string out = " --out " + quote(t / "out");
  ok(dp(t) + "due" + out + " --today 2026-02-05");  // January's circular is issued
  const std::string pdf = slurp(t / "out/circular-2026-01.pdf");
  Run r = docpipe(dp(t) + "items edit 5 --unit JCS" + today);
  INFO(r.err);
  CHECK(r.code == 3);
  CHECK(r.err.find("circular 2026-01 was already issued; the issued PDF is left as it is") !=
        std::string::npos);
  Run due = docpipe(dp(t) + "due" + out + " --today 2026-02-05");
  CHECK(due.code == 3);
  CHECK(due.err.find("circular 2026-01 is stale") != std::string::npos);
  CHECK(slurp(t / "out/circular-2026-01.pdf") == pdf);
}

TEST_CASE("import is written to the audit log when it changes something") {
  TempDir t;
  init_sample(t / "data");
  spit(t / "u.csv", "code,name,kind,parent\nXKS,新设科,科室,\n");
  ok(dp(t) + "import units " + quote(t / "u.csv") + " --by 王敏" + today);
  ok(dp(t) + "import units " + quote(t / "u.csv") + " --by 王敏" + today);  // unchanged
  Run log = ok(dp(t) + "log");
  CHECK(log.out.find("王敏  import units  " + t / "u.csv" +
                     "\n    after:  1 new, 0 updated, 0 unchanged\n") != std::string::npos);
  CHECK(log.out.find("0 new") == std::string::npos);
}
