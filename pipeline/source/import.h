// `docpipe import units|indicators|items FILE.csv`: all or nothing. Every row is checked
// against the database and the YAML catalogues inside one BEGIN IMMEDIATE transaction;
// one bad row means nothing is written and docpipe.db keeps every byte.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "source/model.h"
#include "source/tables.h"

namespace docpipe::source {

enum class ImportKind { units, indicators, items };
std::optional<ImportKind> parse_import_kind(const std::string& word);

struct ImportResult {
  std::string encoding;
  int rows = 0;
  ChangeCount changes;
};

// Dates after `today` are refused (the register cannot hold tomorrow's submissions).
std::optional<ImportResult> import_csv(const std::string& data_dir, ImportKind kind,
                                       const std::string& csv_path, const Date& today,
                                       Diagnostics& diags);

}  // namespace docpipe::source
