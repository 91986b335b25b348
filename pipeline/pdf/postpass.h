// Post-pass over the PDF libharu wrote, with qpdf's library: what libharu gets wrong or cannot
// do (ToUnicode CMaps, subset tags, Unicode metadata, outline, deterministic bytes).
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "pdf/font_splice.h"

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

// Rewrites `pdf_in` and returns the new bytes in `pdf_out`:
//  - every Type0 font gets a valid ToUnicode CMap (bfchar/bfrange) for the CIDs its
//    CIDToGIDMap maps (libharu UTF-8 mode: CID == Unicode code point);
//  - every embedded font is named "TAG+Name" with TAG six letters hashed from its name and code
//    points, replacing libharu's load-order tag (HPDFAA, HPDFAB, ...);
//  - the Info dictionary is replaced: the given texts as UTF-16BE strings, CreationDate and
//    ModDate from info.date at 00:00 +08'00', Producer "docpipe";
//  - the outline is built from `outline` (PageMode /UseOutlines when non-empty);
//  - the file is written compressed, with object streams and an ID derived from the content,
//    so the same input gives byte-identical output.
// Never throws; on failure reports errors and returns false, leaving pdf_out untouched.
//  - fonts named in `splices` first get their real subset, CIDToGIDMap, /W and FontBBox in
//    place of the stand-in libharu embedded (font_splice.h).
bool postprocess(const std::string& pdf_in, const DocumentInfo& info,
                 const std::vector<OutlineEntry>& outline, std::string& pdf_out, Diagnostics& diags,
                 const std::vector<FontSplice>& splices = {});

}  // namespace docpipe::pdf
