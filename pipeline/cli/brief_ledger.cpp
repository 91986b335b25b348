#include "cli/brief_ledger.h"

#include <algorithm>

#include "source/loader.h"
#include "source/store.h"

namespace docpipe::cli {
namespace {

// A series the ledger numbers must not silently restart because series.yaml renamed it.
bool check_series(LedgerSession& s, const std::optional<std::string>& wanted, Diagnostics& diags) {
  s.series = s.ds.brief_series.name;
  if (wanted && *wanted != s.series) {
    diags.error({}, "no brief series '" + *wanted + "' in this data folder",
                "briefs/series.yaml configures " + s.series + ": pass --series " + s.series +
                    " or leave --series out");
    return false;
  }
  auto names = source::ledger_series(*s.db, diags);
  if (!names) return false;
  if (names->empty() || std::find(names->begin(), names->end(), s.series) != names->end())
    return true;
  diags.error(
      {s.ds.dir + "/briefs/series.yaml"},
      "the ledger numbers the series " + names->front() + ", but series.yaml names " + s.series,
      "restore name: " + names->front() +
          " in briefs/series.yaml; a new name would restart the numbering");
  return false;
}

}  // namespace

std::optional<LedgerSession> open_ledger(const std::optional<std::string>& series,
                                         const Global& global, Diagnostics& diags) {
  LedgerSession s;
  // Read-write first: it migrates an older docpipe.db before the loader reads it.
  s.db = source::open_store(global.data_dir, source::OpenMode::read_write, diags);
  if (!s.db) return std::nullopt;
  auto ds = source::load_data_folder(global.data_dir, diags);
  if (!ds) return std::nullopt;
  s.ds = std::move(*ds);
  if (!check_series(s, series, diags)) return std::nullopt;
  if (!source::adopt_yaml_briefs(*s.db, s.ds, diags)) return std::nullopt;
  return s;
}

std::optional<int> parse_position(const std::string& text, const std::string& what,
                                  Diagnostics& diags) {
  if (!text.empty() && text.size() <= 4 &&
      text.find_first_not_of("0123456789") == std::string::npos && std::stoi(text) > 0)
    return std::stoi(text);
  diags.error({}, what + " '" + text + "' is not a number",
              "articles are numbered from 1 as `docpipe brief list` shows them");
  return std::nullopt;
}

std::optional<std::string> parse_brief_id(const std::string& text, Diagnostics& diags) {
  if (auto n = source::parse_brief_number(text)) return source::brief_id(n->year, n->issue);
  diags.error({}, "'" + text + "' is not a brief id", "write YYYY-NN, e.g. 2026-10");
  return std::nullopt;
}

std::string ledger_source_name(const source::LedgerBrief& b) {
  return "docpipe.db brief " + b.id;
}

bool compose_ledger_brief(const source::DataSet& ds, const source::LedgerBrief& b,
                          const std::string& templates_dir, std::string& markdown,
                          Diagnostics& diags) {
  // The composer numbers a brief by its position in the data set: give it a data set whose
  // only brief is this one and whose count before it makes 总第 come out as the ledger's.
  source::DataSet one = ds;
  one.brief_series.total_before = b.total - 1;
  source::Brief brief;
  brief.year = b.year;
  brief.issue = b.issue;
  brief.date = b.date;
  brief.file = "docpipe.db";
  for (const auto& a : b.articles)
    brief.articles.push_back({a.title, a.source_unit, a.author, "", a.body});
  one.briefs = {brief};
  compose::Request r;
  r.kind = compose::Kind::brief;
  r.year = b.year;
  r.issue = b.issue;
  return compose::compose_document(one, r, templates_dir, markdown, diags);
}

}  // namespace docpipe::cli
