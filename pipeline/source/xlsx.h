// `docpipe import … FILE.xlsx [--sheet NAME]`: a sheet of an Excel workbook read directly,
// as the same table a CSV file gives (so the same row checks and all-or-nothing rule apply).
// Locations read "FILE.xlsx[Sheet]:row:column".
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "source/csv.h"

namespace docpipe::source {

bool is_xlsx_path(const std::string& path);  // ends in .xlsx

// The named sheet, or the first. Refuses merged cells and a header row with gaps (several
// header rows), error cells, and what is not a workbook, each with sheet and cell.
std::optional<CsvTable> read_xlsx(const std::string& path, const std::string& sheet,
                                  Diagnostics& diags);

}  // namespace docpipe::source
