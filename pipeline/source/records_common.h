// Internal to the records_*.cpp files: records as CSV fields (so edits reuse the import's
// row checks), the write transaction every change runs in, issued documents a date touches.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <functional>
#include <map>

#include "source/import_rows.h"
#include "source/records.h"

namespace docpipe::source {

// The record's fields in the order of its import columns.
std::vector<std::string> unit_fields(const Unit& u);
std::vector<std::string> item_fields(const RegisterItem& it);
std::vector<std::string> value_fields(const IndicatorValue& v);

// A record as the import would read it: its current fields with the changes applied. A
// change to a field the kind does not have is reported (`what` names the command).
struct EditedRow {
  CsvRecord record;
  std::map<std::string, int> columns;
};
std::optional<EditedRow> apply_changes(const std::vector<ColumnSpec>& spec,
                                       std::vector<std::string> fields, const FieldChanges& changes,
                                       const std::string& what, Diagnostics& diags);

// "circular 2026-10", "quarterly 2026-Q4", "assessment 2026-H2" already produced for the
// months of `dates`.
std::vector<std::string> issued_documents(SQLite::Database& db, const std::vector<Date>& dates);

// Opens docpipe.db read-write and runs `change` in one BEGIN IMMEDIATE transaction,
// committed only if it returns an outcome.
std::optional<ChangeOutcome> in_write_transaction(
    const std::string& dir, Diagnostics& diags,
    const std::function<std::optional<ChangeOutcome>(SQLite::Database&)>& change);

std::string day_before(const Date& d);  // ISO text of the previous calendar day

}  // namespace docpipe::source
