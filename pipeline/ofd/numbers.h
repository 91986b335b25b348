// Numbers as OFD writes them: lengths in millimetres (GB/T 33190-2016 §7.1, ST_Loc), at most
// three decimals, no trailing zeros, '.' whatever the locale; colours as "R G B" in 0..255.
#pragma once
#include <string>

#include "layout/page_model.h"

namespace docpipe::ofd {

// Points (the layout's unit) to millimetres.
constexpr double points_to_mm(double pt) {
  return pt * 25.4 / 72.0;
}

// Appends `mm` rounded to 0.001 mm: "156", "5.644", "-0.5". Locale-independent.
void append_mm(std::string& out, double mm);
std::string mm_text(double mm);
// "x y w h" in millimetres, for Boundary and PhysicalBox attributes (ST_Box).
std::string box_text(double x, double y, double w, double h);
// "230 0 0": a layout colour (0..1 per channel) in the RGB colour space's 0..255.
std::string rgb_text(const layout::Color& c);

}  // namespace docpipe::ofd
