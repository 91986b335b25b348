#include "ofd/writer.h"

#include "core/sha256.h"
#include "ofd/document_parts.h"
#include "ofd/fonts.h"
#include "ofd/package.h"
#include "ofd/page_content.h"

namespace docpipe::ofd {

namespace {

// DocID (§7.4 CT_DocInfo, a 128-bit UUID as 32 hex digits): the first half of the SHA-256
// of every other part, so it names this content and nothing random.
std::string content_id(const std::vector<Part>& parts) {
  std::string all;
  for (const auto& p : parts) {
    all += p.path;
    all += '\0';
    all += std::to_string(p.bytes.size());
    all += '\0';
    all += p.bytes;
  }
  return sha256_hex(all).substr(0, 32);
}

// Everything but OFD.xml, in package order; IDs handed out in writing order.
bool document_parts(const layout::Layout& layout, fonts::FontSet& fonts, std::vector<Part>& parts,
                    Diagnostics& diags, Timings* timings) {
  IdCounter ids;
  DocumentIds doc_ids;
  doc_ids.color_space = ids.take();
  std::vector<EmbeddedFont> embedded;
  {
    StageTimer timer(timings, "ofd-subset");
    if (!embed_fonts(layout, fonts, ids, embedded, diags)) return false;
  }
  StageTimer timer(timings, "ofd-xml");
  // The images (a seal) as their PNG files, IDs after the fonts'.
  std::vector<EmbeddedImage> images;
  std::vector<unsigned> image_ids;
  for (size_t i = 0; i < layout.images.size(); ++i) {
    unsigned id = ids.take();
    images.push_back({id, "image_" + std::to_string(id) + ".png"});
    image_ids.push_back(id);
  }
  for (size_t i = 0; i < layout.pages.size(); ++i) doc_ids.pages.push_back(ids.take());
  auto font_of = by_face(embedded);
  std::vector<Part> pages;
  for (size_t i = 0; i < layout.pages.size(); ++i)
    pages.push_back(
        {"Doc_0/Pages/Page_" + std::to_string(i) + "/Content.xml",
         page_content_xml(layout.pages[i], font_of, layout.pages.front(), fonts, ids, image_ids)});
  doc_ids.max_unit_id = ids.max();
  parts.push_back({"Doc_0/Document.xml", document_xml(layout, doc_ids)});
  parts.push_back({"Doc_0/PublicRes.xml", public_res_xml(doc_ids.color_space)});
  parts.push_back({"Doc_0/DocumentRes.xml", document_res_xml(embedded, images)});
  for (auto& f : embedded) parts.push_back({"Doc_0/Res/" + f.file_name, std::move(f.bytes)});
  for (size_t i = 0; i < images.size(); ++i)
    parts.push_back({"Doc_0/Res/" + images[i].file_name, layout.images[i].png});
  for (auto& p : pages) parts.push_back(std::move(p));
  return true;
}

}  // namespace

bool write_ofd(const layout::Layout& layout, fonts::FontSet& fonts, std::string& out,
               Diagnostics& diags, Timings* timings) {
  std::vector<Part> parts;
  if (!document_parts(layout, fonts, parts, diags, timings)) return false;
  Part entry{"OFD.xml", ofd_entry_xml(layout.metadata, content_id(parts))};
  parts.insert(parts.begin(), std::move(entry));
  StageTimer timer(timings, "ofd-zip");
  std::string bytes;
  if (!zip_package(parts, layout.metadata.date, bytes, diags)) return false;
  out = std::move(bytes);
  return true;
}

}  // namespace docpipe::ofd
