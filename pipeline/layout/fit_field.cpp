#include "layout/fit_field.h"

#include <cmath>

#include "layout/frame.h"

namespace docpipe::layout {

namespace {
std::string chars(double points, double char_width) {
  return std::to_string(static_cast<int>(std::ceil(points / char_width - 0.05)));
}
}  // namespace

bool field_fits(Context& ctx, const Field& field, double width, double room, double char_width,
                const std::string& place, const std::string& hint) {
  if (width <= room + 0.01) return true;
  ctx.diags.error(ctx.at_field(field.key),
                  field.key + " (" + field.name + ") '" + field.text + "' is " +
                      chars(width, char_width) + " characters wide: too wide for " + place +
                      ", which holds " +
                      std::to_string(static_cast<int>(std::floor(room / char_width + 0.05))),
                  hint);
  return false;
}

double masthead_size(Context& ctx, const Field& field, fonts::Role role, double max_size,
                     double width, double min_size) {
  double size = fit_text_size(ctx, field.text, role, max_size, width);
  if (size >= min_size - 0.01) return size;
  ctx.diags.error(ctx.at_field(field.key),
                  field.key + " (" + field.name + ") '" + field.text + "' fits the 版心's width " +
                      "only at " + std::to_string(static_cast<int>(size)) + " pt: below " +
                      std::to_string(static_cast<int>(min_size)) +
                      " pt (小一号) the 标志 is no longer set apart from the 2号 title (§7.2.4 " +
                      "醒目、美观、庄重)",
                  "use the organ's standard short name (规范化简称, §7.2.4)");
  return min_size;
}

}  // namespace docpipe::layout
