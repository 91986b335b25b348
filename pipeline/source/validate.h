// Checks across the files of a data folder, and the `docpipe validate` entry point.
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

// Rows in docpipe.db that the YAML no longer explains (an indicator removed from the
// catalogue, a channel renamed), units whose dates contradict each other, items submitted
// by a unit that did not exist that day. Reports every one.
void check_consistency(const DataSet& ds, Diagnostics& diags);

// A check another stage contributes to `docpipe validate` (templates are checked by
// compose; it adds its check to the list in cli/cmd_validate.cpp).
struct ValidationCheck {
  const char* name;
  void (*run)(const DataSet& ds, Diagnostics& diags);
};

// Loads and checks everything; on success `summary` says what the folder holds:
// "17 units, 41 indicators, 164 values, ...". Returns true if no errors.
bool validate_data_folder(const std::string& dir, const std::vector<ValidationCheck>& extra,
                          Diagnostics& diags, std::string& summary);

}  // namespace docpipe::source
