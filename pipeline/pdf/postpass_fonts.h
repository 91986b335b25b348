// Pure helpers of the post-pass for fonts, kept apart so they can be tested without a PDF.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace docpipe::pdf {

// A ToUnicode CMap for a 2-byte Identity encoding whose codes are Unicode BMP code points
// (libharu's UTF-8 mode). `codes` sorted ascending, unique; surrogates and 0 are skipped.
// Runs of consecutive codes become bfrange entries (never crossing a 256-code row, as the
// PDF spec requires), single codes bfchar; at most 100 entries per block.
std::string make_to_unicode_cmap(const std::vector<uint32_t>& codes);

// Six uppercase letters derived (FNV-1a 64) from the base name and the codes, so the tag
// changes exactly when the subset changes.
std::string subset_tag(const std::string& base_name, const std::vector<uint32_t>& codes);

// "ABCDEF+Name" -> "Name"; other names unchanged.
std::string strip_subset_tag(const std::string& name);

}  // namespace docpipe::pdf
