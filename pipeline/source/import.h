// `docpipe import units|indicators|items FILE.csv|FILE.xlsx`: all or nothing. Every row is checked
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

// Who changes the data and when. Set by the CLI (--by or the login name; the clock), so the
// data layer reads no environment and no clock.
struct Actor {
  std::string by;
  std::string at;  // ISO 8601 UTC, e.g. 2026-12-01T17:40:05Z
};

// Dates after `today` are refused (the register cannot hold tomorrow's submissions). An
// import that changed something is written to the audit log when `who` is given.
std::optional<ImportResult> import_csv(const std::string& data_dir, ImportKind kind,
                                       const std::string& csv_path, const Date& today,
                                       Diagnostics& diags, const Actor& who = {},
                                       const std::string& sheet = "");

}  // namespace docpipe::source
