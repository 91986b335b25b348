// fonts/cluster_subset.h: the subset both back-ends embed, planned from what the pages draw.
#include <catch2/catch.hpp>

#include "core/diagnostics.h"
#include "fonts/cluster_subset.h"

using namespace docpipe;
using namespace docpipe::fonts;

namespace {

// Noto Serif CJK JP (face 0): 葛 U+845B has a variant for U+E0100 (its cmap format 14).
FontConfig noto_jp() {
  FontConfig c = default_font_config();
  c.roles[Role::fangsong] = {
      {"", "", {"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0, ""}}};
  return c;
}

}  // namespace

TEST_CASE("clusters keep a variation selector with its base character") {
  auto c = clusters_of("葛\U000E0100葛。");
  REQUIRE(c.size() == 3);
  CHECK(c[0] == U"葛\U000E0100");
  CHECK(c[1] == U"葛");
  CHECK(c[2] == U"。");
}

TEST_CASE("a cluster subset maps each cluster, variants included, and is made once per set") {
  Diagnostics diags;
  auto set = FontSet::open(noto_jp(), diags);
  REQUIRE(set);
  FaceId face = set->role_face(Role::fangsong);
  std::set<Cluster> clusters = {U"葛", U"葛\U000E0100", U"法"};
  auto a = subset_clusters(*set, face, clusters, diags);
  INFO(diags.format_all());
  REQUIRE(a);
  REQUIRE(a->original.size() == 3);
  // Set order: 法 U+6CD5, 葛 U+845B, then 葛 with its selector.
  uint32_t plain = 0, variant = 0;
  REQUIRE(set->glyph_of(face, 0x845B, 0, plain));
  REQUIRE(set->glyph_of(face, 0x845B, 0xE0100, variant));
  REQUIRE(plain != variant);
  CHECK(a->original[1] == plain);
  CHECK(a->original[2] == variant);
  for (uint32_t g : a->original) CHECK(a->subset.glyph(g) != 0);  // every one kept
  CHECK(a->subset.glyph(plain) != a->subset.glyph(variant));
  // The same face and clusters again (another document of a batch, or the OFD after the
  // PDF): the very same subset, not a second one.
  CHECK(subset_clusters(*set, face, clusters, diags) == a);
  auto other = subset_clusters(*set, face, {U"法"}, diags);
  REQUIRE(other);
  CHECK(other != a);
  CHECK(other->subset.bytes != a->subset.bytes);
}
