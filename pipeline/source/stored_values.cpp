// Stored values that are not values (issue 17, class 11): the readers in tables.cpp turn a
// date that does not parse into no date and an amount into 0, which would silently drop an
// item from every count. docpipe's import never stores such text, so it means the file was
// edited by hand or damaged: each one is reported with its record, and nothing is built
// from it.
#include "source/stored_values.h"

#include "core/date.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

void report(const std::string& db_path, const std::string& record, const std::string& what,
            Diagnostics& diags) {
  diags.error({db_path, 0, 0, record}, what,
              "correct the record (import it again from its sheet) or restore docpipe.db");
}

}  // namespace

void check_stored_values(SQLite::Database& db, const std::string& db_path, Diagnostics& diags) {
  SQLite::Statement items(db, "SELECT id, date FROM register_items");
  while (items.executeStep()) {
    std::string date = items.getColumn(1).getString();
    if (!parse_date(date))
      report(db_path, "register item " + std::to_string(items.getColumn(0).getInt64()),
             "stored date '" + date + "' is not a date from " + std::to_string(first_year) +
                 " to " + std::to_string(last_year),
             diags);
  }
  SQLite::Statement units(db, "SELECT code, active_from, active_until FROM units");
  while (units.executeStep())
    for (int c : {1, 2}) {
      if (units.getColumn(c).isNull()) continue;
      std::string date = units.getColumn(c).getString();
      if (!date.empty() && !parse_date(date))
        report(
            db_path, "unit " + units.getColumn(0).getString(),
            std::string(c == 1 ? "active_from" : "active_until") + " '" + date + "' is not a date",
            diags);
    }
  SQLite::Statement values(db, "SELECT indicator, year, scope, value FROM indicator_values");
  while (values.executeStep()) {
    std::string v = values.getColumn(3).getString();
    if (!parse_amount(v))
      report(db_path,
             "indicator " + values.getColumn(0).getString() + " " +
                 std::to_string(values.getColumn(1).getInt()) + " " +
                 values.getColumn(2).getString(),
             "stored value '" + v + "' is not a number in the documented range", diags);
  }
}

}  // namespace docpipe::source
