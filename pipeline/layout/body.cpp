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

void body_items(Context& ctx, const markup::Document& doc, std::vector<Item>& out) {
  const bool brief = doc.meta.brief.has_value();
  Numbering num;
  int tables = 0;
  bool first_article = true;
  for (const auto& b : doc.blocks) {
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
      case markup::BlockKind::paragraph:
        append(out, text_block(ctx, b.text, BlockStyle(), b.line));
        break;
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
        append(out, text_block(ctx, b.text, style, b.line));
        break;
      }
      case markup::BlockKind::table:
        append(out, table_block(ctx, b.table, tables++, b.line));
        break;
      case markup::BlockKind::chart:
        append(out, chart_block(ctx, b.chart, b.line));
        break;
      case markup::BlockKind::article_break:
        break;  // articles are separated by their titles
    }
  }
}

}  // namespace docpipe::layout
