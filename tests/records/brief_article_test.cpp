// `brief add ID FILE` with what staff actually have (issue 18): an article written in Word
// (.docx: title, headings, paragraphs, a table, emphasis; pictures refused), a text file
// saved as GB18030, and the 供稿单位 checked against the units.
#include <catch2/catch.hpp>

#include "source/helpers.h"

using namespace docpipe_test;

namespace {

struct Brief {
  TempDir t;
  std::string d;
  std::string id;
  Brief() {
    init_sample(t / "data");
    d = "--data " + quote(t / "data") + " ";
    Run r = docpipe(d + "brief new --date 2026-12-10");
    REQUIRE(r.code == 0);
    id = r.out.substr(0, r.out.find('\n'));
  }
  std::string docx(const std::string& name, const std::string& body_xml) {
    spit(t / (name + ".xml"), body_xml);
    Run r = sh("python3 " + quote(DOCPIPE_SOURCE_DIR "/tests/records/make_docx.py") + " " +
               quote(t / (name + ".docx")) + " " + quote(t / (name + ".xml")));
    INFO(r.err);
    REQUIRE(r.code == 0);
    return t / (name + ".docx");
  }
  Run add(const std::string& file, const std::string& source = "依法行政指导处") {
    return docpipe(d + "brief add " + id + " " + quote(file) + " --source " + quote(source));
  }
  // The brief as composed Markdown (the draft, built from the ledger).
  std::string markdown() {
    Run r = docpipe(d + "build brief --issue " + id + " --markdown --out " + quote(t / "out"));
    INFO(r.err);
    REQUIRE((r.code == 0 || r.code == 3));
    return slurp(t / ("out/brief-" + id + ".md"));
  }
};

std::string para(const std::string& style, const std::string& runs) {
  return "<w:p>" + (style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") +
         runs + "</w:p>";
}
std::string run(const std::string& text, const std::string& props = "") {
  return "<w:r>" + (props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
std::string cell(const std::string& text) {
  return "<w:tc><w:p>" + run(text) + "</w:p></w:tc>";
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("brief add FILE.docx: title, headings, paragraphs, table and emphasis reach the brief") {
  Brief b;
  const std::string file =
      b.docx("article",
             para("a3", run("临山县深化行政复议规范化建设")) + para("1", run("一、健全办案机制")) +
                 para("", run("临山县司法局") + run("完善", "<w:b/>") + run("案件办理流程，") +
                              "<w:r><w:br/></w:r>" + run("全年办结案件*件数*增长。")) +
                 para("2", run("（一）公开审理")) + para("", run("推行公开听证。", "<w:i/>")) +
                 "<w:tbl><w:tr>" + cell("项目") + cell("数量") + "</w:tr><w:tr>" + cell("听证") +
                 cell("12|件") + "</w:tr></w:tbl>" +
                 "<w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del>");
  Run r = b.add(file);
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == b.id + " article 1: 临山县深化行政复议规范化建设\n");
  const std::string md = b.markdown();
  INFO(md);
  CHECK(has(md, "# 临山县深化行政复议规范化建设\n"));
  // Headings move down one under the article title; their own numbers are the engine's.
  CHECK(has(md, "\n## 健全办案机制\n"));
  CHECK(has(md, "\n### 公开审理\n"));
  CHECK_FALSE(has(md, "一、健全"));
  // Emphasis is not set in a 公文: the words stay, the markers go; a literal * stays text.
  CHECK(has(md, "\n临山县司法局完善案件办理流程，全年办结案件\\*件数\\*增长。\n"));
  CHECK(has(md, "\n推行公开听证。\n"));
  CHECK(has(md, "| 项目 | 数量 |\n|---|---|\n| 听证 | 12\\|件 |\n"));
  CHECK_FALSE(has(md, "删去的字"));
  CHECK(has(md, "（依法行政指导处供稿）"));
  // And it typesets (a draft: a preview, exit 3 with that warning).
  Run pdf = docpipe(b.d + "build brief --issue " + b.id + " --out " + quote(b.t / "pdf"));
  INFO(pdf.err);
  CHECK(pdf.code == 3);
  CHECK(has(pdf.err, "is a draft: this PDF is a preview"));
  CHECK(slurp(b.t / ("pdf/brief-" + b.id + ".pdf")).rfind("%PDF-", 0) == 0);
}

TEST_CASE("brief add FILE.docx refuses a picture with its paragraph, and what is not Word") {
  Brief b;
  const std::string file =
      b.docx("picture", para("a3", run("图片稿件标题")) + para("", run("正文。")) +
                            para("", "<w:r><w:drawing><wp:inline/></w:drawing></w:r>"));
  Run r = b.add(file);
  CHECK(r.code == 2);
  CHECK(has(r.err, file + ": error: the article holds an image or embedded object; a brief "
                          "prints text and tables only (paragraph 3)"));
  CHECK(has(r.err, "hint: delete the picture in Word"));
  spit(b.t / "fake.docx", "not a zip");
  Run fake = b.add(b.t / "fake.docx");
  CHECK(fake.code == 2);
  CHECK(has(fake.err, "fake.docx: error: not a Word document (.docx)"));
  // Nothing was added.
  CHECK_FALSE(has(docpipe(b.d + "brief list").out, "图片稿件标题"));
}

TEST_CASE("brief add takes a GB18030 text article and checks --source against the units") {
  Brief b;
  spit(b.t / "utf8.md", "# 城关司法所调解邻里纠纷\n\n城关司法所成功调解一起邻里纠纷。\n");
  REQUIRE(sh("iconv -f UTF-8 -t GB18030 " + quote(b.t / "utf8.md") + " > " + quote(b.t / "gb.txt"))
              .code == 0);
  Run unknown = b.add(b.t / "gb.txt", "依法行政指导");
  CHECK(unknown.code == 2);
  CHECK(has(unknown.err, "--source '依法行政指导' is not a unit; did you mean '依法行政指导处'?"));
  Run r = b.add(b.t / "gb.txt");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "城关司法所调解邻里纠纷"));
  const std::string md = b.markdown();
  CHECK(has(md, "\n城关司法所成功调解一起邻里纠纷。\n"));
  spit(b.t / "binary.txt", std::string("\xff\xfe\x00\x01\x80\x81", 6));
  Run bad = b.add(b.t / "binary.txt");
  CHECK(bad.code == 2);
  CHECK(has(bad.err, "the article is neither UTF-8 nor GB18030 text"));
}
