#include "layout/frame.h"

#include <algorithm>
#include <cmath>

#include "core/chinese.h"
#include "layout/fit_field.h"
#include "layout/set_text.h"
#include "layout/text_block.h"

namespace docpipe::layout {

namespace {

double text_width(const std::vector<Glyph>& g) {
  double w = 0;
  for (const auto& x : g) w += x.advance;
  return w;
}

// One line of text, natural spacing, placed at x; returns its width.
double put(Context& ctx, const std::string& text, fonts::Role role, double size, double x, double y,
           Color color, std::vector<GlyphRun>& out, double char_space = 0) {
  auto glyphs = make_glyphs(text, {role, size}, ctx.fonts, ctx.at(0), ctx.diags);
  SetLine l;
  l.end = glyphs.size();
  l.char_space = char_space;
  l.width = text_width(glyphs) + (glyphs.empty() ? 0 : (glyphs.size() - 1) * char_space);
  emit_line(glyphs, l, x, y, size, LineAlign::left, 0, color, out);
  return l.width;
}

double measure(Context& ctx, const std::string& text, fonts::Role role, double size) {
  Diagnostics quiet;  // measured again, with diagnostics, when drawn
  return text_width(make_glyphs(text, {role, size}, ctx.fonts, {}, quiet));
}

// The size at which `text` fills at most `width`, capped at `max_size`.
double fit_size(Context& ctx, const std::string& text, fonts::Role role, double max_size,
                double width) {
  double w = measure(ctx, text, role, max_size);
  return w <= width || w <= 0 ? max_size : max_size * width / w;
}

// Width of 仿宋 3号 text on the grid, in grid characters (a CJK character is one).
double grid_cells(Context& ctx, const std::string& s) {
  const PageGeometry& g = ctx.geo;
  const double tracking = g.cell() - g.body_size;
  return (measure(ctx, s, fonts::Role::fangsong, g.body_size) + tracking * decode_utf8(s).size()) /
         g.cell();
}

}  // namespace

double put_line(Context& ctx, const std::string& text, fonts::Role role, double size, double x,
                double y, Color color, std::vector<GlyphRun>& out, double char_space) {
  return put(ctx, text, role, size, x, y, color, out, char_space);
}
double measure_text(Context& ctx, const std::string& text, fonts::Role role, double size) {
  return measure(ctx, text, role, size);
}
double fit_text_size(Context& ctx, const std::string& text, fonts::Role role, double max_size,
                     double width) {
  return fit_size(ctx, text, role, max_size, width);
}

Item blank_item(int slots) {
  Item it;
  it.slots = slots;
  return it;
}

std::string chinese_date(const std::string& iso) {
  auto d = parse_date(iso);
  return d ? docpipe::chinese_date(*d) : iso;
}

std::string mark_name(const std::string& key) {
  return key == "copy_no" ? "份号" : key == "urgency" ? "紧急程度" : "密级和保密期限";
}

// The marks on the grid lines from the top of the 版心, flush left, relative to the 版心 top.
void put_marks(Context& ctx, const std::vector<HeadMark>& marks, std::vector<GlyphRun>& out) {
  const PageGeometry& g = ctx.geo;
  for (size_t i = 0; i < marks.size(); ++i) {
    double w = put(ctx, marks[i].text, marks[i].role, g.body_size, g.left,
                   g.baseline(static_cast<double>(i) * g.pitch(), g.body_size), black, out,
                   g.cell() - g.body_size);
    field_fits(ctx, {marks[i].key, mark_name(marks[i].key), marks[i].text}, w, g.width, g.cell(),
               "its line at the top left of the 版心 (§7.2.1-7.2.3)",
               "shorten it: a 保密期限 is a term such as 1年 or 长期");
  }
}

std::vector<Item> head_mark_items(Context& ctx, const std::vector<HeadMark>& marks) {
  std::vector<Item> items;
  if (marks.empty()) return items;
  Item it;
  put_marks(ctx, marks, it.runs);
  it.slots = static_cast<int>(marks.size()) + 1;  // and a blank line before the title
  it.keep_with_next = true;
  items.push_back(std::move(it));
  return items;
}

// 联合行文 (§7.2.4): the organs' names stacked, the host first, `suffix` (文件) to their
// right centred on them, the whole block centred; its top at `top`, at most `height` tall
// ("如联合行文机关过多，必须保证公文首页显示正文": the names are set smaller for it).
// Returns its bottom.
double joint_masthead(Context& ctx, const markup::Masthead& m, double top, double height_room,
                      std::vector<GlyphRun>& out) {
  const PageGeometry& g = ctx.geo;
  const auto role = fonts::Role::xiaobiaosong;
  std::string widest;
  for (const auto& n : m.issuers)
    if (measure(ctx, n, role, 10) > measure(ctx, widest, role, 10)) widest = n;
  const double ems = (m.issuers.size() - 1) * g.joint_name_leading + 1;  // block height in em
  const double tallest = height_room / ems;
  if (tallest < g.masthead_min_size)
    ctx.diags.error(ctx.at_field("masthead.issuers"),
                    "the 版头 of " + std::to_string(m.issuers.size()) +
                        " organs leaves the first page no room for the title and the body even "
                        "with the names at 24 pt (小一号): §7.2.4 wants the body on the first page",
                    "name fewer organs in the 标志 (the host first), or give fewer 签发人");
  double size =
      masthead_size(ctx, {"masthead.issuers", "联合行文的发文机关标志", widest + m.suffix}, role,
                    std::max(g.masthead_min_size, std::min(g.joint_masthead_max_size, tallest)),
                    g.width, g.masthead_min_size);
  double names_w = measure(ctx, widest, role, size), suffix_w = measure(ctx, m.suffix, role, size);
  double x = g.left + (g.width - names_w - suffix_w) / 2;
  double lead = size * g.joint_name_leading;
  for (size_t i = 0; i < m.issuers.size(); ++i) {
    // Each name spread to the widest one's width, as the stacked names of real documents are.
    const std::string& n = m.issuers[i];
    size_t count = decode_utf8(n).size();
    double spread = count > 1 ? (names_w - measure(ctx, n, role, size)) / (count - 1) : 0;
    put(ctx, n, role, size, x, top + i * lead + em_ascent * size, red, out, spread);
  }
  double height = (m.issuers.size() - 1) * lead + size;
  if (!m.suffix.empty())
    put(ctx, m.suffix, role, size, x + names_w, top + (height - size) / 2 + em_ascent * size, red,
        out);
  return top + height;
}

// 上行文 (§7.2.6): `签发人：` in 仿宋 and the names in 楷体, one character in from the right,
// rows of two names aligned under the first; the 发文字号 one character in from the left on
// the last row. Returns the bottom of the last row's em box.
double signer_rows(Context& ctx, const markup::Masthead& m, double line_top,
                   std::vector<GlyphRun>& out) {
  const PageGeometry& g = ctx.geo;
  const std::string label = "签发人：", gap = "　";
  std::vector<std::string> rows;
  for (size_t i = 0; i < m.signers.size(); ++i) {
    if (i % g.signers_per_row == 0) rows.emplace_back();
    rows.back() += (rows.back().empty() ? "" : gap) + m.signers[i];
  }
  double label_w = measure(ctx, label, fonts::Role::fangsong, g.body_size);
  double row_w = 0;
  for (const auto& r : rows)
    row_w = std::max(row_w, measure(ctx, r, fonts::Role::kaiti, g.body_size));
  double label_x = g.right() - g.cell() - row_w - label_w;
  // The 签发人 block one character in from the right, the 发文字号 one character in from the
  // left, at least one character between them (§7.2.6).
  const std::string fix = "shorten it, or give the 签发人 one name a row";
  if (field_fits(ctx, {"signers", "签发人", rows[0]}, label_w + row_w, g.width - g.cell(),
                 g.body_size, "the 签发人 line, one character in from the right (§7.2.6)", fix) &&
      !m.number.empty()) {
    double nw = measure(ctx, m.number, fonts::Role::fangsong, g.body_size);
    field_fits(ctx, {"masthead.number", "发文字号", m.number}, nw, label_x - g.left - 2 * g.cell(),
               g.body_size,
               "the line it shares with the 签发人, one character in from the left (§7.2.6)",
               "shorten the 发文字号 (the organ's 发文机关代字), or the 签发人 names");
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    double y = g.top + g.baseline(line_top + r * g.pitch(), g.body_size);
    if (r == 0) put(ctx, label, fonts::Role::fangsong, g.body_size, label_x, y, black, out);
    put(ctx, rows[r], fonts::Role::kaiti, g.body_size, label_x + label_w, y, black, out);
  }
  double last = line_top + (rows.size() - 1) * g.pitch();
  if (!m.number.empty())
    put(ctx, m.number, fonts::Role::fangsong, g.body_size, g.left + g.cell(),
        g.top + g.baseline(last, g.body_size), black, out);
  return last + (g.pitch() + g.body_size) / 2;
}

Item masthead_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks) {
  const PageGeometry& g = ctx.geo;
  Item it;
  put_marks(ctx, marks, it.runs);
  for (auto& r : it.runs) r.y += g.top;  // made relative again below
  double top = g.masthead_top;           // 标志 top edge, below the top of the 版心
  double y;                              // 标志 bottom
  if (!m.issuers.empty()) {
    // What stands under the names down to the red rule, and the lines under it: the title,
    // a blank line and a line of the body (slots: the rule's line and two blank ones).
    const double p = g.pitch(), em_box = (p + g.body_size) / 2;
    double below = g.masthead_rule_gap;
    if (!m.signers.empty())
      below += 2 * p + (m.signers.size() - 1) / g.signers_per_row * p + em_box;
    else if (!m.number.empty())
      below += 2 * p + em_box;
    const double room = (g.lines - 5) * p - top - below;
    y = joint_masthead(ctx, m, g.top + top, room, it.runs) - g.top;
  } else {
    double size =
        masthead_size(ctx, {"masthead.name", "发文机关标志", m.name}, fonts::Role::xiaobiaosong,
                      g.masthead_max_size, g.width, g.masthead_min_size);
    double w = measure(ctx, m.name, fonts::Role::xiaobiaosong, size);
    put(ctx, m.name, fonts::Role::xiaobiaosong, size, g.left + (g.width - w) / 2,
        g.top + top + em_ascent * size, red, it.runs);
    y = top + size;
  }
  if (!m.signers.empty()) {
    y = signer_rows(ctx, m, y + 2 * g.pitch(), it.runs);  // two blank lines under the 标志
  } else if (!m.number.empty()) {
    double line_top = y + 2 * g.pitch();  // two blank lines under the 标志
    double nw = measure(ctx, m.number, fonts::Role::fangsong, g.body_size);
    field_fits(ctx, {"masthead.number", "发文字号", m.number}, nw, g.width, g.body_size,
               "its one line centred under the 标志 (§7.2.4)",
               "shorten it: the organ's 发文机关代字, the year in 〔〕 and the number");
    put(ctx, m.number, fonts::Role::fangsong, g.body_size, g.left + (g.width - nw) / 2,
        g.top + g.baseline(line_top, g.body_size), black, it.runs);
    y = line_top + (g.pitch() + g.body_size) / 2;  // bottom of the 字号's em box
  }
  double rule_y = y + g.masthead_rule_gap;
  it.rules.push_back(
      {g.left, g.top + rule_y, g.right(), g.top + rule_y, g.masthead_rule_weight, red});
  // Runs and rules above are absolute; the item sits at slot 0 of page 1.
  for (auto& r : it.runs) r.y -= g.top;
  for (auto& r : it.rules) r.y0 -= g.top, r.y1 -= g.top;
  it.slots = static_cast<int>(std::ceil(rule_y / g.pitch() - 1e-9)) + 2;  // two blank lines
  it.keep_with_next = true;
  // Under it the first page still holds the title, a blank line and a line of the body (a
  // joint 标志 was set small enough for it above, or refused).
  if (it.slots + 3 > g.lines && m.issuers.empty())
    ctx.diags.error(ctx.at_field("signers"),
                    "the 版头 fills " + std::to_string(it.slots) + " of the first page's " +
                        std::to_string(g.lines) +
                        " lines: no room for the title and the body (§7.2.4 wants the body on "
                        "the first page)",
                    "give fewer 签发人");
  return it;
}

Item brief_head_item(Context& ctx, const markup::BriefHead& b) {
  const PageGeometry& g = ctx.geo;
  Item it;
  const double char_w = g.body_size;
  const std::string shorter = "shorten it (the organ's standard short name)";
  if (!b.notice.empty()) {
    double w = put(ctx, b.notice, fonts::Role::heiti, g.body_size, g.left,
                   g.baseline(0, g.body_size), black, it.runs);
    field_fits(ctx, {"brief.notice", "报头的提示语", b.notice}, w, g.width, char_w,
               "its line at the top left of the 报头", "shorten it, e.g. 内部资料　注意保存");
  }
  double size =
      masthead_size(ctx, {"brief.series", "简报名称", b.series}, fonts::Role::xiaobiaosong,
                    g.brief_series_max_size, g.width, g.masthead_min_size);
  double w = measure(ctx, b.series, fonts::Role::xiaobiaosong, size);
  put(ctx, b.series, fonts::Role::xiaobiaosong, size, g.left + (g.width - w) / 2,
      3 * g.pitch() + 0.4 * size, red, it.runs);
  double nw = measure(ctx, b.number, fonts::Role::fangsong, g.body_size);
  field_fits(ctx, {"brief.number", "期号", b.number}, nw, g.width, char_w,
             "its one line centred under the 简报名称",
             "write only the 期号, e.g. 2026年第10期（总第363期）");
  put(ctx, b.number, fonts::Role::fangsong, g.body_size, g.left + (g.width - nw) / 2,
      g.baseline(4 * g.pitch(), g.body_size), black, it.runs);
  double line5 = g.baseline(5 * g.pitch(), g.body_size);
  std::string date = chinese_date(b.date);
  double dw = measure(ctx, date, fonts::Role::fangsong, g.body_size);
  // 编印单位 flush left and the date flush right share one line, at least a character apart.
  double ew = put(ctx, b.editor, fonts::Role::fangsong, g.body_size, g.left, line5, black, it.runs);
  field_fits(ctx, {"brief.editor", "编印单位", b.editor}, ew, g.width - dw - g.cell(), char_w,
             "the line it shares with the date under the 期号", shorter);
  put(ctx, date, fonts::Role::fangsong, g.body_size, g.right() - dw, line5, black, it.runs);
  double rule_y = 6 * g.pitch() + g.brief_rule_drop;
  it.rules.push_back({g.left, rule_y, g.right(), rule_y, g.brief_rule_weight, red});
  it.slots = 8;
  it.keep_with_next = true;
  return it;
}

bool signature_fits(Context& ctx, const std::string& signature, size_t index) {
  const double room = ctx.geo.chars - 2, w = grid_cells(ctx, signature);
  if (w <= room + 1e-6) return true;
  // Where the front matter gave it: `signature: [A, B]` item `index`, or `signature: A`.
  const std::string item = "signature." + std::to_string(index);
  const bool listed = ctx.fields && ctx.fields->count(item);
  ctx.diags.error(ctx.at_field(listed ? item : "signature"),
                  "signature '" + signature + "' is " + std::to_string(static_cast<int>(w + 0.99)) +
                      " characters wide: the 版心 has room for " +
                      std::to_string(static_cast<int>(room)) +
                      " where the 署名 stands, two characters in from the right (§7.3.5.2)",
                  "shorten the signature (the organ's standard short name), or give a joint "
                  "document's organs as separate signatures");
  return false;
}

bool printer_line_fits(Context& ctx, const std::string& printer, const std::string& printed) {
  const PageGeometry& g = ctx.geo;
  const double size = g.small_size, inset = g.cell() * size / g.body_size;
  double lw = measure(ctx, printer, fonts::Role::fangsong, size);
  double rw = printed.empty() ? 0 : measure(ctx, printed, fonts::Role::fangsong, size) + inset;
  return field_fits(ctx, {"printer", "印发机关", printer}, lw, g.width - 2 * inset - rw, size,
                    "the 版记's last line beside the 印发日期 (§7.4)",
                    "shorten it (the organ's standard short name)");
}

Item signature_item(Context& ctx, const std::string& signature, const std::string& iso_date,
                    const std::vector<std::string>& more) {
  const PageGeometry& g = ctx.geo;
  const double cell = g.cell(), tracking = cell - g.body_size;
  std::string date = chinese_date(iso_date);
  // Widths in grid characters: the grid spacing puts every CJK character in one cell.
  auto cells = [&](const std::string& s) { return grid_cells(ctx, s); };
  double sig = signature.empty() ? 0 : cells(signature), dat = date.empty() ? 0 : cells(date);
  for (const auto& s : more) sig = std::max(sig, cells(s));  // the block's widest name
  double sig_start = g.chars - 2 - sig;
  double date_start = sig_start + 2;
  if (signature.empty() || date_start + dat > g.chars - 2) {
    date_start = g.chars - 2 - dat;                      // date longer: it sits two characters in,
    sig_start = signature.empty() ? 0 : date_start - 2;  // the signature moves left
    if (!signature.empty() && sig_start + sig > g.chars - 2) sig_start = g.chars - 2 - sig;
  }
  Item it;
  it.slots = 1;
  if (!signature.empty()) {
    put(ctx, signature, fonts::Role::fangsong, g.body_size, g.left + sig_start * cell,
        g.baseline(g.pitch(), g.body_size), black, it.runs, tracking);
    it.slots = 2;
    // 联合行文 (§7.3.5.2): the host organ first, the others stacked under it.
    for (const auto& s : more) {
      put(ctx, s, fonts::Role::fangsong, g.body_size, g.left + sig_start * cell,
          g.baseline(it.slots * g.pitch(), g.body_size), black, it.runs, tracking);
      ++it.slots;
    }
  }
  if (!date.empty()) {
    put(ctx, date, fonts::Role::fangsong, g.body_size, g.left + date_start * cell,
        g.baseline(it.slots * g.pitch(), g.body_size), black, it.runs, tracking);
    it.slots += 1;
  }
  return it;
}

Item foot_item(Context& ctx, const std::vector<FootEntry>& entries, const std::string& last_left,
               const std::string& last_right) {
  const PageGeometry& g = ctx.geo;
  const double size = g.small_size, inset = g.cell() * size / g.body_size;
  Item it;
  int slot = 0;
  for (const auto& e : entries) {
    std::string label = e.label + "：";
    double lw = put(ctx, label, fonts::Role::fangsong, size, g.left + inset,
                    g.baseline(slot * g.pitch(), size), black, it.runs);
    auto glyphs =
        make_glyphs(e.text, {fonts::Role::fangsong, size}, ctx.fonts, ctx.at(0), ctx.diags);
    LineSpec spec{g.width - 2 * inset - lw, 0, 0, g.cell(), true};
    auto lines = break_lines(glyphs, spec);
    for (const auto& l : lines) {
      emit_line(glyphs, l, g.left + inset + lw, g.baseline(slot * g.pitch(), size), size,
                LineAlign::justify, spec.width, black, it.runs);
      ++slot;
    }
    if (lines.empty()) ++slot;
    if (&e != &entries.back() && e.label != "主送")  // 主送 moved here sits on 抄送 (§7.3.2)
      it.rules.push_back({g.left, slot * g.pitch(), g.right(), slot * g.pitch(), g.foot_rule_thin});
  }
  if (!last_left.empty() || !last_right.empty()) {
    if (!entries.empty())
      it.rules.push_back({g.left, slot * g.pitch(), g.right(), slot * g.pitch(), g.foot_rule_thin});
    double y = g.baseline(slot * g.pitch(), size);
    if (!last_left.empty())
      put(ctx, last_left, fonts::Role::fangsong, size, g.left + inset, y, black, it.runs);
    if (!last_right.empty()) {
      double w = measure(ctx, last_right, fonts::Role::fangsong, size);
      put(ctx, last_right, fonts::Role::fangsong, size, g.right() - inset - w, y, black, it.runs);
    }
    ++slot;
  }
  it.slots = slot;
  // First and last rules thick (0.35 mm), those between thin (0.25 mm); the last on the
  // bottom edge of the 版心.
  it.rules.push_back({g.left, 0, g.right(), 0, g.foot_rule_thick});
  it.rules.push_back({g.left, slot * g.pitch(), g.right(), slot * g.pitch(), g.foot_rule_thick});
  return it;
}

std::vector<GlyphRun> page_number_runs(Context& ctx, int number) {
  const PageGeometry& g = ctx.geo;
  const double size = g.small_size;
  std::string text = "— " + std::to_string(number) + " —";
  double w = measure(ctx, text, fonts::Role::song, size);
  double x = number % 2 == 1 ? g.right() - g.cell() - w : g.left + g.cell();
  // The 一字线 sits about 0.3 em above the baseline: put it 7 mm below the 版心 (§7.5).
  double y = g.bottom() + g.page_number_drop + g.page_number_dash_rise * size;
  std::vector<GlyphRun> runs;
  put(ctx, text, fonts::Role::song, size, x, y, black, runs);
  return runs;
}

std::vector<Item> attachment_list_items(Context& ctx, const std::vector<std::string>& names,
                                        int line) {
  std::vector<Item> out;
  Item gap = blank_item();  // one blank line under the body, kept with the list
  gap.keep_with_next = true;
  out.push_back(gap);
  const std::string label = "附件：";
  const double label_cells = grid_cells(ctx, label);
  for (size_t i = 0; i < names.size(); ++i) {
    std::string number = names.size() > 1 ? std::to_string(i + 1) + "." : "";
    std::string prefix = (i == 0 ? label : "") + number;
    // The name starts `name_at` cells in; the first line starts at the prefix, two characters
    // in for 附件：, under the 1. for the numbers after it.
    double start = i == 0 ? 2 : 2 + label_cells;
    double name_at = start + grid_cells(ctx, prefix);
    BlockStyle style;
    style.indent_cells = start - name_at;
    style.left_cells = name_at;
    for (auto& it : text_block(ctx, prefix + names[i], style, line)) out.push_back(std::move(it));
  }
  return out;
}

std::vector<Item> annotation_items(Context& ctx, const std::string& text, int line) {
  return text_block(ctx, "（" + text + "）", BlockStyle(), line);
}

}  // namespace docpipe::layout
