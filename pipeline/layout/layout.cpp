#include "layout/layout.h"

#include "core/limits.h"
#include "core/utf8.h"
#include "layout/body.h"
#include "layout/formats.h"
#include "layout/frame.h"
#include "layout/paginate.h"
#include "layout/seal.h"
#include "layout/signature_page.h"
#include "layout/text_block.h"
#include "layout/title_place.h"
#include "layout/turned_page.h"

namespace docpipe::layout {

namespace {

std::string join(const std::vector<std::string>& names, const std::string& sep) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : sep) + n;
  return s;
}

using markup::Role;

void append(std::vector<Item>& out, std::vector<Item>&& items) {
  for (auto& it : items) out.push_back(std::move(it));
}

bool has(const markup::Document& doc, Role role) {
  for (const auto& n : doc.nodes)
    if (n.role == role) return true;
  return false;
}

// 标题 (§7.3.2): 2号小标宋, centred; bylines centred under it in 楷体; then one blank line,
// kept with the title (`last` says whether this node ends the title group).
void title_items(Context& ctx, const markup::Node& n, bool last, std::vector<Item>& out) {
  const size_t from = out.size();
  if (n.role == Role::title) {
    for (auto& it :
         title_block(ctx, n.text, fonts::Role::xiaobiaosong, ctx.geo.title_size, black, n.line))
      out.push_back(std::move(it));
  } else {
    BlockStyle style;
    style.role = fonts::Role::kaiti;
    style.indent_cells = 0;
    style.align = LineAlign::center;
    for (auto& it : text_block(ctx, n.text, style, n.line)) {
      it.keep_with_next = true;
      it.soft_keep = false;
      out.push_back(std::move(it));
    }
  }
  if (last) {
    Item gap = blank_item();
    gap.keep_with_next = true;
    out.push_back(gap);
  }
  for (size_t k = from; k < out.size(); ++k) out[k].fixed = true;  // measured from the rule
}

// 主送机关 (§7.3.3): flush left, names joined by 、 and closed by a full-width colon.
// Returns false, setting nothing, when the list would leave the first page without a line of
// body text: §7.3.2 then moves it to the 版记, above 抄送.
bool addressee_items(Context& ctx, const markup::Node& n, std::vector<Item>& out) {
  BlockStyle style;
  style.indent_cells = 0;
  auto lines = text_block(ctx, join(n.names, "、") + "：", style, n.line);
  int used = 0;
  for (const auto& it : out) used += it.slots;
  if (used + static_cast<int>(lines.size()) >= ctx.geo.lines) return false;
  for (auto& it : lines) out.push_back(std::move(it));
  return true;
}

// The foot block: the 简报 报尾 (报/送/发, 共印N份) when the document has one, else the 版记
// (抄送, 印发机关, 印发日期); slots = 0 if neither.
Item foot(Context& ctx, const markup::Document& doc, bool addressee_in_foot) {
  std::vector<FootEntry> entries;
  std::string printer, printed;
  for (const auto& n : doc.nodes) {
    if (n.role == Role::distribution) {
      const auto& d = n.distribution;
      std::vector<FootEntry> lines;
      if (!d.report.empty()) lines.push_back({"报", join(d.report, "，") + "。"});
      if (!d.send.empty()) lines.push_back({"送", join(d.send, "，") + "。"});
      if (!d.issue.empty()) lines.push_back({"发", join(d.issue, "，") + "。"});
      std::string copies = d.copies > 0 ? "（共印" + std::to_string(d.copies) + "份）" : "";
      return foot_item(ctx, lines, "", copies);
    }
    if (n.role == Role::addressee && addressee_in_foot)  // moved here (§7.3.2), above 抄送
      entries.push_back({"主送", join(n.names, "，") + "。"});
    if (n.role == Role::cc) entries.push_back({"抄送", join(n.names, "，") + "。"});
    // A 信函's 版记 has no 印发机关 and 印发日期 (§10.1).
    if (doc.format == markup::Format::letter) continue;
    if (n.role == Role::printer) printer = n.text;
    if (n.role == Role::printed) printed = chinese_date(n.text) + "印发";
  }
  if (entries.empty() && printer.empty() && printed.empty()) return blank_item(0);
  if (!printer.empty()) printer_line_fits(ctx, printer, printed);
  return foot_item(ctx, entries, printer, printed);
}

// 份号, 密级, 紧急程度 in the order the document gives them (markup keeps §7.2's order).
std::vector<HeadMark> head_marks(const markup::Document& doc) {
  std::vector<HeadMark> marks;
  for (const auto& n : doc.nodes) {
    if (n.role == Role::copy_no) marks.push_back({n.text, fonts::Role::fangsong, "copy_no"});
    if (n.role == Role::secrecy) marks.push_back({n.text, fonts::Role::heiti, "secrecy_term"});
    if (n.role == Role::urgency) marks.push_back({n.text, fonts::Role::heiti, "urgency"});
  }
  return marks;
}

// The 版头 in the document's format (§7.2, §10).
Item head_item(Context& ctx, const markup::Document& doc, const markup::Masthead& m,
               const std::vector<HeadMark>& marks) {
  if (doc.format == markup::Format::letter) return letter_head_item(ctx, m, marks);
  if (doc.format == markup::Format::order) {
    std::string order_no;
    for (const auto& n : doc.nodes)
      if (n.role == Role::order_no) order_no = n.text;
    return order_head_item(ctx, m, marks, order_no);
  }
  return masthead_item(ctx, m, marks);
}

// The flow of items from the head, the body, 署名 and 成文日期, and the attachments.
std::vector<Item> collect(Context& ctx, const markup::Document& doc, bool& addressee_in_foot) {
  std::vector<Item> items;
  Section main(ctx);
  double title_dy = 0;  // the 标题's offset from its grid line under a 版头 (§7.3.1)
  const auto& nodes = doc.nodes;
  const auto marks = head_marks(doc);
  int seals = 0;  // index of the next seal in Layout::images (image_files gives them in order)
  if (!has(doc, Role::masthead)) append(items, head_mark_items(ctx, marks));
  for (auto& it : items) it.fixed = true;  // 份号, 密级, 紧急程度 on the first grid lines
  for (size_t i = 0; i < nodes.size(); ++i) {
    const markup::Node& n = nodes[i];
    const bool ends_title = i + 1 == nodes.size() || nodes[i + 1].role != Role::byline;
    switch (n.role) {
      case Role::masthead:
        items.push_back(head_item(ctx, doc, n.masthead, marks));
        items.back().fixed = true;
        // 信函 and 命令 place their title themselves (§10.1, §10.2).
        if (doc.format != markup::Format::letter && doc.format != markup::Format::order)
          title_dy = place_title_under_rule(ctx.geo, items.back(), ctx.geo.title_size);
        break;
      case Role::brief_head:
        items.push_back(brief_head_item(ctx, n.brief_head));
        items.back().fixed = true;
        break;
      case Role::title:
      case Role::byline: {
        size_t from = items.size();
        title_items(ctx, n, ends_title, items);
        for (size_t k = from; k < items.size(); ++k) shift(items[k], title_dy);
        break;
      }
      case Role::addressee:
        addressee_in_foot = !addressee_items(ctx, n, items);
        break;
      case Role::signature:
      case Role::date: {
        // 署名 and 成文日期 (the date follows the signature when both are given).
        std::string signature = n.role == Role::signature ? n.text : "";
        std::string date = n.role == Role::date ? n.text : "";
        std::vector<std::string> more;  // a joint document's other organs
        while (signature.size() && i + 1 < nodes.size() && nodes[i + 1].role == Role::signature)
          more.push_back(nodes[++i].text);
        if (signature.size() && i + 1 < nodes.size() && nodes[i + 1].role == Role::date)
          date = nodes[++i].text;
        if (!items.empty())
          items.back().keep_with_next = true,
          items.back().soft_keep = false;  // no signature alone on a page
        bool fits = signature_fits(ctx, signature);
        for (size_t k = 0; k < more.size(); ++k) fits = signature_fits(ctx, more[k], k + 1) && fits;
        if (!fits) break;  // refused with an error: nothing outside the 版心
        if (i + 1 < nodes.size() && nodes[i + 1].role == Role::seal && more.empty()) {
          // Sealed (§7.3.5.1); markup allows a seal only with one 署名 and a date.
          items.push_back(
              sealed_signature_item(ctx, signature, date, nodes[++i].image.bytes, seals++));
          items.back().signature = true;
          break;
        }
        items.push_back(signature_item(ctx, signature, date, more));
        items.back().signature = true;
        break;
      }
      case Role::attachment_list:
        for (auto& it : attachment_list_items(ctx, n.names, n.line)) items.push_back(std::move(it));
        break;
      case Role::annotation:
        if (!items.empty())
          items.back().keep_with_next = true,
          items.back().soft_keep = false;  // 附注 stays with the date
        for (auto& it : annotation_items(ctx, n.text, n.line)) items.push_back(std::move(it));
        break;
      case Role::attachment:
        attachment_items(ctx, n, items);
        break;
      case Role::copy_no:
      case Role::secrecy:
      case Role::urgency:
      case Role::order_no:
        break;              // with the 版头 (head_marks, head_item)
      case Role::signer: {  // a 命令's 职务 and name, and the date under them (§7.3.5.3)
        std::string date;
        if (i + 1 < nodes.size() && nodes[i + 1].role == Role::date) date = nodes[++i].text;
        if (!items.empty()) items.back().keep_with_next = true, items.back().soft_keep = false;
        items.push_back(order_signer_item(ctx, n.title, n.text, date));
        items.back().signature = true;
        break;
      }
      case Role::participants:
        if (i == 0 || nodes[i - 1].role != Role::participants) items.push_back(blank_item());
        append(items, participant_items(ctx, n.label, n.names, n.line));
        break;
      case Role::seal:
        break;  // drawn with the 署名 and 成文日期 before it
      case Role::cc:
      case Role::printer:
      case Role::printed:
      case Role::distribution:
        break;  // the foot block, placed after pagination
      default:
        main.add(n, items);
    }
  }
  return items;
}

// The image files the layout draws, in the order collect() numbers them: the seals.
std::vector<ImageFile> image_files(const markup::Document& doc) {
  std::vector<ImageFile> files;
  for (const auto& n : doc.nodes)
    if (n.role == Role::seal) files.push_back({n.image.path, n.image.bytes});
  return files;
}

// What the output's metadata says (PDF Info): the document's properties, and who made it.
Metadata metadata_of(const markup::Properties& p) {
  return Metadata{p.title, p.author, p.subject, p.keywords, "docpipe", p.date};
}

// Puts `at` on the page. On a tightened page (signature_page.h) an item below the fixed head
// is set at the page's pitch: its lines' offsets scale with it (a seal keeps its size, its
// centre moves with the lines it presses on); the foot block keeps the grid at the bottom.
void place(const PlacedItem& at, const PagePlan& plan, const PageGeometry& g, int page_index,
           Page& page, std::vector<Bookmark>& outline) {
  const Item& item = *at.item;
  const double k = at.at_foot || at.slot < plan.tight_from ? 1 : plan.scale;
  const double top = g.top + (at.at_foot ? at.slot : plan.line_top(at.slot)) * g.pitch();
  auto y = [&](double v) { return top + v * k; };
  for (auto r : item.runs) r.y = y(r.y), page.runs.push_back(std::move(r));
  for (auto r : item.rules) r.y0 = y(r.y0), r.y1 = y(r.y1), page.rules.push_back(r);
  for (auto b : item.boxes) b.y = y(b.y), page.boxes.push_back(b);
  for (auto i : item.images) i.y = y(i.y) + (k - 1) * i.h / 2, page.images.push_back(i);
  if (item.bookmark) {
    Bookmark b = *item.bookmark;
    b.page = page_index;
    b.y = y(b.y);
    outline.push_back(b);
  }
}

}  // namespace

Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const PageGeometry& geo) {
  return layout_document(doc, fonts, diags, LayoutOptions{geo, {}});
}

Layout layout_document(const markup::Document& doc, fonts::FontSet& fonts, Diagnostics& diags,
                       const LayoutOptions& options) {
  const PageGeometry& geo = options.geo;
  Context ctx{geo, fonts, diags, doc.source_name};
  for (const auto& n : options.whole_names) ctx.whole_names.push_back(decode_utf8(n));
  ctx.fields = &doc.fields;

  // 1. Collect: the flow of items from the head, the body, the signature, the attachments.
  bool addressee_in_foot = false;
  std::vector<Item> items = collect(ctx, doc, addressee_in_foot);
  Item foot_block = foot(ctx, doc, addressee_in_foot);
  // A 信函's 版记 has no rules and sits at the foot of the last page, odd or even (§10.1).
  if (doc.format == markup::Format::letter) foot_block.rules.clear();

  // 2. Paginate on the 22-line grid (a 横排 table on turned pages of its own).
  std::deque<std::vector<Item>> pieces;
  std::vector<bool> turned;
  auto plans = paginate_turning(items, geo, pieces, turned);
  // The 版记 never sits on a turned page: it takes an upright page after it.
  if (plans.empty() || (turned.back() && foot_block.slots > 0))
    plans.emplace_back(), turned.push_back(false);
  // Resource limit (core/limits.h): a runaway document stops here with a message, before
  // pages are finalized or anything is written (the writer refuses to run after an error).
  if (plans.size() > limits::max_pages()) {
    diags.error({doc.source_name, 0, 0, ""},
                "document has " + std::to_string(plans.size()) + " pages, " +
                    limits::describe(limits::pages),
                "split it into several documents, or raise " + std::string(limits::pages.env));
    return Layout{};
  }

  // 3. The 署名 and 成文日期 stay with the text: the last page set closer, or two lines
  // carried with them (§7.3.5.5). The foot block then sits at the foot of the last page. A
  // 公文's 版记 takes the last even page (§7.5: printed on both sides); a 简报 (it opens with
  // a 报头) simply ends.
  const bool foot_even = !has(doc, Role::brief_head) && doc.format != markup::Format::letter;
  keep_signature(plans, turned, geo, {foot_block.slots, foot_even});
  std::vector<bool> numbered(plans.size(), true);
  if (foot_block.slots > 0) place_foot(plans, numbered, foot_block, geo.lines, foot_even);

  if (doc.format == markup::Format::letter) numbered[0] = false;  // §10.1: first page unnumbered
  turned.resize(plans.size(), false);
  const PageGeometry turned_geo = turned_geometry(geo);

  // 4. Finalize: absolute positions, page numbers, outline.
  Layout out;
  out.metadata = metadata_of(doc.properties);
  out.images = image_files(doc);
  for (size_t p = 0; p < plans.size(); ++p) {
    Page page;
    page.width = geo.paper_width;
    page.height = geo.paper_height;
    page.landscape = turned[p];
    const size_t bookmarks = out.outline.size();
    for (const auto& placed : plans[p])
      place(placed, plans[p], page.landscape ? turned_geo : geo, static_cast<int>(p), page,
            out.outline);
    // A heading on a turned page: the bookmark opens the page at its top.
    if (page.landscape)
      for (size_t b = bookmarks; b < out.outline.size(); ++b) out.outline[b].y = 0;
    page.number = numbered[p] ? static_cast<int>(p) + 1 : 0;
    // The page number where every other page has it, upright on the sheet (§7.5).
    if (page.number)
      for (auto& r : page_number_runs(ctx, page.number))
        (page.landscape ? page.sheet_runs : page.runs).push_back(std::move(r));
    out.pages.push_back(std::move(page));
  }
  return out;
}

}  // namespace docpipe::layout
