// The body of word/document.xml as it is built: paragraphs appended in reading order, the
// list instances and chart parts the body asked for. Used by from_tree.cpp and the element
// writers beside it (head, foot, table, chart); not part of the stage's interface.
#pragma once
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "docx/props.h"
#include "markup/document.h"

namespace docpipe::docx {

struct Builder {
  pugi::xml_node body;
  const WordFonts& fonts;
  int lists = 1;                    // list instances in numbering.xml
  int list = 1;                     // the instance headings now count in (1: the main text's)
  std::vector<std::string> charts;  // chart part XML, chart1.xml first

  // A paragraph with `props`, holding `text` ('\n' a line break) in one run of `run`.
  pugi::xml_node paragraph(const ParaProps& props, const std::string& text = {},
                           const RunProps& run = {});
  // A run of `text` appended to paragraph `p`.
  void run(pugi::xml_node p, const std::string& text, const RunProps& props = {});
  // An empty line on the grid (the standard's 空一行).
  void blank();
  // Headings from here on count from 一 again (a 简报 article, an attachment).
  void restart_numbering();
};

// Widths in grid characters, as the standard counts them: a Han character or full-width
// mark is one, ASCII half of one.
double cells(const std::string& utf8);
// 2026-11-14 → 2026年11月14日 (成文日期 and 印发日期 are written with Arabic numerals).
std::string chinese_date(const std::string& iso);

// 版头 (发文机关标志, 发文字号, red rule) and the 简报 报头.
// `mark_lines`: lines the 份号/密级/紧急程度 took above it (the 标志 stays 35 mm down).
void add_masthead(Builder& b, const markup::Masthead& m, int mark_lines = 0);
void add_brief_head(Builder& b, const markup::BriefHead& h);
// 发文机关署名 and 成文日期 placed as §7.3.5.2 says (either may be empty).
void add_signature(Builder& b, const std::string& signature, const std::string& iso_date);
// 版记 or 报尾 from the foot nodes (cc, printer, printed, distribution), at the foot of
// the last page.
void add_foot(Builder& b, const std::vector<const markup::Node*>& foot);
void add_table(Builder& b, const markup::Table& t);
void add_chart(Builder& b, const markup::Chart& c);

}  // namespace docpipe::docx
