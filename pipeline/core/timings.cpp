#include "core/timings.h"

#include <cstdio>
#include <vector>

namespace docpipe {

std::string Timings::report() const {
  static const std::vector<std::string> order = {"fonts",   "load",    "parse",    "layout",
                                                 "subset",  "draw",    "postpass", "ofd-subset",
                                                 "ofd-xml", "ofd-zip", "write"};
  std::string out;
  char buf[96];
  double total = 0;
  auto line = [&](const std::string& name, double s) {
    std::snprintf(buf, sizeof buf, "%-10s %9.2f ms\n", name.c_str(), s * 1000);
    out += buf;
  };
  for (const auto& name : order) {
    auto it = seconds_.find(name);
    if (it != seconds_.end()) line(name, it->second), total += it->second;
  }
  for (const auto& [name, s] : seconds_) {
    bool known = false;
    for (const auto& o : order) known = known || o == name;
    if (!known) line(name, s), total += s;
  }
  line("total", total);
  return out;
}

}  // namespace docpipe
