// Issue 17, class 10 (duplicate keys): yaml-cpp keeps both `a: 1` and `a: 2` and a lookup
// returns the first, so the value typed last was silently ignored. Every YAML document
// (front matter, data files, narrative, fonts.yaml) now refuses a key that appears twice in
// one mapping, naming both lines.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

struct Folder {
  TempDir t;
  std::string data = sample(t);
  Folder() { run("mkdir -p " + q(t / "out")); }
  Result render(const std::string& md) {
    spit(t / "in.md", md);
    return dp(data, "render " + q(t / "in.md") + " -o " + q(t / "out/in.pdf"));
  }
  // Replaces the first line starting with `prefix` in a data file with itself plus `extra`.
  void add_after(const std::string& file, const std::string& prefix, const std::string& extra) {
    std::string text = slurp(data + "/" + file);
    size_t at = text.find("\n" + prefix);
    REQUIRE(at != std::string::npos);
    size_t eol = text.find('\n', at + 1);
    text.insert(eol + 1, extra);
    spit(data + "/" + file, text);
  }
};

void expect_no_pdf(Folder& f, const Result& r, const std::string& message) {
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(snapshot(f.t / "out").empty());
}

}  // namespace

TEST_CASE("class 10: a front-matter key given twice names both lines, no PDF") {
  Folder f;
  expect_no_pdf(f, f.render("---\ntitle: 甲\ndate: 2026-11-14\ntitle: 乙\n---\n\n正文。\n"),
                "in.md:4:1: error: key 'title' appears twice in one mapping (lines 2 and 4)");
}

TEST_CASE("class 10: a duplicate inside a nested flow mapping of the front matter") {
  Folder f;
  expect_no_pdf(f,
                f.render("---\ntitle: 甲\nmasthead: {name: 甲文件, number: 甲发〔2026〕1号, "
                         "name: 乙文件}\n---\n\n正文。\n"),
                "key 'name' appears twice in one mapping (lines 3 and 3)");
}

TEST_CASE("class 10: a quoted and a plain spelling of one key are the same key") {
  Folder f;
  expect_no_pdf(f, f.render("---\n\"title\": 甲\ntitle: 乙\n---\n\n正文。\n"),
                "key 'title' appears twice");
}

TEST_CASE("class 10: keys differing in case are different keys (no false alarm)") {
  Folder f;
  auto r = f.render("---\ntitle: 甲\nsubject: 乙\nkeywords: 丙\n---\n\n正文。\n");
  CHECK(r.code == 0);
  CHECK(qpdf_check(f.t / "out/in.pdf") == 0);
}

TEST_CASE("class 10: office.yaml with a key twice is reported by validate and stops build") {
  Folder f;
  f.add_after("office.yaml", "name:", "name: 另一个司法厅\n");
  auto v = dp(f.data, "validate");
  CHECK(v.code == 2);
  CHECK_THAT(v.err, Catch::Contains("office.yaml:3:1: error: key 'name' appears twice in one "
                                    "mapping (lines 2 and 3)"));
  auto b = dp(f.data, "build circular --month 2026-10 --out " + q(f.t / "out"));
  expect_no_pdf(f, b, "key 'name' appears twice");
}

TEST_CASE("class 10: a duplicate inside one entry of a list (indicators.yaml)") {
  Folder f;
  std::string text = slurp(f.data + "/indicators.yaml");
  std::string from = "{key: info_disclosed, name: 主动公开政府信息,";
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(),
               "{key: info_disclosed, name: 主动公开政府信息, key: x,");
  spit(f.data + "/indicators.yaml", text);
  auto v = dp(f.data, "validate");
  CHECK(v.code == 2);
  CHECK_THAT(v.err, Catch::Contains("key 'key' appears twice in one mapping"));
}

TEST_CASE("class 10: a narrative file with a key twice is reported by validate") {
  Folder f;
  f.add_after("narrative/circular-2026.yaml", "signer:", "signer: 别的署名\n");
  auto v = dp(f.data, "validate");
  CHECK(v.code == 2);
  CHECK_THAT(v.err, Catch::Contains("circular-2026.yaml"));
  CHECK_THAT(v.err, Catch::Contains("key 'signer' appears twice"));
}

TEST_CASE("class 10: fonts.yaml naming one role twice stops the render") {
  Folder f;
  spit(f.data + "/fonts.yaml",
       "roles:\n  fangsong: {file: /usr/share/fonts/truetype/arphic/uming.ttc}\n"
       "  fangsong: {file: /usr/share/fonts/truetype/arphic/ukai.ttc}\n");
  expect_no_pdf(f, f.render("---\ntitle: 甲\n---\n\n正文。\n"),
                "fonts.yaml:3:3: error: key 'fangsong' appears twice in one mapping (lines 2 "
                "and 3)");
}
