#include "pdf/postpass_fonts.h"

#include <algorithm>
#include <cstdio>

namespace docpipe::pdf {
namespace {

std::string hex4(uint32_t v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", static_cast<unsigned>(v));
  return buf;
}

struct Run {
  uint32_t first, last;
};

void write_blocks(std::string& out, const std::vector<Run>& runs, bool ranges) {
  const char* kind = ranges ? "bfrange" : "bfchar";
  for (size_t i = 0; i < runs.size(); i += 100) {
    size_t n = std::min<size_t>(100, runs.size() - i);
    out += std::to_string(n) + " begin" + kind + "\n";
    for (size_t j = i; j < i + n; ++j) {
      const Run& r = runs[j];
      out += hex4(r.first);
      if (ranges) out += " " + hex4(r.last);
      out += " " + hex4(r.first) + "\n";
    }
    out += std::string("end") + kind + "\n";
  }
}

}  // namespace

std::string make_to_unicode_cmap(const std::vector<uint32_t>& codes) {
  std::vector<Run> singles, ranges;
  for (size_t i = 0; i < codes.size();) {
    uint32_t c = codes[i];
    if (c == 0 || c > 0xFFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      ++i;
      continue;
    }
    // Extend while consecutive, inside the same high byte, and not into surrogates.
    size_t j = i;
    while (j + 1 < codes.size() && codes[j + 1] == codes[j] + 1 &&
           (codes[j + 1] >> 8) == (c >> 8) && !(codes[j + 1] >= 0xD800 && codes[j + 1] <= 0xDFFF))
      ++j;
    (j == i ? singles : ranges).push_back({c, codes[j]});
    i = j + 1;
  }

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  write_blocks(out, singles, false);
  write_blocks(out, ranges, true);
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

std::string subset_tag(const std::string& base_name, const std::vector<uint32_t>& codes) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](unsigned char b) {
    h ^= b;
    h *= 1099511628211ull;
  };
  for (unsigned char ch : base_name) mix(ch);
  mix(0);
  for (uint32_t c : codes)
    for (int shift = 24; shift >= 0; shift -= 8) mix(static_cast<unsigned char>(c >> shift));
  std::string tag(6, 'A');
  for (char& ch : tag) {
    ch = static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

std::string strip_subset_tag(const std::string& name) {
  if (name.size() > 7 && name[6] == '+') {
    bool tagged = true;
    for (int i = 0; i < 6; ++i) tagged = tagged && name[i] >= 'A' && name[i] <= 'Z';
    if (tagged) return name.substr(7);
  }
  return name;
}

}  // namespace docpipe::pdf
