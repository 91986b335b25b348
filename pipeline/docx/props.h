// Paragraph and run properties, written in the order the WordprocessingML schema requires
// (Word refuses a file whose property elements are out of sequence; LibreOffice does not
// mind, so the order is kept here, in one place).
#pragma once
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <vector>

#include "fonts/font_config.h"

namespace docpipe::docx {

// The family name of each font role as offices have it installed: the role's first family
// name in fonts.yaml (or in the defaults: 仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体, 宋体).
struct WordFonts {
  std::string names[fonts::role_count];
  const std::string& operator[](fonts::Role r) const { return names[static_cast<int>(r)]; }
};
WordFonts word_fonts(const fonts::FontConfig& config);

// 版头 red, as the PDF draws it (C0 M100 Y100 K0 on screen).
constexpr const char* red = "E60000";

struct RunProps {
  std::string style;  // w:rStyle
  std::string font;   // every script, East Asian hinted: digits set in the Chinese face
  bool bold = false;
  std::string color;     // hex
  int spacing = 0;       // w:spacing, twentieths of a point added after each character
  int size = 0;          // half-points; 0 = inherited
  bool chinese = false;  // w:lang zh-CN (the default paragraph style says it once)
  void write(pugi::xml_node parent) const;  // appends <w:rPr> unless empty
};

struct Border {
  int eighths = 0;  // line width in 1/8 pt; 0 = none
  std::string color = "000000";
  int space = 0;  // pt between text and line
};

struct Indent {  // in hundredths of a grid character, as Word stores them
  int left = 0, right = 0;
  int first = 0;       // negative: hanging
  bool twips = false;  // the values are twips (text smaller than the grid's 3号)
};

struct Spacing {
  int before = 0, after = 0;  // twips
  int line = 0;               // twips; 0 = inherited
  bool exact = false;         // lineRule exact, else auto (line in 240ths of a line)
};

struct ParaProps {
  std::string style;  // w:pStyle (a style id)
  bool keep_next = false, keep_lines = false, page_break_before = false;
  std::optional<bool> widow_control;
  std::optional<std::pair<int, int>> num;         // (ilvl, numId)
  Border top, bottom;                             // paragraph rules
  std::vector<std::pair<std::string, int>> tabs;  // (w:val, position in twips)
  // Chinese typesetting as the PDF does it: no space added between Han characters and
  // digits (w:autoSpaceDE/DN 0: Word and WPS honour it; LibreOffice 7.4's import skips both
  // and adds its own ⅕ em), and w:overflowPunct said explicitly. LibreOffice's import reads
  // overflowPunct 1 as "no hanging punctuation", so a line-end ， that does not fit moves
  // down with the character before it (禁则); with 0 or none it hangs the ， past the margin
  // and draws nothing there (measured: the ， is lost). Word lets it hang in the margin.
  bool chinese_rules = false;
  std::optional<bool> snap_to_grid;
  std::optional<Spacing> spacing;
  std::optional<Indent> indent;
  std::string jc;  // both, center, right, left
  std::optional<int> outline_level;
  RunProps mark;  // the paragraph mark's run properties (what the style's text gets)
  void write(pugi::xml_node parent) const;  // appends <w:pPr> unless empty
};

// Twips of `hundredths` of a grid character.
int char_twips(int hundredths);

// A paragraph of exact height `line` twips, `before` twips below the previous one: the
// 版头 and frame elements sit at fixed heights rather than on the grid's flow of lines.
ParaProps exact(const char* style_id, int line, int before);

}  // namespace docpipe::docx
