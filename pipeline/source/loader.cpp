#include "source/loader.h"

#include <filesystem>

#include "source/config.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/validate.h"

namespace docpipe::source {

namespace {

bool load_tables(const std::string& dir, DataSet& ds, Diagnostics& diags) {
  auto db = open_store(dir, OpenMode::read_only, diags);
  if (!db) return false;
  try {
    ds.units = read_units(*db);
    ds.values = read_values(*db);
    ds.items = read_items(*db);
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return false;
  }
  return true;
}

}  // namespace

std::optional<DataSet> load_data_folder(const std::string& dir, Diagnostics& diags) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diags.error({dir}, "data folder does not exist",
                "create one with `docpipe init " + dir + "`, or pass --data DIR");
    return std::nullopt;
  }
  size_t errors_before = diags.error_count();
  DataSet ds;
  ds.dir = dir;
  // Tables first: the YAML loaders check unit codes against them where lines are known.
  load_tables(dir, ds, diags);
  load_office(dir, ds, diags);
  // A catalogue with errors is left empty: checking every stored row against half a
  // catalogue would bury the one real mistake under hundreds of consequences.
  size_t before = diags.error_count();
  load_indicators(dir, ds, diags);
  if (diags.error_count() > before) ds.indicators.clear();
  before = diags.error_count();
  load_channels(dir, ds, diags);
  if (diags.error_count() > before) ds.channels.clear();
  load_quotas(dir, ds, diags);
  load_comments(dir, ds, diags);
  load_distribution(dir, ds, diags);
  load_narratives(dir, ds, diags);
  load_briefs(dir, ds, diags);
  check_consistency(ds, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return ds;
}

}  // namespace docpipe::source
