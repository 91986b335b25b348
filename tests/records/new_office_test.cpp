// The done-when scenario of issue 18: a new office set up from nothing — its own units and
// kinds, two years of figures from an Excel workbook, three months of register items from a
// GB18030 CSV, a typo fixed, a duplicate removed, a unit retired — and all four documents
// build with the office's own groups and wording.
#include <catch2/catch.hpp>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

const std::string today = " --today 2027-01-20";

Run must(const std::string& args, const std::string& cwd = "") {
  Run r = docpipe(args, cwd);
  INFO(args << "\n" << r.err);
  REQUIRE((r.code == 0 || r.code == 3));
  return r;
}

void write_configuration(const TempDir& t) {
  spit(t / "data/office.yaml",
       "name: 临川市司法局\nprovince: 临川市\nregion: 全市\nissuing_office: 临川市司法局办公室\n"
       "document_prefix: 临司通\nunit_kinds: [科室, 直属单位, 县（市、区）, 司法所]\n");
  spit(t / "data/indicators.yaml",
       "groups:\n"
       "  - {name: 复议应诉, heading: 行政复议应诉工作稳步推进}\n"
       "  - {name: 普法, heading: 全民普法宣传扎实开展}\n"
       "indicators:\n"
       "  - {key: review_cases, name: 办理行政复议案件, measure: 件, group: 复议应诉}\n"
       "  - {key: court_appearances, name: 负责人出庭应诉, measure: 件, group: 复议应诉}\n"
       "  - {key: law_lectures, name: 开展普法讲座, measure: 场, group: 普法}\n");
  spit(t / "data/distribution.yaml",
       "circular: {to: [各县（市、区）司法局, 局机关各科室]}\nwork_report: {}\n"
       "annual_report: {to: [市人民政府]}\nbrief: {issue: [局机关各科室]}\n");
  spit(t / "data/briefs/series.yaml",
       "name: 临川司法行政简报\npublisher: 临川市司法局办公室\ntotal_before: 0\ncopies: 30\n");
  spit(t / "data/narrative/annual_report-2026.yaml",
       "kind: annual_report\nyear: 2026\nsigner: 临川市司法局\ndate: 2027-01-15\n"
       "shortcomings: [基层司法所力量仍显薄弱。]\nplan_items: [深化全市行政复议规范化建设。]\n"
       "achievements:\n  - {area: 复议应诉, text: 全市推行行政复议案件繁简分流。}\n");
  spit(t / "data/narrative/work_report-2026.yaml",
       "kind: work_report\nyear: 2026\nmeeting: 全市司法行政工作会议\nspeaker: 林静\n"
       "date: 2027-01-18\nplan_items: [抓好复议应诉工作。]\n");
}

// Two years of three indicators, region-wide, as staff keep them in Excel.
void write_figures_workbook(const TempDir& t) {
  spit(t / "figures.json",
       R"({"sheets": [{"name": "说明", "rows": [["本工作簿第二页为指标数据"]]},
        {"name": "指标", "rows": [["指标", "年度", "数值"],
          ["review_cases", 2025, 120], ["review_cases", 2026, 150],
          ["court_appearances", 2025, 40], ["court_appearances", 2026, 40],
          ["开展普法讲座", 2025, 3], ["开展普法讲座", 2026, 4]]}]})");
  Run r = sh("python3 " + quote(DOCPIPE_SOURCE_DIR "/tests/records/make_xlsx.py") + " " +
             quote(t / "figures.xlsx") + " " + quote(t / "figures.json"));
  INFO(r.err);
  REQUIRE(r.code == 0);
}

// September to November: saved from Excel as GB18030 CSV, with a typo and a duplicate row
// entered twice on different days.
void write_register_csv(const TempDir& t) {
  spit(t / "items.utf8.csv",
       "日期,单位,标题,作者,采用渠道,批示\n"
       "2026-09-03,BGK,办公室推进政务公开,甲,shij,0\n"
       "2026-09-10,GXQ,高新区开展法治宣传进社区,乙,sj,1\n"
       "2026-10-08,LSX,临山县行政复议工做取得实效,丙,,0\n"
       "2026-10-09,LSX,临山县行政复议工作取得实效,丙,,0\n"
       "2026-10-20,CGS,城关司法所调解邻里纠纷,丁,mh,0\n"
       "2026-11-05,FZK,法治督察科开展执法检查,戊,sj;mh,0\n"
       "2026-11-18,GXQ,高新区推进公共法律服务,乙,shij,0\n");
  REQUIRE(sh("iconv -f UTF-8 -t GB18030 " + quote(t / "items.utf8.csv") + " > " +
             quote(t / "items.csv"))
              .code == 0);
}

}  // namespace

TEST_CASE("a new office from nothing: own units, Excel figures, GB18030 register, corrections") {
  TempDir t;
  must("init --empty " + quote(t / "data"));
  write_configuration(t);
  const std::string d = "--data " + quote(t / "data") + " ";
  spit(t / "units.csv",
       "code,name,kind,parent\nBGK,办公室,科室,\nFZK,法治督察科,科室,\n"
       "GXQ,高新区司法局,县（市、区）,\nLSX,临山县司法局,县（市、区）,\nCGS,城关司法所,司法所,"
       "LSX\n");
  must(d + "import units " + quote(t / "units.csv") + today);
  write_figures_workbook(t);
  Run figures =
      must(d + "import indicators " + quote(t / "figures.xlsx") + " --sheet 指标" + today);
  CHECK(figures.out.find("(xlsx sheet 指标, 6 rows): 6 new") != std::string::npos);
  write_register_csv(t);
  Run items = must(d + "import items " + quote(t / "items.csv") + today);
  CHECK(items.out.find("(GB18030, 7 rows): 7 new") != std::string::npos);

  // The typo (工做) is fixed in place, the second entry of the same item removed.
  Run list = must(d + "items list --month 2026-10 --unit LSX");
  CHECK(list.out.find("3\t2026-10-08\tLSX\t临山县行政复议工做取得实效") != std::string::npos);
  must(d + "items remove 4 --reason 重复登记 --by 王敏");
  must(d + "items edit 3 --title 临山县行政复议工作取得实效 --by 王敏" + today);
  CHECK(must(d + "items list --month 2026-10 --unit LSX").out ==
        "id\tdate\tunit\ttitle\tauthor\tadopted_by\tinstructions\n"
        "3\t2026-10-08\tLSX\t临山县行政复议工作取得实效\t丙\t\t0\n");
  // 法治督察科 is merged into 办公室 at the end of November.
  must(d + "units retire FZK --on 2026-11-30 --successor BGK");
  Run log = must(d + "log");
  CHECK(log.out.find("王敏  items remove  item 4") != std::string::npos);
  CHECK(log.out.find("units retire  unit FZK") != std::string::npos);
  must(d + "validate");

  // All four documents.
  const std::string out = " --markdown --out " + quote(t / "out");
  must(d + "build circular --month 2026-10 --date 2026-11-06" + out);
  must(d + "build annual-report --year 2026" + out);
  must(d + "build work-report --year 2026" + out);
  spit(t / "article.md", "# 临山县深化行政复议规范化建设\n\n临山县司法局完善案件办理流程。\n");
  std::string id = must(d + "brief new --date 2026-12-10").out;
  id = id.substr(0, id.find('\n'));
  must(d + "brief add " + id + " " + quote(t / "article.md") + " --source 临山县司法局");
  // The second article as the contributing unit wrote it, in Word.
  spit(t / "article.xml",
       "<w:p><w:pPr><w:pStyle w:val=\"a3\"/></w:pPr><w:r><w:t>城关司法所调解邻里纠纷</w:t></w:r>"
       "</w:p><w:p><w:r><w:t>城关司法所成功调解一起邻里纠纷。</w:t></w:r></w:p>");
  REQUIRE(sh("python3 " + quote(DOCPIPE_SOURCE_DIR "/tests/records/make_docx.py") + " " +
             quote(t / "article.docx") + " " + quote(t / "article.xml"))
              .code == 0);
  must(d + "brief add " + id + " " + quote(t / "article.docx") + " --source CGS");
  must(d + "brief issue " + id + " --out " + quote(t / "out"));
  for (const char* pdf : {"circular-2026-10.pdf", "annual-report-2026.pdf", "work-report-2026.pdf"})
    CHECK(slurp(t / ("out/" + std::string(pdf))).rfind("%PDF-", 0) == 0);
  CHECK(slurp(t / ("out/brief-" + id + ".pdf")).rfind("%PDF-", 0) == 0);

  // The annual report speaks of the office's own areas, region and figures.
  const std::string annual = slurp(t / "out/annual-report-2026.md");
  CHECK(annual.find("## 行政复议应诉工作稳步推进") != std::string::npos);
  CHECK(annual.find("## 全民普法宣传扎实开展") != std::string::npos);
  CHECK(annual.find("全市办理行政复议案件150件") != std::string::npos);
  CHECK(annual.find("临川市司法局") != std::string::npos);
  CHECK(annual.find("法治政府建设的组织领导") == std::string::npos);  // no standard area
  // Its narrative sits in its own area's section, before the next one.
  const size_t own = annual.find("全市推行行政复议案件繁简分流。");
  CHECK(own > annual.find("## 行政复议应诉工作稳步推进"));
  CHECK(own < annual.find("## 全民普法宣传扎实开展"));
  // The circular counts the corrected register: the duplicate is gone, the title fixed.
  const std::string circular = slurp(t / "out/circular-2026-10.md");
  CHECK(circular.find("临山县司法局") != std::string::npos);
  CHECK(circular.find("工做") == std::string::npos);
  CHECK(circular.find("date: \"2026-11-06\"") != std::string::npos);
  // The Word article is in the brief, credited to the unit's name.
  Run brief_text = sh("pdftotext " + quote(t / ("out/brief-" + id + ".pdf")) + " -");
  CHECK(brief_text.out.find("城关司法所成功调解一起邻里纠纷") != std::string::npos);
  CHECK(brief_text.out.find("（城关司法所供稿）") != std::string::npos);

  // What staff export and import again changes nothing, for every export.
  for (const char* kind : {"units", "indicators", "items"}) {
    INFO(kind);
    const std::string csv = t / (std::string(kind) + "-export.csv");
    must(d + kind + " export " + quote(csv));
    const std::string db = slurp(t / "data/docpipe.db");
    Run again = must(d + "import " + kind + " " + quote(csv) + today);
    CHECK(again.out.find("0 new, 0 updated") != std::string::npos);
    CHECK(slurp(t / "data/docpipe.db") == db);
  }
}
