#include "pdf/to_unicode.h"

#include <algorithm>
#include <cstdio>

namespace docpipe::pdf {
namespace {

std::string hex_units(const std::u32string& text) {
  std::string out = "<";
  char buf[12];
  for (char32_t c : text) {
    if (c > 0xFFFF) {
      uint32_t v = static_cast<uint32_t>(c) - 0x10000;
      std::snprintf(buf, sizeof buf, "%04X%04X", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    } else {
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
    }
    out += buf;
  }
  return out + ">";
}

std::string hex_code(uint32_t code) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "<%04X>", static_cast<unsigned>(code & 0xFFFF));
  return buf;
}

struct Entry {
  uint32_t first, last;
  std::u32string text;  // of `first`; a range adds 1 to its last character per code
};

void write_blocks(std::string& out, const std::vector<Entry>& entries, bool ranges) {
  const char* kind = ranges ? "bfrange" : "bfchar";
  for (size_t i = 0; i < entries.size(); i += 100) {
    size_t n = std::min<size_t>(100, entries.size() - i);
    out += std::to_string(n) + " begin" + kind + "\n";
    for (size_t j = i; j < i + n; ++j) {
      const Entry& e = entries[j];
      out += hex_code(e.first);
      if (ranges) out += " " + hex_code(e.last);
      out += " " + hex_units(e.text) + "\n";
    }
    out += std::string("end") + kind + "\n";
  }
}

bool single_bmp(const std::u32string& t) {
  return t.size() == 1 && t[0] <= 0xFFFF;
}

}  // namespace

std::string make_to_unicode_cmap(const std::vector<std::pair<uint32_t, std::u32string>>& map) {
  std::vector<Entry> singles, ranges;
  for (size_t i = 0; i < map.size();) {
    const auto& [code, text] = map[i];
    // Extend while codes and (single BMP) characters both go up by one, inside one code row
    // and one low byte of the character (a bfrange may only vary the last byte).
    size_t j = i;
    if (single_bmp(text))
      while (j + 1 < map.size() && map[j + 1].first == map[j].first + 1 &&
             single_bmp(map[j + 1].second) && map[j + 1].second[0] == map[j].second[0] + 1 &&
             (map[j + 1].first >> 8) == (code >> 8) &&
             (map[j + 1].second[0] >> 8) == (text[0] >> 8))
        ++j;
    (j == i ? singles : ranges).push_back({code, map[j].first, text});
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
