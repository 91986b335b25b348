// Paragraph-like blocks → one Item per line: body paragraphs (indented two characters,
// justified on the grid), headings, quotes, centred titles, right-aligned lines.
#pragma once
#include <string>
#include <vector>

#include "layout/context.h"
#include "layout/flow.h"
#include "layout/set_text.h"

namespace docpipe::layout {

struct BlockStyle {
  fonts::Role role = fonts::Role::fangsong;
  double size = 16;
  double indent_cells = 2;  // first-line indent, in grid characters
  double left_cells = 0;    // left inset of every line
  double right_cells = 0;   // right inset of every line
  LineAlign align = LineAlign::justify;
  bool on_grid = true;  // tracking that puts 16 pt characters on the 28-character grid
  Color color = black;
};

// Lines as items of one slot each. Widow/orphan rules are set on the items: a paragraph's
// first line keeps with the second, its last-but-one with the last.
std::vector<Item> text_block(Context& ctx, const std::string& text, const BlockStyle& style,
                             int line);

// A title of `size` centred in the 版心, broken into balanced lines (梯形/菱形) at word
// boundaries (ICU's dictionary-based word breaks for Chinese).
std::vector<Item> title_block(Context& ctx, const std::string& text, fonts::Role role, double size,
                              Color color, int line);

}  // namespace docpipe::layout
