#include "fonts/coverage.h"

#include <hb.h>
#include <unicode/ucnv.h>

#include <algorithm>

namespace docpipe::fonts {
namespace {

bool private_use(uint32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
}

// Decodes every two-byte sequence lead × trail with ICU's converter `name`; keeps the ones
// that map to exactly one non-private-use character.
void decode_table(const char* name, int lead_lo, int lead_hi, const std::vector<int>& trails,
                  std::vector<uint32_t>& out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name, &status);
  if (U_FAILURE(status)) return;
  for (int lead = lead_lo; lead <= lead_hi; ++lead) {
    for (int trail : trails) {
      char bytes[2] = {static_cast<char>(lead), static_cast<char>(trail)};
      UChar buf[4];
      status = U_ZERO_ERROR;
      ucnv_reset(conv);
      ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
      int32_t n = ucnv_toUChars(conv, buf, 4, bytes, 2, &status);
      if (U_FAILURE(status) || n < 1 || n > 2) continue;
      uint32_t c = buf[0];
      if (n == 2) {
        if (c < 0xD800 || c > 0xDBFF) continue;
        c = 0x10000 + ((c - 0xD800) << 10) + (buf[1] - 0xDC00);
      }
      if (!private_use(c) && c != 0xFFFD && c != 0x1A) out.push_back(c);
    }
  }
  ucnv_close(conv);
}

CharacterSet make_gb2312() {
  CharacterSet s{"GB 2312", {}};
  std::vector<int> trails;
  for (int t = 0xA1; t <= 0xFE; ++t) trails.push_back(t);
  // Rows 1-87 only: ICU's EUC-CN table (IBM-1383) adds 29 vendor characters in row 94.
  decode_table("EUC-CN", 0xA1, 0xF7, trails, s.chars);
  std::sort(s.chars.begin(), s.chars.end());
  s.chars.erase(std::unique(s.chars.begin(), s.chars.end()), s.chars.end());
  return s;
}

CharacterSet make_gb18030_level1() {
  CharacterSet s{"GB 18030 level 1", {}};
  std::vector<int> trails;
  for (int t = 0x40; t <= 0xFE; ++t)
    if (t != 0x7F) trails.push_back(t);
  decode_table("gb18030", 0x81, 0xFE, trails, s.chars);
  for (uint32_t c = 0x3400; c <= 0x4DBF; ++c) s.chars.push_back(c);
  std::sort(s.chars.begin(), s.chars.end());
  s.chars.erase(std::unique(s.chars.begin(), s.chars.end()), s.chars.end());
  return s;
}

}  // namespace

const CharacterSet& gb2312() {
  static const CharacterSet s = make_gb2312();
  return s;
}

const CharacterSet& gb18030_level1() {
  static const CharacterSet s = make_gb18030_level1();
  return s;
}

Coverage coverage(const Face& face, const CharacterSet& set) {
  hb_set_t* have = hb_set_create();
  hb_face_collect_unicodes(face.face, have);
  Coverage c;
  c.total = set.chars.size();
  for (uint32_t ch : set.chars) {
    if (hb_set_has(have, ch))
      ++c.have;
    else if (c.missing_sample.size() < 8)
      c.missing_sample.push_back(ch);
  }
  hb_set_destroy(have);
  return c;
}

}  // namespace docpipe::fonts
