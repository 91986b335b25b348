// The Chinese interface (issue 18): help and bad-input messages in Chinese when the locale
// asks for it, English otherwise — whether or not the zh_CN locale is generated on the machine.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support/run.h"

using namespace testing;

namespace {

// docpipe ARGS under exactly these locale variables (the caller's own are cleared).
Result in_locale(const std::string& vars, const std::string& args) {
  return run("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + vars + " '" + docpipe() + "' " +
             args);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A fresh office with one bad row in an items CSV: the date 2026-13-01 at row 2, column 1,
// and a unit "date" (a word the catalog translates, as a column name).
struct BadImport {
  TempDir t;
  std::string data = t / "office";
  std::string csv = t / "items.csv";
  BadImport() {
    REQUIRE(run("'" + docpipe() + "' init --empty '" + data + "'").code == 0);
    spit(csv,
         "date,unit,title,author,adopted_by,instructions\n"
         "2026-13-01,date,标题,张三,,0\n");
  }
  Result import(const std::string& vars) {
    return in_locale(vars, "--data '" + data + "' import items '" + csv + "' --today 2026-12-01");
  }
};

// Any character of the CJK blocks (UTF-8 lead bytes E3..E9).
bool has_chinese(const std::string& text) {
  for (unsigned char c : text)
    if (c >= 0xE3 && c <= 0xE9) return true;
  return false;
}

// The commands `docpipe --help` lists (the lines "  NAME  summary" under "commands:"), so a
// command added later is covered without touching this test.
std::vector<std::string> listed_commands() {
  Result r = in_locale("LANG=C", "--help");
  std::istringstream lines(r.out.substr(r.out.find("commands:")));
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> names;
  while (std::getline(lines, line) && line.size() > 2 && line[2] != ' ')
    names.push_back(line.substr(2, line.find(' ', 2) - 2));
  return names;
}

// An English sentence left in a Chinese text: four lower-case words in a row. Option names,
// file names and examples (--format pdf,docx, work-report-2026.pdf) never make one.
std::string english_sentence(const std::string& text) {
  static const std::regex words(R"(\b[A-Za-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}\b)");
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line))
    if (std::regex_search(line, words)) return line;
  return "";
}

}  // namespace

TEST_CASE("LANG=zh_CN.UTF-8 docpipe --help is in Chinese, every command's summary too") {
  Result r = in_locale("LANG=zh_CN.UTF-8", "--help");
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "用法：docpipe [--data DIR] 命令 [参数]"));
  CHECK(has(r.out, "全局选项："));
  CHECK(has(r.out, "退出码：0 成功"));
  CHECK_FALSE(has(r.out, "usage:"));
  // Each command line "  NAME  SUMMARY": the summary is Chinese (no English summary left).
  std::istringstream lines(r.out.substr(r.out.find("命令：")));
  std::string line;
  std::getline(lines, line);
  int commands = 0;
  while (std::getline(lines, line) && !line.empty()) {
    ++commands;
    INFO(line);
    CHECK(has_chinese(line));
    CHECK_FALSE(has(line, " the "));
  }
  CHECK(commands >= 16);
}

TEST_CASE("LANG=C and an unset locale keep the English help") {
  for (const char* vars : {"LANG=C", "LANG=en_US.UTF-8", ""}) {
    INFO(vars);
    Result r = in_locale(vars, "--help");
    REQUIRE(r.code == 0);
    CHECK(has(r.out, "usage: docpipe [--data DIR] COMMAND [ARGS]"));
    CHECK(has(r.out, "import units, indicator values or register items"));
    CHECK_FALSE(has(r.out, "用法"));
  }
}

TEST_CASE("every command's help is wholly Chinese under zh_CN and wholly English under C") {
  auto commands = listed_commands();
  REQUIRE(commands.size() >= 16);
  for (const auto& command : commands) {
    INFO(command << ": translate its help in po/zh_CN.po (the msgid is the whole English "
                    "help text, exactly as `LANG=C docpipe "
                 << command << " --help` prints it)");
    Result zh = in_locale("LANG=zh_CN.UTF-8", command + " --help");
    REQUIRE(zh.code == 0);
    CHECK(zh.out.rfind("用法：docpipe", 0) == 0);
    CHECK(english_sentence(zh.out) == "");
    Result en = in_locale("LANG=C", command + " --help");
    CHECK(en.out.rfind("usage: docpipe", 0) == 0);
    CHECK(english_sentence(en.out) != "");
  }
}

TEST_CASE("a bad row of an import is reported in Chinese with its place, in English under C") {
  BadImport office;
  Result zh = office.import("LANG=zh_CN.UTF-8");
  CHECK(zh.code == 2);
  INFO(zh.err);
  CHECK(has(zh.err, office.csv + ":2:1: 错误：日期“2026-13-01”不是存在的日期 (日期列)\n"
                                 "  提示：检查日和月\n"));
  // The user's own value is never translated, even where it is a word the catalog knows.
  CHECK(has(zh.err, office.csv + ":2:2: 错误：单位“date”不是已知单位 (单位列)"));
  CHECK(has(zh.err, "错误：未导入任何内容，数据库未作改动"));
  CHECK(has(zh.err, "  提示：改正上述问题后重新导入"));
  CHECK_FALSE(has(zh.err, "error:"));

  Result en = office.import("LANG=C");
  CHECK(en.code == 2);
  CHECK(has(en.err, office.csv + ":2:1: error: date '2026-13-01'"));
  CHECK(has(en.err, "error: nothing was imported; the database is unchanged"));
  CHECK_FALSE(has(en.err, "错误"));
}

TEST_CASE("the catalog is chosen as gettext would, without a generated zh_CN locale") {
  const std::string chinese = "用法：docpipe";
  struct Case {
    const char* vars;
    bool zh;
  };
  for (Case c : {Case{"LANG=zh_CN.UTF-8", true}, Case{"LANG=zh_CN.GB18030", true},
                 Case{"LC_MESSAGES=zh_CN.UTF-8 LANG=C", true}, Case{"LC_ALL=zh_CN", true},
                 Case{"LC_ALL=C LANG=zh_CN.UTF-8", false},  // LC_ALL overrides LANG
                 Case{"LANGUAGE=zh_CN", false},             // LANGUAGE is ignored under C
                 Case{"LANGUAGE=zh_CN:en LANG=en_US.UTF-8", true},
                 Case{"LANGUAGE=en LANG=zh_CN.UTF-8", false}, Case{"LANGUAGE=zh LANG=fr_FR", true},
                 Case{"LANG=zh_TW.UTF-8", false},  // no traditional-Chinese catalog
                 Case{"LANG=fr_FR.UTF-8", false}}) {
    INFO(c.vars);
    Result r = in_locale(c.vars, "validate --help");
    CHECK(r.code == 0);
    CHECK((has(r.out, chinese) == c.zh));
  }
}

TEST_CASE("other diagnostics at the printing boundary: unknown command, option, missing folder") {
  TempDir t;
  Result cmd = in_locale("LANG=zh_CN.UTF-8", "frobnicate");
  CHECK(cmd.code == 2);
  CHECK(cmd.err == "错误：未知命令“frobnicate”\n  提示：运行 `docpipe --help` 查看命令列表\n");
  Result opt = in_locale("LANG=zh_CN.UTF-8", "validate --bogus");
  CHECK(has(opt.err, "错误：未知选项“--bogus”"));
  Result missing = in_locale("LANG=zh_CN.UTF-8", "--data '" + t.path + "/none' validate");
  CHECK(missing.code == 2);
  CHECK(has(missing.err, "错误：数据文件夹不存在"));
  CHECK(has(missing.err, "提示：用 `docpipe init " + t.path + "/none` 新建，或用 --data DIR 指定"));
}
