// The GB/T 9704-2012 page in Word's units: twips (1/20 pt) for lengths, half-points for font
// sizes. A4; 天头 37 mm, 地脚 35 mm, 订口 28 mm, 翻口 26 mm, so the 版心 is 156 × 225 mm; a
// document grid of 22 lines × 28 characters of 3号.
#pragma once
#include <pugixml.hpp>

#include <string>

namespace docpipe::docx::page {

constexpr int twips(double mm) {
  return static_cast<int>(mm * 1440 / 25.4 + 0.5);
}

constexpr int width = 11906, height = 16838;  // A4, as Word writes it
constexpr int top = twips(37), bottom = twips(35), left = twips(28), right = twips(26);
constexpr int text_width = width - left - right;    // 8845 (156.0 mm)
constexpr int text_height = height - top - bottom;  // 12756 (225.0 mm)
constexpr int lines = 22, chars = 28;

// Word and LibreOffice fit floor(text_height / linePitch) lines: 12756 / 579 = 22.03 gives
// 22, where the exact pitch 579.8 rounded to 580 would give 21.
constexpr int line_pitch = text_height / lines;  // 579 (28.95 pt)
// One grid character: text_width / 28 = 315.9 twips (15.79 pt).
constexpr int cell = (text_width + chars / 2) / chars;  // 316
// charSpace is the pitch minus the default font size (3号, 16 pt), in 1/4096 pt, rounded so
// that 28 pitches still fit the width: (8845/20/28 − 16) × 4096 = −841.3; −842 gives 28 ×
// 15.79443 = 442.244 pt ≤ 442.25 pt, where −841 would overflow it and give 27 characters.
constexpr int char_space = -842;

// Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小4号 12 pt.
constexpr int size_2 = 44, size_3 = 32, size_4 = 28, size_s4 = 24;

// 页码 (§7.5): the 一字线 7 mm below the 版心; the footer's bottom edge sits 25.5 mm above
// the paper's edge so that the 4号 line's middle falls there.
constexpr int footer = twips(25.5);

// Appends the section properties (paper, margins, grid, odd/even footers) to `body`.
void add_section(pugi::xml_node body, const std::string& odd_footer_rid,
                 const std::string& even_footer_rid);

}  // namespace docpipe::docx::page
