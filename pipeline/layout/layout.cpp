#include "layout/layout.h"

#include "core/limits.h"
#include "layout/body.h"
#include "layout/frame.h"
#include "layout/paginate.h"
#include "layout/text_block.h"

namespace docpipe::layout {

namespace {

std::string join(const std::vector<std::string>& names, const std::string& sep) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}

// 版头 or 报头, title, byline, 主送: everything above the body.
void head_items(Context& ctx, const markup::FrontMatter& fm, std::vector<Item>& out) {
  const PageGeometry& g = ctx.geo;
  if (fm.brief)
    out.push_back(brief_head_item(ctx, *fm.brief));
  else if (fm.masthead)
    out.push_back(masthead_item(ctx, *fm.masthead));
  if (!fm.brief && !fm.title.empty()) {
    for (auto& it : title_block(ctx, fm.title, fonts::Role::xiaobiaosong, g.title_size, black, 1))
      out.push_back(std::move(it));
    for (const auto& line : fm.byline) {
      BlockStyle style;
      style.role = fonts::Role::kaiti;
      style.indent_cells = 0;
      style.align = LineAlign::center;
      for (auto& it : text_block(ctx, line, style, 1)) {
        it.keep_with_next = true;
        out.push_back(std::move(it));
      }
    }
    Item gap = blank_item();  // one blank line under the title (§7.3.2)
    gap.keep_with_next = true;
    out.push_back(gap);
  }
  if (!fm.to.empty()) {
    BlockStyle style;
    style.indent_cells = 0;
    for (auto& it : text_block(ctx, join(fm.to, "、") + "：", style, 1))
      out.push_back(std::move(it));
  }
}

// 版记 (抄送, 印发) or the brief's 报尾 (报/送/发, 共印N份); empty slots = 0 if none.
Item foot(Context& ctx, const markup::FrontMatter& fm) {
  if (fm.brief && fm.distribution) {
    const auto& d = *fm.distribution;
    std::vector<FootEntry> entries;
    if (!d.report.empty()) entries.push_back({"报", join(d.report, "，") + "。"});
    if (!d.send.empty()) entries.push_back({"送", join(d.send, "，") + "。"});
    if (!d.issue.empty()) entries.push_back({"发", join(d.issue, "，") + "。"});
    std::string copies = d.copies > 0 ? "（共印" + std::to_string(d.copies) + "份）" : "";
    return foot_item(ctx, entries, "", copies);
  }
  std::vector<FootEntry> entries;
  if (!fm.cc.empty()) entries.push_back({"抄送", join(fm.cc, "，") + "。"});
  std::string printed = fm.printed.empty() ? "" : chinese_date(fm.printed) + "印发";
  if (entries.empty() && fm.printer.empty() && printed.empty()) return blank_item(0);
  return foot_item(ctx, entries, fm.printer, printed);
}

void place(const Item& item, int slot, const PageGeometry& g, int page_index, Page& page,
           std::vector<Bookmark>& outline) {
  double dy = g.slot_top(slot);
  for (auto r : item.runs) r.y += dy, page.runs.push_back(std::move(r));
  for (auto r : item.rules) r.y0 += dy, r.y1 += dy, page.rules.push_back(r);
  for (auto b : item.boxes) b.y += dy, page.boxes.push_back(b);
  if (item.bookmark) {
    Bookmark b = *item.bookmark;
    b.page = page_index;
    b.y += dy;
    outline.push_back(b);
  }
}

}  // namespace

Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const PageGeometry& geo) {
  Context ctx{geo, fonts, diags, doc.source_name};
  const markup::FrontMatter& fm = doc.meta;

  // 1. Collect: the flow of items from the head, the body and the signature.
  std::vector<Item> items;
  head_items(ctx, fm, items);
  size_t next = body_items(ctx, doc, 0, items);
  if (!fm.signature.empty() || !fm.date.empty()) {
    if (!items.empty()) items.back().keep_with_next = true;  // no signature alone on a page
    items.push_back(signature_item(ctx, fm.signature, fm.date));
  }
  while (next < doc.blocks.size()) next = attachment_items(ctx, doc, next, items);
  Item foot_block = foot(ctx, fm);

  // 2. Paginate on the 22-line grid.
  std::vector<Item> pieces;
  auto plans = paginate(items, geo.lines, geo.pitch(), pieces);
  if (plans.empty()) plans.emplace_back();
  // Resource limit (core/limits.h): a runaway document stops here with a message, before
  // pages are finalized or anything is written (the writer refuses to run after an error).
  if (plans.size() > limits::max_pages()) {
    diags.error({doc.source_name, 0, 0, ""},
                "document has " + std::to_string(plans.size()) + " pages, " +
                    limits::describe(limits::pages),
                "split it into several documents, or raise " + std::string(limits::pages.env));
    return Layout{};
  }

  // 3. The foot block sits at the foot of the last page (版记: of the last even page).
  std::vector<bool> numbered(plans.size(), true);
  if (foot_block.slots > 0)
    place_foot(plans, numbered, foot_block, geo.lines, !fm.brief.has_value());

  // 4. Finalize: absolute positions, page numbers, outline.
  Layout out;
  for (size_t p = 0; p < plans.size(); ++p) {
    Page page;
    for (const auto& placed : plans[p])
      place(*placed.item, placed.slot, geo, static_cast<int>(p), page, out.outline);
    page.number = numbered[p] ? static_cast<int>(p) + 1 : 0;
    if (page.number)
      for (auto& r : page_number_runs(ctx, page.number)) page.runs.push_back(std::move(r));
    out.pages.push_back(std::move(page));
  }
  return out;
}

}  // namespace docpipe::layout
