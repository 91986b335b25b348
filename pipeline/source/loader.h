// Reading a whole data folder into a DataSet: docpipe.db (read-only, never modified) plus
// every YAML file and the briefs' Markdown. Every problem is reported, not just the first.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

// Returns nothing if any error was reported (the reasons are in `diags`).
std::optional<DataSet> load_data_folder(const std::string& dir, Diagnostics& diags);

}  // namespace docpipe::source
