#include "cli/records_cli.h"

#include <pwd.h>
#include <unistd.h>

#include <ctime>
#include <iostream>

#include "source/text_forms.h"

namespace docpipe::cli {

source::Actor actor(Args& args, Diagnostics& diags) {
  source::Actor a;
  if (auto by = args.option("--by", diags)) a.by = *by;
  if (a.by.empty())
    if (const passwd* pw = getpwuid(geteuid())) a.by = pw->pw_name;
  if (a.by.empty()) a.by = "uid " + std::to_string(geteuid());
  // The audit log records when a change happened; it is never part of a document.
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  a.at = buf;
  return a;
}

source::FieldChanges field_options(Args& args,
                                   const std::vector<std::pair<std::string, std::string>>& map,
                                   Diagnostics& diags) {
  source::FieldChanges out;
  for (const auto& [option, field] : map)
    if (auto v = args.option(option, diags)) out.emplace_back(field, *v);
  return out;
}

int print_outcome(const source::ChangeOutcome& out, Diagnostics& diags) {
  if (!out.changed) {
    std::cout << out.record << ": unchanged\n";
    return exit_ok;
  }
  std::cout << out.record << ": changed\n";
  if (!out.before.empty()) std::cout << "  before: " << out.before << "\n";
  std::cout << "  after:  " << out.after << "\n";
  for (const auto& doc : out.issued)
    diags.warning({out.record}, doc + " was already issued; the issued PDF is left as it is",
                  "`docpipe due` reports it stale if its figures changed; `docpipe due --force` "
                  "re-issues it");
  return exit_ok;
}

std::optional<std::vector<std::string>> verb_words(Args& args, size_t count,
                                                   const std::string& usage, Diagnostics& diags) {
  auto pos = args.positionals(diags);
  if (diags.has_errors()) return std::nullopt;
  if (pos.size() != count) {
    diags.error({}, "wrong number of arguments", "usage: docpipe " + usage);
    return std::nullopt;
  }
  return pos;
}

std::string first_word(const Args& args) {
  Args probe = args;
  Diagnostics scratch;
  auto pos = probe.positionals(scratch);
  return pos.empty() ? "" : pos[0];
}

int export_command(source::ImportKind kind, Args& args, const Global& global, Diagnostics& diags) {
  auto w = verb_words(args, 2, "units|items|indicators export FILE.csv", diags);
  if (!w) return exit_error;
  auto rows = source::export_csv(global.data_dir, kind, (*w)[1], diags);
  if (!rows) return exit_error;
  std::cout << (*w)[1] << " (UTF-8 with BOM): " << *rows << " rows\n";
  return exit_ok;
}

bool PeriodFilter::matches(const Date& d) const {
  return (!year || d.year == year) && (!month || d.month == month);
}

std::optional<PeriodFilter> period_filter(Args& args, Diagnostics& diags) {
  PeriodFilter f;
  if (auto m = args.option("--month", diags)) {
    auto d = parse_date(*m + "-01");
    if (!d || m->size() != 7) {
      diags.error({"--month"}, "'" + *m + "' is not a month",
                  "write --month YYYY-MM, e.g. 2026-03");
      return std::nullopt;
    }
    f.year = d->year;
    f.month = d->month;
  }
  if (auto y = args.option("--year", diags)) {
    auto n = source::parse_count(*y);
    if (!n || y->size() != 4 || *n < 2000) {
      diags.error({"--year"}, "'" + *y + "' is not a year", "write --year YYYY, e.g. 2026");
      return std::nullopt;
    }
    if (f.year && f.year != *n) {
      diags.error({"--year"}, "--year " + *y + " and --month disagree", "give one of them");
      return std::nullopt;
    }
    f.year = *n;
  }
  return f;
}

}  // namespace docpipe::cli
