#include "source/import.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/spelling.h"
#include "source/config.h"
#include "source/csv.h"
#include "source/import_rows.h"
#include "source/records.h"
#include "source/store.h"
#include "source/xlsx.h"

namespace docpipe::source {
namespace {

const std::vector<ColumnSpec>& columns_of(ImportKind k) {
  return k == ImportKind::units        ? unit_columns
         : k == ImportKind::indicators ? indicator_columns
                                       : item_columns;
}

std::string column_list(const std::vector<ColumnSpec>& spec) {
  std::string s;
  for (const auto& c : spec) s += (s.empty() ? "" : ",") + c.name + (c.required ? "" : "?");
  return s;
}

// Maps header names (English or the Chinese alias) to field positions; reports unknown,
// repeated and missing columns.
bool map_header(const CsvTable& t, const std::vector<ColumnSpec>& spec, const std::string& file,
                std::map<std::string, int>& cols, Diagnostics& diags) {
  bool ok = true;
  const std::string expected = "expected the header " + column_list(spec) + " (? = optional)";
  std::vector<std::string> names;
  for (const auto& c : spec) names.push_back(c.name);
  for (size_t i = 0; i < t.header.size(); ++i) {
    const std::string& h = t.header[i];
    Location at{file, t.header_line, static_cast<int>(i) + 1};
    auto c = std::find_if(spec.begin(), spec.end(),
                          [&](const ColumnSpec& s) { return s.name == h || s.alias == h; });
    if (c == spec.end()) {
      diags.error(at, "extra column '" + h + "'" + did_you_mean(h, names), expected);
      ok = false;
    } else if (!cols.emplace(c->name, static_cast<int>(i)).second) {
      diags.error(at, "column '" + c->name + "' appears twice", expected);
      ok = false;
    }
  }
  for (const auto& c : spec) {
    if (c.required && !cols.count(c.name)) {
      diags.error({file, t.header_line, 0}, "missing column '" + c.name + "'", expected);
      ok = false;
    }
  }
  return ok;
}

bool check_widths(const CsvTable& t, const std::string& file, Diagnostics& diags) {
  bool ok = true;
  for (const auto& r : t.rows) {
    if (r.fields.size() == t.header.size()) continue;
    bool fewer = r.fields.size() < t.header.size();
    diags.error({file, r.line, static_cast<int>(std::min(r.fields.size(), t.header.size())) + 1},
                std::string(fewer ? "missing columns: " : "extra columns: ") + "the row has " +
                    std::to_string(r.fields.size()) + " fields, the header " +
                    std::to_string(t.header.size()),
                fewer ? "fill the empty cells, or quote a value that contains a comma"
                      : "quote values that contain a comma: \"a,b\"");
    ok = false;
  }
  if (t.rows.empty()) {
    diags.error({file, t.header_line, 0}, "file has a header but no rows",
                "export the sheet with its data");
    ok = false;
  }
  return ok;
}

// The catalogues the rows are checked against, with units from the open database.
bool load_reference(const std::string& dir, ImportKind kind, SQLite::Database& db, DataSet& ref,
                    Diagnostics& diags) {
  ref.units = read_units(db);
  return succeeds(diags, [&](Diagnostics& d) {
    if (kind == ImportKind::units) load_office(dir, ref, d);
    if (kind == ImportKind::indicators) load_indicators(dir, ref, d);
    if (kind == ImportKind::items) load_channels(dir, ref, d);
  });
}

template <typename Record, typename Key>
bool no_duplicates(const std::vector<std::pair<int, Record>>& rows, Key key,
                   const std::string& file, Diagnostics& diags) {
  std::map<decltype(key(rows.front().second)), int> first_line;
  bool ok = true;
  for (const auto& [line, rec] : rows) {
    auto [it, fresh] = first_line.emplace(key(rec), line);
    if (!fresh) {
      diags.error({file, line, 1}, "duplicate row: same as line " + std::to_string(it->second),
                  "remove one of the two rows");
      ok = false;
    }
  }
  return ok;
}

bool resolve_unit_links(std::vector<std::pair<int, Unit>>& rows, DataSet& ref,
                        const std::string& file, const std::map<std::string, int>& cols,
                        Diagnostics& diags) {
  bool ok = true;
  int next_sort = 0;
  for (const auto& u : ref.units) next_sort = std::max(next_sort, u.sort_order);
  for (auto& [line, u] : rows) {
    const Unit* old = find_unit(ref, u.code);
    if (u.sort_order < 0) u.sort_order = old ? old->sort_order : (next_sort += 10);
  }
  for (auto& [line, u] : rows) ref.units.push_back(u);  // parents may come later in the file
  for (auto& [line, u] : rows) {
    for (const char* col : {"parent", "successor"}) {
      std::string& link = std::string(col) == "parent" ? u.parent : u.successor;
      if (link.empty()) continue;
      const Unit* target = find_unit(ref, link);
      for (const auto& cand : ref.units)
        if (!target && cand.name == link) target = &cand;
      if (!target || target->code == u.code) {
        int c = cols.count(col) ? cols.at(col) + 1 : 0;
        diags.error({file, line, c, std::string("column ") + col},
                    std::string(col) + " '" + link + "' is not another known unit",
                    "give the code or exact name of a unit in this file or already imported");
        ok = false;
      } else {
        link = target->code;
      }
    }
  }
  return ok;
}

template <typename Record>
std::vector<std::pair<int, Record>> read_rows(const CsvTable& t, const std::string& file,
                                              const std::map<std::string, int>& cols,
                                              const DataSet& ref, const Date& today,
                                              Diagnostics& diags,
                                              std::optional<Record> (*read)(RowReader&), bool& ok) {
  std::vector<std::pair<int, Record>> out;
  for (const auto& rec : t.rows) {
    RowReader r(file, rec, cols, ref, today, diags);
    if (auto v = read(r))
      out.emplace_back(rec.line, std::move(*v));
    else
      ok = false;
  }
  return out;
}

// Everything after the header is sound: check rows and write them, in one transaction.
bool import_rows(ImportKind kind, const CsvTable& t, const std::string& file,
                 const std::map<std::string, int>& cols, const DataSet& reference,
                 SQLite::Database& db, const Date& today, ChangeCount& changes,
                 Diagnostics& diags) {
  DataSet ref = reference;
  bool ok = true;
  if (kind == ImportKind::units) {
    auto rows = read_rows<Unit>(t, file, cols, ref, today, diags, read_unit_row, ok);
    ok = no_duplicates(
             rows, [](const Unit& u) { return u.code; }, file, diags) &&
         ok;
    ok = ok && resolve_unit_links(rows, ref, file, cols, diags);
    if (ok)
      for (const auto& [line, u] : rows) changes.count(store_unit(db, u));
  } else if (kind == ImportKind::indicators) {
    auto rows = read_rows<IndicatorValue>(t, file, cols, ref, today, diags, read_value_row, ok);
    auto key = [](const IndicatorValue& v) {
      return v.indicator + "|" + std::to_string(v.year) + "|" + v.scope;
    };
    ok = no_duplicates(rows, key, file, diags) && ok;
    if (ok)
      for (const auto& [line, v] : rows) changes.count(store_value(db, v));
  } else {
    auto rows = read_rows<RegisterItem>(t, file, cols, ref, today, diags, read_item_row, ok);
    auto key = [](const RegisterItem& i) { return i.date.iso() + "|" + i.unit + "|" + i.title; };
    ok = no_duplicates(rows, key, file, diags) && ok;
    if (ok)
      for (const auto& [line, i] : rows) changes.count(store_item(db, i));
  }
  return ok;
}

std::string kind_word(ImportKind k) {
  return k == ImportKind::units ? "units" : k == ImportKind::indicators ? "indicators" : "items";
}

}  // namespace

std::optional<ImportKind> parse_import_kind(const std::string& word) {
  if (word == "units") return ImportKind::units;
  if (word == "indicators") return ImportKind::indicators;
  if (word == "items") return ImportKind::items;
  return std::nullopt;
}

std::optional<ImportResult> import_csv(const std::string& data_dir, ImportKind kind,
                                       const std::string& csv_path, const Date& today,
                                       Diagnostics& diags, const Actor& who,
                                       const std::string& sheet) {
  if (!sheet.empty() && !is_xlsx_path(csv_path)) {
    diags.error({csv_path}, "--sheet is for Excel workbooks (.xlsx)", "leave it out for CSV");
    return std::nullopt;
  }
  auto table =
      is_xlsx_path(csv_path) ? read_xlsx(csv_path, sheet, diags) : read_csv(csv_path, diags);
  if (!table) return std::nullopt;
  // Messages name the sheet of a workbook: "units.xlsx[单位]:3:2".
  const std::string& file = table->source_name.empty() ? csv_path : table->source_name;
  std::map<std::string, int> cols;
  bool header_ok = map_header(*table, columns_of(kind), file, cols, diags);
  if (!header_ok || !check_widths(*table, file, diags)) return std::nullopt;
  auto db = open_store(data_dir, OpenMode::read_write, diags);
  if (!db) return std::nullopt;
  ImportResult result{table->encoding, static_cast<int>(table->rows.size()), {}};
  try {
    // IMMEDIATE: take the write lock before reading, so the units and rows we check
    // against cannot change underneath us. Rows are written only after every row passed;
    // any failure rolls back (destructor), so a refused import leaves the file untouched.
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    DataSet ref;
    if (!load_reference(data_dir, kind, *db, ref, diags)) return std::nullopt;
    if (!import_rows(kind, *table, file, cols, ref, *db, today, result.changes, diags))
      return std::nullopt;
    const ChangeCount& c = result.changes;
    if (!who.by.empty() && (c.added || c.updated))
      audit(*db, who, "import " + kind_word(kind), csv_path, "", c.summary());
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(data_dir), diags);
    return std::nullopt;
  }
  return result;
}

}  // namespace docpipe::source
