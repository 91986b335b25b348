// The parts of a 公文 around its body (GB/T 9704 §7): 版头 (red 发文机关标志, 发文字号, red
// rule), 简报 报头, 主送, 署名 and 成文日期, 版记 / 报尾 at the foot of the last page, 页码.
#pragma once
#include <string>
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "markup/document.h"

namespace docpipe::layout {

// 份号, 密级和保密期限, 紧急程度 (§7.2.1–7.2.3): flush left on the first lines of the 版心.
struct HeadMark {
  std::string text;
  fonts::Role role;  // 份号 in 仿宋 (Arabic numerals), the others in 黑体
  std::string key;   // the front-matter key a mark too long for its line is reported at
};

// 版头: one item from the top of the 版心 down to two blank lines under the red rule, with
// the marks on its first lines.
Item masthead_item(Context& ctx, const markup::Masthead& m, const std::vector<HeadMark>& marks);

// 份号, 密级和保密期限 or 紧急程度, as messages name a mark from its key.
std::string mark_name(const std::string& key);

// The marks of a document without a 版头: one line each, flush left, then a blank line.
std::vector<Item> head_mark_items(Context& ctx, const std::vector<HeadMark>& marks);

// 简报 报头: notice, series name in red, 期号, 编印单位 and date, red rule; about a third of
// the first page.
Item brief_head_item(Context& ctx, const markup::BriefHead& b);

// 署名 right-aligned two characters in, 成文日期 under it two characters further right
// (§7.3.5.2); one blank line above. Either may be empty.
// `more`: the other organs of a joint document, stacked under the host's name (§7.3.5.2).
Item signature_item(Context& ctx, const std::string& signature, const std::string& date,
                    const std::vector<std::string>& more = {});
// Whether a 署名 fits where §7.3.5.2 puts it (two characters in from the right, inside the
// 版心); if not, an error naming it where the front matter gave it (`index`: the organ's place
// in a joint document's list) — it is never drawn outside the 版心.
bool signature_fits(Context& ctx, const std::string& signature, size_t index = 0);

// 附件说明 (§7.3.4): one blank line under the body, two characters in, `附件：名称`; several
// as `附件：1.名称` with `2.名称` … under the `1.`; a long name wraps aligned with its own
// first character. No punctuation is added after a name.
std::vector<Item> attachment_list_items(Context& ctx, const std::vector<std::string>& names,
                                        int line);

// 附注 (§7.3.6): in parentheses, two characters in, on the line after the 成文日期.
std::vector<Item> annotation_items(Context& ctx, const std::string& text, int line);

// A foot block between full-width rules (版记 or 报尾): labelled entries (`抄送：…`) whose
// continuation lines align after the colon, and a last line with text at both ends.
struct FootEntry {
  std::string label;  // 抄送 / 报 / 送 / 发
  std::string text;
};
Item foot_item(Context& ctx, const std::vector<FootEntry>& entries, const std::string& last_left,
               const std::string& last_right);
// Whether the 印发机关 and the 印发日期 share their line of the 版记 (§7.4), one character in
// from either side and at least one character apart; if not, an error naming the 印发机关.
bool printer_line_fits(Context& ctx, const std::string& printer, const std::string& printed);

// `— N —` in 4号 宋体, odd pages right and even pages left, one character in, 7 mm below.
std::vector<GlyphRun> page_number_runs(Context& ctx, int number);

// 2026-11-14 → 2026年11月14日 (Arabic numerals, no leading zeros, §7.3.5).
std::string chinese_date(const std::string& iso);

// One line of text at natural spacing (plus `char_space` after every glyph) with its left
// edge at x on baseline y; returns its width. The helpers the frame elements share.
double put_line(Context& ctx, const std::string& text, fonts::Role role, double size, double x,
                double y, Color color, std::vector<GlyphRun>& out, double char_space = 0);
double measure_text(Context& ctx, const std::string& text, fonts::Role role, double size);
// The size at which `text` fills at most `width`, capped at `max_size`.
double fit_text_size(Context& ctx, const std::string& text, fonts::Role role, double max_size,
                     double width);

// Empty grid lines.
Item blank_item(int slots = 1);

}  // namespace docpipe::layout
