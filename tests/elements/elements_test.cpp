// Every element and format of GB/T 9704-2012 (#13), one document each under
// tests/data/elements, rendered by `docpipe render` and checked from outside by the project's
// checker (tests/tools/check_layout.py --expect PAGE:TEXT:X:Y, positions in mm from the
// paper's top-left corner) and by qpdf --check.
#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>

#include "support/run.h"

using namespace testing;

namespace {

const std::string elements = source_dir() + "/tests/data/elements";

// The grid of §7.1: 28 mm 订口, 37 mm 天头, lines 225/22 mm apart, characters 156/28 mm wide.
constexpr double left = 28, top = 37, pitch = 225.0 / 22, cell = 156.0 / 28;
double pt(double points) {
  return points * 25.4 / 72;
}
// The vertical centre of grid line `n` (1-based) of the 版心.
double line_mm(int n) {
  return top + (n - 0.5) * pitch;
}
// The left edge `n` characters in from the left of the 版心.
double col_mm(double n) {
  return left + n * cell;
}

std::string at(int page, const std::string& text, double x, double y) {
  std::ostringstream s;
  s << " --expect '" << page << ":" << text << ":" << x << ":" << y << "'";
  return s.str();
}
// As `at`, the element centred in the 版心.
std::string at_centre(int page, const std::string& text, double y) {
  std::ostringstream s;
  s << " --expect '" << page << ":" << text << ":c:" << y << "'";
  return s.str();
}
// As `at`, the element's right edge at x.
std::string at_right(int page, const std::string& text, double x, double y) {
  std::ostringstream s;
  s << " --expect '" << page << ":" << text << ":r" << x << ":" << y << "'";
  return s.str();
}

// Renders DIR/NAME.md from inside DIR into `t` and runs the checker with `expects`; the PDF
// must also pass qpdf --check. Returns the PDF's path (kept in `t` for a look at its pages).
std::string render_checked(TempDir& t, const std::string& dir, const std::string& name,
                           const std::string& expects) {
  std::string pdf = t / (name + ".pdf");
  auto r = run("cd '" + dir + "' && " + docpipe() + " render " + name + ".md -o '" + pdf + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto c =
      run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + pdf + "'" + expects);
  INFO(c.out);
  CHECK(c.code == 0);
  auto q = run("qpdf --check '" + pdf + "'");
  INFO(q.out + q.err);
  CHECK(q.code == 0);
  return pdf;
}

// tests/data/elements/NAME.md, rendered and checked (render_checked).
std::string check(TempDir& t, const std::string& name, const std::string& expects) {
  return render_checked(t, elements, name, expects);
}

}  // namespace

TEST_CASE("份号, 密级★期限 and 紧急程度 stand flush left on the first three lines (§7.2.1-3)") {
  TempDir t;
  check(t, "marks",
        at(1, "000123", col_mm(0), line_mm(1)) + at(1, "机密★1年", col_mm(0), line_mm(2)) +
            at(1, "特急", col_mm(0), line_mm(3)) +
            // The 标志 (52 pt at most) its top 35 mm below the 版心 top; the 发文字号 two
            // blank lines under it (§7.2.4).
            at_centre(1, "云岭省司法厅文件", top + 35 + pt(52) / 2) +
            at_centre(1, "云司发〔2026〕17号", top + 35 + pt(52) + 2.5 * pitch));
}

TEST_CASE("附件说明 one line under the body, two characters in, wrapped names aligned (§7.3.4)") {
  TempDir t;
  // Body ends on line 5; the list starts on line 7 at two characters in; `附件：` is three
  // characters, the numbers stand under the 1. and a wrapped name aligns with its first
  // character, after the width of "2." in 3号仿宋 on the grid (5.49 mm, seen on the page).
  check(t, "attachments",
        at(1, "附件：1.行政执法案卷评查办法", col_mm(2), line_mm(7)) +
            at(1, "2.行政执法案卷评查标准", col_mm(5), line_mm(8)) +
            at(1, "各州市县区", col_mm(5) + 5.49, line_mm(9)) +
            // 附件1 on the attachment pages: 黑体 flush left on line 1 (§8).
            at(2, "附件1", col_mm(0), line_mm(1)) + at(3, "附件2", col_mm(0), line_mm(1)));
}

TEST_CASE("附注 in parentheses, two characters in, on the line after the 成文日期 (§7.3.6)") {
  TempDir t;
  check(t, "attachments",
        at_right(1, "2026年11月14日", col_mm(26), line_mm(12)) +
            at(1, "（此件公开发布）", col_mm(2), line_mm(13)));
}

TEST_CASE("the checker reports an element away from its clause's position") {
  TempDir t;
  std::string pdf = check(t, "marks", "");
  auto c = run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + pdf + "'" +
               at(1, "特急", col_mm(0), line_mm(2)) + at(1, "不存在", col_mm(0), line_mm(1)));
  CHECK(c.code == 1);
  CHECK(c.out.find("mm across and +10.2 mm down from where it belongs") != std::string::npos);
  CHECK(c.out.find("no text starting '不存在'") != std::string::npos);
}

TEST_CASE("render --help lists every front-matter key with its clause") {
  auto r = run(docpipe() + " render --help");
  for (const char* key : {"copy_no      份号, six digits, top left (§7.2.1)",
                          "secrecy      密级",
                          "§7.2.2",
                          "urgency      紧急程度: 特急 or 加急 (§7.2.3)",
                          "signers",
                          "§7.2.6",
                          "issuers",
                          "§7.2.4",
                          "attachments  附件说明",
                          "§7.3.4",
                          "note         附注",
                          "§7.3.6",
                          "seal",
                          "§7.3.5.1",
                          "format",
                          "letter 信函 (§10.1)",
                          "order 命令 (§10.2)",
                          "minutes 纪要 (§10.3)",
                          "order_no",
                          "attendees, absentees, observers"}) {
    INFO(key);
    CHECK(r.out.find(key) != std::string::npos);
  }
}

TEST_CASE("信函格式: 标志 30 mm from the top, marks and 发文字号 under the double rule (§10.1)") {
  TempDir t;
  // The 标志 (36 pt at most) top 30 mm below the top of the paper; the double rule 4 mm
  // under it, 2 + 1.5 + 0.75 pt deep; the first mark and the 发文字号 7/8 of 16 pt below.
  double rule = 30 + pt(36) + 4, first = rule + pt(2 + 1.5 + 0.75) + pt(14) + pt(16) / 2;
  std::string pdf = check(t, "letter",
                          " --first-unnumbered" + at_centre(1, "云岭省司法厅", 30 + pt(36) / 2) +
                              at(1, "000056", col_mm(0), first) +
                              at_right(1, "云司函〔2026〕8号", col_mm(28), first) +
                              at(1, "加急", col_mm(0), first + pitch));
  // The first page carries no page number; the 版记 has no 印发 line and no rules.
  auto page1 = run("pdftotext -f 1 -l 1 '" + pdf + "' -");
  CHECK(page1.out.find("— 1 —") == std::string::npos);
  CHECK(page1.out.find("抄送：云岭省人民政府办公厅。") != std::string::npos);
  auto dump = run("cd '" + elements + "' && " + docpipe() + " render letter.md -o '" +
                  t / "again.pdf" + "' --dump-layout '" + t / "dump.txt" + "'");
  REQUIRE(dump.code == 0);
  std::string d = slurp(t / "dump.txt");
  CHECK(d.find("印发") == std::string::npos);
}

TEST_CASE("命令格式: 标志 20 mm below the 版心 top, 令号 two lines under, 职务 and name (§10.2)") {
  TempDir t;
  check(t, "order",
        at_centre(1, "云岭省人民政府令", top + 20 + pt(52) / 2) +
            at_centre(1, "第12号", top + 20 + pt(52) + 2.5 * pitch) +
            // The body two blank lines under the 令号, after the title; in the default
            // faces (Noto Serif CJK SC) it takes lines 12-14, its last character alone on
            // line 14. Two blank lines under it: the name four characters in from the right,
            // the 职务 two characters to its left, the date on the next line four characters
            // in (§7.3.5.3).
            at_right(1, "王五", col_mm(24), line_mm(17)) +
            at_right(1, "省长", col_mm(24 - 2 - 2), line_mm(17)) +
            at_right(1, "2026年11月14日", col_mm(24), line_mm(18)));
}

TEST_CASE("纪要格式: 标志 35 mm below the 版心 top, 出席/请假/列席 with hanging names (§10.3)") {
  TempDir t;
  // 云岭省司法厅会议纪要 is ten characters fitted to the 156 mm width: 15.6 mm high.
  check(t, "minutes",
        at_centre(1, "云岭省司法厅会议纪要", top + 35 + 15.6 / 2) +
            // One blank line under the body (line 12: the title two 行 under the rule,
            // §7.3.1), two characters in; names after the three-character label,
            // continuation lines aligned after the colon.
            at(1, "出席：", col_mm(2), line_mm(14)) + at(1, "张三", col_mm(5), line_mm(14)) +
            at(1, "协调监督处处长", col_mm(5), line_mm(15)) +
            at(1, "请假：", col_mm(2), line_mm(17)) + at(1, "列席：", col_mm(2), line_mm(18)));
}

TEST_CASE(
    "上行文: 发文字号 one character in from the left, 签发人 and two names from the right "
    "(§7.2.6)") {
  TempDir t;
  double line = top + 35 + pt(52) + 2.5 * pitch;  // two blank lines under the 标志
  check(t, "upward",
        at(1, "云司报〔2026〕5号", col_mm(1), line) + at(1, "签发人：张三", 127.63, line) +
            at_right(1, "李四", col_mm(27), line));
}

TEST_CASE(
    "联合行文 of three organs: names stacked, 文件 centred to their right, signatures "
    "stacked (§7.2.4, §7.3.5.2)") {
  TempDir t;
  // The widest name and 文件 are 15 characters fitted to the 156 mm width: 10.4 mm each,
  // names 1.2 em apart from 35 mm below the 版心 top; 文件 centred on the three.
  double em = 156.0 / 15, first = top + 35 + em / 2, lead = 1.2 * em;
  check(t, "joint",
        at(1, "云", col_mm(0), first) +
            at(1, "云岭省人力资源和社会保障厅", col_mm(0), first + 2 * lead) +
            at(1, "文件", col_mm(0) + 13 * em, first + lead) +
            at_centre(1, "云司联发〔2026〕2号", top + 35 + 2 * lead + em + 2.5 * pitch) +
            // 署名 right-aligned two characters in by the widest, the others under the host.
            // Under a title two 行 below the rule (§7.3.1).
            at(1, "云岭省司法厅", col_mm(13), line_mm(18)) +
            at(1, "云岭省财政厅", col_mm(13), line_mm(19)) +
            at_right(1, "云岭省人力资源和社会保障厅", col_mm(26), line_mm(20)));
}

TEST_CASE(
    "a 主送 list that would leave page 1 without body text moves to the 版记 above 抄送 "
    "(§7.3.2)") {
  TempDir t;
  std::string pdf = check(t, "long_to", "");
  auto page1 = run("pdftotext -f 1 -l 1 '" + pdf + "' -").out;
  CHECK(page1.find("东甲县司法局") == std::string::npos);
  CHECK(page1.find("为做好全省行政执法案卷评查工作") != std::string::npos);
  auto all = run("pdftotext '" + pdf + "' -").out;
  auto to = all.find("主送：东甲县司法局"), cc = all.find("抄送：云岭省人民政府办公厅。");
  CHECK(to != std::string::npos);
  CHECK(cc != std::string::npos);
  CHECK(to < cc);
}

namespace {

// Copies tests/data/elements/NAME.md into `t` beside a seal made by tests/tools/make_seal.py
// with `seal_options` and renders it there with the checker's `expects` (as `check`).
std::string check_sealed(TempDir& t, const std::string& name, const std::string& seal_options,
                         const std::string& expects) {
  auto made =
      run("cp '" + elements + "/" + name + ".md' '" + t.path + "' && python3 '" + source_dir() +
          "/tests/tools/make_seal.py' '" + t / "seal.png" + "' " + seal_options);
  REQUIRE(made.code == 0);
  return render_checked(t, t.path, name, expects);
}

std::string image_at(int page, double x, double y, double w, double h) {
  std::ostringstream s;
  s << " --expect-image '" << page << ":" << x << ":" << y << ":" << w << ":" << h << "'";
  return s.str();
}

}  // namespace

TEST_CASE(
    "印章: date four characters from the right, 署名 centred on it, the seal centred over both "
    "with its top within one line of the body (§7.3.5.1)") {
  TempDir t;
  // The body ends on line 16 (the title two 行 under the red rule); two blank lines, the
  // 署名 on line 19, the date on 20, the 附注 on 21. 2026年11月14日 is 39.8 mm wide on the grid in
  // the default 仿宋 (seen on the page): its centre, the 署名's and the seal's lie 19.9 mm left of
  // its right edge. The seal, 42 mm across, has its centre a quarter line above the line between
  // 署名 and date: its top 7.1 mm under the body's last line.
  const double date_right = col_mm(24), centre = date_right - 39.8 / 2;
  const double seal_top = top + 19 * pitch - pitch / 4 - 21;
  CHECK(seal_top - (top + 16 * pitch) > 0);
  CHECK(seal_top - (top + 16 * pitch) < pitch);
  std::string pdf = check_sealed(t, "sealed", "",
                                 at_right(1, "2026年11月14日", date_right, line_mm(20)) +
                                     at(1, "云岭省司法厅", centre - 3 * cell, line_mm(19)) +
                                     at(1, "（此件公开发布）", col_mm(2), line_mm(21)) +
                                     image_at(1, centre - 21, seal_top, 42, 42));
  // Drawn with its transparency: an RGB image and its soft mask.
  auto list = run("pdfimages -list '" + pdf + "'").out;
  CHECK(list.find(" image     300   300  rgb ") != std::string::npos);
  CHECK(list.find(" smask     300   300  gray ") != std::string::npos);
}

TEST_CASE("a seal keeps its proportions and an opaque PNG gets no soft mask (§7.3.5.1)") {
  TempDir t;
  // 200 × 100 pixels: 42 × 21 mm. Half as high, it needs one blank line only: the 署名 on
  // line 18, the date on 19; the seal's centre a quarter line above the line between them.
  const double centre = col_mm(24) - 39.8 / 2;
  std::string pdf =
      check_sealed(t, "sealed", "--wide --opaque --size 100",
                   at(1, "云岭省司法厅", centre - 3 * cell, line_mm(18)) +
                       image_at(1, centre - 21, top + 18 * pitch - pitch / 4 - 10.5, 42, 21));
  auto list = run("pdfimages -list '" + pdf + "'").out;
  CHECK(list.find(" image     200   100  rgb ") != std::string::npos);
  CHECK(list.find("smask") == std::string::npos);
}

TEST_CASE("the checker reports a seal away from its place") {
  TempDir t;
  std::string pdf = check_sealed(t, "sealed", "", "");
  auto c = run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + pdf + "'" +
               image_at(1, 100, 218, 42, 42) + image_at(2, 100, 218, 42, 42));
  CHECK(c.code == 1);
  CHECK(c.out.find("page 1: image at ") != std::string::npos);
  CHECK(c.out.find(", 42.0 x 42.0 mm, not at 100, 218 mm, 42 x 42 mm") != std::string::npos);
  CHECK(c.out.find("page 2: no image") != std::string::npos);
}

TEST_CASE("a damaged seal PNG is one error naming the file, exit 2, nothing written") {
  TempDir t;
  auto made = run("cp '" + elements + "/sealed.md' '" + t.path + "' && python3 '" + source_dir() +
                  "/tests/tools/make_seal.py' '" + t / "seal.png" + "' --damaged");
  REQUIRE(made.code == 0);
  auto r = run("cd '" + t.path + "' && " + docpipe() + " render sealed.md -o out.pdf");
  CHECK(r.code == 2);
  CHECK(r.err.find("sealed.md:9:7: error: seal file 'seal.png' is a damaged PNG image") == 0);
  CHECK_FALSE(exists(t / "out.pdf"));
}
