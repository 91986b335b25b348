#include "pdf/writer.h"

#include <map>
#include <set>

#include "core/png.h"
#include "pdf/content.h"
#include "pdf/deflate.h"
#include "pdf/document.h"
#include "pdf/font_embed.h"

namespace docpipe::pdf {

namespace {

// Each face the layout uses, embedded for exactly the clusters drawn with it, named F1, F2…
// in face order.
bool embed_fonts(const layout::Layout& layout, fonts::FontSet& fonts,
                 std::map<fonts::FaceId, FontResource>& out,
                 std::vector<std::shared_ptr<const EmbeddedFont>>& keep, Diagnostics& diags) {
  std::map<fonts::FaceId, std::set<Cluster>> used;
  for (const auto& page : layout.pages)
    for (const auto* runs : {&page.runs, &page.sheet_runs})
      for (const auto& run : *runs)
        for (Cluster& c : clusters_of(run.text)) used[run.face].insert(std::move(c));
  for (const auto& [face, clusters] : used) {
    auto embedded = embed_face(fonts, face, clusters, diags);
    if (!embedded) return false;
    out[face] = {"F" + std::to_string(out.size() + 1), embedded.get()};
    keep.push_back(std::move(embedded));
  }
  return true;
}

// Each image of the layout decoded (libpng, core/png.h) and deflated, named Im1, Im2… in
// order. markup decoded the file already; a failure here is reported all the same.
bool image_resources(const layout::Layout& layout, std::vector<ImageResource>& out,
                     Diagnostics& diags) {
  for (size_t i = 0; i < layout.images.size(); ++i) {
    std::string why;
    auto raster = decode_png(layout.images[i].png, why);
    if (!raster) {
      diags.error({layout.images[i].name, 0, 0, "PDF writer"}, "cannot decode the PNG: " + why,
                  "save the image again as PNG");
      return false;
    }
    out.push_back({image_resource_name(static_cast<int>(i)), raster->width, raster->height,
                   deflate_bytes(raster->rgb),
                   raster->alpha.empty() ? "" : deflate_bytes(raster->alpha)});
  }
  return true;
}

std::vector<OutlineEntry> outline_entries(const layout::Layout& layout, double height) {
  std::vector<OutlineEntry> out;
  for (const auto& b : layout.outline) out.push_back({b.title, b.level, b.page, height - b.y});
  return out;
}

}  // namespace

bool write_pdf(const layout::Layout& layout, fonts::FontSet& fonts, std::string& out,
               Diagnostics& diags, Timings* timings) {
  const layout::Metadata& m = layout.metadata;
  const DocumentInfo info{m.title, m.author, m.subject, m.keywords, m.creator, m.date};
  // The paper of the first page: every page of a document here has the same (A4, §5).
  PageSize size;
  if (!layout.pages.empty()) size = {layout.pages[0].width, layout.pages[0].height};
  std::map<fonts::FaceId, FontResource> by_face;
  std::vector<std::shared_ptr<const EmbeddedFont>> keep;
  {
    StageTimer timer(timings, "subset");
    if (!embed_fonts(layout, fonts, by_face, keep, diags)) return false;
  }
  for (const auto& page : layout.pages) size.turned.push_back(page.landscape);
  std::vector<std::string> contents;
  {
    StageTimer timer(timings, "draw");
    contents.reserve(layout.pages.size());
    for (const auto& page : layout.pages)
      contents.push_back(deflate_bytes(page_content(page, by_face, size.height)));
  }
  std::vector<ImageResource> images;
  if (!image_resources(layout, images, diags)) return false;
  StageTimer timer(timings, "postpass");
  std::vector<FontResource> resources;
  for (const auto& [face, res] : by_face) resources.push_back(res);
  return assemble_pdf(contents, resources, info, outline_entries(layout, size.height), out, diags,
                      size, images);
}

}  // namespace docpipe::pdf
