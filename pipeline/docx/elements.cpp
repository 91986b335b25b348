#include "docx/elements.h"

#include <algorithm>
#include <cmath>

#include "docx/page.h"
#include "docx/parts.h"
#include "docx/styles.h"
#include "docx/xml.h"

namespace docpipe::docx {
namespace {

constexpr double text_width_pt = page::text_width / 20.0;

// A paragraph starting `start` grid characters in from the left.
ParaProps at(const char* style_id, double start) {
  ParaProps p;
  p.style = style_id;
  p.jc = "left";
  p.indent = Indent{static_cast<int>(std::lround(start * 100)), 0, 0};
  return p;
}

// Right-aligned, `cells` grid characters in from the right.
ParaProps from_right(const char* style_id, int cells) {
  ParaProps p;
  p.style = style_id;
  p.jc = "right";
  p.indent = Indent{0, cells * 100, 0};
  return p;
}

std::string join(const std::vector<std::string>& names, const std::string& sep) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}

RunProps red_run(int size) {
  RunProps r;
  r.size = size;
  r.color = red;
  return r;
}

// LibreOffice ignores a tab stop on the right edge of the text: set it a hair inside.
constexpr int tab_slack = 10;

}  // namespace

void add_head_marks(Builder& b, const std::vector<HeadMark>& marks) {
  for (const auto& m : marks) {
    ParaProps p = exact(style::body, page::line_pitch, 0);
    p.jc = "left";
    p.indent = Indent{0, 0, 0};
    RunProps r;
    if (m.heiti) r.font = b.fonts[fonts::Role::heiti];
    b.paragraph(p, m.text, r);
  }
}

void add_joint_masthead(Builder& b, const markup::Masthead& m, int before) {
  // As the PDF: names and 文件 at the size that fits the widest name and 文件 in the 版心,
  // at most 40 pt; the names 1.2 em apart.
  double widest = 1;
  for (const auto& n : m.issuers) widest = std::max(widest, cells(n));
  double n_suffix = cells(m.suffix);
  int size = static_cast<int>(std::floor(std::min(40.0, text_width_pt / (widest + n_suffix)) * 2));
  int names_w = static_cast<int>(widest * size * 10),
      suffix_w = static_cast<int>(n_suffix * size * 10);
  if (before > 0) b.paragraph(exact(style::normal, before, 0));
  auto tbl = add(b.body, "w:tbl");
  auto pr = add(tbl, "w:tblPr");
  val(pr, "w:jc", "center");
  auto borders = add(pr, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    add(borders, side, {{"w:val", "nil"}});
  auto margins = add(pr, "w:tblCellMar");
  for (const char* side : {"w:left", "w:right"})
    add(margins, side, {{"w:w", "0"}, {"w:type", "dxa"}});
  auto grid = add(tbl, "w:tblGrid");
  add(grid, "w:gridCol", {{"w:w", std::to_string(names_w)}});
  add(grid, "w:gridCol", {{"w:w", std::to_string(suffix_w)}});
  auto row = add(tbl, "w:tr");
  auto cell = [&](int w) {
    auto tc = add(row, "w:tc");
    auto tcpr = add(tc, "w:tcPr");
    add(tcpr, "w:tcW", {{"w:w", std::to_string(w)}, {"w:type", "dxa"}});
    val(tcpr, "w:vAlign", "center");
    return tc;
  };
  auto names = cell(names_w);
  for (const auto& n : m.issuers) {
    ParaProps p = exact(style::mast_name, size * 12, 0);  // 1.2 em
    p.jc = "distribute";  // each name spread to the widest one's width, as the PDF
    auto para = add(names, "w:p");
    p.write(para);
    Builder cellb{names, b.fonts};
    cellb.run(para, n, red_run(size));
  }
  auto suffix = cell(suffix_w);
  auto para = add(suffix, "w:p");
  exact(style::mast_name, size * 12, 0).write(para);
  Builder cellb{suffix, b.fonts};
  cellb.run(para, m.suffix, red_run(size));
}

void add_signer_rows(Builder& b, const markup::Masthead& m) {
  std::vector<std::string> rows;
  for (size_t i = 0; i < m.signers.size(); ++i) {
    if (i % 2 == 0) rows.emplace_back();
    rows.back() += (rows.back().empty() ? "" : "　") + m.signers[i];
  }
  RunProps kaiti;
  kaiti.font = b.fonts[fonts::Role::kaiti];
  for (size_t r = 0; r < rows.size(); ++r) {
    ParaProps p = exact(style::mast_number, page::line_pitch, r == 0 ? 2 * page::line_pitch : 0);
    p.jc = "left";
    p.indent = Indent{100, 100, 0};  // one character in on both sides
    p.tabs = {{"right", page::text_width - 2 * page::cell - tab_slack}};
    if (r + 1 == rows.size()) p.bottom = Border{8, red, 5};  // the red rule, 4 mm under
    auto para = b.paragraph(p, r + 1 == rows.size() ? m.number : "");
    b.run(para, r == 0 ? "\t签发人：" : "\t");
    b.run(para, rows[r], kaiti);
  }
  b.blank();
  b.blank();
}

void add_letter_head(Builder& b, const markup::Masthead& m, const std::vector<HeadMark>& marks) {
  int size = static_cast<int>(
      std::floor(std::min(36.0, text_width_pt / std::max(1.0, cells(m.name))) * 2));
  ParaProps name = exact(style::mast_name, size * 10, 0);
  name.bottom = Border{24, red, 4};  // the thick-thin double rule under it (§10.1)
  auto p = b.paragraph(name, m.name, red_run(size));
  // Word draws a thick line over a thin one with w:val thickThinSmallGap.
  child(child(p, "w:pPr"), "w:pBdr")
      .child("w:bottom")
      .attribute("w:val")
      .set_value("thickThinSmallGap");
  size_t lines = std::max<size_t>(marks.size(), m.number.empty() ? 0 : 1);
  for (size_t i = 0; i < lines; ++i) {
    ParaProps row = exact(style::body, page::line_pitch, 0);
    row.jc = "left";
    row.indent = Indent{0, 0, 0};
    row.tabs = {{"right", page::text_width - tab_slack}};
    RunProps r;
    if (i < marks.size() && marks[i].heiti) r.font = b.fonts[fonts::Role::heiti];
    auto para = b.paragraph(row, i < marks.size() ? marks[i].text : "", r);
    if (i == 0 && !m.number.empty()) b.run(para, "\t" + m.number);
  }
  b.blank();
  b.blank();
}

void add_order_head(Builder& b, const markup::Masthead& m, const std::string& order_no) {
  int size = static_cast<int>(
      std::floor(std::min(52.0, text_width_pt / std::max(1.0, cells(m.name))) * 2));
  b.paragraph(exact(style::mast_name, size * 10, page::twips(20)), m.name, red_run(size));
  if (!order_no.empty())
    b.paragraph(exact(style::mast_number, page::line_pitch, 2 * page::line_pitch), order_no);
  b.blank();
  b.blank();
}

void add_signatures(Builder& b, const std::vector<std::string>& names,
                    const std::string& iso_date) {
  std::string date = chinese_date(iso_date);
  const double right = page::chars - 2;
  double sig = 0;
  for (const auto& n : names) sig = std::max(sig, cells(n));
  double sig_start = right - sig, date_start = sig_start + 2;
  if (date_start + cells(date) > right) {
    date_start = right - cells(date);
    sig_start = std::min(date_start - 2, right - sig);
  }
  b.blank();
  for (const auto& n : names) {
    ParaProps p = at(style::signature, sig_start);
    p.keep_next = true;
    b.paragraph(p, n);
  }
  if (!date.empty()) b.paragraph(at(style::date, date_start), date);
}

void add_order_signer(Builder& b, const std::string& title, const std::string& name,
                      const std::string& iso_date) {
  b.blank();
  b.blank();
  ParaProps p = from_right(style::signature, 4);
  p.keep_next = true;
  b.paragraph(p, title.empty() ? name : title + "　　" + name);
  if (!iso_date.empty()) b.paragraph(from_right(style::date, 4), chinese_date(iso_date));
}

void add_participants(Builder& b, const std::string& label, const std::vector<std::string>& names) {
  ParaProps p;
  p.style = style::body;
  p.indent = Indent{500, 0, -300};  // 出席： two characters in, the names hanging after it
  RunProps heiti;
  heiti.font = b.fonts[fonts::Role::heiti];
  auto para = b.paragraph(p, label + "：", heiti);
  b.run(para, join(names, "、"));
}

void add_sealed_signature(Builder& b, const std::string& signature, const std::string& iso_date,
                          int image, int width, int height) {
  std::string date = chinese_date(iso_date);
  const double dat = cells(date), sig = cells(signature);
  const double date_start = page::chars - 4 - dat, centre = date_start + dat / 2;
  const double sig_start = std::clamp(centre - sig / 2, 0.0, std::max(0.0, page::chars - sig));
  // The seal 42 mm across its longer side; as many blank lines above as the PDF sets.
  const double side = 42, scale = side / std::max(1, std::max(width, height));
  const double w = width * scale, h = height * scale, pitch_mm = 225.0 / 22;
  int blank = 1;
  while ((blank + 1 - 0.25) * pitch_mm - h / 2 < 0) ++blank;
  for (int i = 0; i < blank; ++i) b.blank();
  ParaProps sp = at(style::signature, sig_start);
  sp.keep_next = true;
  auto para = b.paragraph(sp, signature);
  b.paragraph(at(style::date, date_start), date);

  // The seal floats over the text, placed from the page's left edge and from the top of the
  // 署名's paragraph: its centre over the date's, a quarter line above the line between them.
  auto emu = [](double mm) { return std::to_string(std::lround(mm * 36000)); };
  const double x = 28 + centre * 156.0 / 28 - w / 2, y = (1 - 0.25) * pitch_mm - h / 2;
  auto run = add(para, "w:r");
  auto anchor = add(add(run, "w:drawing"), "wp:anchor",
                    {{"distT", "0"},
                     {"distB", "0"},
                     {"distL", "0"},
                     {"distR", "0"},
                     {"simplePos", "0"},
                     {"relativeHeight", "251659264"},
                     {"behindDoc", "0"},
                     {"locked", "0"},
                     {"layoutInCell", "1"},
                     {"allowOverlap", "1"}});
  add(anchor, "wp:simplePos", {{"x", "0"}, {"y", "0"}});
  auto pos_h = add(anchor, "wp:positionH", {{"relativeFrom", "page"}});
  add(pos_h, "wp:posOffset").text() = emu(x).c_str();
  auto pos_v = add(anchor, "wp:positionV", {{"relativeFrom", "paragraph"}});
  add(pos_v, "wp:posOffset").text() = emu(y).c_str();
  add(anchor, "wp:extent", {{"cx", emu(w)}, {"cy", emu(h)}});
  add(anchor, "wp:effectExtent", {{"l", "0"}, {"t", "0"}, {"r", "0"}, {"b", "0"}});
  add(anchor, "wp:wrapNone");
  add(anchor, "wp:docPr", {{"id", std::to_string(1000 + image)}, {"name", "印章"}});
  add(anchor, "wp:cNvGraphicFramePr");
  auto data =
      add(add(anchor, "a:graphic", {{"xmlns:a", ns::a}}), "a:graphicData", {{"uri", ns::pic}});
  auto pic = add(data, "pic:pic", {{"xmlns:pic", ns::pic}});
  auto nv = add(pic, "pic:nvPicPr");
  add(nv, "pic:cNvPr", {{"id", std::to_string(1000 + image)}, {"name", "印章"}});
  add(nv, "pic:cNvPicPr");
  auto fill = add(pic, "pic:blipFill");
  add(fill, "a:blip", {{"r:embed", rid::image(image)}});
  add(add(fill, "a:stretch"), "a:fillRect");
  auto sppr = add(pic, "pic:spPr");
  auto xfrm = add(sppr, "a:xfrm");
  add(xfrm, "a:off", {{"x", "0"}, {"y", "0"}});
  add(xfrm, "a:ext", {{"cx", emu(w)}, {"cy", emu(h)}});
  add(add(sppr, "a:prstGeom", {{"prst", "rect"}}), "a:avLst");
}

}  // namespace docpipe::docx
