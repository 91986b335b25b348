// The document-level parts of an OFD package (GB/T 33190-2016 §7.4, §7.5, §11.1, §15):
// OFD.xml (entry, DocInfo), Doc_0/Document.xml (CommonData, Pages, Outlines) and the two
// resource files.
#pragma once
#include <string>
#include <vector>

#include "layout/page_model.h"
#include "ofd/fonts.h"

namespace docpipe::ofd {

// OFD.xml: one DocBody whose DocInfo holds the metadata, CreationDate the document's own
// date (never the clock) and `doc_id` (32 hex digits derived from the content).
std::string ofd_entry_xml(const layout::Metadata& meta, const std::string& doc_id);

struct DocumentIds {
  unsigned max_unit_id = 0;     // the largest ID anywhere in the document
  unsigned color_space = 0;     // the RGB colour space, DefaultCS
  std::vector<unsigned> pages;  // each page's ID, in order
};

// Doc_0/Document.xml: CommonData (MaxUnitID, PageArea: the first page's paper in mm,
// PublicRes, DocumentRes,
// DefaultCS), the pages (Pages/Page_N/Content.xml) and the outline, nested by level, each
// entry going to its heading's page and height.
std::string document_xml(const layout::Layout& layout, const DocumentIds& ids);

// Doc_0/PublicRes.xml: what other documents could share — the RGB colour space.
std::string public_res_xml(unsigned color_space_id);
// An image file in the package: a MultiMedia of Type Image (§10), its file under Res/.
struct EmbeddedImage {
  unsigned id = 0;
  std::string file_name;  // "image_7.png", relative to the resource file's BaseLoc
};

// Doc_0/DocumentRes.xml: this document's own resources — its subset fonts and its images
// (the seal's PNG as the author gave it), files under Res/.
std::string document_res_xml(const std::vector<EmbeddedFont>& fonts,
                             const std::vector<EmbeddedImage>& images = {});

}  // namespace docpipe::ofd
