#include "layout/formats.h"

#include <cmath>

#include "layout/fit_field.h"
#include "layout/set_text.h"
#include "layout/text_block.h"

namespace docpipe::layout {

namespace {

// A red double rule `length` long centred on the paper, its upper line at `y` (from the top
// of the paper); `thick_first` says which line is the thick one.
void double_rule(const PageGeometry& g, double y, bool thick_first, std::vector<Rule>& out) {
  double x0 = (g.paper_width - g.letter_rule_length) / 2, x1 = x0 + g.letter_rule_length;
  double first = thick_first ? g.letter_rule_thick : g.letter_rule_thin;
  double second = thick_first ? g.letter_rule_thin : g.letter_rule_thick;
  double y2 = y + first / 2 + g.letter_rule_space + second / 2;
  out.push_back({x0, y, x1, y, first, red});
  out.push_back({x0, y2, x1, y2, second, red});
}

// Moves absolute drawing (from the top of the paper) to the item's frame (the 版心 top).
void relative_to_type_area(const PageGeometry& g, Item& it) {
  for (auto& r : it.runs) r.y -= g.top;
  for (auto& r : it.rules) r.y0 -= g.top, r.y1 -= g.top;
}

// Slots an item drawn down to `bottom` (from the 版心 top) takes, with `blank` lines after.
int slots_to(const PageGeometry& g, double bottom, int blank) {
  return static_cast<int>(std::ceil(bottom / g.pitch() - 1e-9)) + blank;
}

}  // namespace

Item letter_head_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks) {
  const PageGeometry& g = ctx.geo;
  Item it;
  double size =
      masthead_size(ctx, {"masthead.name", "发文机关标志", m.name}, fonts::Role::xiaobiaosong,
                    g.letter_masthead_max_size, g.width, g.masthead_min_size);
  double w = measure_text(ctx, m.name, fonts::Role::xiaobiaosong, size);
  put_line(ctx, m.name, fonts::Role::xiaobiaosong, size, g.left + (g.width - w) / 2,
           g.letter_masthead_top + em_ascent * size, red, it.runs);
  double rule_y = g.letter_masthead_top + size + g.letter_rule_gap;
  double_rule(g, rule_y, true, it.rules);
  double_rule(g, g.paper_height - g.letter_bottom_rule, false, it.rules);
  // The marks at the left, the 发文字号 at the right, the first 7/8 em under the rules.
  double first_top = rule_y + g.letter_rule_thick + g.letter_rule_space + g.letter_rule_thin +
                     g.letter_mark_drop * g.body_size;
  double tracking = g.cell() - g.body_size, first_mark = 0;
  for (size_t i = 0; i < marks.size(); ++i) {
    double w =
        put_line(ctx, marks[i].text, marks[i].role, g.body_size, g.left,
                 first_top + i * g.pitch() + em_ascent * g.body_size, black, it.runs, tracking);
    if (i == 0) first_mark = w + g.cell();  // the 发文字号 at least a character to its right
    field_fits(ctx, {marks[i].key, mark_name(marks[i].key), marks[i].text}, w, g.width, g.cell(),
               "its line at the left under the rules (§10.1)",
               "shorten it: a 保密期限 is a term such as 1年 or 长期");
  }
  if (!m.number.empty()) {
    double nw = measure_text(ctx, m.number, fonts::Role::fangsong, g.body_size);
    field_fits(ctx, {"masthead.number", "发文字号", m.number}, nw, g.width - first_mark,
               g.body_size,
               "its line at the right under the rules" +
                   std::string(marks.empty() ? "" : ", beside the first mark") + " (§10.1)",
               "shorten it: the organ's 发文机关代字, the year in 〔〕 and the number");
    put_line(ctx, m.number, fonts::Role::fangsong, g.body_size, g.right() - nw,
             first_top + em_ascent * g.body_size, black, it.runs);
  }
  size_t lines = std::max<size_t>(marks.size(), m.number.empty() ? 0 : 1);
  double bottom = lines ? first_top + (lines - 1) * g.pitch() + g.body_size : rule_y;
  relative_to_type_area(g, it);
  it.slots = slots_to(g, bottom - g.top, 2);  // the title two lines below
  it.keep_with_next = true;
  return it;
}

Item order_head_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks,
                     const std::string& order_no) {
  const PageGeometry& g = ctx.geo;
  Item it;
  for (size_t i = 0; i < marks.size(); ++i) {
    double w = put_line(ctx, marks[i].text, marks[i].role, g.body_size, g.left,
                        g.top + g.baseline(i * g.pitch(), g.body_size), black, it.runs,
                        g.cell() - g.body_size);
    field_fits(ctx, {marks[i].key, mark_name(marks[i].key), marks[i].text}, w, g.width, g.cell(),
               "its line at the top left of the 版心 (§7.2.1-7.2.3)",
               "shorten it: a 保密期限 is a term such as 1年 or 长期");
  }
  double size =
      masthead_size(ctx, {"masthead.name", "发文机关标志", m.name}, fonts::Role::xiaobiaosong,
                    g.masthead_max_size, g.width, g.masthead_min_size);
  double w = measure_text(ctx, m.name, fonts::Role::xiaobiaosong, size);
  put_line(ctx, m.name, fonts::Role::xiaobiaosong, size, g.left + (g.width - w) / 2,
           g.top + g.order_masthead_top + em_ascent * size, red, it.runs);
  double bottom = g.order_masthead_top + size;
  if (!order_no.empty()) {
    double line_top = bottom + 2 * g.pitch();  // two blank lines under the 标志
    double nw = measure_text(ctx, order_no, fonts::Role::fangsong, g.body_size);
    field_fits(ctx, {"order_no", "令号", order_no}, nw, g.width, g.body_size,
               "its one line centred under the 标志 (§10.2)", "write only the number, e.g. 第5号");
    put_line(ctx, order_no, fonts::Role::fangsong, g.body_size, g.left + (g.width - nw) / 2,
             g.top + g.baseline(line_top, g.body_size), black, it.runs);
    bottom = line_top + g.pitch();
  }
  relative_to_type_area(g, it);
  it.slots = slots_to(g, bottom, 2);  // the body two blank lines below
  it.keep_with_next = true;
  return it;
}

Item order_signer_item(Context& ctx, const std::string& title, const std::string& name,
                       const std::string& iso_date) {
  const PageGeometry& g = ctx.geo;
  const double cell = g.cell(), tracking = cell - g.body_size;
  auto cells = [&](const std::string& s) {
    return (measure_text(ctx, s, fonts::Role::fangsong, g.body_size) +
            tracking * decode_utf8(s).size()) /
           cell;
  };
  Item it;
  double y = g.baseline(2 * g.pitch(), g.body_size);  // two blank lines under the body
  double name_start = g.chars - g.order_signer_right_cells - cells(name);
  // The 职务, two characters, and the name stand left of the 签名章's place (§7.3.5.3).
  const double room = g.chars - g.order_signer_right_cells;
  if (field_fits(ctx, {"signer_name", "签名", name}, cells(name) * cell, room * cell, cell,
                 "the line left of the 签名章's place, four characters in from the right "
                 "(§7.3.5.3)",
                 "give the signer's name only") &&
      !title.empty())
    field_fits(ctx, {"signer_title", "职务", title},
               (cells(title) + g.order_title_gap_cells) * cell, name_start * cell, cell,
               "the line left of the signer's name (§7.3.5.3)",
               "shorten it (e.g. 省长), or the name");
  put_line(ctx, name, fonts::Role::fangsong, g.body_size, g.left + name_start * cell, y, black,
           it.runs, tracking);
  if (!title.empty()) {
    double title_start = name_start - g.order_title_gap_cells - cells(title);
    put_line(ctx, title, fonts::Role::fangsong, g.body_size, g.left + title_start * cell, y, black,
             it.runs, tracking);
  }
  it.slots = 3;
  if (!iso_date.empty()) {
    std::string date = chinese_date(iso_date);
    double date_start = g.chars - g.order_signer_right_cells - cells(date);
    put_line(ctx, date, fonts::Role::fangsong, g.body_size, g.left + date_start * cell,
             g.baseline(3 * g.pitch(), g.body_size), black, it.runs, tracking);
    it.slots = 4;
  }
  return it;
}

std::vector<Item> participant_items(Context& ctx, const std::string& label,
                                    const std::vector<std::string>& names, int line) {
  const PageGeometry& g = ctx.geo;
  std::string text;
  for (const auto& n : names) text += (text.empty() ? "" : "、") + n;
  BlockStyle style;
  style.indent_cells = 0;
  style.left_cells = 5;  // two characters in, then 出席：
  auto items = text_block(ctx, text, style, line);
  if (!items.empty())
    put_line(ctx, label + "：", fonts::Role::heiti, g.body_size, g.left + 2 * g.cell(),
             g.baseline(0, g.body_size), black, items.front().runs, g.cell() - g.body_size);
  return items;
}

}  // namespace docpipe::layout
