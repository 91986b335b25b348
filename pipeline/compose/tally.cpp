#include "compose/tally.h"

#include <algorithm>
#include <map>

#include "facts/ranking.h"

namespace docpipe::compose {

Tally tally_months(const source::DataSet& ds, const std::vector<YearMonth>& months) {
  Tally t;
  std::map<std::string, size_t> index;  // unit code → position in t.units
  // Keep sort order: visit every unit once in ds.units order, then fill month by month.
  std::vector<UnitTally> all(ds.units.size());
  std::vector<bool> counted(ds.units.size(), false);
  for (size_t u = 0; u < ds.units.size(); ++u) {
    all[u].unit = &ds.units[u];
    all[u].by_channel.assign(ds.channels.size(), 0);
    index[ds.units[u].code] = u;
  }
  for (const auto& m : months) {
    auto items = source::items_in_month(ds, m.year, m.month);
    for (const auto* i : items) {
      ++t.submitted;
      t.adopted += i->adopted_by.empty() ? 0 : 1;
      t.instructions += i->instructions;
    }
    for (const source::Unit* unit : source::units_active_in_month(ds, m.year, m.month)) {
      size_t u = index[unit->code];
      UnitTally& ut = all[u];
      int quota = source::quota_in_month(ds, unit->code, m.year, m.month);
      int mine = 0;
      for (const auto* i : items) {
        if (i->unit != unit->code) continue;
        ++mine;
        ut.adopted += i->adopted_by.empty() ? 0 : 1;
        ut.instructions += i->instructions;
        ut.score += source::item_points(ds, *i);
        ut.points += source::item_points(ds, *i) - i->instructions * ds.instruction_points;
        for (size_t c = 0; c < ds.channels.size(); ++c)
          if (std::find(i->adopted_by.begin(), i->adopted_by.end(), ds.channels[c].code) !=
              i->adopted_by.end())
            ++ut.by_channel[c];
      }
      if (quota <= 0 && mine == 0) continue;
      counted[u] = true;
      ut.name = unit->name_on(last_day({m.year, m.month}));  // months go forward
      ut.submitted += mine;
      ut.quota += quota;
    }
  }
  for (size_t u = 0; u < all.size(); ++u)
    if (counted[u]) t.units.push_back(all[u]);
  return t;
}

Ranked rank_ints(const std::vector<long long>& scores) {
  std::vector<Decimal> d;
  for (long long s : scores) d.push_back(Decimal::integer(s));
  Ranked r;
  for (const auto& x : facts::rank_scores(d)) {
    r.rank.push_back(x.rank);
    r.tied.push_back(x.tied);
  }
  r.order = facts::ranked_order(d);
  return r;
}

}  // namespace docpipe::compose
