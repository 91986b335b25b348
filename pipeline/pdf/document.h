// The PDF file itself, assembled with qpdf's library from docpipe's own objects: pages and their
// content streams, the fonts (Type0 → CIDFont → FontDescriptor → font file, W, ToUnicode),
// Unicode metadata, the outline; deterministic bytes.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "pdf/content.h"

namespace docpipe::pdf {

struct OutlineEntry {
  std::string title;  // UTF-8
  int level = 1;      // 1..4; a deeper level nests under the nearest shallower entry before it
  int page = 0;       // 0-based page index
  double y = 0;       // PDF points from the page bottom: top of the heading line
};

struct DocumentInfo {
  std::string title, author, subject, keywords, creator;  // UTF-8; empty = omitted
  std::string date;  // "YYYY-MM-DD" from the document, never the clock; empty = omitted
};

// An image XObject (a seal): 8-bit DeviceRGB samples and, when it has transparency, an 8-bit
// DeviceGray soft mask; both already Flate-compressed. `name` without the slash ("Im1").
struct ImageResource {
  std::string name;
  int width = 0, height = 0;
  std::string rgb_deflated, alpha_deflated;  // alpha empty: opaque, no /SMask
};

struct PageSize {
  double width = 595.276, height = 841.89;  // A4 in points
  std::vector<bool> turned;                 // pages shown turned a quarter (/Rotate 90): 横排
};

// Writes the document into `pdf_out`:
//  - one page per entry of `contents` (each already Flate-compressed), all sharing one
//    resource dictionary that holds `fonts` and `images`;
//  - each font as Type0 /Identity-H over a CIDFontType2 (/CIDToGIDMap /Identity, FontFile2) or
//    CIDFontType0 (FontFile3), with /W, a ToUnicode CMap and ideographic-em-box extents;
//  - the Info dictionary: the given texts as UTF-16BE strings, CreationDate and ModDate from
//    info.date at 00:00 +08'00', Producer "docpipe";
//  - the outline from `outline` (PageMode /UseOutlines when non-empty);
//  - object streams and an ID derived from the content, so the same input gives the same bytes.
// Never throws; on failure reports errors and returns false, leaving pdf_out untouched.
bool assemble_pdf(const std::vector<std::string>& contents, const std::vector<FontResource>& fonts,
                  const DocumentInfo& info, const std::vector<OutlineEntry>& outline,
                  std::string& pdf_out, Diagnostics& diags, PageSize size = {},
                  const std::vector<ImageResource>& images = {});

}  // namespace docpipe::pdf
