// 任务台账 from the outside and through compose: the sample's escalation quarter by quarter,
// progress by command, the CSV imports refusing bad rows with nothing written, due and export.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>

#include "compose/tasks.h"
#include "source/loader.h"
#include "source/sample.h"
#include "source/tasks.h"
#include "support/run.h"

using namespace testing;
namespace source = docpipe::source;
namespace compose = docpipe::compose;
namespace facts = docpipe::facts;
using docpipe::Diagnostics;

namespace {

const std::string today = " --today 2027-01-20";

std::string dp(const TempDir& t, const std::string& args) {
  return testing::docpipe() + " --data '" + t / "d" + "' " + args + today;
}

void init(const TempDir& t) {
  REQUIRE(run(testing::docpipe() + " init '" + t / "d" + "'").code == 0);
}

struct Book {
  source::DataSet ds;
  source::TaskBook book;
};

const Book& sample() {
  static const Book b = [] {
    std::string dir = "/tmp/docpipe-procs-tasks-" + std::to_string(::getpid());
    std::filesystem::remove_all(dir);
    Diagnostics d;
    REQUIRE(source::write_sample(dir, d));
    auto ds = source::load_data_folder(dir, d);
    INFO(d.format_all());
    REQUIRE(ds);
    auto book = source::load_task_book(*ds, d);
    REQUIRE(book);
    std::filesystem::remove_all(dir);
    return Book{*ds, *book};
  }();
  return b;
}

const compose::UnitStanding& of(const std::vector<compose::UnitStanding>& s, const char* code) {
  for (const auto& x : s)
    if (x.unit->code == code) return x;
  FAIL("no standing for " << code);
  return s.front();
}

}  // namespace

TEST_CASE("escalation: late once → nothing, twice in a row → 通报, three times → 约谈",
          "[procs][tasks]") {
  const auto& b = sample();
  using compose::Period;
  using compose::PeriodKind;
  auto q2 = compose::standings(b.ds, b.book, {PeriodKind::quarter, 2026, 2});
  CHECK(of(q2, "BSZ").streak == 1);
  CHECK(of(q2, "QYS").streak == 1);
  CHECK_FALSE(of(q2, "BSZ").named);
  auto q3 = compose::standings(b.ds, b.book, {PeriodKind::quarter, 2026, 3});
  CHECK(of(q3, "QYS").streak == 0);  // done in July: the streak ends
  CHECK(of(q3, "BSZ").streak == 2);
  CHECK(of(q3, "BSZ").named);
  CHECK_FALSE(of(q3, "BSZ").interview);
  CHECK(of(q3, "NPS").streak == 1);
  auto q4 = compose::standings(b.ds, b.book, {PeriodKind::quarter, 2026, 4});
  CHECK(of(q4, "BSZ").streak == 3);
  CHECK(of(q4, "BSZ").interview);
  CHECK(of(q4, "NPS").streak == 2);
  CHECK(of(q4, "NPS").named);
  CHECK_FALSE(of(q4, "NPS").interview);
  CHECK(of(q4, "JCS").streak == 0);
  CHECK(of(q4, "JCS").tasks == 12);
  CHECK(of(q4, "JCS").done == 9);
  CHECK((of(q4, "JCS").rate).text() == "75.0");
}

TEST_CASE("escalation rules come from tasks.yaml", "[procs][tasks]") {
  auto b = sample();
  b.book.config.escalation = {{1, source::EscalationAction::interview}};
  auto q2 = compose::standings(b.ds, b.book, {compose::PeriodKind::quarter, 2026, 2});
  CHECK(of(q2, "QYS").interview);
  CHECK_FALSE(of(q2, "QYS").named);
}

TEST_CASE("进展情况通报: ranks with ties, overdue tasks named, 表扬 / 通报 / 约谈 shown",
          "[procs][tasks]") {
  const auto& b = sample();
  auto c = compose::build_progress_report(b.ds, b.book, {compose::PeriodKind::quarter, 2026, 4});
  REQUIRE(c);
  CHECK(c->get("title")->text == "关于2026年第四季度重点任务推进情况的通报");
  CHECK(c->get("rate")->text == "80.0%");
  const auto& units = c->get("units")->list;
  CHECK(units[0].get("rank_phrase")->text == "并列第1名");
  CHECK(units[1].get("rank_phrase")->text == "并列第1名");
  CHECK(units[2].get("rank")->text == "3");
  CHECK(c->get("overdue_tasks")->list.size() == 2);
  CHECK(c->get("named")->list.size() == 1);
  CHECK(c->get("named")->list[0].get("name")->text == "南屏市司法局");
  CHECK(c->get("interviews")->list[0].get("name")->text == "白沙州司法局");
  CHECK(c->get("interviews")->list[0].get("streak")->text == "3");
  for (const auto& p : c->get("praised")->list) CHECK(p.get("name")->text != "白沙州司法局");
}

TEST_CASE("tasks progress: recorded, then counted, bad status and future dates refused",
          "[procs][tasks]") {
  TempDir t;
  init(t);
  auto r = run(dp(t, "tasks list --status 逾期 --as-of 2026-12-31"));
  CHECK(r.out.find("2-3\t二、3.\t逾期") != std::string::npos);
  CHECK(r.out.find("4-2\t四、2.\t逾期") != std::string::npos);
  r = run(dp(t, "tasks progress 2-3 --status 已完成 --note 整改报告已报送 --date 2027-01-18"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  r = run(dp(t, "tasks show 2-3"));
  CHECK(r.out.find("状态(2027-01-20): 已完成") != std::string::npos);
  CHECK(r.out.find("2027-01-18 已完成 整改报告已报送") != std::string::npos);
  std::string before = slurp(t / "d/docpipe.db");
  r = run(dp(t, "tasks progress 2-3 --status 完成"));
  CHECK(r.code == 2);
  CHECK(r.err.find("unknown status '完成'") != std::string::npos);
  r = run(dp(t, "tasks progress 2-3 --status 推进中 --date 2027-02-01"));
  CHECK(r.code == 2);
  CHECK(r.err.find("date 2027-02-01 is after today (2027-01-20)") != std::string::npos);
  r = run(dp(t, "tasks progress 9-9 --status 推进中"));
  CHECK(r.code == 2);
  CHECK(r.err.find("no task '9-9'") != std::string::npos);
  CHECK(slurp(t / "d/docpipe.db") == before);
}

TEST_CASE("tasks import: every bad row located, nothing written, a good file adds and replaces",
          "[procs][tasks]") {
  TempDir t;
  init(t);
  const std::string f = t / "t.csv";
  spit(f,
       "编号,序号,工作任务,牵头单位,责任单位,完成时限,可检验成果,计划\n"
       "7-1,六、7.,建立法治督察反馈机制,依法行政指导处,江川市司法局、QYS,2026-10-31,反馈办法,"
       "GZYD2026\n"
       "7-2,六、8.,补充任务,YFXZ,,2026-01-31,清单,GZYD2026\n"          // line 3: before the plan
       "7-3,六、9.,补充任务,YFXZ,无此单位,2026-10-31,清单,GZYD2026\n"  // line 4: unknown unit
       "7-4,九、1.,补充任务,YFXZ,,2026-10-31,清单,GZYD2026\n"          // line 5: no 大项 九
       "7-1,六、7.,重复,YFXZ,,2026-10-31,清单,GZYD2026\n");            // line 6: twice
  std::string before = slurp(t / "d/docpipe.db");
  auto r = run(dp(t, "tasks import '" + f + "'"));
  CHECK(r.code == 2);
  CHECK(r.err.find(f + ":3:6: error: 完成时限 2026-01-31 of task 7-2 precedes its plan's date "
                       "2026-02-16") != std::string::npos);
  CHECK(r.err.find(f + ":4:5: error: unit '无此单位' is not in the units table") !=
        std::string::npos);
  CHECK(r.err.find(f + ":5:2: error: 大项 九 is not a section of plan GZYD2026") !=
        std::string::npos);
  CHECK(r.err.find(f + ":6:1: error: task 7-1 is listed twice (also on line 2)") !=
        std::string::npos);
  CHECK(slurp(t / "d/docpipe.db") == before);
  spit(f,
       "code,number,content,lead,units,deadline,deliverable,plan\n"
       "7-1,六、7.,建立法治督察反馈机制,依法行政指导处,江川市司法局、QYS,2026-10-31,反馈办法,"
       "GZYD2026\n"
       "1-1,一、1.,制定年度立法工作计划,LFC,,2026-03-31,立法工作计划,GZYD2026\n");
  r = run(dp(t, "tasks import '" + f + "'"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == "imported 2 tasks\n");
  r = run(dp(t, "tasks show 7-1"));
  CHECK(r.out.find("牵头单位: YFXZ  责任单位: JCS QYS") != std::string::npos);
  r = run(dp(t, "tasks show 1-1"));  // replaced, its progress kept
  CHECK(r.out.find("一、1. 制定年度立法工作计划") != std::string::npos);
  CHECK(r.out.find("已完成") != std::string::npos);
}

TEST_CASE("tasks import-progress: unknown task, bad status, future date, then idempotent",
          "[procs][tasks]") {
  TempDir t;
  init(t);
  const std::string f = t / "p.csv";
  spit(f,
       "编号,日期,状态,进展情况\n"
       "X-1,2026-12-01,推进中,\n"
       "2-3,2026-12-01,搁置,\n"
       "2-3,2027-03-01,推进中,\n");
  std::string before = slurp(t / "d/docpipe.db");
  auto r = run(dp(t, "tasks import-progress '" + f + "'"));
  CHECK(r.code == 2);
  CHECK(r.err.find(f + ":2:1: error: unknown task 'X-1'") != std::string::npos);
  CHECK(r.err.find(f + ":3:3: error: unknown status '搁置'") != std::string::npos);
  CHECK(r.err.find(f + ":4:2: error: date 2027-03-01 is after today") != std::string::npos);
  CHECK(slurp(t / "d/docpipe.db") == before);
  spit(f, "task,date,status,note\n2-3,2027-01-10,推进中,已整改18件\n");
  CHECK(run(dp(t, "tasks import-progress '" + f + "'")).out == "imported 1 progress entries\n");
  CHECK(run(dp(t, "tasks import-progress '" + f + "'")).out == "imported 0 progress entries\n");
}

TEST_CASE("tasks export, and the documents: qpdf-valid, located where documented",
          "[procs][tasks]") {
  TempDir t;
  init(t);
  auto r = run(dp(t, "tasks export --as-of 2026-12-31"));
  CHECK(r.out.rfind("code,number,content,lead,units,deadline,deliverable,plan,status\n", 0) == 0);
  CHECK(r.out.find("\n2-3,二、3.,对案卷评查发现的问题逐件整改并报送整改报告,BSZ,,2026-05-31,"
                   "案卷整改报告,GZYD2026,逾期\n") != std::string::npos);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 41);
  const std::string out = t / "out";
  for (const char* what :
       {"table", "letters", "supervise --as-of 2026-12-31", "report --period 2026-Q3"})
    REQUIRE(run(dp(t, std::string("tasks build ") + what + " --out '" + out + "'")).code == 0);
  for (const char* f : {"task-table-GZYD2026.pdf", "task-letters-GZYD2026/BSZ.pdf",
                        "task-letters-GZYD2026/LFC.pdf", "supervision-2026-12-31/BSZ.pdf",
                        "supervision-2026-12-31/NPS.pdf", "progress-2026-Q3.pdf"}) {
    INFO(f);
    CHECK(run("qpdf --check '" + out + "/" + f + "'").code == 0);
  }
  CHECK_FALSE(exists(out + "/supervision-2026-12-31/JCS.pdf"));  // nothing overdue
  r = run(dp(t, "tasks build report --period 2026-13"));
  CHECK(r.code == 2);
  CHECK(r.err.find("period '2026-13' is not a quarter") != std::string::npos);
}

TEST_CASE("demo's process documents pass qpdf and the layout checker", "[procs][tasks]") {
  TempDir t;
  init(t);
  auto r = run(testing::docpipe() + " --data '" + t / "d" + "' demo --out '" + t / "out" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const char* f : {"task-table-GZYD2026.pdf", "supervision-2026-12-31/NPS.pdf",
                        "progress-2026-Q4.pdf", "evaluation-2026.pdf"}) {
    INFO(f);
    const std::string pdf = t / "out" + "/" + f;
    CHECK(run("qpdf --check '" + pdf + "'").code == 0);
    auto c = run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + pdf + "'");
    INFO(c.out);
    CHECK(c.code == 0);
    CHECK(c.out.find(" 0 problems") != std::string::npos);
  }
}
