// The GB/T 9704-2012 page in PDF points (1/72 in): A4, 版心 156 × 225 mm at 天头 37 mm and
// 订口 28 mm, a grid of 22 lines × 28 characters of 3号 (16 pt). Layout coordinates run from
// the top-left corner of the paper, y downwards; the PDF writer flips them.
#pragma once

namespace docpipe::layout {

constexpr double mm = 72.0 / 25.4;

struct PageGeometry {
  double paper_width = 210 * mm;
  double paper_height = 297 * mm;
  double left = 28 * mm;     // 订口
  double top = 37 * mm;      // 天头
  double width = 156 * mm;   // 版心 width
  double height = 225 * mm;  // 版心 height
  int lines = 22;
  int chars = 28;
  double body_size = 16;   // 3号
  double title_size = 22;  // 2号
  double small_size = 14;  // 4号: page numbers, 版记, tables

  double cell() const { return width / chars; }    // 5.571 mm: one character on the grid
  double pitch() const { return height / lines; }  // 10.23 mm: one line on the grid
  double right() const { return left + width; }
  double bottom() const { return top + height; }
  // Top of grid line `slot` (0-based) on a page.
  double slot_top(int slot) const { return top + slot * pitch(); }
  // Baseline for text of `size` centred in a grid line whose top is `line_top`: the em box
  // sits in the middle of the pitch, with the ideographic baseline 0.88 em below its top.
  double baseline(double line_top, double size) const {
    return line_top + (pitch() - size) / 2 + 0.88 * size;
  }
};

}  // namespace docpipe::layout
