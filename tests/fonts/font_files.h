// Small real fonts made for the fonts tests: a subset of a Debian font, optionally renamed or
// damaged, written where a test wants it.
#pragma once
#include <hb.h>

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/subset.h"

namespace fonts_test {

// Face `index` of `path` subset to the characters of `text` (UTF-8) plus ASCII.
inline std::string small_font(const char* path, unsigned index, const std::u32string& text) {
  hb_blob_t* blob = hb_blob_create_from_file(path);
  hb_face_t* face = hb_face_create(blob, index);
  docpipe::fonts::SubsetRequest req;
  for (char32_t c = 0x20; c < 0x7F; ++c) req.code_points.push_back(c);
  for (char32_t c : text) req.code_points.push_back(c);
  docpipe::fonts::FontSubset out;
  docpipe::Diagnostics diags;
  docpipe::fonts::subset_face(face, req, out, diags, {});
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return out.bytes;
}

// `sfnt` with the tag of table `from` changed to `to` in its directory (the table is then
// missing under its old name, or seen as another table).
inline std::string retagged(std::string sfnt, const std::string& from, const std::string& to) {
  size_t n = (static_cast<uint8_t>(sfnt[4]) << 8) | static_cast<uint8_t>(sfnt[5]);
  for (size_t i = 0; i < n; ++i)
    if (sfnt.compare(12 + 16 * i, 4, from) == 0) sfnt.replace(12 + 16 * i, 4, to);
  return sfnt;
}

}  // namespace fonts_test
