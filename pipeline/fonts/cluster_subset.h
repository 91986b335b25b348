// Subsets by what pages draw: clusters (a character, or a character and the variation
// selector after it), the unit the PDF and OFD writers both embed. One place plans the glyphs
// and makes and caches the subset, so a PDF and an OFD of one document embed the same bytes
// and a per-unit batch subsets each face once per distinct set of characters.
#pragma once
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "fonts/subset.h"

namespace docpipe::fonts {

// What one glyph draws: a character, or a character and its variation selector.
using Cluster = std::u32string;

// `utf8` split into clusters: each character with the variation selectors after it.
std::vector<Cluster> clusters_of(const std::string& utf8);

struct ClusterSubset {
  FontSubset subset;
  // Each cluster's glyph in the original face, in the set's order: the nominal glyph of its
  // character, or the variant glyph of a variation sequence. subset.glyph() maps it.
  std::vector<uint32_t> original;
};

// The subset of `face` drawing exactly `clusters` (each first character kept in the cmap, a
// variant glyph kept by id). Made once per process for the same face and clusters; a cached
// result is the same object a fresh call would make, so no output depends on what ran before.
// Errors name the face and the characters it lacks.
std::shared_ptr<const ClusterSubset> subset_clusters(FontSet& fonts, FaceId face,
                                                     const std::set<Cluster>& clusters,
                                                     Diagnostics& diags);

}  // namespace docpipe::fonts
