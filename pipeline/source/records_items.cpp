// Register items (政务信息登记): edit one by its id, remove one with a reason (kept).
#include <SQLiteCpp/SQLiteCpp.h>

#include "source/config.h"
#include "source/records_common.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

std::optional<RegisterItem> find_item(SQLite::Database& db, std::int64_t id,
                                      const std::string& what, Diagnostics& diags) {
  for (auto& it : read_items(db))
    if (it.id == id) return it;
  diags.error({what}, "there is no register item " + std::to_string(id),
              "`docpipe items list` shows every item with its id");
  return std::nullopt;
}

// The same date, unit and title as another item would make them one in every count.
bool unique_elsewhere(SQLite::Database& db, const RegisterItem& it, const std::string& what,
                      Diagnostics& diags) {
  SQLite::Statement q(db,
                      "SELECT id FROM register_items WHERE date = ? AND unit = ? AND title = ? "
                      "AND id <> ?");
  q.bind(1, it.date.iso());
  q.bind(2, it.unit);
  q.bind(3, it.title);
  q.bind(4, static_cast<int64_t>(it.id));
  if (!q.executeStep()) return true;
  const std::string other = q.getColumn(0).getString();
  diags.error({what}, "item " + other + " already has this date, unit and title",
              "if the two are the same submission, remove one: `docpipe items remove " + other +
                  " --reason 重复`");
  return false;
}

void write_item(SQLite::Database& db, const RegisterItem& it) {
  SQLite::Statement up(db,
                       "UPDATE register_items SET date = ?, unit = ?, title = ?, author = ?, "
                       "instructions = ? WHERE id = ?");
  up.bind(1, it.date.iso());
  up.bind(2, it.unit);
  up.bind(3, it.title);
  up.bind(4, it.author);
  up.bind(5, it.instructions);
  up.bind(6, static_cast<int64_t>(it.id));
  up.exec();
  SQLite::Statement del(db, "DELETE FROM item_adoptions WHERE item = ?");
  del.bind(1, static_cast<int64_t>(it.id));
  del.exec();
  for (const auto& c : it.adopted_by) {
    SQLite::Statement a(db, "INSERT INTO item_adoptions (item, channel) VALUES (?, ?)");
    a.bind(1, static_cast<int64_t>(it.id));
    a.bind(2, c);
    a.exec();
  }
}

}  // namespace

std::optional<ChangeOutcome> edit_item(const std::string& dir, std::int64_t id,
                                       const FieldChanges& fields, const Actor& who,
                                       const Date& today, Diagnostics& diags) {
  const std::string what = "items edit " + std::to_string(id);
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_item(db, id, what, diags);
        if (!old) return std::nullopt;
        auto row = apply_changes(item_columns, item_fields(*old), fields, what, diags);
        if (!row) return std::nullopt;
        DataSet ref;
        ref.units = read_units(db);
        if (!succeeds(diags, [&](Diagnostics& d) { load_channels(dir, ref, d); }))
          return std::nullopt;
        RowReader r(what, row->record, row->columns, ref, today, diags);
        auto edited = read_item_row(r);
        if (!edited) return std::nullopt;
        edited->id = id;
        if (!unique_elsewhere(db, *edited, what, diags)) return std::nullopt;
        ChangeOutcome out{"item " + std::to_string(id), describe(*old), describe(*edited)};
        out.changed = out.before != out.after;
        if (!out.changed) return out;
        write_item(db, *edited);
        audit(db, who, "items edit", out.record, out.before, out.after);
        out.issued = issued_documents(db, {old->date, edited->date});
        return out;
      });
}

std::optional<ChangeOutcome> remove_item(const std::string& dir, std::int64_t id,
                                         const std::string& reason, const Actor& who,
                                         Diagnostics& diags) {
  const std::string what = "items remove " + std::to_string(id);
  if (reason.find_first_not_of(" \t") == std::string::npos) {
    diags.error({what}, "a removed item needs its reason",
                "say why, e.g. --reason 重复登记 (kept with the item in the history)");
    return std::nullopt;
  }
  return in_write_transaction(
      dir, diags, [&](SQLite::Database& db) -> std::optional<ChangeOutcome> {
        auto old = find_item(db, id, what, diags);
        if (!old) return std::nullopt;
        std::string channels;
        for (const auto& c : old->adopted_by) channels += (channels.empty() ? "" : ";") + c;
        SQLite::Statement keep(db,
                               "INSERT INTO removed_items (id, date, unit, title, author, "
                               "instructions, adopted_by, reason, removed_at, removed_by) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?)");
        keep.bind(1, static_cast<int64_t>(id));
        keep.bind(2, old->date.iso());
        keep.bind(3, old->unit);
        keep.bind(4, old->title);
        keep.bind(5, old->author);
        keep.bind(6, old->instructions);
        keep.bind(7, channels);
        keep.bind(8, reason);
        keep.bind(9, who.at);
        keep.bind(10, who.by);
        keep.exec();
        SQLite::Statement del(db, "DELETE FROM register_items WHERE id = ?");
        del.bind(1, static_cast<int64_t>(id));
        del.exec();  // its adoptions go with it (ON DELETE CASCADE)
        ChangeOutcome out{"item " + std::to_string(id), describe(*old), "removed: " + reason};
        out.changed = true;
        audit(db, who, "items remove", out.record, out.before, out.after);
        out.issued = issued_documents(db, {old->date});
        return out;
      });
}

std::optional<std::vector<RegisterItem>> removed_items(const std::string& dir,
                                                       std::vector<std::string>& reasons,
                                                       Diagnostics& diags) {
  auto db = open_store(dir, OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  std::vector<RegisterItem> out;
  try {
    SQLite::Statement st(*db,
                         "SELECT id, date, unit, title, author, instructions, adopted_by, reason, "
                         "removed_at, removed_by FROM removed_items ORDER BY seq");
    while (st.executeStep()) {
      RegisterItem it;
      it.id = st.getColumn(0).getInt64();
      it.date = parse_date(st.getColumn(1).getString()).value_or(Date{});
      it.unit = st.getColumn(2).getString();
      it.title = st.getColumn(3).getString();
      it.author = st.getColumn(4).getString();
      it.instructions = st.getColumn(5).getInt();
      std::string channels = st.getColumn(6).getString();
      for (size_t start = 0; start < channels.size();) {
        size_t end = channels.find(';', start);
        if (end == std::string::npos) end = channels.size();
        it.adopted_by.push_back(channels.substr(start, end - start));
        start = end + 1;
      }
      reasons.push_back(st.getColumn(7).getString() + " (" + st.getColumn(8).getString() + ", " +
                        st.getColumn(9).getString() + ")");
      out.push_back(std::move(it));
    }
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return std::nullopt;
  }
  return out;
}

}  // namespace docpipe::source
