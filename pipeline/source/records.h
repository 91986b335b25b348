// Managing single records without SQL (`docpipe units|items|indicators list|show|edit|remove|
// export`, `units retire|rename`, `docpipe log`). Every change is one BEGIN IMMEDIATE
// transaction that also appends a row to audit_log (when, who, what, before, after); a
// refused change leaves docpipe.db byte for byte as it was. Checks are the import's own
// (the row readers of import_rows.h), so an edit can never store what an import would refuse.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/import.h"
#include "source/model.h"

namespace SQLite {
class Database;
}

namespace docpipe::source {

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at, by, action, record, before, after;
};
// Entries with `at` on or after `since` (every entry when empty), oldest first.
std::optional<std::vector<AuditEntry>> read_audit(const std::string& dir, const std::string& since,
                                                  Diagnostics& diags);

// One line per record, the same fields as the CSV columns: "date: 2026-03-05; unit: JCS; …".
std::string describe(const Unit& u);
std::string describe(const RegisterItem& it);
std::string describe(const IndicatorValue& v);

// A field given on the command line, by its CSV column name (title, unit, kind …).
using FieldChanges = std::vector<std::pair<std::string, std::string>>;

// What a change did, for the CLI to print.
struct ChangeOutcome {
  std::string record;  // "item 12", "unit JCS", "value review_applications 2026 JCS"
  std::string before, after;
  bool changed = false;
  // Issued periodic documents (produced_documents) whose period the record falls in:
  // "circular 2026-10" … `docpipe due` reports them stale if their figures changed.
  std::vector<std::string> issued;
};

std::optional<ChangeOutcome> edit_item(const std::string& dir, std::int64_t id,
                                       const FieldChanges& fields, const Actor& who,
                                       const Date& today, Diagnostics& diags);
// Moves the item to removed_items with its reason (kept, listed by `items list --removed`).
std::optional<ChangeOutcome> remove_item(const std::string& dir, std::int64_t id,
                                         const std::string& reason, const Actor& who,
                                         Diagnostics& diags);
std::optional<std::vector<RegisterItem>> removed_items(const std::string& dir,
                                                       std::vector<std::string>& reasons,
                                                       Diagnostics& diags);

// kind, parent, sort_order, active_from, active_until, successor (not name: see rename).
std::optional<ChangeOutcome> edit_unit(const std::string& dir, const std::string& code,
                                       const FieldChanges& fields, const Actor& who,
                                       const Date& today, Diagnostics& diags);
// 撤销: the unit's last day; items after it are refused from then on. Its past stays.
std::optional<ChangeOutcome> retire_unit(const std::string& dir, const std::string& code,
                                         const Date& last_day, const std::string& successor,
                                         const Actor& who, Diagnostics& diags);
// 更名: from `from` on the unit is called `name`; documents of earlier days keep the old one.
std::optional<ChangeOutcome> rename_unit(const std::string& dir, const std::string& code,
                                         const std::string& name, const Date& from,
                                         const Actor& who, Diagnostics& diags);
// Refused while items, figures, quotas or other units refer to it (retire it instead).
std::optional<ChangeOutcome> remove_unit(const std::string& dir, const std::string& code,
                                         const Actor& who, Diagnostics& diags);

// Sets (adds or replaces) one indicator value; `scope` empty = the whole region.
std::optional<ChangeOutcome> set_value(const std::string& dir, const FieldChanges& fields,
                                       const Actor& who, const Date& today, Diagnostics& diags);
std::optional<ChangeOutcome> remove_value(const std::string& dir, const std::string& indicator,
                                          int year, const std::string& scope, const Actor& who,
                                          Diagnostics& diags);

// The table as CSV that `import` reads back unchanged: UTF-8 with BOM (Excel opens it as
// UTF-8), CRLF, the import's English header. Returns the number of rows.
std::optional<int> export_csv(const std::string& dir, ImportKind kind, const std::string& path,
                              Diagnostics& diags);

// Appends one audit row; the caller owns the transaction.
void audit(SQLite::Database& db, const Actor& who, const std::string& action,
           const std::string& record, const std::string& before, const std::string& after);

}  // namespace docpipe::source
