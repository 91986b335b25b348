// A face as a PDF embeds it: the subset (fonts/subset.h), the 2-byte code of every character
// drawn with it (Identity-H: code = glyph id in the subset, so any Unicode scalar and any
// variation sequence can be drawn), widths, ToUnicode and names. Made once per process for the
// same face and characters: the copies of a per-unit batch mostly use the same characters, and
// a cached result is identical to a fresh one, so no copy's bytes depend on what ran before.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/cluster_subset.h"
#include "fonts/font_set.h"

namespace docpipe::pdf {

// What one code draws: a character, or a character and its variation selector.
using fonts::Cluster;

struct EmbeddedFont {
  std::string name;           // "TAG+PostScriptName": BaseFont and FontName
  bool cff = false;           // CIDFontType0 (CFF outlines) or CIDFontType2 (TrueType)
  std::string file_key;       // "/FontFile2" or "/FontFile3"
  std::string file_subtype;   // FontFile3 only: "/CIDFontType0C" (bare CID-keyed CFF)
                              // or "/OpenType" (a name-keyed CFF in its sfnt)
  std::string file_deflated;  // the font program, FlateDecode
  size_t file_length = 0;     // its decoded length (/Length1 of a FontFile2)
  std::string to_unicode_deflated;
  std::vector<std::pair<uint32_t, int>> widths;  // code → advance in 1/1000 em, ascending
  int bbox[4] = {0, 0, 1000, 1000};              // FontBBox, 1/1000 em
  std::map<Cluster, uint16_t> codes;             // what the content stream writes
};

// `text` split into clusters: each character with the variation selectors after it.
using fonts::clusters_of;

// The embedding of `face` for exactly `clusters` (cached per process). Errors name the face.
std::shared_ptr<const EmbeddedFont> embed_face(fonts::FontSet& fonts, fonts::FaceId face,
                                               const std::set<Cluster>& clusters,
                                               Diagnostics& diags);

}  // namespace docpipe::pdf
