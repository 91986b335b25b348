// What every record command shares: describing a record, the audit log, issued documents a
// change touches, and CSV export.
#include "source/records.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

#include "core/atomic_file.h"
#include "core/spelling.h"
#include "source/records_common.h"
#include "source/store.h"
#include "source/tables.h"

namespace docpipe::source {

namespace {

std::string opt_date(const std::optional<Date>& d) {
  return d ? d->iso() : "";
}

std::string join_channels(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ";") + c;
  return out;
}

// RFC 4180: quote a field holding a separator, a quote or a line break.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\r\n";
}

}  // namespace

std::vector<std::string> unit_fields(const Unit& u) {
  return {u.code,
          u.name,
          u.kind,
          u.parent,
          std::to_string(u.sort_order),
          opt_date(u.active_from),
          opt_date(u.active_until),
          u.successor};
}

std::vector<std::string> item_fields(const RegisterItem& it) {
  return {it.date.iso(),
          it.unit,
          it.title,
          it.author,
          join_channels(it.adopted_by),
          std::to_string(it.instructions)};
}

std::vector<std::string> value_fields(const IndicatorValue& v) {
  return {v.indicator, std::to_string(v.year), v.value.text(), v.scope};
}

std::string describe_fields(const std::vector<ColumnSpec>& spec,
                            const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < spec.size() && i < fields.size(); ++i) {
    if (fields[i].empty()) continue;
    out += (out.empty() ? "" : "; ") + spec[i].name + ": " + fields[i];
  }
  return out;
}

std::string describe(const Unit& u) {
  std::string s = describe_fields(unit_columns, unit_fields(u));
  for (const auto& f : u.former_names) s += "; called " + f.name + " until " + f.until.iso();
  return s;
}

std::string describe(const RegisterItem& it) {
  return describe_fields(item_columns, item_fields(it));
}

std::string describe(const IndicatorValue& v) {
  return describe_fields(indicator_columns, value_fields(v));
}

void audit(SQLite::Database& db, const Actor& who, const std::string& action,
           const std::string& record, const std::string& before, const std::string& after) {
  SQLite::Statement st(db,
                       "INSERT INTO audit_log (at, by, action, record, before, after) "
                       "VALUES (?,?,?,?,?,?)");
  st.bind(1, who.at);
  st.bind(2, who.by);
  st.bind(3, action);
  st.bind(4, record);
  st.bind(5, before);
  st.bind(6, after);
  st.exec();
}

std::optional<std::vector<AuditEntry>> read_audit(const std::string& dir, const std::string& since,
                                                  Diagnostics& diags) {
  auto db = open_store(dir, OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  std::vector<AuditEntry> out;
  try {
    SQLite::Statement st(*db,
                         "SELECT seq, at, by, action, record, before, after FROM audit_log "
                         "WHERE at >= ? ORDER BY seq");
    st.bind(1, since);
    while (st.executeStep())
      out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                     st.getColumn(2).getString(), st.getColumn(3).getString(),
                     st.getColumn(4).getString(), st.getColumn(5).getString(),
                     st.getColumn(6).getString()});
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return std::nullopt;
  }
  return out;
}

std::vector<std::string> issued_documents(SQLite::Database& db, const std::vector<Date>& dates) {
  std::vector<std::string> out;
  SQLite::Statement st(db,
                       "SELECT kind, period FROM produced_documents WHERE sha256 IS NOT NULL "
                       "ORDER BY kind, period");
  while (st.executeStep()) {
    const std::string kind = st.getColumn(0).getString();
    const std::string period = st.getColumn(1).getString();
    for (const Date& d : dates) {
      const std::string y = std::to_string(d.year);
      const std::string month = d.iso().substr(0, 7);
      const std::string quarter = y + "-Q" + std::to_string((d.month - 1) / 3 + 1);
      const std::string half = y + "-H" + (d.month <= 6 ? "1" : "2");
      const std::string want = kind == "circular" ? month : kind == "quarterly" ? quarter : half;
      const std::string name = kind + " " + period;
      if (period == want && std::find(out.begin(), out.end(), name) == out.end())
        out.push_back(name);
    }
  }
  return out;
}

std::optional<ChangeOutcome> in_write_transaction(
    const std::string& dir, Diagnostics& diags,
    const std::function<std::optional<ChangeOutcome>(SQLite::Database&)>& change) {
  auto db = open_store(dir, OpenMode::read_write, diags);
  if (!db) return std::nullopt;
  try {
    // IMMEDIATE: the record and everything it is checked against cannot change meanwhile.
    // Any failure rolls back (destructor): a refused change writes nothing.
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    std::optional<ChangeOutcome> out = change(*db);
    if (!out) return std::nullopt;
    tx.commit();
    return out;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return std::nullopt;
  }
}

std::optional<int> export_csv(const std::string& dir, ImportKind kind, const std::string& path,
                              Diagnostics& diags) {
  auto db = open_store(dir, OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  const std::vector<ColumnSpec>& spec = kind == ImportKind::units        ? unit_columns
                                        : kind == ImportKind::indicators ? indicator_columns
                                                                         : item_columns;
  std::string text = "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8, not the ANSI code page
  std::vector<std::string> header;
  for (const auto& c : spec) header.push_back(c.name);
  text += csv_line(header);
  int rows = 0;
  try {
    if (kind == ImportKind::units)
      for (const auto& u : read_units(*db)) text += csv_line(unit_fields(u)), ++rows;
    else if (kind == ImportKind::indicators)
      for (const auto& v : read_values(*db)) text += csv_line(value_fields(v)), ++rows;
    else
      for (const auto& it : read_items(*db)) text += csv_line(item_fields(it)), ++rows;
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return std::nullopt;
  }
  if (!write_file_atomic(path, text, diags)) return std::nullopt;
  return rows;
}

std::optional<EditedRow> apply_changes(const std::vector<ColumnSpec>& spec,
                                       std::vector<std::string> fields, const FieldChanges& changes,
                                       const std::string& what, Diagnostics& diags) {
  EditedRow row;
  std::vector<std::string> names;
  for (size_t i = 0; i < spec.size(); ++i) {
    row.columns[spec[i].name] = static_cast<int>(i);
    names.push_back(spec[i].name);
  }
  bool ok = true;
  for (const auto& [name, value] : changes) {
    auto it = row.columns.find(name);
    if (it == row.columns.end()) {
      diags.error({what}, "there is no field '" + name + "'" + did_you_mean(name, names),
                  "see --help for the fields this command changes");
      ok = false;
      continue;
    }
    fields[it->second] = value;
  }
  if (!ok) return std::nullopt;
  row.record.fields = std::move(fields);
  return row;
}

std::string day_before(const Date& d) {
  Date p = d;
  if (--p.day == 0) {
    if (--p.month == 0) {
      p.month = 12;
      --p.year;
    }
    p = last_day({p.year, p.month});
  }
  return p.iso();
}

}  // namespace docpipe::source
