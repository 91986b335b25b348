// Articles, issue, reproduction from the ledger, refusals and bad input.
#include <catch2/catch.hpp>

#include "fixture.h"

using ledger_test::error_count;
using ledger_test::Folder;

namespace {

std::string text_of(const std::string& pdf) {
  return testing::run("pdftotext -layout '" + pdf + "' -").out;
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::string s = testing::slurp(path);
  REQUIRE(s.find(from) != std::string::npos);
  s.replace(s.find(from), from.size(), to);
  testing::spit(path, s);
}

}  // namespace

TEST_CASE("add takes the title from the first heading, move and remove reorder a draft") {
  Folder f;
  REQUIRE(f.brief("new --date 2026-12-10").out == "2026-12\n");
  auto a = f.brief("add 2026-12 " + f.article("1.md", "甲稿") +
                   " --source 依法行政指导处 --author 张恺");
  CHECK(a.out == "2026-12 article 1: 甲稿\n");
  f.brief("add 2026-12 " + f.article("2.md", "乙稿") + " --source 行政复议与应诉处");
  f.brief("add 2026-12 " + f.article("3.md", "丙稿") + " --source 办公室 --title 丙稿新题");
  CHECK(f.brief("move 2026-12 3 1").code == 0);
  CHECK(f.brief("remove 2026-12 2").code == 0);
  CHECK(f.brief("list --year 2026").out.find("draft\n  1. 丙稿新题\n  2. 乙稿\n") !=
        std::string::npos);
  // The heading is the title, not a paragraph of the body.
  CHECK(f.sql("SELECT body FROM brief_articles WHERE brief = '2026-12' AND position = 2") ==
        "\n乙稿的第一段。\n\n第二段。\n\n");
  auto bad = f.brief("move 2026-12 1 5");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("error: brief 2026-12 has 2 articles; there is no article 5") == 0);
}

TEST_CASE("issue writes the PDF, stores its SHA-256 and the Markdown, then refuses edits") {
  Folder f;
  f.draft("2026-12-10", "省司法厅召开简报测试会");
  auto r = f.brief("issue 2026-12");
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::string pdf = f.path("output/brief-2026-12.pdf");
  auto sum = testing::run("sha256sum '" + pdf + "' | cut -c1-64").out;
  CHECK(f.sql("SELECT pdf_sha256 FROM briefs WHERE id = '2026-12'") == sum);
  CHECK(f.sql("SELECT status FROM briefs WHERE id = '2026-12'") == "issued\n");
  std::string text = text_of(pdf);
  CHECK(text.find("2026年第12期（总第442期）") != std::string::npos);
  CHECK(text.find("省司法厅召开简报测试会") != std::string::npos);
  CHECK(text.find("（依法行政指导处供稿）") != std::string::npos);
  const std::string before = testing::slurp(f.path("data/docpipe.db"));
  for (const std::string& edit : {"add 2026-12 " + f.article("b.md", "补稿") + " --source 办公室",
                                  std::string("move 2026-12 1 1"), std::string("remove 2026-12 1"),
                                  std::string("issue 2026-12")}) {
    auto e = f.brief(edit);
    INFO(edit);
    CHECK(e.code == 2);
    CHECK(e.err.find("error: brief 2026-12 is ") == 0);
    CHECK(e.err.find("issued; an issued brief cannot be changed") != std::string::npos);
    CHECK(error_count(e.err) == 1);
  }
  CHECK(testing::slurp(f.path("data/docpipe.db")) == before);
}

TEST_CASE("build reproduces an issued brief byte for byte after templates and data change") {
  Folder f;
  testing::run("cp -r '" + testing::source_dir() + "/templates' '" + f.path("tpl") + "'");
  f.draft("2026-12-10");
  REQUIRE(f.brief("issue 2026-12 --templates tpl").code == 0);
  const std::string issued = testing::slurp(f.path("output/brief-2026-12.pdf"));
  // The template, the distribution lists and the series' notice all change afterwards.
  replace_in(f.path("tpl/brief.md.mustache"), "供稿）", "来稿）");
  replace_in(f.path("data/distribution.yaml"), "司法部办公厅", "司法部");
  replace_in(f.path("data/briefs/series.yaml"), "notice: 内部资料　注意保存", "notice: 内部资料");
  auto b = f.docpipe("build brief --issue 2026-12 --templates tpl --out again");
  INFO(b.err);
  CHECK(b.code == 0);
  CHECK(b.out == "again/brief-2026-12.pdf\n");
  CHECK(testing::slurp(f.path("again/brief-2026-12.pdf")) == issued);
  // A draft built the same way does use the changed template (the check above is not vacuous).
  f.draft("2026-12-11");
  auto preview = f.docpipe("build brief --issue 2026-13 --templates tpl --out again");
  CHECK(preview.code == 3);  // warning: a draft is a preview
  CHECK(text_of(f.path("again/brief-2026-13.pdf")).find("来稿") != std::string::npos);
}

TEST_CASE("a build that no longer matches the issued SHA-256 is an error and writes nothing") {
  Folder f;
  f.draft("2026-12-10");
  REQUIRE(f.brief("issue 2026-12").code == 0);
  // Stand-in for a changed renderer: the recorded hash no longer matches what renders.
  testing::run("sqlite3 '" + f.path("data/docpipe.db") +
               "' \"DROP TRIGGER briefs_frozen; UPDATE briefs SET pdf_sha256 = 'abc' WHERE id = "
               "'2026-12'\"");
  auto b = f.docpipe("build brief --issue 2026-12 --out again");
  CHECK(b.code == 2);
  CHECK(b.err.find("error: brief 2026-12 no longer renders to the PDF that was issued (SHA-256 "
                   "abc, now ") == 0);
  CHECK(b.err.find("the renderer or the fonts changed") != std::string::npos);
  CHECK_FALSE(testing::exists(f.path("again/brief-2026-12.pdf")));
}

TEST_CASE("YAML briefs from init are adopted as issued and build the same bytes as before") {
  Folder f;
  REQUIRE(f.docpipe("build brief --issue 2026-10 --out yaml").code == 0);
  auto list = f.brief("list");
  CHECK(list.code == 0);
  CHECK(list.out.find("2026-09  2026-09-15  第9期（总第439期）  issued\n") == 0);
  CHECK(list.out.find("2026-11  2026-11-18  第11期（总第441期）  issued\n  1. "
                      "省司法厅举办全省行政执法人员资格考试\n") != std::string::npos);
  REQUIRE(f.docpipe("build brief --issue 2026-10 --out ledger").code == 0);
  CHECK(testing::slurp(f.path("ledger/brief-2026-10.pdf")) ==
        testing::slurp(f.path("yaml/brief-2026-10.pdf")));
  CHECK(f.brief("new --date 2026-12-01").out == "2026-12\n");
}

TEST_CASE("list --toc renders the year's 目录") {
  Folder f;
  f.draft("2026-12-10", "年终测试稿");
  f.brief("issue 2026-12");
  f.brief("void 2026-11 --reason 重复印发");
  f.draft("2026-12-20", "尚未印发");
  auto r = f.brief("list --year 2026 --toc toc.pdf");
  INFO(r.err);
  CHECK(r.code == 0);
  std::string text = text_of(f.path("toc.pdf"));
  CHECK(text.find("2026年《政府法制工作简报》目录") != std::string::npos);
  CHECK(text.find("期号") != std::string::npos);
  CHECK(text.find("第12期（总第442期）") != std::string::npos);
  CHECK(text.find("年终测试稿") != std::string::npos);
  CHECK(text.find("已作废：重复印发") != std::string::npos);
  CHECK(text.find("尚未印发") == std::string::npos);  // drafts are not published
  CHECK(f.brief("list --toc toc.pdf").err.find("error: --toc needs --year") == 0);
}

TEST_CASE("bad input gets one clear message and exit 2") {
  Folder f;
  f.draft("2026-12-10");
  struct Case {
    std::string args, message;
  };
  for (const Case& c : std::vector<Case>{
           {"add 2026-42 a.md --source 办公室",
            "error: no brief 2026-42 in the ledger of 政府法制工作简报"},
           {"issue 2031-01", "error: no brief 2031-01 in the ledger"},
           {"void 2031-01 --reason x", "error: no brief 2031-01 in the ledger"},
           {"new --date 2026-02-30", "error: --date '2026-02-30' is not a date"},
           {"new --date tomorrow", "error: --date 'tomorrow' is not a date"},
           {"add 2026-12 missing.md --source 办公室", "missing.md: error: cannot read file"},
           {"add 12 a.md --source 办公室", "error: '12' is not a brief id"},
           {"add 2026-12 a.md", "error: brief add needs the contributing unit"},
           {"move 2026-12 one 2", "error: FROM 'one' is not a number"},
           {"new --series 别的简报", "error: no brief series '别的简报' in this data folder"},
           {"list --year 26", "error: --year '26' is not a year"},
           {"renumber", "error: unknown brief subcommand 'renumber'"},
       }) {
    auto r = f.brief(c.args);
    INFO(c.args << "\n" << r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find(c.message) == 0);
    CHECK(r.err.find("hint:") != std::string::npos);
    CHECK(error_count(r.err) == 1);
  }
  testing::spit(f.path("empty.md"), "# 只有标题\n");
  CHECK(f.brief("add 2026-12 empty.md --source 办公室").err.find("the article has no text") !=
        std::string::npos);
  testing::spit(f.path("untitled.md"), "正文。\n");
  CHECK(f.brief("add 2026-12 untitled.md --source 办公室").err.find("the article has no title") !=
        std::string::npos);
}

TEST_CASE("new without --date uses today (DOCPIPE_TODAY) and CRLF articles keep a clean title") {
  Folder f;
  CHECK(f.brief("new").out == "2026-12\n");  // the fixture sets DOCPIPE_TODAY=2026-12-01
  testing::spit(f.path("crlf.md"), "\r\n# 视窗稿件\r\n\r\n正文第一段。\r\n");
  CHECK(f.brief("add 2026-12 crlf.md --source 办公室").out == "2026-12 article 1: 视窗稿件\n");
  CHECK(f.brief("list --year 2026")
            .out.find("2026-12  2026-12-01  第12期（总第442期）  draft\n"
                      "  1. 视窗稿件\n") != std::string::npos);
  auto r = f.brief("issue 2026-12");
  INFO(r.err);
  CHECK(r.code == 0);
}
