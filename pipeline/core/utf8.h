// UTF-8 ↔ code points, and how a code point is named in messages (U+2A6D6).
#pragma once
#include <string>

namespace docpipe {

// Invalid sequences and surrogates become U+FFFD; `valid` tells whether any were found.
std::u32string decode_utf8(const std::string& s, bool* valid = nullptr);
std::string encode_utf8(char32_t c);
// "U+4E00"
std::string code_point_name(char32_t c);

}  // namespace docpipe
