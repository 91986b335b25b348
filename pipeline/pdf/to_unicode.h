// ToUnicode CMaps and subset tags of the embedded fonts, kept apart so they can be tested
// without a PDF.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace docpipe::pdf {

// A ToUnicode CMap for a 2-byte code space (Identity-H over glyph ids): each code maps to the
// text it draws, in UTF-16BE (characters above U+FFFF as surrogate pairs; a variation
// sequence as its two characters). `map` sorted by code, unique codes, non-empty texts. Runs of
// consecutive codes drawing consecutive single BMP characters become bfrange entries (never
// crossing a 256-code row, as the PDF spec requires), the rest bfchar; at most 100 entries a
// block.
std::string make_to_unicode_cmap(const std::vector<std::pair<uint32_t, std::u32string>>& map);

// Six uppercase letters derived (FNV-1a 64) from the base name and the codes, so the tag
// changes exactly when the subset changes.
std::string subset_tag(const std::string& base_name, const std::vector<uint32_t>& codes);

// "ABCDEF+Name" -> "Name"; other names unchanged.
std::string strip_subset_tag(const std::string& name);

}  // namespace docpipe::pdf
