// Reading a PDF's embedded fonts back with qpdf, for tests that check what a reader sees.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace docpipe::pdf::test {

struct FontSeen {
  std::string base_font;               // "/ABCDEF+Name"
  std::string subtype;                 // "/CIDFontType2" or "/CIDFontType0"
  std::string file_key, file_subtype;  // "/FontFile2" | "/FontFile3", "/CIDFontType0C"…
  std::string program;                 // decoded font program
  std::map<uint32_t, std::u32string> to_unicode;  // code → text, from the ToUnicode CMap
  std::map<uint32_t, int> widths;                 // code → /W width
  std::string cid_to_gid;                         // "/Identity" or "" (a stream is a failure)
};

// Every Type0 font of `pdf_bytes`.
std::vector<FontSeen> fonts_of(const std::string& pdf_bytes);

// Every 2-byte code shown with `<....> Tj` in the page content streams.
std::vector<uint32_t> codes_shown(const std::string& pdf_bytes);

}  // namespace docpipe::pdf::test
