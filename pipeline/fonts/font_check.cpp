#include "fonts/font_check.h"

#include <cstdint>
#include <set>

namespace docpipe::fonts {
namespace {

uint32_t get(std::string_view b, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}

bool is_sfnt_tag(uint32_t tag) {
  return tag == 0x00010000 || tag == 0x4F54544F /* OTTO */ || tag == 0x74727565 /* true */;
}

}  // namespace

bool check_font_bytes(std::string_view b, unsigned index, std::string& why) {
  if (b.size() < 12) {
    why = b.empty() ? "the file is empty" : "the file is too short to be a font";
    return false;
  }
  size_t offset_table = 0;
  uint32_t tag = get(b, 0, 4);
  if (tag == 0x74746366) {  // 'ttcf'
    uint32_t faces = get(b, 8, 4);
    if (index >= faces || 12 + 4 * static_cast<size_t>(faces) > b.size()) {
      why = index >= faces ? "the collection has " + std::to_string(faces) + " face(s); face " +
                                 std::to_string(index) + " was asked for"
                           : "the collection's header is cut off (truncated file?)";
      return false;
    }
    offset_table = get(b, 12 + 4 * index, 4);
    if (offset_table + 12 > b.size()) {
      why = "face " + std::to_string(index) + " lies beyond the end of the file (truncated?)";
      return false;
    }
    tag = get(b, offset_table, 4);
  } else if (index != 0) {
    why = "the file holds one face; face " + std::to_string(index) + " was asked for";
    return false;
  }
  if (!is_sfnt_tag(tag)) {
    why = "it is not a TrueType/OpenType font";
    return false;
  }
  uint32_t tables = get(b, offset_table + 4, 2);
  if (offset_table + 12 + 16 * static_cast<size_t>(tables) > b.size()) {
    why = "its table directory is cut off (truncated file?)";
    return false;
  }
  std::set<std::string> have;
  for (uint32_t i = 0; i < tables; ++i) {
    size_t rec = offset_table + 12 + 16 * i;
    uint64_t off = get(b, rec + 8, 4), len = get(b, rec + 12, 4);
    std::string name(b.substr(rec, 4));
    if (off + len > b.size()) {
      why = "its '" + name + "' table runs past the end of the file (truncated copy?)";
      return false;
    }
    have.insert(name);
  }
  if (have.count("CFF2")) {
    why = "it is a CFF2 (variable OpenType) font, which cannot be embedded in PDF";
    return false;
  }
  for (const char* t : {"cmap", "head", "hhea", "hmtx", "maxp"}) {
    if (!have.count(t)) {
      why = std::string("it has no '") + t + "' table" +
            (std::string(t) == "cmap" ? ", so characters cannot be mapped to glyphs" : "");
      return false;
    }
  }
  if (!(have.count("glyf") && have.count("loca")) && !have.count("CFF ")) {
    why = "it has no glyph outlines (neither glyf nor CFF)";
    return false;
  }
  return true;
}

}  // namespace docpipe::fonts
