#include "pdf/content.h"

#include <cmath>
#include <cstdio>

namespace docpipe::pdf {
namespace {

// "12.5", "0", "-3.125": three decimals at most, no trailing zeros, never "-0".
void number(std::string& out, double v) {
  long long milli = std::llround(v * 1000);
  if (milli < 0) {
    out += '-';
    milli = -milli;
  }
  out += std::to_string(milli / 1000);
  int frac = static_cast<int>(milli % 1000);
  if (frac) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03d", frac);
    std::string f(buf);
    while (f.back() == '0') f.pop_back();
    out += f;
  }
}

void numbers(std::string& out, std::initializer_list<double> vs, const char* op) {
  for (double v : vs) {
    number(out, v);
    out += ' ';
  }
  out += op;
  out += '\n';
}

void hex_codes(std::string& out, const std::string& text, const EmbeddedFont& font) {
  static const char digits[] = "0123456789ABCDEF";
  out += '<';
  for (const Cluster& c : clusters_of(text)) {
    auto it = font.codes.find(c);
    uint16_t code = it == font.codes.end() ? 0 : it->second;
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(code >> shift) & 0xF];
  }
  out += "> Tj\n";
}

// The glyph runs in one text object.
void text_objects(std::string& out, const std::vector<layout::GlyphRun>& runs,
                  const std::map<fonts::FaceId, FontResource>& fonts, double height) {
  out += "BT\n";
  layout::Color color{-1, -1, -1};
  fonts::FaceId face = -1;
  double size = -1, char_space = 0;
  for (const auto& run : runs) {
    const FontResource& res = fonts.at(run.face);
    if (!(run.color == color)) {
      numbers(out, {run.color.r, run.color.g, run.color.b}, "rg");
      color = run.color;
    }
    if (run.face != face || run.size != size) {
      out += "/" + res.name + " ";
      numbers(out, {run.size}, "Tf");
      face = run.face, size = run.size;
    }
    if (run.char_space != char_space) {
      numbers(out, {run.char_space}, "Tc");
      char_space = run.char_space;
    }
    numbers(out, {1, 0, 0, 1, run.x, height - run.y}, "Tm");
    hex_codes(out, run.text, *res.font);
  }
  out += "ET\n";
}

// Boxes, rules, runs and images of `page` with y measured down from the top of a frame
// `height` high.
void draw(std::string& out, const layout::Page& page,
          const std::map<fonts::FaceId, FontResource>& fonts, double height) {
  for (const auto& b : page.boxes) {
    numbers(out, {b.color.r, b.color.g, b.color.b}, "rg");
    numbers(out, {b.x, height - b.y - b.h, b.w, b.h}, "re");
    out += "f\n";
  }
  for (const auto& r : page.rules) {
    numbers(out, {r.color.r, r.color.g, r.color.b}, "RG");
    numbers(out, {r.width}, "w");
    numbers(out, {r.x0, height - r.y0}, "m");
    numbers(out, {r.x1, height - r.y1}, "l");
    out += "S\n";
  }
  if (!page.runs.empty()) text_objects(out, page.runs, fonts, height);
  // Images over the text: a seal presses on the 署名 and 成文日期 (§7.3.5.1).
  for (const auto& i : page.images) {
    out += "q\n";
    numbers(out, {i.w, 0, 0, i.h, i.x, height - i.y - i.h}, "cm");
    out += "/" + image_resource_name(i.image) + " Do\nQ\n";
  }
}

}  // namespace

std::string page_content(const layout::Page& page,
                         const std::map<fonts::FaceId, FontResource>& fonts, double height) {
  std::string out;
  out.reserve(64 * page.runs.size() + 64);
  if (!page.landscape) {
    draw(out, page, fonts, height);
    return out;
  }
  // 横排: the frame (paper height × width) turned a quarter anticlockwise onto the sheet, its
  // top along the sheet's left edge: frame (x, y up) → sheet (width − y, x). The page number
  // (sheet_runs) stays upright on the sheet.
  out += "q\n";
  numbers(out, {0, 1, -1, 0, page.width, 0}, "cm");
  draw(out, page, fonts, page.width);
  out += "Q\n";
  if (!page.sheet_runs.empty()) text_objects(out, page.sheet_runs, fonts, height);
  return out;
}

std::string image_resource_name(int image) {
  return "Im" + std::to_string(image + 1);
}

}  // namespace docpipe::pdf
