#include "layout/seal.h"

#include <algorithm>

#include "core/png.h"
#include "core/utf8.h"
#include "layout/frame.h"

namespace docpipe::layout {

namespace {

// Width of 3号仿宋 text on the grid, in grid characters (a CJK character is one).
double grid_cells(Context& ctx, const std::string& s) {
  const PageGeometry& g = ctx.geo;
  const double tracking = g.cell() - g.body_size;
  return (measure_text(ctx, s, fonts::Role::fangsong, g.body_size) +
          tracking * static_cast<double>(decode_utf8(s).size())) /
         g.cell();
}

}  // namespace

Item sealed_signature_item(Context& ctx, const std::string& signature, const std::string& iso_date,
                           const std::string& png, int image) {
  const PageGeometry& g = ctx.geo;
  const double cell = g.cell(), pitch = g.pitch(), tracking = cell - g.body_size;
  const std::string date = chinese_date(iso_date);
  const double dat = grid_cells(ctx, date), sig = grid_cells(ctx, signature);
  const double date_start = g.chars - g.sealed_date_right_cells - dat;
  const double centre = date_start + dat / 2;  // in grid characters from the left
  const double sig_start = std::clamp(centre - sig / 2, 0.0, std::max(0.0, g.chars - sig));

  // The seal: its longer side seal_size, its proportions the PNG's (markup checked the file).
  int px_w = 1, px_h = 1;
  png_size(png, px_w, px_h);
  const double scale = g.seal_size / std::max(px_w, px_h);
  const double w = px_w * scale, h = px_h * scale;
  // Blank lines above the 署名: the fewest that keep the seal's top below the body line.
  int blank = 1;
  while ((blank + 1 - g.seal_centre_rise) * pitch - h / 2 < 0) ++blank;

  Item it;
  put_line(ctx, signature, fonts::Role::fangsong, g.body_size, g.left + sig_start * cell,
           g.baseline(blank * pitch, g.body_size), black, it.runs, tracking);
  put_line(ctx, date, fonts::Role::fangsong, g.body_size, g.left + date_start * cell,
           g.baseline((blank + 1) * pitch, g.body_size), black, it.runs, tracking);
  const double x = std::clamp(g.left + centre * cell - w / 2, g.left, g.right() - w);
  const double y = (blank + 1 - g.seal_centre_rise) * pitch - h / 2;
  it.images.push_back({x, y, w, h, image});
  it.slots = blank + 2;
  it.reach_at = (y + h / 2) / pitch;
  it.reach_below = h / 2 / pitch;
  return it;
}

}  // namespace docpipe::layout
