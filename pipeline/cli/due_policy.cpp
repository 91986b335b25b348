#include "cli/due_policy.h"

#include <iostream>

#include "cli/today.h"
#include "core/date.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

// Days since 1970-01-01 (proleptic Gregorian, H. Hinnant's days_from_civil).
long day_number(const Date& d) {
  int y = d.year - (d.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

std::optional<int> whole_number(Args& args, const std::string& name, int fallback, int max,
                                Diagnostics& diags) {
  auto text = args.option(name, diags);
  if (!text) return fallback;
  auto n = source::parse_count(*text);
  if (n && *n <= max) return *n;
  diags.error({}, name + " '" + *text + "' is not a whole number from 0 to " + std::to_string(max),
              "e.g. " + name + " " + std::to_string(fallback));
  return std::nullopt;
}

// The last day of a period: the day it closes.
Date last_day(const compose::Period& p) {
  auto m = compose::months_of(p).back();
  return {m.year, m.month, days_in_month(m.year, m.month)};
}

bool has_items(const compose::Period& p, const source::DataSet& ds) {
  for (const auto& m : compose::months_of(p))
    for (const auto& i : ds.items)
      if (i.date.year == m.year && i.date.month == m.month) return true;
  return false;
}

}  // namespace

std::optional<DuePolicy> read_due_policy(Args& args, Diagnostics& diags) {
  DuePolicy p;
  auto given = args.option("--today", diags);
  auto horizon = whole_number(args, "--horizon", p.horizon_days, 3660, diags);
  auto max = whole_number(args, "--max-periods", p.max_periods, 100000, diags);
  auto grace = whole_number(args, "--grace", p.grace_days, 3660, diags);
  p.allow_empty = args.flag("--allow-empty");
  if (!horizon || !max || !grace) return std::nullopt;
  p.horizon_days = *horizon, p.max_periods = *max, p.grace_days = *grace;
  auto clock = clock_today(diags);  // DOCPIPE_TODAY (an error if malformed) or the system date
  if (!clock) return std::nullopt;
  p.today = *clock;
  if (!given) return p;
  auto d = parse_date(*given);
  if (!d) {
    diags.error({}, "--today '" + *given + "' is not a date", "write --today YYYY-MM-DD");
    return std::nullopt;
  }
  long ahead = day_number(*d) - day_number(*clock);
  if (ahead > p.horizon_days) {
    diags.error({},
                "--today " + d->iso() + " is " + std::to_string(ahead) + " days after the clock (" +
                    clock->iso() + "); due does not issue periods that have not closed",
                "check the date; to plan ahead on purpose, raise --horizon (now " +
                    std::to_string(p.horizon_days) + " days)");
    return std::nullopt;
  }
  p.today = *d;
  return p;
}

std::vector<compose::Period> apply_due_policy(const std::vector<compose::Period>& closed,
                                              const source::DataSet& ds, const DuePolicy& p) {
  std::vector<compose::Period> out;
  for (const auto& period : closed) {
    if (p.allow_empty || has_items(period, ds)) {
      out.push_back(period);
      continue;
    }
    long waited = day_number(p.today) - day_number(last_day(period));
    if (waited > p.grace_days) {
      out.push_back(period);
      continue;
    }
    std::cerr << "note: " << compose::period_label(period)
              << " has no register entries; not produced until " << p.grace_days
              << " days after it closed (--grace), or with --allow-empty\n";
  }
  return out;
}

bool check_period_cap(const std::vector<compose::Period>& documents,
                      const std::vector<compose::Period>& reports, const DuePolicy& p,
                      Diagnostics& diags) {
  const size_t n = documents.size() + reports.size();
  if (n <= static_cast<size_t>(p.max_periods)) return true;
  auto range = [](const std::vector<compose::Period>& v) {
    return compose::period_label(v.front()) + " to " + compose::period_label(v.back());
  };
  std::string which = documents.empty() ? "" : range(documents);
  if (!reports.empty())
    which += (which.empty() ? "" : "; ") + std::string("progress reports ") + range(reports);
  diags.error({},
              std::to_string(n) + " periods are due (" + which + "), more than --max-periods " +
                  std::to_string(p.max_periods) + "; nothing was rendered",
              "check the earliest register date and the plans' dates in tasks.yaml (a date "
              "years back starts the schedule there) and --today; if it is right, pass "
              "--max-periods " +
                  std::to_string(n));
  return false;
}

}  // namespace docpipe::cli
