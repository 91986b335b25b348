// The PDF's outline and document information come from the source, never from the clock.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/run.h"

using namespace testing;

namespace {
const std::string notice = source_dir() + "/tests/layout/data/notice.md";
}

TEST_CASE("every heading has a bookmark with its full numbered title, nested by level") {
  TempDir t;
  REQUIRE(run(docpipe() + " render '" + notice + "' -o '" + t / "n.pdf" + "'").code == 0);
  auto outline = run("mutool show '" + t / "n.pdf" + "' outline");
  REQUIRE(outline.code == 0);
  for (const char* title : {"\t\"一、总体情况\"", "\t\t\"（一）规范性文件审查更加规范\"",
                            "\t\t\t\"1.案件质量稳步提升\"", "\t\t\t\"2.办案信息化水平提高\"",
                            "\t\"四、下一步工作要求\"", "\t\t\"（三）强化队伍建设和工作保障\""}) {
    INFO(title);
    CHECK(outline.out.find(title) != std::string::npos);
  }
  CHECK(outline.out.find("#page=2") != std::string::npos);
}

TEST_CASE("Title, Author, Subject and the creation date come from the front matter") {
  TempDir t;
  REQUIRE(run(docpipe() + " render '" + notice + "' -o '" + t / "n.pdf" + "'").code == 0);
  auto info = run("pdfinfo -isodates '" + t / "n.pdf" + "'");
  CHECK(
      info.out.find(
          "Title:           江岳省司法厅关于2026年度规范性文件备案审查和行政复议工作情况的通报") !=
      std::string::npos);
  CHECK(info.out.find("Author:          江岳省司法厅") != std::string::npos);
  CHECK(info.out.find("Subject:         规范性文件备案审查和行政复议工作情况") !=
        std::string::npos);
  CHECK(info.out.find("CreationDate:    2026-11-14T00:00:00+08") != std::string::npos);
}

TEST_CASE("the title is centred in 22 pt on balanced lines") {
  TempDir t;
  REQUIRE(run(docpipe() + " render '" + notice + "' -o '" + t / "n.pdf" + "' --dump-layout '" +
              t / "d.txt" + "'")
              .code == 0);
  // Title runs: size 22 on page 1; both lines hold nearly the same number of characters.
  auto r = run("awk '$1 == 1 && $4 == \"22.0\" {print $6}' '" + t / "d.txt" + "'");
  std::vector<std::string> lines;
  std::string cur;
  for (char c : r.out) {
    if (c == '\n')
      lines.push_back(cur), cur.clear();
    else
      cur += c;
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] + lines[1] ==
        "江岳省司法厅关于2026年度规范性文件备案审查和行政复议工作情况的通报");
  auto width = [](const std::string& s) { return static_cast<int>(s.size()); };
  CHECK(std::abs(width(lines[0]) - width(lines[1])) <= 6);  // bytes: within two characters
}

TEST_CASE("the command line documents itself: --version, --help for the tool and each command") {
  auto version = run(docpipe() + " --version");
  CHECK(version.code == 0);
  CHECK(version.out.rfind("docpipe ", 0) == 0);
  auto help = run(docpipe() + " --help");
  CHECK(help.code == 0);
  CHECK(help.out.find("exit codes: 0 ok, 2 errors") != std::string::npos);
  CHECK(run(docpipe() + " render --help").out.find("usage: docpipe render") != std::string::npos);
  // Every command listed in the tool's help answers --help with its usage.
  size_t from = help.out.find("commands:\n"), to = help.out.find("\n\n", from);
  REQUIRE(from != std::string::npos);
  std::istringstream listed(help.out.substr(from + 10, to - from - 10));
  std::string line;
  int commands = 0;
  while (std::getline(listed, line)) {
    std::string name = line.substr(2, line.find(' ', 2) - 2);
    INFO("command " << name);
    auto h = run(docpipe() + " " + name + " --help");
    CHECK(h.code == 0);
    CHECK(h.out.find("usage") != std::string::npos);
    ++commands;
  }
  CHECK(commands >= 5);
  auto unknown = run(docpipe() + " frobnicate");
  CHECK(unknown.code == 2);
  CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
  auto bad_option = run(docpipe() + " render --colour x.md");
  CHECK(bad_option.code == 2);
  CHECK(bad_option.err.find("unknown option '--colour'") != std::string::npos);
}
