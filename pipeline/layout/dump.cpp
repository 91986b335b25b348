#include "layout/dump.h"

#include <cstdio>

#include "layout/geometry.h"

namespace docpipe::layout {

std::string dump_layout(const Layout& layout) {
  std::string out;
  char buf[128];
  for (size_t p = 0; p < layout.pages.size(); ++p) {
    for (const auto& r : layout.pages[p].runs) {
      std::snprintf(buf, sizeof buf, "%zu %.1f %.1f %.1f %d ", p + 1, r.y / mm, r.x / mm, r.size,
                    r.face);
      out += buf + r.text + "\n";
    }
  }
  return out;
}

}  // namespace docpipe::layout
