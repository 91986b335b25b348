// A .docx is an OPC package: a ZIP of XML parts. Written with libzip into memory, the parts
// in the order given, every entry dated 1980-01-01 00:00 (the DOS epoch) and deflated at a
// fixed level, so the same parts always give the same bytes.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::docx {

struct Part {
  std::string name;   // path inside the package, e.g. "word/document.xml"
  std::string bytes;  // its content
};

// Zips `parts` into `out`. Reports one error (naming the part) if libzip fails.
bool zip_package(const std::vector<Part>& parts, std::string& out, Diagnostics& diags);

}  // namespace docpipe::docx
