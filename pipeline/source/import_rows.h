// Turning CSV rows into model records, one checker per import kind. Internal to import.cpp.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "source/csv.h"
#include "source/model.h"

namespace docpipe::source {

struct ColumnSpec {
  std::string name;   // as in the issue: date, unit, title ...
  std::string alias;  // the Chinese header an Excel sheet may carry instead
  bool required;
};

// What a row checker can see: the row, where its columns are, and the reference data.
class RowReader {
 public:
  RowReader(const std::string& file, const CsvRecord& rec, const std::map<std::string, int>& cols,
            const DataSet& ref, const Date& today, Diagnostics& diags)
      : file_(file), rec_(rec), cols_(cols), ref_(ref), today_(today), diags_(diags) {}

  bool has(const std::string& column) const { return cols_.count(column) > 0; }
  std::string get(const std::string& column) const;
  // Reports "file:line:col: <column> '<value>' <problem>"; returns false for chaining.
  bool fail(const std::string& column, const std::string& problem, const std::string& hint = "");
  int line() const { return rec_.line; }

  std::optional<Date> date(const std::string& column);
  std::optional<int> count(const std::string& column);
  std::optional<int> year(const std::string& column);
  // A unit by code or exact name; `on` picks among units that shared a name over time.
  const Unit* unit(const std::string& column, const std::optional<Date>& on = std::nullopt);
  const DataSet& ref() const { return ref_; }
  const Date& today() const { return today_; }

 private:
  const std::string& file_;
  const CsvRecord& rec_;
  const std::map<std::string, int>& cols_;
  const DataSet& ref_;
  Date today_;
  Diagnostics& diags_;
};

extern const std::vector<ColumnSpec> unit_columns, indicator_columns, item_columns;

// Each returns nothing after reporting the row's problems (all of them).
std::optional<Unit> read_unit_row(RowReader& r);
std::optional<IndicatorValue> read_value_row(RowReader& r);
std::optional<RegisterItem> read_item_row(RowReader& r);

}  // namespace docpipe::source
