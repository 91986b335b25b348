// 版记 (抄送, 印发机关 and 印发日期) and the 简报 报尾 (报/送/发, 共印N份): a table of one
// column whose borders are the standard's rules (first and last thick, those between thin,
// §7.4), floating at the foot of the 版心 so it stays at the end of the last page however
// the text above it is revised. It is placed from the page's left edge: LibreOffice keeps a
// table as wide as the text area inline unless its position is relative to the page.
#include "docx/builder.h"
#include "docx/page.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

using markup::Role;

// 4号 text is one character (14 pt, 280 twips) in from each side of the 版心; the PDF
// insets by the grid cell scaled to 4号 (13.8 pt).
constexpr int inset = page::cell * page::size_4 / page::size_3;

// LibreOffice ignores a tab stop on the right edge of the text: set it a hair inside.
constexpr int tab_slack = 10;

struct Entry {
  std::string label, text;  // 抄送 / 报 …, the names
};

std::string join(const std::vector<std::string>& names, const std::string& sep) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}

void border(pugi::xml_node borders, const char* side, int eighths) {
  if (eighths)
    add(borders, side,
        {{"w:val", "single"},
         {"w:sz", std::to_string(eighths)},
         {"w:space", "0"},
         {"w:color", "000000"}});
  else
    add(borders, side, {{"w:val", "nil"}});
}

pugi::xml_node start_table(Builder& b) {
  auto tbl = add(b.body, "w:tbl");
  auto pr = add(tbl, "w:tblPr");
  add(pr, "w:tblpPr",
      {{"w:leftFromText", "0"},
       {"w:rightFromText", "0"},
       {"w:topFromText", "0"},
       {"w:bottomFromText", "0"},
       {"w:vertAnchor", "margin"},
       {"w:horzAnchor", "page"},
       {"w:tblpX", std::to_string(page::left)},
       {"w:tblpYSpec", "bottom"}});
  val(pr, "w:tblOverlap", "never");
  add(pr, "w:tblW", {{"w:w", std::to_string(page::text_width)}, {"w:type", "dxa"}});
  auto borders = add(pr, "w:tblBorders");
  border(borders, "w:top", 8);  // 0.35 mm
  border(borders, "w:left", 0);
  border(borders, "w:bottom", 8);
  border(borders, "w:right", 0);
  border(borders, "w:insideH", 6);  // 0.25 mm
  border(borders, "w:insideV", 0);
  add(pr, "w:tblLayout", {{"w:type", "fixed"}});
  auto mar = add(pr, "w:tblCellMar");
  add(mar, "w:left", {{"w:w", "0"}, {"w:type", "dxa"}});
  add(mar, "w:right", {{"w:w", "0"}, {"w:type", "dxa"}});
  add(add(tbl, "w:tblGrid"), "w:gridCol", {{"w:w", std::to_string(page::text_width)}});
  return tbl;
}

// One row of one cell holding one paragraph; returns the paragraph.
pugi::xml_node row(Builder& b, pugi::xml_node tbl, const ParaProps& props) {
  auto tr = add(tbl, "w:tr");
  add(add(tr, "w:trPr"), "w:cantSplit");
  auto tc = add(tr, "w:tc");
  add(add(tc, "w:tcPr"), "w:tcW", {{"w:w", std::to_string(page::text_width)}, {"w:type", "dxa"}});
  Builder cell{tc, b.fonts};
  return cell.paragraph(props);
}

}  // namespace

void add_foot(Builder& b, const std::vector<const markup::Node*>& foot) {
  std::vector<Entry> entries;
  std::string left, right;
  for (const auto* n : foot) {
    switch (n->role) {
      case Role::cc:
        entries.push_back({"抄送", join(n->names, "，") + "。"});
        break;
      case Role::printer:
        left = n->text;
        break;
      case Role::printed:
        right = chinese_date(n->text) + "印发";
        break;
      case Role::distribution: {
        const auto& d = n->distribution;
        if (!d.report.empty()) entries.push_back({"报", join(d.report, "，") + "。"});
        if (!d.send.empty()) entries.push_back({"送", join(d.send, "，") + "。"});
        if (!d.issue.empty()) entries.push_back({"发", join(d.issue, "，") + "。"});
        if (d.copies > 0) right = "（共印" + std::to_string(d.copies) + "份）";
        break;
      }
      default:
        break;
    }
  }
  if (entries.empty() && left.empty() && right.empty()) return;
  auto tbl = start_table(b);
  const int char4 = page::size_4 * 10;  // one 4号 character in twips
  for (const auto& e : entries) {
    // Continuation lines align after the colon (§7.4.2).
    ParaProps p;
    p.style = style::record;
    int label = static_cast<int>((cells(e.label) + 1) * char4);
    p.indent = Indent{inset + label, inset, -label, true};
    auto para = row(b, tbl, p);
    b.run(para, e.label + "：" + e.text);
  }
  if (!left.empty() || !right.empty()) {
    // Tab stops, not indents, put the two one character in: Word measures tabs from the
    // cell's edge, LibreOffice from the indent, and they agree when there is none.
    ParaProps p;
    p.style = style::record;
    p.indent = Indent{0, 0, 0, true};
    p.tabs = {{"left", inset}, {"right", page::text_width - inset - tab_slack}};
    auto para = row(b, tbl, p);
    b.run(para, "\t" + left + "\t" + right);
  }
  // A table must be followed by a paragraph; this one is a point high so it never spills
  // onto a page of its own.
  ParaProps after;
  after.style = style::normal;
  after.snap_to_grid = false;
  after.spacing = Spacing{0, 0, 20, true};
  b.paragraph(after);
}

}  // namespace docpipe::docx
