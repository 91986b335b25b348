// A CSV file through each importer's path: decoding (UTF-8, BOM, GB18030), splitting into
// records, mapping the header and checking every row against the sample's catalogues, as
// `docpipe import` does but without writing. Every 64th input goes through the real
// import_csv against a scratch copy of the sample database (all-or-nothing transaction).
// The first byte of the input picks the kind: units, indicators or items.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "fuzz_common.h"
#include "source/csv.h"
#include "source/import.h"
#include "source/import_rows.h"
#include "source/loader.h"
#include "source/sample.h"

using namespace docpipe;
using namespace docpipe::source;

namespace {

struct Sample {
  std::string dir;
  DataSet data;
};

const Sample& sample() {
  static const Sample s = [] {
    Sample out;
    out.dir = docpipe_fuzz::scratch_dir() + "/data";
    Diagnostics d;
    if (!write_sample(out.dir, d)) {
      fprintf(stderr, "fuzz_csv_import: sample:\n%s", d.format_all().c_str());
      abort();
    }
    auto ds = load_data_folder(out.dir, d);
    if (!ds) abort();
    out.data = std::move(*ds);
    return out;
  }();
  return s;
}

// The importer's header mapping, reduced: name or Chinese alias → position.
std::map<std::string, int> map_columns(const CsvTable& t, const std::vector<ColumnSpec>& spec) {
  std::map<std::string, int> cols;
  for (size_t i = 0; i < t.header.size(); ++i)
    for (const auto& c : spec)
      if (c.name == t.header[i] || c.alias == t.header[i]) cols.emplace(c.name, int(i));
  return cols;
}

template <typename Read>
void check_rows(const CsvTable& t, const std::vector<ColumnSpec>& spec, Read read) {
  auto cols = map_columns(t, spec);
  const Date today{2026, 6, 30};
  for (const auto& rec : t.rows) {
    if (rec.fields.size() != t.header.size()) continue;  // the importer refuses these first
    Diagnostics d;
    static const std::string file = "fuzz.csv";  // RowReader keeps a reference
    RowReader r(file, rec, cols, sample().data, today, d);
    auto v = read(r);
    if (!v && !d.has_errors()) abort();  // a refused row must say why
  }
}

}  // namespace

inline int run_csv_import_input(const uint8_t* data, size_t size) {
  static unsigned long count = 0;
  if (size < 1) return 0;
  ImportKind kind = data[0] % 3 == 0   ? ImportKind::units
                    : data[0] % 3 == 1 ? ImportKind::indicators
                                       : ImportKind::items;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diags;
  std::string encoding;
  auto text = decode_text(bytes, "fuzz.csv", encoding, diags);
  if (!text) {
    if (!diags.has_errors()) abort();
    return 0;
  }
  auto table = parse_csv(*text, "fuzz.csv", diags);
  if (!table) {
    if (!diags.has_errors()) abort();
    return 0;
  }
  if (kind == ImportKind::units) check_rows(*table, unit_columns, read_unit_row);
  if (kind == ImportKind::indicators) check_rows(*table, indicator_columns, read_value_row);
  if (kind == ImportKind::items) check_rows(*table, item_columns, read_item_row);

  if (++count % 64 == 0) {
    std::string path = docpipe_fuzz::scratch_dir() + "/in.csv";
    docpipe_fuzz::write_file(path, bytes);
    Diagnostics d;
    auto result = import_csv(sample().dir, kind, path, Date{2026, 6, 30}, d);
    if (!result && !d.has_errors()) abort();
  }
  return 0;
}
