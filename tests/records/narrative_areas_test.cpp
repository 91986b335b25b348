// Narrative per section (issue 18): an achievement with `area:` appears inside that area's
// section of the annual report and the work report, not after the last one; one with only a
// title is a section of its own, one with neither opens the part before the areas.
#include <catch2/catch.hpp>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The text of the `## heading` section: up to the next heading.
std::string section(const std::string& md, const std::string& heading) {
  size_t at = md.find("\n## " + heading + "\n");
  if (at == std::string::npos) return "";
  size_t end = md.find("\n#", at + 4);
  return md.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

void write_narrative(const TempDir& t, const std::string& achievements) {
  spit(t / "data/narrative/annual_report-2026.yaml",
       "kind: annual_report\nyear: 2026\nsigner: 澜江省司法厅\ndate: 2027-01-26\n"
       "shortcomings: [差距。]\nplan_items: [安排。]\nachievements:\n" +
           achievements);
}

}  // namespace

TEST_CASE("the sample's achievements sit in their own areas of both reports") {
  TempDir t;
  init_sample(t / "data");
  const std::string d = "--data " + quote(t / "data") + " ";
  for (const char* kind : {"annual-report", "work-report"}) {
    Run r = docpipe(d + "build " + kind + " --year 2026 --markdown --out " + quote(t / "out"));
    INFO(r.err);
    REQUIRE(r.code == 0);
  }
  const std::string annual = slurp(t / "out/annual-report-2026.md");
  const std::string area = section(annual, "依法全面履行政府职能");
  INFO(annual);
  CHECK(has(area, "2026年，全省取消和下放行政审批事项112项"));
  CHECK(has(area, "持续深化“放管服”改革"));
  // The last area holds its figures only.
  CHECK_FALSE(has(section(annual, "加强法治政府建设的组织领导"), "放管服"));
  const std::string work = slurp(t / "out/work-report-2026.md");
  CHECK(has(section(work, "依法有效化解社会矛盾纠纷"), "坚持多元化解矛盾纠纷。人民调解"));
}

TEST_CASE("an achievement by area name or heading, a titled one, an untitled one") {
  TempDir t;
  init_sample(t / "data");
  write_narrative(t,
                  "  - {area: 监督, text: 复议纠错率保持稳定。}\n"
                  "  - {area: 依法有效化解社会矛盾纠纷, text: 调解平台上线。}\n"
                  "  - {title: 法治宣传, text: 开展宪法宣传周活动。}\n"
                  "  - 全年各项工作稳步推进。\n");
  const std::string d = "--data " + quote(t / "data") + " ";
  Run r = docpipe(d + "build annual-report --year 2026 --markdown --out " + quote(t / "out"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::string md = slurp(t / "out/annual-report-2026.md");
  INFO(md);
  CHECK(has(section(md, "强化对行政权力的制约和监督"), "\n复议纠错率保持稳定。\n"));
  CHECK(has(section(md, "依法有效化解社会矛盾纠纷"), "\n调解平台上线。\n"));
  CHECK(has(section(md, "法治宣传"), "\n开展宪法宣传周活动。\n"));
  // The untitled one opens 基本情况, before the first area.
  size_t overview = md.find("全年各项工作稳步推进。");
  CHECK(overview != std::string::npos);
  CHECK(overview < md.find("## 依法全面履行政府职能"));
  CHECK(overview > md.find("# 2026年法治政府建设的基本情况"));
}

TEST_CASE("an area that is not an indicator group is refused where it is written") {
  TempDir t;
  init_sample(t / "data");
  write_narrative(t, "  - {area: 监管, text: 文字。}\n");
  Run r = docpipe("--data " + quote(t / "data") + " validate");
  CHECK(r.code == 2);
  CHECK(has(r.err,
            "narrative/annual_report-2026.yaml:8:12: error: area '监管' is not an "
            "indicator group; did you mean '监督'?"));
  CHECK(has(r.err, "hint: name a group of indicators.yaml (政府职能、"));
  Run build = docpipe("--data " + quote(t / "data") + " build annual-report --year 2026 --out " +
                      quote(t / "out"));
  CHECK(build.code == 2);
}
