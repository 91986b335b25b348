// The GB/T 9704-2012 page in PDF points (1/72 in): A4, 版心 156 × 225 mm at 天头 37 mm and
// 订口 28 mm, a grid of 22 lines × 28 characters of 3号 (16 pt). Layout coordinates run from
// the top-left corner of the paper, y downwards; the PDF writer flips them.
//
// Every measure the standard (or the practice we follow where it is silent) gives lives here,
// named once, with its clause ("§7.2" = GB/T 9704-2012 clause 7.2; "practice" = the reference
// documents where the standard says nothing). Nothing else in the pipeline writes such a
// number bare.
#pragma once

namespace docpipe::layout {

constexpr double mm = 72.0 / 25.4;

// Chinese type is set on the ideographic em box: its top lies 0.88 em above the baseline and
// its bottom 0.12 em below (the convention of CJK fonts' ideographic baseline).
constexpr double em_ascent = 0.88;

// §5: A4 paper.
constexpr double a4_width = 210 * mm, a4_height = 297 * mm;

struct PageGeometry {
  // §5, §7.1: paper, 版心 (type area) and its margins.
  double paper_width = a4_width;
  double paper_height = a4_height;
  double left = 28 * mm;     // 订口
  double top = 37 * mm;      // 天头
  double width = 156 * mm;   // 版心 width
  double height = 225 * mm;  // 版心 height
  // §7.1: the grid, 22 lines of 28 characters filling the 版心.
  int lines = 22;
  int chars = 28;

  // Type sizes (号 in points).
  double body_size = 16;  // 3号: 正文, 主送, 发文字号, 署名, 成文日期 (§7.1, §7.3)
  double title_size = 22;        // 2号: 标题 and 附件 titles (§7.3), 简报 article titles
  double small_size = 14;        // 4号: 版记 (§7.4), 页码 (§7.5), table cells (§8 practice)
  double table_small_size = 12;  // 小4号: table cells of a table too wide at 4号 (§8 practice)
  double chart_caption_size = 14;  // 4号 黑体 caption of a ```chart
  double chart_label_size = 10.5;  // 五号: a chart's labels and values
  // A chart's labels stand right-aligned in a column 8 五号 characters wide; a longer label
  // widens it, the bars shortening, up to half the 版心; beyond that labels wrap to two lines
  // (one bar a grid line then), and a label longer than two lines is refused.
  double chart_label_cells = 8;
  double chart_label_max_share = 0.5;

  // §7.2 版头: the 发文机关标志, its top edge 35 mm below the top of the 版心, set as large
  // as fits the 版心 width up to `masthead_max_size` (the standard leaves the size to
  // "醒目、美观、庄重"); the red rule 4 mm below the 发文字号.
  double masthead_top = 35 * mm;
  double masthead_max_size = 52;
  double masthead_rule_gap = 4 * mm;
  double masthead_rule_weight = 1.0;  // not given by the standard: a clear 1 pt hairline
  // A 标志 too long for the 版心 at its size is set smaller to fit (§7.2.4 leaves the size to
  // "醒目、美观、庄重"), never below 小一号 (24 pt): there it would no longer stand above the
  // 2号 title. Longer than that is refused: the standard's short name (规范化简称) fits.
  double masthead_min_size = 24;

  // §7.2.6 上行文: 签发人 and 发文字号 one character in from the edges of the 版心, two
  // 签发人 names a row.
  int signers_per_row = 2;
  // §7.2.4 联合行文: the organs' names stacked at this pitch (em), 文件 centred on them.
  double joint_name_leading = 1.2;
  double joint_masthead_max_size = 40;  // not given: three organs at 52 pt fill half a page

  // §10.1 信函格式: the 标志 top 30 mm below the top of the paper, red double rules 170 mm
  // long centred on the paper, 4 mm under the 标志 (thick over thin) and 20 mm above the
  // bottom of the paper (thin over thick); the first mark and the 发文字号 7/8 of a 3号
  // character's height under the upper rule; the title two lines below them. The 标志 size
  // and the rules' weights are not given: 36 pt at most, 2 pt and 0.75 pt lines 1.5 pt apart.
  double letter_masthead_top = 30 * mm;
  double letter_masthead_max_size = 36;
  double letter_rule_length = 170 * mm;
  double letter_rule_gap = 4 * mm;
  double letter_bottom_rule = 20 * mm;
  double letter_rule_thick = 2.0;
  double letter_rule_thin = 0.75;
  double letter_rule_space = 1.5;
  double letter_mark_drop = 0.875;  // em of 3号

  // §10.2 命令（令）格式: the 标志 top 20 mm below the top of the 版心; §7.3.5.3 the 签名章
  // four characters in from the right, the 职务 two characters to its left.
  double order_masthead_top = 20 * mm;
  int order_signer_right_cells = 4;
  int order_title_gap_cells = 2;

  // §7.3.1 标题: its first line's top edge two 行 below the red rule, a 行 being one 3号
  // character plus 7/8 of it (§5.2.3's line spacing): 2 × 30 pt ≈ 21.2 mm. Without a 版头 the
  // title takes the first grid line of the 版心.
  double title_rule_rows = 2;

  // §7.3.5.1 加盖印章: the 成文日期 four characters in from the right, the 署名 centred on
  // it, the seal centred over both with them a little below its centre (its centre a quarter
  // line above the line between them) and its top within one line under the body. The seal's
  // size is not given by the standard: drawn 42 mm across its longer side, the size of an
  // organ's round seal (4–5 cm); the PNG's own resolution is not trusted for it.
  int sealed_date_right_cells = 4;
  double seal_size = 42 * mm;
  double seal_centre_rise = 0.25;  // lines

  // §7.3.5.5: when the 署名 and 成文日期 do not fit under the last lines, the last page's lines
  // (below the 版头 and 标题, which keep their places) are first set closer. The standard gives
  // no limit; ours: the page gains at most two lines (the issue's "a one-page notice that
  // overflows by two lines or fewer stays one page"; 24 lines on a page without a 版头, pitch
  // 0.92) and the pitch stays at least 0.8 of the grid's, 23.2 pt for 16 pt type: the lines
  // still stand a clear 7 pt apart, and a first page whose 版头 and two-line 标题 leave nine
  // lines of body can take two more (9/11 = 0.82). Character spacing is not tightened: every
  // line keeps its 28 cells (§5.2.3), so no paragraph is broken again.
  int tight_extra_lines = 2;
  double tight_scale_min = 0.8;

  // 简报 报头 (practice, conventions.md 工作简报): the series name in red up to 48 pt, and a
  // red rule the width of the 版心 1.5 mm under the 编印单位 line, 1.5 pt thick.
  double brief_series_max_size = 48;
  double brief_rule_drop = 1.5 * mm;
  double brief_rule_weight = 1.5;

  // §7.4 版记: rules the width of the 版心, the first and last 0.35 mm, those between 0.25 mm.
  double foot_rule_thick = 0.35 * mm;
  double foot_rule_thin = 0.25 * mm;

  // §7.5 页码: the 一字线 of `— N —` sits 7 mm below the bottom edge of the 版心; the dash is
  // drawn about 0.3 em above the baseline, so the baseline is that much lower.
  double page_number_drop = 7 * mm;
  double page_number_dash_rise = 0.3;  // em

  // Table rules (§8 practice): 0.5 pt hairlines round every cell.
  double table_rule_weight = 0.5;

  double row() const { return body_size * (1 + 7.0 / 8); }  // 行 (§7.3.1): 30 pt
  double cell() const { return width / chars; }             // 5.571 mm: one character on the grid
  double pitch() const { return height / lines; }           // 10.23 mm: one line on the grid
  double right() const { return left + width; }
  double bottom() const { return top + height; }
  // Top of grid line `slot` (0-based) on a page.
  double slot_top(int slot) const { return top + slot * pitch(); }
  // Baseline for text of `size` centred in a grid line whose top is `line_top`: the em box
  // sits in the middle of the pitch.
  double baseline(double line_top, double size) const {
    return baseline_in(line_top, pitch(), size);
  }
  // Baseline for text of `size` whose em box is centred in a band of `band` points at `top`.
  static double baseline_in(double top, double band, double size) {
    return top + (band - size) / 2 + em_ascent * size;
  }
};

}  // namespace docpipe::layout
