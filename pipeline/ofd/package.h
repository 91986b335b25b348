// The OFD container (GB/T 33190-2016 §7.2): a ZIP archive written with libzip. Entries in the
// order given, each deflated, all stamped with one fixed date: same parts, same bytes.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::ofd {

struct Part {
  std::string path;   // inside the package, relative, '/'-separated: "Doc_0/Document.xml"
  std::string bytes;  // the file's content
};

// Zips `parts` into `out`. `date` ("YYYY-MM-DD", may be empty → 1980-01-01) is every entry's
// modification time at 00:00, written as a DOS date so no time zone enters the bytes.
bool zip_package(const std::vector<Part>& parts, const std::string& date, std::string& out,
                 Diagnostics& diags);

}  // namespace docpipe::ofd
