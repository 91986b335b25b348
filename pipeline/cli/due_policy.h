// What `docpipe due` may render (issue 17, class 8). A scheduled job must never issue a
// document early or issue an empty one because nobody has entered the month yet, and a
// typo (--today 2062-…, an item dated 1990) must not make it render hundreds of periods:
//  - the date it plans for is the clock (DOCPIPE_TODAY, else the system date); --today may
//    move it back freely but forward at most --horizon days (default 31);
//  - one run renders at most --max-periods periods (default 48), else nothing;
//  - a period with no register entries is rendered only once --grace days (default 10)
//    have passed since it closed, or with --allow-empty.
#pragma once
#include <optional>
#include <vector>

#include "cli/args.h"
#include "compose/periodic.h"
#include "source/model.h"

namespace docpipe::cli {

struct DuePolicy {
  Date today;  // what due plans for
  int horizon_days = 31;
  int max_periods = 48;
  int grace_days = 10;
  bool allow_empty = false;
};

// Takes --today, --horizon, --max-periods, --grace and --allow-empty out of `args`.
std::optional<DuePolicy> read_due_policy(Args& args, Diagnostics& diags);

// The periods of `closed` this run may render: empty ones still in their grace period are
// left out (with a note on stderr).
std::vector<compose::Period> apply_due_policy(const std::vector<compose::Period>& closed,
                                              const source::DataSet& ds, const DuePolicy& p);

// --max-periods over everything a run would render that is not yet produced, the register's
// documents and the 任务台账's progress reports alike (a plan dated 1990 by a typo must not
// render 140 quarterly reports either): more is an error naming both ranges.
bool check_period_cap(const std::vector<compose::Period>& documents,
                      const std::vector<compose::Period>& reports, const DuePolicy& p,
                      Diagnostics& diags);

}  // namespace docpipe::cli
