// Text at the door, the part that needs the fonts (issue 17, class 3): every character of an
// imported CSV must be drawable by the configured fonts (a role's font or a fallback), and
// `validate` reports each stored record that can no longer be drawn (fonts.yaml changed) or
// holds an invisible character, with the record, so one bad record is found and fixed
// instead of failing every build that shows it.
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "source/model.h"
#include "source/records.h"

namespace docpipe::cli {

// Before an import: every field of FILE (a CSV, or SHEET of a workbook) drawable by
// DIR/fonts.yaml's fonts (row:column).
bool check_csv_drawable(const std::string& csv_path, const std::string& sheet,
                        const std::string& data_dir, Diagnostics& diags);

// Before `units|items|indicators edit` and `units rename` change the store: every value given
// on the command line through the import's door (no invisible character, valid UTF-8) and
// drawable by the fonts, so an edit can store nothing an import would refuse. `where` names
// the command ("items edit 12"); each message names the option.
bool check_edit_text(const std::string& where, const source::FieldChanges& fields,
                     const std::string& data_dir, Diagnostics& diags);

// For `docpipe validate` (a source::ValidationCheck): every stored name, title and author.
void check_stored_text(const source::DataSet& ds, Diagnostics& diags);

}  // namespace docpipe::cli
