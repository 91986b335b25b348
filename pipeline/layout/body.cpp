#include "layout/body.h"

#include "layout/chart_block.h"
#include "layout/frame.h"
#include "layout/table_block.h"
#include "layout/text_block.h"

namespace docpipe::layout {

std::string heading_number(int level, int count) {
  switch (level) {
    case 1:
      return chinese_numeral(count) + "、";
    case 2:
      return "（" + chinese_numeral(count) + "）";
    case 3:
      return std::to_string(count) + ".";
    default:
      return "（" + std::to_string(count) + "）";
  }
}

namespace {

// 层次序数 roles (§7.3.3): 一、黑体 （一）楷体 1. 仿宋 （1）仿宋.
fonts::Role heading_role(int level) {
  return level == 1 ? fonts::Role::heiti : level == 2 ? fonts::Role::kaiti : fonts::Role::fangsong;
}

// 称谓 such as 同志们： opening a speech stands flush left, like 主送.
bool is_salutation(const markup::Block& b, bool first) {
  const std::string colon = "：";
  return first && b.text.size() <= 12 * 3 && b.text.size() > colon.size() &&
         b.text.compare(b.text.size() - colon.size(), colon.size(), colon) == 0;
}

struct Numbering {
  int counts[5] = {0, 0, 0, 0, 0};
  std::string next(int level) {
    ++counts[level];
    for (int l = level + 1; l <= 4; ++l) counts[l] = 0;
    return heading_number(level, counts[level]);
  }
  void reset() { *this = Numbering(); }
};

void append(std::vector<Item>& out, std::vector<Item>&& items) {
  for (auto& it : items) out.push_back(std::move(it));
}

void heading(Context& ctx, const markup::Block& b, int level, Numbering& num,
             std::vector<Item>& out) {
  std::string title = num.next(level) + b.text;
  BlockStyle style;
  style.role = heading_role(level);
  auto items = text_block(ctx, title, style, b.line);
  for (auto& it : items) it.keep_with_next = true;  // never alone at the foot of a page
  if (!items.empty()) items.front().bookmark = Bookmark{title, level, 0, 0};
  append(out, std::move(items));
}

void article_title(Context& ctx, const markup::Block& b, bool first, std::vector<Item>& out) {
  if (!first) out.push_back(blank_item());
  auto items =
      title_block(ctx, b.text, fonts::Role::xiaobiaosong, ctx.geo.title_size, black, b.line);
  if (!items.empty()) items.front().bookmark = Bookmark{b.text, 1, 0, 0};
  append(out, std::move(items));
}

}  // namespace

bool starts_attachment(const markup::Block& b) {
  return b.kind == markup::BlockKind::heading && b.level == 1 &&
         (b.text.rfind("附件", 0) == 0 || b.text.rfind("附表", 0) == 0);
}

size_t body_items(Context& ctx, const markup::Document& doc, size_t from, std::vector<Item>& out) {
  const bool brief = doc.meta.brief.has_value();
  Numbering num;
  bool first_article = true;
  size_t i = from;
  for (; i < doc.blocks.size(); ++i) {
    const auto& b = doc.blocks[i];
    if (!brief && i > from && starts_attachment(b)) break;
    switch (b.kind) {
      case markup::BlockKind::heading:
        if (brief && b.level == 1) {
          article_title(ctx, b, first_article, out);
          first_article = false;
          num.reset();
        } else if (brief) {
          heading(ctx, b, b.level - 1, num, out);
        } else {
          heading(ctx, b, b.level, num, out);
        }
        break;
      case markup::BlockKind::paragraph: {
        BlockStyle style;
        if (is_salutation(b, i == from)) style.indent_cells = 0;
        append(out, text_block(ctx, b.text, style, b.line));
        break;
      }
      case markup::BlockKind::quote: {
        BlockStyle style;
        style.role = fonts::Role::kaiti;
        append(out, text_block(ctx, b.text, style, b.line));
        break;
      }
      case markup::BlockKind::source_line: {
        BlockStyle style;
        style.indent_cells = 0;
        style.align = LineAlign::right;
        // The （…供稿） line closes its article: never alone at the top of a page.
        if (!out.empty()) out.back().keep_with_next = true;
        append(out, text_block(ctx, b.text, style, b.line));
        break;
      }
      case markup::BlockKind::table:
        append(out, table_block(ctx, b.table, ctx.next_table++, b.line));
        break;
      case markup::BlockKind::chart:
        append(out, chart_block(ctx, b.chart, b.line));
        break;
      case markup::BlockKind::article_break:
        break;  // articles are separated by their titles
    }
  }
  return i;
}

size_t attachment_items(Context& ctx, const markup::Document& doc, size_t from,
                        std::vector<Item>& out) {
  const markup::Block& head = doc.blocks[from];
  // "附件1：标题" → label "附件1", title "标题"; a bare "附表" has no title line.
  std::string label = head.text, title;
  for (const std::string sep : {"：", ":", " ", "　"}) {
    auto at = head.text.find(sep);
    if (at != std::string::npos) {
      label = head.text.substr(0, at);
      title = head.text.substr(at + sep.size());
      break;
    }
  }
  BlockStyle style;
  style.role = fonts::Role::heiti;
  style.indent_cells = 0;
  style.align = LineAlign::left;
  auto label_items = text_block(ctx, label, style, head.line);
  if (!label_items.empty()) {
    label_items.front().page_break_before = true;
    label_items.front().bookmark = Bookmark{head.text, 1, 0, 0};
  }
  for (auto& it : label_items) it.keep_with_next = true;
  append(out, std::move(label_items));
  if (!title.empty()) {
    Item gap = blank_item();
    gap.keep_with_next = true;
    out.push_back(gap);
    append(out, title_block(ctx, title, fonts::Role::xiaobiaosong, ctx.geo.title_size, black,
                            head.line));
    Item after = blank_item();
    after.keep_with_next = true;
    out.push_back(after);
  }
  return body_items(ctx, doc, from + 1, out);
}

}  // namespace docpipe::layout
