// 考评 from the outside: the sample's results, entries by command and by CSV (all or
// nothing), and every kind of bad input answered with one located message and exit 2.
#include <catch2/catch.hpp>

#include <regex>

#include "support/run.h"

using namespace testing;

namespace {

std::string dp(const TempDir& t, const std::string& args) {
  return docpipe() + " --data '" + t / "d" + "' " + args;
}

void init(const TempDir& t) {
  auto r = run(docpipe() + " init '" + t / "d" + "'");
  REQUIRE(r.code == 0);
}

// Replaces the first occurrence of `from` in the sample's evaluation.yaml.
void edit_yaml(const TempDir& t, const std::string& from, const std::string& to) {
  std::string y = slurp(t / "d/evaluation.yaml");
  auto at = y.find(from);
  REQUIRE(at != std::string::npos);
  y.replace(at, from.size(), to);
  spit(t / "d/evaluation.yaml", y);
}

// The line of the first occurrence of `text` in the sample's evaluation.yaml (1-based).
int line_of(const TempDir& t, const std::string& text) {
  std::string y = slurp(t / "d/evaluation.yaml");
  auto at = y.find(text);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(y.begin(), y.begin() + at, '\n'));
}

}  // namespace

TEST_CASE("eval show: the sample's ranks per group, the tie and the 一票否决", "[procs][eval]") {
  TempDir t;
  init(t);
  auto r = run(dp(t, "eval show"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("第1名  JCS 江川市司法局  97.00  优秀") != std::string::npos);
  CHECK(r.out.find("并列第2名  QYS 青阳市司法局  88.12  良好") != std::string::npos);
  CHECK(r.out.find("并列第2名  NPS 南屏市司法局  88.12  良好") != std::string::npos);
  CHECK(r.out.find("第4名  BSZ 白沙州司法局  74.00  合格") != std::string::npos);
  CHECK(r.out.find("第2名  SMX 青阳市石门县司法局  59.00  不合格  一票否决 V2") !=
        std::string::npos);
  CHECK(r.out.find("第1名  SJJ 省市场监督管理局  91.60  优秀") != std::string::npos);
}

TEST_CASE("eval score: a fixed score replaces, an occurrence adds, a 一票否决 zeroes",
          "[procs][eval]") {
  TempDir t;
  init(t);
  REQUIRE(run(dp(t, "eval score BSZ C1 8 --note 程序完备")).code == 0);  // 6 → 8
  auto r = run(dp(t, "eval show"));
  CHECK(r.out.find("BSZ 白沙州司法局  76.00  合格") != std::string::npos);
  REQUIRE(run(dp(t, "eval score BSZ B3 2 --note 又有2件案卷不合格")).code == 0);  // −2
  r = run(dp(t, "eval show"));
  CHECK(r.out.find("BSZ 白沙州司法局  74.00  合格") != std::string::npos);
  REQUIRE(run(dp(t, "eval score JCS V1 1 --note 重大违法行政行为")).code == 0);
  r = run(dp(t, "eval show"));
  CHECK(r.out.find("第4名  JCS 江川市司法局  0.00  不合格  一票否决 V1") != std::string::npos);
  CHECK(r.out.find("第1名  QYS 青阳市司法局") != std::string::npos);
}

TEST_CASE("eval score: out of range, unknown code, computed indicator, unknown unit",
          "[procs][eval]") {
  TempDir t;
  init(t);
  std::string before = slurp(t / "d/docpipe.db");
  auto r = run(dp(t, "eval score JCS A1.1 3.5"));
  CHECK(r.code == 2);
  CHECK(r.err.find("score 3.5 is outside indicator A1.1's range 0–3") != std::string::npos);
  r = run(dp(t, "eval score JCS A1.1 2.125"));
  CHECK(r.code == 2);
  CHECK(r.err.find("with at most 2 decimals") != std::string::npos);
  r = run(dp(t, "eval score JCS Z9 1"));
  CHECK(r.code == 2);
  CHECK(r.err.find("unknown indicator or 一票否决 'Z9'") != std::string::npos);
  r = run(dp(t, "eval score JCS B2.1 3"));
  CHECK(r.code == 2);
  CHECK(r.err.find("indicator B2.1 is computed, not entered") != std::string::npos);
  r = run(dp(t, "eval score BGS A1.1 3"));  // 办公室: a unit, but in no ranking group
  CHECK(r.code == 2);
  CHECK(r.err.find("unit 'BGS' is not evaluated") != std::string::npos);
  r = run(dp(t, "eval score JCS B3 1.5"));
  CHECK(r.code == 2);
  CHECK(r.err.find("'1.5' is not a number of occurrences") != std::string::npos);
  CHECK(slurp(t / "d/docpipe.db") == before);
}

TEST_CASE("eval import: all rows or none, each bad row at file:line:col", "[procs][eval]") {
  TempDir t;
  init(t);
  spit(t / "s.csv",
       "单位,指标,分值,说明\n"
       "JCS,A1.1,2.5,清单调整滞后\n"
       "QYS,A1.1,4,\n"   // line 3: above the full 3
       "NOPE,A1.2,1,\n"  // line 4: unknown unit
       "NPS,B3,2,2件案卷不合格\n"
       "NPS,A1.1,1,\n"
       "NPS,A1.1,2,\n");  // line 7: scored twice
  std::string before = slurp(t / "d/docpipe.db");
  auto r = run(dp(t, "eval import '" + t / "s.csv" + "'"));
  CHECK(r.code == 2);
  const std::string f = t / "s.csv";
  CHECK(r.err.find(f + ":3:3: error: score 4 is outside indicator A1.1's range 0–3") !=
        std::string::npos);
  CHECK(r.err.find(f + ":4:1: error: unit 'NOPE' is not evaluated") != std::string::npos);
  CHECK(r.err.find(f + ":7:2: error: NPS A1.1 is scored twice (also on line 6)") !=
        std::string::npos);
  CHECK(slurp(t / "d/docpipe.db") == before);  // nothing written
  spit(t / "s.csv",
       "unit,indicator,value,note\nJCS,A1.1,2.5,清单调整滞后\nNPS,B3,2,2件案卷不合格\n");
  r = run(dp(t, "eval import '" + t / "s.csv" + "'"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == "imported 2 entries\n");
  r = run(dp(t, "eval show"));
  // NPS: its one B3 occurrence replaced by the file's 2 → 88.12 − 1 = 87.12; JCS 97 − 0.5
  CHECK(r.out.find("JCS 江川市司法局  96.50") != std::string::npos);
  CHECK(r.out.find("第3名  NPS 南屏市司法局  87.12") != std::string::npos);
}

TEST_CASE("evaluation.yaml: weights that do not add up, at file:line:col", "[procs][eval]") {
  TempDir t;
  init(t);
  edit_yaml(t, "code: A1.1, name: 权责清单动态调整, full: 3",
            "code: A1.1, name: 权责清单动态调整, full: 4");
  int a1 = line_of(t, "name: 权责清单管理") + 1;  // A1's full: 6
  auto r = run(dp(t, "eval show"));
  CHECK(r.code == 2);
  CHECK(r.err.find("evaluation.yaml:" + std::to_string(a1) +
                   ":15: error: the children of A1 add up to 7, not its full score 6") !=
        std::string::npos);
  TempDir u;
  init(u);
  edit_yaml(u, "total: 100", "total: 90");
  r = run(dp(u, "eval show"));
  CHECK(r.code == 2);
  CHECK(r.err.find("evaluation.yaml:" + std::to_string(line_of(u, "total: 90")) +
                   ":8: error: the level-1 indicators add up to 100, not the declared total 90") !=
        std::string::npos);
}

TEST_CASE("evaluation.yaml: 一票否决 on an unknown indicator, an unknown unit, falling grades",
          "[procs][eval]") {
  TempDir t;
  init(t);
  edit_yaml(t, "indicator: D1.2", "indicator: D9");
  edit_yaml(t, "{name: 省直部门, kinds: [省直部门]}", "{name: 省直部门, units: [JTT, XYZ]}");
  edit_yaml(t, "good: 80", "good: 95");
  auto r = run(dp(t, "eval show"));
  CHECK(r.code == 2);
  const std::string f = t / "d/evaluation.yaml";
  CHECK(r.err.find(f + ":" + std::to_string(line_of(t, "indicator: D9")) +
                   ":52: error: 一票否决 V2 names the unknown indicator 'D9'") !=
        std::string::npos);
  CHECK(r.err.find(f + ":" + std::to_string(line_of(t, "units: [JTT, XYZ]")) +
                   ":25: error: unit 'XYZ' is not in the units table") != std::string::npos);
  CHECK(r.err.find("error: grade thresholds must fall: excellent > good > pass") !=
        std::string::npos);
}

TEST_CASE("eval build: the 结果通报 and one 评分表 per unit, valid PDFs", "[procs][eval]") {
  TempDir t;
  init(t);
  auto r = run(dp(t, "eval build --out '" + t / "out" + "'"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const char* f : {"evaluation-2026.pdf", "evaluation-2026/JCS.pdf", "evaluation-2026/SMX.pdf",
                        "evaluation-2026/SJJ.pdf"}) {
    INFO(f);
    CHECK(run("qpdf --check '" + t / "out" + "/" + f + "'").code == 0);
  }
  auto text = run("pdftotext '" + t / "out/evaluation-2026/SMX.pdf" + "' -").out;
  CHECK(text.find("行政机关负责人出庭应诉率低于50%") != std::string::npos);
  CHECK(text.find("2件案卷评查不合格") != std::string::npos);
}
