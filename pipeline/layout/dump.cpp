#include "layout/dump.h"

#include <cstdio>

#include "layout/geometry.h"

namespace docpipe::layout {

namespace {

std::string color_name(const Color& c) {
  if (c == black) return "black";
  if (c == red) return "red";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.3f,%.3f,%.3f", c.r, c.g, c.b);
  return buf;
}

}  // namespace

std::string dump_layout(const Layout& layout) {
  std::string out;
  char buf[160];
  for (size_t p = 0; p < layout.pages.size(); ++p) {
    const Page& page = layout.pages[p];
    for (const auto& r : page.runs) {
      std::snprintf(buf, sizeof buf, "%zu %.1f %.1f %.1f %d ", p + 1, r.y / mm, r.x / mm, r.size,
                    r.face);
      out += buf + r.text + "\n";
    }
    for (const auto& r : page.rules) {
      std::snprintf(buf, sizeof buf, "%zu rule %.1f,%.1f %.1f,%.1f %.2f ", p + 1, r.x0 / mm,
                    r.y0 / mm, r.x1 / mm, r.y1 / mm, r.width);
      out += buf + color_name(r.color) + "\n";
    }
    for (const auto& b : page.boxes) {
      std::snprintf(buf, sizeof buf, "%zu box %.1f,%.1f %.1fx%.1f ", p + 1, b.x / mm, b.y / mm,
                    b.w / mm, b.h / mm);
      out += buf + color_name(b.color) + "\n";
    }
    for (const auto& i : page.images) {
      std::snprintf(buf, sizeof buf, "%zu image %.1f,%.1f %.1fx%.1f ", p + 1, i.x / mm, i.y / mm,
                    i.w / mm, i.h / mm);
      out += buf + layout.images[static_cast<size_t>(i.image)].name + "\n";
    }
    for (const auto& r : page.sheet_runs) {
      std::snprintf(buf, sizeof buf, "%zu sheet %.1f %.1f %.1f %d ", p + 1, r.y / mm, r.x / mm,
                    r.size, r.face);
      out += buf + r.text + "\n";
    }
    if (page.landscape) out += std::to_string(p + 1) + " landscape\n";
    std::snprintf(buf, sizeof buf, "%zu page-number %d\n", p + 1, page.number);
    out += buf;
  }
  return out;
}

}  // namespace docpipe::layout
