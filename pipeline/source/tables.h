// Rows of docpipe.db as model structs: reading them back, and writing one record with a
// report of whether it was new, changed or already there (so a re-import says "0 new").
// Callers own the transaction; nothing here commits.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

#include "source/model.h"

namespace docpipe::source {

enum class Change { added, updated, unchanged };

struct ChangeCount {
  int added = 0, updated = 0, unchanged = 0;
  void count(Change c);
  std::string summary() const;  // "3 new, 1 updated, 12 unchanged"
};

std::vector<Unit> read_units(SQLite::Database& db);
std::vector<IndicatorValue> read_values(SQLite::Database& db);
std::vector<RegisterItem> read_items(SQLite::Database& db);

// Keyed by code. Sort order, dates and successor are replaced as given.
Change store_unit(SQLite::Database& db, const Unit& unit);
// Keyed by indicator × year × scope; a different value replaces the old one.
Change store_value(SQLite::Database& db, const IndicatorValue& value);
// Keyed by date × unit × title; author, channels and instructions are replaced as given.
Change store_item(SQLite::Database& db, const RegisterItem& item);

}  // namespace docpipe::source
