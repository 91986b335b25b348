#include "fonts/cluster_subset.h"

#include "core/utf8.h"
#include "fonts/subset_cache.h"

namespace docpipe::fonts {
namespace {

// Each cluster's original glyph, and the request that keeps them all.
bool plan_glyphs(FontSet& fonts, FaceId id, const std::set<Cluster>& clusters,
                 std::vector<uint32_t>& glyph_of, SubsetRequest& request, Diagnostics& diags) {
  for (const Cluster& c : clusters) {
    uint32_t selector = c.size() > 1 ? c[1] : 0, glyph = 0;
    if (!fonts.glyph_of(id, c[0], selector, glyph)) {
      diags.error({fonts.face(id).file.path},
                  "no glyph for " + code_point_name(c[0]) +
                      (selector ? " " + code_point_name(selector) : "") + " in " +
                      fonts.face_label(id),
                  "this is a bug in the layout's font choice; please report it");
      return false;
    }
    glyph_of.push_back(glyph);
    request.code_points.push_back(c[0]);
    if (selector) request.glyphs.push_back(glyph);
  }
  return true;
}

std::shared_ptr<const ClusterSubset> make_subset(FontSet& fonts, FaceId id,
                                                 const std::set<Cluster>& clusters,
                                                 Diagnostics& diags) {
  auto out = std::make_shared<ClusterSubset>();
  SubsetRequest request;
  if (!plan_glyphs(fonts, id, clusters, out->original, request, diags) ||
      !subset_face(fonts.face(id), request, out->subset, diags))
    return nullptr;
  return out;
}

}  // namespace

std::vector<Cluster> clusters_of(const std::string& utf8) {
  std::vector<Cluster> out;
  for (char32_t c : decode_utf8(utf8)) {
    if (is_variation_selector(c) && !out.empty())
      out.back() += c;
    else
      out.push_back(Cluster(1, c));
  }
  return out;
}

std::shared_ptr<const ClusterSubset> subset_clusters(FontSet& fonts, FaceId face,
                                                     const std::set<Cluster>& clusters,
                                                     Diagnostics& diags) {
  return cached_for_clusters<ClusterSubset>(
      fonts.face(face).file, clusters, [&] { return make_subset(fonts, face, clusters, diags); });
}

}  // namespace docpipe::fonts
