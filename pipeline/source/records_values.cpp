// Indicator values (指标数值): set one, remove one. Keyed by indicator × year × scope.
#include <SQLiteCpp/SQLiteCpp.h>

#include "source/config.h"
#include "source/records_common.h"
#include "source/tables.h"

namespace docpipe::source {

std::optional<ChangeOutcome> set_value(const std::string& dir, const FieldChanges& fields,
                                       const Actor& who, const Date& today, Diagnostics& diags) {
  const std::string what = "indicators set";
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto row = apply_changes(indicator_columns, {"", "", "", ""}, fields, what, diags);
        if (!row) return std::nullopt;
        DataSet ref;
        ref.units = read_units(db);
        if (!succeeds(diags, [&](Diagnostics& d) { load_indicators(dir, ref, d); }))
          return std::nullopt;
        RowReader r(what, row->record, row->columns, ref, today, diags);
        auto v = read_value_row(r);
        if (!v) return std::nullopt;
        std::string old_text;
        for (const auto& o : read_values(db))
          if (o.indicator == v->indicator && o.year == v->year && o.scope == v->scope)
            old_text = describe(o);
        ChangeOutcome out{"value " + v->indicator + " " + std::to_string(v->year) +
                              (v->scope.empty() ? "" : " " + v->scope),
                          old_text, describe(*v)};
        out.changed = store_value(db, *v) != Change::unchanged;
        if (out.changed) audit(db, who, "indicators set", out.record, out.before, out.after);
        return out;
      });
}

std::optional<ChangeOutcome> remove_value(const std::string& dir, const std::string& indicator,
                                          int year, const std::string& scope, const Actor& who,
                                          Diagnostics& diags) {
  const std::string record =
      "value " + indicator + " " + std::to_string(year) + (scope.empty() ? "" : " " + scope);
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        for (const auto& o : read_values(db)) {
          if (o.indicator != indicator || o.year != year || o.scope != scope) continue;
          SQLite::Statement del(db,
                                "DELETE FROM indicator_values WHERE indicator = ? AND year = ? "
                                "AND scope = ?");
          del.bind(1, indicator);
          del.bind(2, year);
          del.bind(3, scope);
          del.exec();
          ChangeOutcome out{record, describe(o), "removed", true};
          audit(db, who, "indicators remove", record, out.before, out.after);
          return out;
        }
        diags.error({"indicators remove"}, "there is no " + record,
                    "`docpipe indicators list --year " + std::to_string(year) +
                        "` shows the stored values");
        return std::nullopt;
      });
}

}  // namespace docpipe::source
