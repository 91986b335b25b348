#include "source/tables.h"

#include <algorithm>

#include "source/text_forms.h"

namespace docpipe::source {
namespace {

std::optional<Date> column_date(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return parse_date(c.getString());
}

void bind_optional(SQLite::Statement& st, int index, const std::optional<Date>& d) {
  if (d)
    st.bind(index, d->iso());
  else
    st.bind(index);
}

void bind_text_or_null(SQLite::Statement& st, int index, const std::string& s) {
  if (s.empty())
    st.bind(index);
  else
    st.bind(index, s);
}

bool same_unit(const Unit& a, const Unit& b) {
  return a.name == b.name && a.kind == b.kind && a.parent == b.parent &&
         a.sort_order == b.sort_order && a.active_from == b.active_from &&
         a.active_until == b.active_until && a.successor == b.successor;
}

std::vector<std::string> item_channels(SQLite::Database& db, std::int64_t id) {
  std::vector<std::string> out;
  SQLite::Statement st(db, "SELECT channel FROM item_adoptions WHERE item = ? ORDER BY channel");
  st.bind(1, static_cast<int64_t>(id));
  while (st.executeStep()) out.push_back(st.getColumn(0).getString());
  return out;
}

}  // namespace

void ChangeCount::count(Change c) {
  if (c == Change::added)
    ++added;
  else if (c == Change::updated)
    ++updated;
  else
    ++unchanged;
}

std::string ChangeCount::summary() const {
  return std::to_string(added) + " new, " + std::to_string(updated) + " updated, " +
         std::to_string(unchanged) + " unchanged";
}

std::vector<Unit> read_units(SQLite::Database& db) {
  std::vector<Unit> out;
  SQLite::Statement st(db,
                       "SELECT code, name, kind, parent, sort_order, active_from, active_until, "
                       "successor FROM units ORDER BY sort_order, code");
  while (st.executeStep()) {
    Unit u;
    u.code = st.getColumn(0).getString();
    u.name = st.getColumn(1).getString();
    u.kind = st.getColumn(2).getString();
    u.parent = st.getColumn(3).getString();
    u.sort_order = st.getColumn(4).getInt();
    u.active_from = column_date(st.getColumn(5));
    u.active_until = column_date(st.getColumn(6));
    u.successor = st.getColumn(7).getString();
    out.push_back(std::move(u));
  }
  SQLite::Statement names(db, "SELECT code, name, until FROM unit_names ORDER BY code, until");
  while (names.executeStep()) {
    for (auto& u : out)
      if (u.code == names.getColumn(0).getString())
        u.former_names.push_back({names.getColumn(1).getString(),
                                  parse_date(names.getColumn(2).getString()).value_or(Date{})});
  }
  return out;
}

std::vector<IndicatorValue> read_values(SQLite::Database& db) {
  std::vector<IndicatorValue> out;
  SQLite::Statement st(db,
                       "SELECT indicator, year, scope, value FROM indicator_values "
                       "ORDER BY indicator, year, scope");
  while (st.executeStep()) {
    IndicatorValue v;
    v.indicator = st.getColumn(0).getString();
    v.year = st.getColumn(1).getInt();
    v.scope = st.getColumn(2).getString();
    v.value = parse_amount(st.getColumn(3).getString()).value_or(Decimal{});
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<RegisterItem> read_items(SQLite::Database& db) {
  std::vector<RegisterItem> out;
  SQLite::Statement st(db,
                       "SELECT id, date, unit, title, author, instructions FROM register_items "
                       "ORDER BY date, unit, title");
  while (st.executeStep()) {
    RegisterItem it;
    it.id = st.getColumn(0).getInt64();
    it.date = parse_date(st.getColumn(1).getString()).value_or(Date{});
    it.unit = st.getColumn(2).getString();
    it.title = st.getColumn(3).getString();
    it.author = st.getColumn(4).getString();
    it.instructions = st.getColumn(5).getInt();
    out.push_back(std::move(it));
  }
  for (auto& it : out) it.adopted_by = item_channels(db, it.id);
  return out;
}

Change store_unit(SQLite::Database& db, const Unit& unit) {
  std::optional<Unit> old;
  for (const Unit& u : read_units(db))
    if (u.code == unit.code) old = u;
  if (old && same_unit(*old, unit)) return Change::unchanged;
  SQLite::Statement st(db,
                       "INSERT OR REPLACE INTO units (code, name, kind, parent, sort_order, "
                       "active_from, active_until, successor) VALUES (?,?,?,?,?,?,?,?)");
  st.bind(1, unit.code);
  st.bind(2, unit.name);
  st.bind(3, unit.kind);
  bind_text_or_null(st, 4, unit.parent);
  st.bind(5, unit.sort_order);
  bind_optional(st, 6, unit.active_from);
  bind_optional(st, 7, unit.active_until);
  bind_text_or_null(st, 8, unit.successor);
  st.exec();
  return old ? Change::updated : Change::added;
}

Change store_value(SQLite::Database& db, const IndicatorValue& v) {
  SQLite::Statement q(db,
                      "SELECT value FROM indicator_values WHERE indicator = ? AND year = ? AND "
                      "scope = ?");
  q.bind(1, v.indicator);
  q.bind(2, v.year);
  q.bind(3, v.scope);
  bool exists = q.executeStep();
  // Compare the text, not the number: 1.50 replacing 1.5 is a change an editor made.
  if (exists && q.getColumn(0).getString() == v.value.text()) return Change::unchanged;
  SQLite::Statement st(db,
                       "INSERT OR REPLACE INTO indicator_values (indicator, year, scope, value) "
                       "VALUES (?,?,?,?)");
  st.bind(1, v.indicator);
  st.bind(2, v.year);
  st.bind(3, v.scope);
  st.bind(4, v.value.text());
  st.exec();
  return exists ? Change::updated : Change::added;
}

Change store_item(SQLite::Database& db, const RegisterItem& item) {
  std::vector<std::string> channels = item.adopted_by;
  std::sort(channels.begin(), channels.end());
  SQLite::Statement q(db,
                      "SELECT id, author, instructions FROM register_items WHERE date = ? AND "
                      "unit = ? AND title = ?");
  q.bind(1, item.date.iso());
  q.bind(2, item.unit);
  q.bind(3, item.title);
  std::int64_t id = 0;
  const bool existed = q.executeStep();
  if (existed) {
    id = q.getColumn(0).getInt64();
    if (q.getColumn(1).getString() == item.author && q.getColumn(2).getInt() == item.instructions &&
        item_channels(db, id) == channels)
      return Change::unchanged;
    SQLite::Statement up(db, "UPDATE register_items SET author = ?, instructions = ? WHERE id = ?");
    up.bind(1, item.author);
    up.bind(2, item.instructions);
    up.bind(3, static_cast<int64_t>(id));
    up.exec();
    SQLite::Statement del(db, "DELETE FROM item_adoptions WHERE item = ?");
    del.bind(1, static_cast<int64_t>(id));
    del.exec();
  } else {
    SQLite::Statement ins(db,
                          "INSERT INTO register_items (date, unit, title, author, instructions) "
                          "VALUES (?,?,?,?,?)");
    ins.bind(1, item.date.iso());
    ins.bind(2, item.unit);
    ins.bind(3, item.title);
    ins.bind(4, item.author);
    ins.bind(5, item.instructions);
    ins.exec();
    id = db.getLastInsertRowid();
  }
  for (const auto& c : channels) {
    SQLite::Statement a(db, "INSERT INTO item_adoptions (item, channel) VALUES (?, ?)");
    a.bind(1, static_cast<int64_t>(id));
    a.bind(2, c);
    a.exec();
  }
  return existed ? Change::updated : Change::added;
}

}  // namespace docpipe::source
