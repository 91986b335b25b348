// Font files (issue 17): the bytes of a hostile TrueType/OpenType file or collection become
// the 仿宋 role's font (written to a scratch file, as a user's fonts.yaml would name it),
// then FontSet opens it, asks for glyphs and advances and subsets it (fonts/subset.h) the
// way every render does. Nothing may crash or hang; a refusal must say why.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "fonts/cff_charset.h"
#include "fonts/font_set.h"
#include "fonts/subset.h"
#include "fuzz_common.h"

using namespace docpipe;

inline int run_font_input(const uint8_t* data, size_t size) {
  const std::string path = docpipe_fuzz::scratch_dir() + "/font.ttf";
  docpipe_fuzz::write_file(path, std::string(reinterpret_cast<const char*>(data), size));
  fonts::FontConfig config;
  fonts::FontChoice choice;
  choice.file = {path, 0, ""};
  config.roles[fonts::Role::fangsong] = {choice};
  Diagnostics diags;
  auto set = fonts::FontSet::open(config, diags);
  if (!set) {
    if (!diags.has_errors()) abort();
    return 0;
  }
  fonts::FaceId id = set->role_face(fonts::Role::fangsong);
  if (id < 0) return 0;
  fonts::SubsetRequest request;
  for (uint32_t cp : {0x20u, 0x41u, 0x4E00u, 0x6CD5u, 0x3001u, 0x10FFFFu, 0xFFFFu})
    if (set->has_glyph(id, cp)) request.code_points.push_back(cp);
  request.glyphs = {0, 1, 2, 65535};
  fonts::FontSubset subset;
  Diagnostics d2;
  if (!fonts::subset_face(set->face(id), request, subset, d2)) {
    if (!d2.has_errors()) abort();
    return 0;
  }
  std::vector<uint32_t> ids;  // the charset check the PDF writer runs on a CFF subset
  fonts::cff_charset(fonts::cff_table(subset.bytes), ids);
  return 0;
}
