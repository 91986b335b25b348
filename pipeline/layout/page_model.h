// What layout gives the output back-ends: pages of positioned glyph runs, rules and filled
// boxes, plus the outline and the metadata. Plain data; coordinates in points from the
// paper's top-left corner, y downwards.
#pragma once
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/geometry.h"

namespace docpipe::layout {

struct Color {
  double r = 0, g = 0, b = 0;
  bool operator==(const Color& o) const { return r == o.r && g == o.g && b == o.b; }
};
constexpr Color black{0, 0, 0};
constexpr Color red{0.902, 0, 0};  // 版头 red (C0 M100 Y100 K0 on screen)

// Text drawn from one face at one size, left edge at x, on baseline y. `char_space` is the
// PDF Tc added after every glyph: it puts characters on the grid and justifies lines.
struct GlyphRun {
  fonts::FaceId face = 0;
  double size = 16;
  double x = 0, y = 0;
  double char_space = 0;
  std::string text;  // UTF-8, any scalar; a variation selector follows its base character
  Color color = black;
};

struct Rule {
  double x0, y0, x1, y1;
  double width;
  Color color = black;
};

struct Box {
  double x, y, w, h;
  Color color;
};

// An image of `Layout::images` drawn into the rectangle with top-left corner x, y, w × h
// points, over the text (a seal presses on the 署名 and 成文日期, §7.3.5.1).
struct PlacedImage {
  double x, y, w, h;
  int image;  // index into Layout::images
};

// An image file as the author gave it (a seal's PNG); each back-end embeds it once.
struct ImageFile {
  std::string name;  // as written in the front matter, for messages
  std::string png;   // the file's bytes
};

struct Page {
  double width = a4_width, height = a4_height;  // the paper, in points
  // 横排 (turned_page.h): runs, rules and boxes are in a frame turned across the sheet
  // (height × width, its top along the sheet's left edge); `sheet_runs` stay upright on the
  // sheet (the page number). Viewers show such a page turned (PDF /Rotate 90).
  bool landscape = false;
  std::vector<GlyphRun> sheet_runs;
  std::vector<GlyphRun> runs;
  std::vector<Rule> rules;
  std::vector<Box> boxes;
  std::vector<PlacedImage> images;
  int number = 0;  // printed page number; 0 = none
};

struct Bookmark {
  std::string title;
  int level = 1;
  int page = 0;  // 0-based
  double y = 0;  // top of the heading line
};

// The document's metadata for the output (PDF Info dictionary): UTF-8, empty = omitted.
struct Metadata {
  std::string title, author, subject, keywords, creator;
  std::string date;  // "YYYY-MM-DD" from the document, never the clock; empty = omitted
};

// The one interface to the output back-ends (pdf today, ofd and docx next): everything to
// draw and where, decided; a back-end neither parses nor lays out.
struct Layout {
  std::vector<Page> pages;
  std::vector<ImageFile> images;
  std::vector<Bookmark> outline;
  Metadata metadata;
};

}  // namespace docpipe::layout
