// Test support: a copy of a single-face TrueType/OpenType font under another family name, as an
// office font copied from Windows would be (e.g. AR PL UMing renamed 仿宋_GB2312), so tests can
// prove discovery by name without touching the system's fonts.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace testing {

namespace font_rename_detail {
inline uint32_t get(const std::string& b, size_t at, int n) {
  uint32_t v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}
inline void put(std::string& b, uint32_t v, int n) {
  for (int i = n - 1; i >= 0; --i) b += static_cast<char>((v >> (8 * i)) & 0xFF);
}
inline std::string utf16be(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) put(out, static_cast<uint32_t>(c), 2);  // BMP only: names here are
  return out;
}
}  // namespace font_rename_detail

// `sfnt` with its name table replaced: family `family` (English) and `family_zh` (Chinese,
// language 0x0804), style Regular, PostScript name `ps_name`.
inline std::string renamed_font(const std::string& sfnt, const std::u32string& family,
                                const std::u32string& family_zh, const std::string& ps_name) {
  using namespace font_rename_detail;
  struct Rec {
    uint16_t lang, id;
    std::string text;
  };
  std::u32string ps(ps_name.begin(), ps_name.end());
  std::vector<Rec> recs = {{0x0409, 1, utf16be(family)},    {0x0409, 2, utf16be(U"Regular")},
                           {0x0409, 4, utf16be(family)},    {0x0409, 6, utf16be(ps)},
                           {0x0804, 1, utf16be(family_zh)}, {0x0804, 2, utf16be(U"Regular")},
                           {0x0804, 4, utf16be(family_zh)}};
  std::string name, strings;
  put(name, 0, 2);
  put(name, static_cast<uint32_t>(recs.size()), 2);
  put(name, static_cast<uint32_t>(6 + 12 * recs.size()), 2);
  for (const Rec& r : recs) {
    for (uint32_t v : {3u, 1u, uint32_t{r.lang}, uint32_t{r.id},
                       static_cast<uint32_t>(r.text.size()), static_cast<uint32_t>(strings.size())})
      put(name, v, 2);
    strings += r.text;
  }
  name += strings;

  // Rebuild the file: same tables in the same order, 'name' replaced, offsets recomputed.
  uint32_t n = get(sfnt, 4, 2);
  std::string head = sfnt.substr(0, 12), dir, body;
  size_t data_start = 12 + 16 * n;
  for (uint32_t i = 0; i < n; ++i) {
    size_t rec = 12 + 16 * i;
    std::string tag = sfnt.substr(rec, 4);
    std::string data =
        tag == "name" ? name : sfnt.substr(get(sfnt, rec + 8, 4), get(sfnt, rec + 12, 4));
    dir += tag;
    put(dir, 0, 4);  // checksum: not verified by fontconfig, FreeType or HarfBuzz
    put(dir, static_cast<uint32_t>(data_start + body.size()), 4);
    put(dir, static_cast<uint32_t>(data.size()), 4);
    body += data;
    while (body.size() % 4) body += '\0';
  }
  return head + dir + body;
}

}  // namespace testing
