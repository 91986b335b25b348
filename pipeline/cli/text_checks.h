// Text at the door, the part that needs the fonts (issue 17, class 3): every character of an
// imported CSV must be drawable by the configured fonts (a role's font or a fallback), and
// `validate` reports each stored record that can no longer be drawn (fonts.yaml changed) or
// holds an invisible character, with the record, so one bad record is found and fixed
// instead of failing every build that shows it.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::cli {

// Before an import: every field of FILE drawable by DIR/fonts.yaml's fonts (row:column).
bool check_csv_drawable(const std::string& csv_path, const std::string& data_dir,
                        Diagnostics& diags);

// For `docpipe validate` (a source::ValidationCheck): every stored name, title and author.
void check_stored_text(const source::DataSet& ds, Diagnostics& diags);

}  // namespace docpipe::cli
