#include "docx/styles.h"

#include "docx/page.h"
#include "docx/xml.h"

namespace docpipe::docx::style {

const char* heading(int level) {
  static const char* ids[] = {"GwHeading1", "GwHeading2", "GwHeading3", "GwHeading4"};
  return ids[level < 1 ? 0 : level > 4 ? 3 : level - 1];
}

namespace {

using fonts::Role;

struct Def {
  const char* id;
  const char* name;
  const char* based_on;  // nullptr: none
  ParaProps para;
  RunProps run;
};

pugi::xml_node add_style(pugi::xml_node styles, const char* type, const Def& d) {
  auto s = add(styles, "w:style", {{"w:type", type}, {"w:styleId", d.id}});
  val(s, "w:name", d.name);
  if (d.based_on) val(s, "w:basedOn", d.based_on);
  add(s, "w:qFormat");
  d.para.write(s);
  d.run.write(s);
  return s;
}

RunProps run(const WordFonts& f, Role role, int size, const char* color = "") {
  RunProps r;
  r.font = f[role];
  r.size = size;
  r.color = color;
  return r;
}

ParaProps centred(bool keep_next = false) {
  ParaProps p;
  p.jc = "center";
  p.keep_next = keep_next;
  p.indent = Indent{};  // no first-line indent
  return p;
}

ParaProps flush(const char* jc = "left") {
  ParaProps p;
  p.jc = jc;
  p.indent = Indent{};
  return p;
}

ParaProps indented(int first = 200) {
  ParaProps p;
  p.indent = Indent{0, 0, first};
  return p;
}

ParaProps heading_para(int level) {
  ParaProps p = indented();
  p.keep_next = true;
  p.num = std::pair{level - 1, 1};  // numbering.xml numId 1, level 0..3
  p.outline_level = level - 1;      // Word's navigation pane and 目录
  return p;
}

void defaults(pugi::xml_node styles, const WordFonts& f) {
  auto dd = add(styles, "w:docDefaults");
  RunProps r = run(f, Role::fangsong, page::size_3);
  r.chinese = true;
  r.write(add(dd, "w:rPrDefault"));
  add(dd, "w:pPrDefault");
}

void table_style(pugi::xml_node styles) {
  auto s = add(styles, "w:style", {{"w:type", "table"}, {"w:styleId", table}});
  val(s, "w:name", "公文表格");
  auto tbl = add(s, "w:tblPr");
  val(tbl, "w:jc", "center");
  auto b = add(tbl, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    add(b, side, {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "0"}, {"w:color", "000000"}});
  auto m = add(tbl, "w:tblCellMar");
  add(m, "w:left", {{"w:w", "60"}, {"w:type", "dxa"}});
  add(m, "w:right", {{"w:w", "60"}, {"w:type", "dxa"}});
}

}  // namespace

std::string styles_xml(const WordFonts& f) {
  pugi::xml_document doc;
  auto styles = start(doc, "w:styles", {{"w", ns::w}});
  defaults(styles, f);

  ParaProps normal_para;
  normal_para.jc = "both";  // lines 撑满版心
  normal_para.widow_control = false;
  normal_para.chinese_rules = true;  //
                                     // the grid keeps 22 lines on every page, as the PDF
  // How the 22 × 28 grid is kept. The section declares it (w:docGrid linesAndChars, so
  // Word and WPS show 每页22行 每行28字 in 页面设置), but the paragraphs do not snap to it:
  // LibreOffice gives a 16 pt character two 15.75 pt cells of that grid (measured with
  // LibreOffice 7.4: 14 characters a line), where Word squeezes it into one. Instead every
  // paragraph has the grid's exact line height (28.95 pt: 22 lines) and characters 0.25 pt
  // narrower (15.75 pt: 28 a line, justified to the 版心), which Word, WPS and LibreOffice
  // all honour alike; the PDF reaches the same with its −0.21 pt tracking. The size is on
  // Normal itself, too: LibreOffice reads the grid's pitch from Normal's own size.
  normal_para.snap_to_grid = false;
  normal_para.spacing = Spacing{0, 0, page::line_pitch, true};
  RunProps normal_run = run(f, Role::fangsong, page::size_3);
  normal_run.spacing = -5;
  auto n =
      add_style(styles, "paragraph", {style::normal, "Normal", nullptr, normal_para, normal_run});
  n.append_attribute("w:default") = "1";

  const int s3 = page::size_3, s2 = page::size_2, s4 = page::size_4;
  ParaProps sig = flush("left");
  sig.keep_next = true;
  ParaProps record_para;
  record_para.indent = Indent{100, 100, 0};
  ParaProps number_para = flush();
  number_para.spacing = Spacing{0, 0, page::size_4 * 10, true};  // the footer's height: 4号
  ParaProps source = flush("right");
  ParaProps cell = flush();
  cell.spacing =
      Spacing{0, 0, page::line_pitch, true};  // a cell line is a grid line, as in the PDF
  ParaProps label = flush();
  label.page_break_before = true;
  label.keep_next = true;

  const Def defs[] = {
      {body, "正文", normal, indented(), {}},
      {title, "标题", normal, centred(true), run(f, Role::xiaobiaosong, s2)},
      {byline, "题注", normal, centred(true), run(f, Role::kaiti, s3)},
      {addressee, "主送机关", normal, flush(), {}},
      {quote, "引文", body, {}, run(f, Role::kaiti, s3)},
      {heading(1), "一级标题", body, heading_para(1), run(f, Role::heiti, s3)},
      {heading(2), "二级标题", body, heading_para(2), run(f, Role::kaiti, s3)},
      {heading(3), "三级标题", body, heading_para(3), run(f, Role::fangsong, s3)},
      {heading(4), "四级标题", body, heading_para(4), run(f, Role::fangsong, s3)},
      {signature, "发文机关署名", normal, sig, {}},
      {date, "成文日期", normal, flush("left"), {}},
      {attach_label, "附件标识", normal, label, run(f, Role::heiti, s3)},
      {record, "版记", normal, record_para, run(f, Role::fangsong, s4)},
      {page_number, "页码", normal, number_para, run(f, Role::song, s4)},
      {mast_name, "发文机关标志", normal, centred(true), run(f, Role::xiaobiaosong, s2, red)},
      {mast_number, "发文字号", normal, centred(true), {}},
      {brief_series, "简报名称", normal, centred(true), run(f, Role::xiaobiaosong, s2, red)},
      {brief_line, "期号", normal, centred(true), {}},
      {article_title, "文章标题", normal, centred(true), run(f, Role::xiaobiaosong, s2)},
      {source_line, "供稿", normal, source, {}},
      {table_text, "表格文字", normal, cell, run(f, Role::fangsong, s4)},
      {table_head, "表头", table_text, centred(), run(f, Role::heiti, s4)},
      {chart_title, "图表标题", normal, centred(true), run(f, Role::heiti, s4)},
  };
  for (const auto& d : defs) add_style(styles, "paragraph", d);
  table_style(styles);
  return serialize(doc);
}

}  // namespace docpipe::docx::style
