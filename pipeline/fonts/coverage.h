// Which of the national character sets a face covers, for `docpipe fonts`: a 仿宋 that lacks
// part of GB 2312 will stop documents with rare names; one covering the GB 18030 level-1 set
// draws nearly every name an office meets.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "fonts/font_set.h"

namespace docpipe::fonts {

struct CharacterSet {
  std::string name;
  std::vector<uint32_t> chars;  // ascending
};

// GB 2312: every character of its 94 × 94 table (682 symbols, 6,763 hanzi), decoded with ICU.
const CharacterSet& gb2312();
// GB 18030 implementation level 1 as fonts are judged by it: every character of the
// double-byte area (the GBK repertoire: 21,886 positions; private-use mappings left out) and
// CJK Unified Ideographs Extension A (U+3400–U+4DBF).
const CharacterSet& gb18030_level1();

struct Coverage {
  size_t have = 0, total = 0;
  std::vector<uint32_t> missing_sample;  // the first few missing characters
};

Coverage coverage(const Face& face, const CharacterSet& set);

}  // namespace docpipe::fonts
