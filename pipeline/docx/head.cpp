// 版头, 简报 报头 and 署名/成文日期: the elements the standard places at fixed distances
// rather than on the flow of grid lines, so their paragraphs carry exact heights.
#include <algorithm>
#include <cmath>

#include "docx/builder.h"
#include "docx/elements.h"
#include "docx/page.h"
#include "docx/styles.h"

namespace docpipe::docx {
namespace {

constexpr double text_width_pt = page::text_width / 20.0;

// The size (half-points) at which `text` fills at most the 版心's width, capped at `max_pt`:
// a long 发文机关标志 is set smaller, never wider than the 版心 (as the PDF does).
int fitted_size(const std::string& text, double max_pt) {
  double n = std::max(1.0, cells(text));
  return static_cast<int>(std::floor(std::min(max_pt, text_width_pt / n) * 2));
}

}  // namespace

void add_masthead(Builder& b, const markup::Masthead& m, int mark_lines) {
  // 标志: top edge 35 mm below the top of the 版心 (§7.2.4), red 小标宋, centred.
  const int before = page::twips(35) - mark_lines * page::line_pitch;
  if (!m.issuers.empty() || !m.signers.empty()) {  // 联合行文, 上行文 (elements.h)
    if (!m.issuers.empty()) add_joint_masthead(b, m, before);
    if (!m.signers.empty()) {
      if (m.issuers.empty()) {
        int size = fitted_size(m.name, 52);
        RunProps r;
        r.size = size;
        b.paragraph(exact(style::mast_name, size * 10, before), m.name, r);
      }
      add_signer_rows(b, m);
    } else {
      ParaProps number = exact(style::mast_number, page::line_pitch, 2 * page::line_pitch);
      number.bottom = Border{8, red, 5};
      b.paragraph(number, m.number);
      b.blank();
      b.blank();
    }
    return;
  }
  int size = fitted_size(m.name, 52);
  ParaProps name = exact(style::mast_name, size * 10, before);
  RunProps r;
  r.size = size;
  // 发文字号 two blank lines under the 标志; the red rule 4 mm below it (§7.2.5, §7.2.6). The
  // rule is the bottom border of the last line, the width of the 版心.
  Border rule{8, red, 0};
  if (m.number.empty()) {
    rule.space = 11;  // 4 mm
    name.bottom = rule;
    b.paragraph(name, m.name, r);
  } else {
    b.paragraph(name, m.name, r);
    ParaProps number = exact(style::mast_number, page::line_pitch, 2 * page::line_pitch);
    rule.space = 5;  // the em box ends 6.5 pt above the line's foot: 4 mm in all
    number.bottom = rule;
    b.paragraph(number, m.number);
  }
  // Two blank lines, then the title (§7.3.1).
  b.blank();
  b.blank();
}

void add_brief_head(Builder& b, const markup::BriefHead& h) {
  // As the PDF: 内部资料 line 1; the series on lines 2–4, large and red; 期号 line 5;
  // 编印单位 left and the date right on line 6, a red rule under them; two blank lines.
  ParaProps notice = exact(style::brief_line, page::line_pitch, 0);
  notice.jc = "left";
  RunProps heiti;
  heiti.font = b.fonts[fonts::Role::heiti];
  b.paragraph(notice, h.notice, heiti);
  int size = fitted_size(h.series, 48);
  RunProps big;
  big.size = size;
  b.paragraph(exact(style::brief_series, 3 * page::line_pitch, 0), h.series, big);
  b.paragraph(exact(style::brief_line, page::line_pitch, 0), h.number);
  ParaProps line = exact(style::brief_line, page::line_pitch, 0);
  line.jc = "left";
  line.tabs = {{"right", page::text_width - 10}};  // LibreOffice ignores one on the edge
  line.bottom = Border{12, red, 2};
  auto p = b.paragraph(line, h.editor);
  b.run(p, "\t" + chinese_date(h.date));
  b.blank();
}

void add_signature(Builder& b, const std::string& signature, const std::string& iso_date) {
  // §7.3.5.2: the signature two characters in from the right; the date on the next line,
  // its first character two to the right of the signature's; a longer date sits two
  // characters in and the signature moves left. Positions in grid characters, as the PDF.
  std::string date = chinese_date(iso_date);
  const double right = page::chars - 2;
  double sig = cells(signature), dat = cells(date);
  double sig_start = right - sig, date_start = sig_start + 2;
  bool date_longer = signature.empty() || date_start + dat > right;
  if (date_longer) {
    date_start = right - dat;
    sig_start = std::min(date_start - 2, right - sig);
  }
  auto at = [](double start) {
    ParaProps p;
    p.indent = Indent{static_cast<int>(std::lround(start * 100)), 0, 0};
    p.jc = "left";
    return p;
  };
  auto at_right = [] {
    ParaProps p;
    p.indent = Indent{0, 200, 0};
    p.jc = "right";
    return p;
  };
  b.blank();  // one blank line under the body
  if (!signature.empty()) {
    ParaProps p = date_longer ? at(sig_start) : at_right();
    p.style = style::signature;
    p.keep_next = true;
    b.paragraph(p, signature);
  }
  if (!date.empty()) {
    ParaProps p = date_longer ? at_right() : at(date_start);
    p.style = style::date;
    b.paragraph(p, date);
  }
}

}  // namespace docpipe::docx
