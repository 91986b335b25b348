// The docx stage through its own inputs: a document tree in, package bytes out. The ZIP is
// read back with libzip; the XML parts with pugixml.
#include <zip.h>
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "core/atomic_file.h"
#include "docx/docx.h"
#include "docx/page.h"
#include "markup/parse_markdown.h"
#include "support/run.h"

using namespace docpipe;

namespace {

markup::Document parse(const std::string& md) {
  Diagnostics d;
  markup::Document doc;
  REQUIRE(markup::parse_document(md, "t.md", doc, d));
  return doc;
}

const docx::WordFonts office_fonts = docx::word_fonts(fonts::default_font_config());

std::string bytes_of(const std::string& md) {
  Diagnostics d;
  std::string out;
  REQUIRE(docx::docx_bytes(parse(md), office_fonts, out, d));
  return out;
}

struct Entry {
  std::string name, text;
};

// Every entry of the package, in the archive's order.
std::vector<Entry> entries(const std::string& bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
  REQUIRE(za);
  std::vector<Entry> out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
    zip_stat_t st;
    zip_stat_index(za, i, 0, &st);
    Entry e;
    e.name = st.name;
    e.text.resize(st.size);
    zip_file_t* f = zip_fopen_index(za, i, 0);
    zip_fread(f, e.text.data(), st.size);
    zip_fclose(f);
    out.push_back(e);
  }
  zip_close(za);
  return out;
}

std::string part(const std::string& bytes, const std::string& name) {
  for (const auto& e : entries(bytes))
    if (e.name == name) return e.text;
  FAIL("no part " << name);
  return {};
}

const std::string doc_md =
    "---\ntitle: 江岳省司法厅关于开展行政执法案卷评查的通知\n"
    "masthead: {name: 江岳省司法厅文件, number: 江司发〔2026〕17号}\n"
    "to: [各市（州）司法局]\nsignature: 江岳省司法厅\ndate: 2026-11-14\ncc: [省委依法治省办]\n"
    "printer: 江岳省司法厅办公室\nprinted: 2026-11-16\n---\n\n"
    "为进一步规范行政执法行为，决定开展评查。\n\n# 评查范围\n\n## 行政处罚案卷\n\n正文。\n\n"
    "# 附件1：评查标准\n\n# 第一部分\n\n标准。\n\n# 附件2：评查表\n\n# 表格\n\n| 项目 | 分值 |\n"
    "|---|---:|\n| 程序 | 30 |\n";

}  // namespace

TEST_CASE("the same tree gives the same package bytes, parts in a fixed order, dated 1980") {
  std::string a = bytes_of(doc_md), b = bytes_of(doc_md);
  CHECK(a == b);
  auto e = entries(a);
  REQUIRE(e.size() >= 12);
  CHECK(e[0].name == "[Content_Types].xml");
  CHECK(e[1].name == "_rels/.rels");
  CHECK(e[2].name == "word/document.xml");
  // Local header of the first entry: DOS time at offset 10, date at 12 (1980-01-01 00:00).
  REQUIRE(a.size() > 14);
  CHECK(a.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(static_cast<unsigned char>(a[10]) == 0);
  CHECK(static_cast<unsigned char>(a[11]) == 0);
  CHECK(static_cast<unsigned char>(a[12]) == 0x21);
  CHECK(static_cast<unsigned char>(a[13]) == 0);
}

TEST_CASE("the grid's pitch gives 22 lines and 28 characters, where rounding up would not") {
  using namespace docx::page;
  CHECK(text_height == 12756);  // 225.0 mm
  CHECK(text_width == 8845);    // 156.0 mm
  CHECK(text_height / line_pitch == 22);
  CHECK(text_height / (line_pitch + 1) == 21);  // 580, the exact pitch rounded, gives 21
  const double width_pt = text_width / 20.0;
  CHECK(static_cast<int>(width_pt / (16 + char_space / 4096.0)) == 28);
  CHECK(static_cast<int>(width_pt / (16 + (char_space + 1) / 4096.0)) == 27);
}

TEST_CASE("headings use Word's multilevel list 一、（一）1.（1）, restarted in each attachment") {
  std::string bytes = bytes_of(doc_md);
  pugi::xml_document num;
  REQUIRE(num.load_string(part(bytes, "word/numbering.xml").c_str()));
  auto abs = num.child("w:numbering").child("w:abstractNum");
  std::vector<std::string> texts, formats, styles;
  for (auto l : abs.children("w:lvl")) {
    texts.push_back(l.child("w:lvlText").attribute("w:val").value());
    formats.push_back(l.child("w:numFmt").attribute("w:val").value());
    styles.push_back(l.child("w:pStyle").attribute("w:val").value());
  }
  CHECK(texts == std::vector<std::string>{"%1、", "（%2）", "%3.", "（%4）"});
  CHECK(formats ==
        std::vector<std::string>{"chineseCounting", "chineseCounting", "decimal", "decimal"});
  CHECK(styles == std::vector<std::string>{"GwHeading1", "GwHeading2", "GwHeading3", "GwHeading4"});
  // The main text's list and one restarted list per attachment.
  size_t nums = 0;
  for (auto n : num.child("w:numbering").children("w:num")) ++nums, (void)n;
  CHECK(nums == 3);
  // Headings carry the text only: Word numbers them.
  std::string body = part(bytes, "word/document.xml");
  CHECK(body.find(">评查范围<") != std::string::npos);
  CHECK(body.find("一、") == std::string::npos);
}

TEST_CASE("fonts.yaml names the faces Word is asked for") {
  testing::TempDir t;
  testing::spit(t / "fonts.yaml",
                "roles:\n  fangsong: [仿宋, /usr/share/fonts/truetype/arphic/uming.ttc]\n"
                "  kaiti: /usr/share/fonts/truetype/arphic/ukai.ttc\n");
  Diagnostics d;
  auto config = fonts::load_font_config(t / "fonts.yaml", d);
  INFO(d.format_all());
  REQUIRE_FALSE(d.has_errors());
  auto named = docx::word_fonts(config);
  CHECK(named[fonts::Role::fangsong] == "仿宋");
  CHECK(named[fonts::Role::kaiti] == "楷体_GB2312");  // a file only: the office's name stays
  std::string out;
  REQUIRE(docx::docx_bytes(parse(doc_md), named, out, d));
  CHECK(part(out, "word/styles.xml").find("w:eastAsia=\"仿宋\"") != std::string::npos);
}

TEST_CASE("a failed write leaves an existing .docx as it was and no temp file") {
  testing::TempDir t;
  testing::spit(t / "x.docx", "old");
  Diagnostics d;
  CHECK_FALSE(docx::write_docx(parse("---\ntitle: 通知\n---\n\n正文\x02。\n"), office_fonts,
                               t / "x.docx", d));
  CHECK(d.has_errors());
  CHECK(testing::slurp(t / "x.docx") == "old");
  CHECK(testing::count_files(t.path, ".docpipe-") == 0);
  Diagnostics ok;
  CHECK(docx::write_docx(parse(doc_md), office_fonts, t / "x.docx", ok));
  CHECK(testing::slurp(t / "x.docx") == bytes_of(doc_md));
}
