// Issue 17, class 1 (unbounded recursion): Markdown nested 100,000 deep (block quotes,
// lists, emphasis) is refused with its line before the recursive walk runs
// (markup/nesting.h, an iterative check); YAML nesting is refused by the screen before
// yaml-cpp's recursive parser sees it, in every file that holds YAML. Never a stack overflow
// (exit 139), always exit 2 with the line.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string head = "---\ntitle: 嵌套\n---\n\n正文。\n\n";  // body starts on line 7

struct Folder {
  TempDir t;
  std::string data = sample(t);
  Result render(const std::string& md) {
    spit(t / "in.md", md);
    return dp(data, "render " + q(t / "in.md") + " -o " + q(t / "in.pdf"), 300);
  }
};

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

void expect_too_deep(Folder& f, const Result& r, const std::string& where) {
  INFO(r.err.substr(0, 2000));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(where + ": error: Markdown nested more than 64 levels deep"));
  CHECK_FALSE(exists(f.t / "in.pdf"));
}

}  // namespace

TEST_CASE("class 1: 100,000 nested block quotes are refused with the line, no overflow") {
  Folder f;
  expect_too_deep(f, f.render(head + repeat(">", 100000) + " 深\n"), "in.md:7");
}

TEST_CASE("class 1: 50,000 nested lists on one line are refused") {
  Folder f;
  expect_too_deep(f, f.render(head + repeat("- ", 50000) + "项\n"), "in.md:7");
}

TEST_CASE("class 1: emphasis nested 50,000 deep is refused") {
  Folder f;
  expect_too_deep(
      f, f.render(head + "前文\n\n" + repeat("*甲 ", 50000) + "乙" + repeat(" 丙*", 50000) + "\n"),
      "in.md:9");
}

TEST_CASE("class 1: links nested in emphasis 30,000 deep are refused") {
  Folder f;
  expect_too_deep(f, f.render(head + repeat("_[甲 ", 30000) + "乙" + repeat("](x)_", 30000) + "\n"),
                  "in.md:7");
}

TEST_CASE("class 1: the limit is exact: 60 quote levels render, 65 do not") {
  Folder f;
  auto ok = f.render(head + repeat(">", 60) + " 深\n");
  INFO(ok.err);
  CHECK(ok.code == 0);
  CHECK(qpdf_check(f.t / "in.pdf") == 0);
  run("rm " + q(f.t / "in.pdf"));
  expect_too_deep(f, f.render(head + "\n\n" + repeat(">", 65) + " 深\n"), "in.md:9");
}

TEST_CASE("class 1: a data file nested 100,000 deep is refused by the YAML screen") {
  Folder f;
  spit(f.data + "/office.yaml", "name: " + repeat("[", 100000) + "\n");
  auto r = dp(f.data, "validate", 120);
  INFO(r.err.substr(0, 2000));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("office.yaml:1:"));
  CHECK_THAT(r.err, Catch::Contains("nest"));
}

TEST_CASE("class 1: a narrative file nested 100,000 deep (block style) is refused") {
  Folder f;
  std::string yaml = "kind: circular\nyear: 2026\nopening:\n";
  for (int i = 0; i < 2000; ++i) yaml += std::string(i + 2, ' ') + "- \n";
  spit(f.data + "/narrative/circular-2026.yaml", yaml);
  auto r = dp(f.data, "validate", 120);
  INFO(r.err.substr(0, 2000));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("circular-2026.yaml:"));
}
