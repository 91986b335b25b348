// Titles (#12 item 1, §7.3.1): a unit's name stays whole (`render --units`, the data's units
// for build), and among good shapes the break falls at a phrase boundary (after a date or
// period, before 关于 or 的, after 、) rather than inside a compound (政务|信息). Each is
// checked from outside with tests/tools/check_layout.py and the extracted lines.
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

Result render_title(const TempDir& t, const std::string& title, const std::string& options = "") {
  spit(t / "in.md", "---\ntitle: " + title + "\n---\n\n正文。\n");
  return run(docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "' " + options);
}

Result check(const TempDir& t, const std::string& options = "") {
  return run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" + "' " +
             options);
}

// The title's lines as pdftotext reads them, spaces removed.
std::vector<std::string> first_lines(const TempDir& t, size_t n) {
  auto text = run("pdftotext -f 1 -l 1 '" + t / "out.pdf" + "' -");
  std::vector<std::string> lines;
  std::string line;
  for (char c : text.out) {
    if (c == '\n') {
      if (!line.empty()) lines.push_back(line);
      line.clear();
      if (lines.size() == n) break;
    } else if (c != ' ') {
      line += c;
    }
  }
  return lines;
}

const char* units = "行政执法协调监督处\n江川市临溪区司法局\n\n  青阳市石门县司法局  \n";

}  // namespace

TEST_CASE("a title never breaks inside a unit's name given with render --units") {
  TempDir t;
  spit(t / "names.units", units);
  const std::string title = "关于转发表扬江川市临溪区司法局工作经验的通知";
  // Without the names the balanced break falls inside the name: the document provokes it.
  auto plain = render_title(t, title);
  REQUIRE(plain.code == 0);
  auto broken = first_lines(t, 2);
  REQUIRE(broken.size() == 2);
  CHECK(broken[0] == "关于转发表扬江川市临溪");
  auto c = check(t, "--units '" + t / "names.units" + "'");
  CHECK(c.out.find("inside the unit name '江川市临溪区司法局'") != std::string::npos);

  auto r = render_title(t, title, "--units '" + t / "names.units" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("warning") == std::string::npos);
  auto lines = first_lines(t, 2);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "关于转发表扬江川市临溪区司法局");
  CHECK(lines[1] == "工作经验的通知");
  c = check(t, "--units '" + t / "names.units" + "'");
  INFO(c.out);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
}

TEST_CASE("a title breaks after its period, not inside the compound 政务信息") {
  TempDir t;
  auto r = render_title(t, "关于2026年第四季度政务信息工作情况的通报");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto lines = first_lines(t, 2);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "关于2026年第四季度");
  CHECK(lines[1] == "政务信息工作情况的通报");
  auto c = check(t);
  INFO(c.out);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
}

TEST_CASE("a title breaks before 关于 after the issuing organ, never inside a date") {
  TempDir t;
  spit(t / "names.units", "澜江省司法厅\n");
  auto r = render_title(t, "澜江省司法厅关于2026年12月31日前完成行政执法证件换发工作的通知",
                        "--units '" + t / "names.units" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto lines = first_lines(t, 2);
  REQUIRE(lines.size() == 2);
  // Whole phrases end the first line: the organ, 关于 and the date are never cut.
  CHECK(lines[0].find("2026年12月31日") != std::string::npos);
  auto c = check(t, "--units '" + t / "names.units" + "'");
  INFO(c.out);
  CHECK_THAT(c.out, Catch::EndsWith(" 0 problems\n"));
}

TEST_CASE("a unit's name no title shape keeps whole is broken between its words, with a warning") {
  TempDir t;
  const std::string name = "江川市临溪区人民政府行政复议与应诉办公室";
  spit(t / "names.units", name + "\n");
  const std::string title = "关于" + name + "更名的批复";
  auto r = render_title(t, title, "--units '" + t / "names.units" + "'");
  INFO(r.err);
  CHECK(r.code == 3);
  CHECK(r.err.find("title '" + title + "'") != std::string::npos);
  CHECK(r.err.find("inside the name '" + name + "'") != std::string::npos);
  auto lines = first_lines(t, 2);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "关于江川市临溪区人民政府行政");  // between words: 行政|复议
}

TEST_CASE("render --units refuses a file it cannot read or a name with a control character") {
  TempDir t;
  auto missing = render_title(t, "关于开展评查的通知", "--units '" + t / "none.units" + "'");
  CHECK(missing.code == 2);
  CHECK(missing.err.find("none.units") != std::string::npos);
  CHECK_FALSE(exists(t / "out.pdf"));
  spit(t / "bad.units", "办公室\n立法\t处\n");
  auto bad = render_title(t, "关于开展评查的通知", "--units '" + t / "bad.units" + "'");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("bad.units:2: error: the unit name holds a tab") != std::string::npos);
  CHECK_FALSE(exists(t / "out.pdf"));
}
