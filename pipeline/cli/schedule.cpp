#include "cli/schedule.h"

namespace docpipe::cli {

std::vector<compose::Period> closed_periods(const source::DataSet& ds, const Date& today) {
  std::vector<compose::Period> out;
  if (ds.items.empty()) return out;
  Date first = ds.items.front().date;
  for (const auto& i : ds.items)
    if (i.date < first) first = i.date;
  auto index = [](int year, int month) { return year * 12 + month - 1; };
  const int first_m = index(first.year, first.month), now_m = index(today.year, today.month);
  using compose::PeriodKind;
  for (PeriodKind kind : {PeriodKind::month, PeriodKind::quarter, PeriodKind::half}) {
    compose::Period p = compose::period_containing(kind, {first.year, first.month});
    for (;;) {
      auto months = compose::months_of(p);
      int last = index(months.back().year, months.back().month);
      if (last >= now_m) break;  // not closed yet
      if (last >= first_m) out.push_back(p);
      p = p.index == (kind == PeriodKind::month     ? 12
                      : kind == PeriodKind::quarter ? 4
                                                    : 2)
              ? compose::Period{kind, p.year + 1, 1}
              : compose::Period{kind, p.year, p.index + 1};
    }
  }
  return out;
}

}  // namespace docpipe::cli
