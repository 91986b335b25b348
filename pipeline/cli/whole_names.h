// The organisation names a title keeps whole (§7.3.1: never broken inside an organisation
// name that appears in the data's units): from a data folder, or from a file for `render`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::cli {

// The office's own names (机关, 印发机关) and every unit's name, current and former.
std::vector<std::string> organisation_names(const source::DataSet& ds);

// `render --units FILE`: one name a line (UTF-8; blank lines and surrounding spaces ignored).
// A name with a character a title cannot hold (a tab, a control character) is an error with
// its file:line; nullopt after reporting.
std::optional<std::vector<std::string>> read_names_file(const std::string& path,
                                                        Diagnostics& diags);

}  // namespace docpipe::cli
