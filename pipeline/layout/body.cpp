#include "layout/body.h"

#include "core/chinese.h"
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

using markup::Role;

// 层次序数 roles (§7.3.3): 一、黑体 （一）楷体 1. 仿宋 （1）仿宋.
fonts::Role heading_role(int level) {
  return level == 1 ? fonts::Role::heiti : level == 2 ? fonts::Role::kaiti : fonts::Role::fangsong;
}

void append(std::vector<Item>& out, std::vector<Item>&& items) {
  for (auto& it : items) out.push_back(std::move(it));
}

}  // namespace

std::string Section::next_number(int level) {
  ++counts_[level];
  for (int l = level + 1; l <= 4; ++l) counts_[l] = 0;
  return heading_number(level, counts_[level]);
}

void Section::add(const markup::Node& b, std::vector<Item>& out) {
  Context& ctx = ctx_;
  switch (b.role) {
    case Role::heading: {
      std::string title = next_number(b.level) + b.text;
      BlockStyle style;
      style.role = heading_role(b.level);
      auto items = text_block(ctx, title, style, b.line);
      for (auto& it : items) {  // never alone at the foot of a page
        it.keep_with_next = true;
        it.soft_keep = false;
      }
      if (!items.empty()) items.front().bookmark = Bookmark{title, b.level, 0, 0};
      append(out, std::move(items));
      break;
    }
    case Role::article_title: {
      if (!first_article_) out.push_back(blank_item());
      first_article_ = false;
      for (int& c : counts_) c = 0;
      auto items =
          title_block(ctx, b.text, fonts::Role::xiaobiaosong, ctx.geo.title_size, black, b.line);
      if (!items.empty()) items.front().bookmark = Bookmark{b.text, 1, 0, 0};
      append(out, std::move(items));
      break;
    }
    case Role::paragraph:
      append(out, text_block(ctx, b.text, BlockStyle(), b.line));
      break;
    case Role::salutation: {  // 称谓 such as 同志们： stands flush left, like 主送
      BlockStyle style;
      style.indent_cells = 0;
      append(out, text_block(ctx, b.text, style, b.line));
      break;
    }
    case Role::quote: {
      BlockStyle style;
      style.role = fonts::Role::kaiti;
      append(out, text_block(ctx, b.text, style, b.line));
      break;
    }
    case Role::source_line: {
      BlockStyle style;
      style.indent_cells = 0;
      style.align = LineAlign::right;
      // The （…供稿） line closes its article: never alone at the top of a page.
      if (!out.empty()) out.back().keep_with_next = true, out.back().soft_keep = false;
      append(out, text_block(ctx, b.text, style, b.line));
      break;
    }
    case Role::table:
      append(out, table_block(ctx, b.table, ctx.next_table++, b.line));
      break;
    case Role::chart:
      append(out, chart_block(ctx, b.chart, b.line));
      break;
    default:
      break;  // article_break: articles are separated by their titles; others are not body
  }
}

void attachment_items(Context& ctx, const markup::Node& a, std::vector<Item>& out) {
  BlockStyle style;
  style.role = fonts::Role::heiti;
  style.indent_cells = 0;
  style.align = LineAlign::left;
  auto label_items = text_block(ctx, a.label, style, a.line);
  if (!label_items.empty()) {
    label_items.front().page_break_before = true;
    label_items.front().bookmark = Bookmark{a.text, 1, 0, 0};
  }
  for (auto& it : label_items) it.keep_with_next = true, it.soft_keep = false;
  append(out, std::move(label_items));
  if (!a.title.empty()) {
    Item gap = blank_item();
    gap.keep_with_next = true;
    out.push_back(gap);
    append(out,
           title_block(ctx, a.title, fonts::Role::xiaobiaosong, ctx.geo.title_size, black, a.line));
    Item after = blank_item();
    after.keep_with_next = true;
    out.push_back(after);
  }
  Section body(ctx);
  for (const auto& n : a.children) body.add(n, out);
}

}  // namespace docpipe::layout
