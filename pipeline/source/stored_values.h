// Checks the text of stored dates and amounts (stored_values.cpp).
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "core/diagnostics.h"

namespace docpipe::source {

// One error per stored date or amount the parsers refuse, naming its record.
void check_stored_values(SQLite::Database& db, const std::string& db_path, Diagnostics& diags);

}  // namespace docpipe::source
