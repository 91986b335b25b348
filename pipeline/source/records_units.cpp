// Units (单位): edit, retire (撤销) at a date, rename (更名) from a date, remove.
// A unit's past stays readable: retiring keeps it and its items; renaming keeps the old
// name for the days before, so documents of those days come out the same.
#include <SQLiteCpp/SQLiteCpp.h>

#include "core/spelling.h"
#include "source/config.h"
#include "source/records_common.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

std::optional<Unit> find_unit_row(SQLite::Database& db, const std::string& code,
                                  const std::string& what, Diagnostics& diags) {
  std::vector<std::string> codes;
  for (auto& u : read_units(db)) {
    if (u.code == code) return u;
    codes.push_back(u.code);
  }
  diags.error({what}, "there is no unit '" + code + "'" + did_you_mean(code, codes),
              "`docpipe units list` shows every unit with its code");
  return std::nullopt;
}

// Items of the unit dated outside [from, until] would be counted for a unit that did not
// exist; the change is refused and the first such item named.
bool items_within(SQLite::Database& db, const Unit& u, const std::string& what,
                  Diagnostics& diags) {
  SQLite::Statement q(db,
                      "SELECT id, date, COUNT(*) OVER () FROM register_items WHERE unit = ? AND "
                      "(date < ? OR date > ?) ORDER BY date LIMIT 1");
  q.bind(1, u.code);
  q.bind(2, u.active_from ? u.active_from->iso() : "0000-00-00");
  q.bind(3, u.active_until ? u.active_until->iso() : "9999-99-99");
  if (!q.executeStep()) return true;
  diags.error(
      {what},
      q.getColumn(2).getString() + " register item(s) of " + u.code +
          " lie outside its active dates (first: item " + q.getColumn(0).getString() + " of " +
          q.getColumn(1).getString() + ")",
      u.successor.empty()
          ? "check the date, or move the items: `docpipe items edit ID --unit CODE`"
          : "move them to the successor: `docpipe items edit ID --unit " + u.successor + "`");
  return false;
}

bool links_known(SQLite::Database& db, Unit& u, const std::string& what, Diagnostics& diags) {
  bool ok = true;
  auto units = read_units(db);
  for (std::string* link : {&u.parent, &u.successor}) {
    if (link->empty()) continue;
    const Unit* target = nullptr;
    for (const auto& c : units)
      if (c.code == *link || c.name == *link) target = &c;
    if (!target || target->code == u.code) {
      diags.error({what},
                  std::string(link == &u.parent ? "parent" : "successor") + " '" + *link +
                      "' is not another known unit",
                  "give the code of another unit (`docpipe units list`)");
      ok = false;
    } else {
      *link = target->code;
    }
  }
  return ok;
}

// Stores the changed unit and logs it; `changed` false when nothing differs.
std::optional<ChangeOutcome> save_unit(SQLite::Database& db, const Unit& old, const Unit& now,
                                       const Actor& who, const std::string& action,
                                       const std::string& what, Diagnostics& diags) {
  if (!items_within(db, now, what, diags)) return std::nullopt;
  ChangeOutcome out{"unit " + now.code, describe(old), describe(now)};
  out.changed = out.before != out.after;
  if (!out.changed) return out;
  store_unit(db, now);
  audit(db, who, action, out.record, out.before, out.after);
  return out;
}

}  // namespace

std::optional<ChangeOutcome> edit_unit(const std::string& dir, const std::string& code,
                                       const FieldChanges& fields, const Actor& who,
                                       const Date& today, Diagnostics& diags) {
  const std::string what = "units edit " + code;
  for (const auto& [name, value] : fields)
    if (name == "code" || name == "name") {
      diags.error({what}, "units edit does not change the " + name,
                  name == "name" ? "`docpipe units rename " + code +
                                       " NEW_NAME --from DATE` "
                                       "keeps the old name for earlier documents"
                                 : "a code is the unit's key; add a new unit and retire this one");
      return std::nullopt;
    }
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_unit_row(db, code, what, diags);
        if (!old) return std::nullopt;
        auto row = apply_changes(unit_columns, unit_fields(*old), fields, what, diags);
        if (!row) return std::nullopt;
        DataSet ref;
        ref.units = read_units(db);
        if (!succeeds(diags, [&](Diagnostics& d) { load_office(dir, ref, d); }))
          return std::nullopt;
        RowReader r(what, row->record, row->columns, ref, today, diags);
        auto edited = read_unit_row(r);
        if (!edited || !links_known(db, *edited, what, diags)) return std::nullopt;
        edited->former_names = old->former_names;
        if (edited->active_from && edited->active_until &&
            *edited->active_until < *edited->active_from) {
          diags.error({what}, "active_until is before active_from");
          return std::nullopt;
        }
        return save_unit(db, *old, *edited, who, "units edit", what, diags);
      });
}

std::optional<ChangeOutcome> retire_unit(const std::string& dir, const std::string& code,
                                         const Date& last_day, const std::string& successor,
                                         const Actor& who, Diagnostics& diags) {
  const std::string what = "units retire " + code;
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_unit_row(db, code, what, diags);
        if (!old) return std::nullopt;
        if (old->active_from && last_day < *old->active_from) {
          diags.error({what}, "--on " + last_day.iso() + " is before the unit began (" +
                                  old->active_from->iso() + ")");
          return std::nullopt;
        }
        Unit now = *old;
        now.active_until = last_day;
        if (!successor.empty()) now.successor = successor;
        if (!links_known(db, now, what, diags)) return std::nullopt;
        auto out = save_unit(db, *old, now, who, "units retire", what, diags);
        if (out) out->issued = issued_documents(db, {last_day});
        return out;
      });
}

std::optional<ChangeOutcome> rename_unit(const std::string& dir, const std::string& code,
                                         const std::string& name, const Date& from,
                                         const Actor& who, Diagnostics& diags) {
  const std::string what = "units rename " + code;
  if (name.empty() || utf8_length(name) > 100) {
    diags.error({what}, "the new name should be 1 to 100 characters");
    return std::nullopt;
  }
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_unit_row(db, code, what, diags);
        if (!old) return std::nullopt;
        if (old->name == name) {
          diags.error({what}, code + " is already called " + name);
          return std::nullopt;
        }
        const std::string until = day_before(from);
        if (!old->former_names.empty() && until <= old->former_names.back().until.iso()) {
          diags.error({what},
                      "--from " + from.iso() + " is not after the last rename (" +
                          old->former_names.back().until.iso() + ")",
                      "renames go forward in time; give a later date");
          return std::nullopt;
        }
        SQLite::Statement st(db, "INSERT INTO unit_names (code, name, until) VALUES (?,?,?)");
        st.bind(1, code);
        st.bind(2, old->name);
        st.bind(3, until);
        st.exec();
        SQLite::Statement up(db, "UPDATE units SET name = ? WHERE code = ?");
        up.bind(1, name);
        up.bind(2, code);
        up.exec();
        Unit now = *old;
        now.name = name;
        now.former_names.push_back({old->name, *parse_date(until)});
        ChangeOutcome out{"unit " + code, describe(*old), describe(now), true};
        audit(db, who, "units rename", out.record, out.before, out.after);
        return out;
      });
}

std::optional<ChangeOutcome> remove_unit(const std::string& dir, const std::string& code,
                                         const Actor& who, Diagnostics& diags) {
  const std::string what = "units remove " + code;
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_unit_row(db, code, what, diags);
        if (!old) return std::nullopt;
        const std::pair<const char*, const char*> uses[] = {
            {"SELECT COUNT(*) FROM register_items WHERE unit = ?", "register item(s)"},
            {"SELECT COUNT(*) FROM removed_items WHERE unit = ?", "removed item(s) in the history"},
            {"SELECT COUNT(*) FROM indicator_values WHERE scope = ?", "indicator value(s)"},
            {"SELECT COUNT(*) FROM units WHERE parent = ?1 OR successor = ?1", "other unit(s)"},
            {"SELECT COUNT(*) FROM evaluation_entries WHERE unit = ?", "考评 entr(y/ies)"},
            {"SELECT COUNT(*) FROM tasks WHERE lead = ?1", "task(s) it leads"},
            {"SELECT COUNT(*) FROM task_units WHERE unit = ?1", "task(s) it shares"},
        };
        std::string refs;
        for (const auto& [sql, noun] : uses) {
          SQLite::Statement q(db, sql);
          q.bind(1, code);
          q.executeStep();
          if (int n = q.getColumn(0).getInt())
            refs += (refs.empty() ? "" : ", ") + std::to_string(n) + " " + noun;
        }
        DataSet quotas;
        quotas.units = {*old};
        Diagnostics ignored;
        load_quotas(dir, quotas, ignored);
        if (quotas.quotas.per_unit.count(code))
          refs += std::string(refs.empty() ? "" : ", ") + "its quota in quotas.yaml";
        if (!refs.empty()) {
          diags.error({what}, code + " is still referred to by " + refs,
                      "retire it instead (`docpipe units retire " + code +
                          " --on DATE`): its past stays in the documents");
          return std::nullopt;
        }
        SQLite::Statement names(db, "DELETE FROM unit_names WHERE code = ?");
        names.bind(1, code);
        names.exec();
        SQLite::Statement del(db, "DELETE FROM units WHERE code = ?");
        del.bind(1, code);
        del.exec();
        ChangeOutcome out{"unit " + code, describe(*old), "removed", true};
        audit(db, who, "units remove", out.record, out.before, out.after);
        return out;
      });
}

}  // namespace docpipe::source
