#include "source/loader.h"

#include <filesystem>

#include "source/config.h"
#include "source/store.h"
#include "source/stored_values.h"
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
    check_stored_values(*db, database_path(dir), diags);  // the readers would default them
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
  DataSet ds;
  ds.dir = dir;
  // Every file is read and every problem reported before the answer is given.
  bool ok = succeeds(diags, [&](Diagnostics& d) {
    // Tables first: the YAML loaders check unit codes against them where lines are known.
    load_tables(dir, ds, d);
    load_office(dir, ds, d);
  });
  // A catalogue with errors is left empty: checking every stored row against half a
  // catalogue would bury the one real mistake under hundreds of consequences.
  if (!succeeds(diags, [&](Diagnostics& d) { load_indicators(dir, ds, d); })) {
    ds.indicators.clear();
    ok = false;
  }
  if (!succeeds(diags, [&](Diagnostics& d) { load_channels(dir, ds, d); })) {
    ds.channels.clear();
    ok = false;
  }
  ok &= succeeds(diags, [&](Diagnostics& d) {
    load_quotas(dir, ds, d);
    load_comments(dir, ds, d);
    load_distribution(dir, ds, d);
    load_narratives(dir, ds, d);
    load_briefs(dir, ds, d);
    check_consistency(ds, d);
  });
  if (!ok) return std::nullopt;
  return ds;
}

}  // namespace docpipe::source
