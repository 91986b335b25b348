// Internal: a unit's register figures summed over any set of months, with exactly the rules
// of the monthly circular's table (a unit counts in a month it existed in when it has a quota
// or submitted something; its quota is summed over those months). Quarterly and half-year
// figures are built from these, so they equal the sums of the monthly ones.
#pragma once
#include <string>
#include <vector>

#include "core/chinese.h"
#include "source/model.h"

namespace docpipe::compose {

struct UnitTally {
  const source::Unit* unit = nullptr;
  std::string name;  // the unit's name in the last month counted (更名 kept)
  int submitted = 0;
  int adopted = 0;              // items adopted by at least one channel
  int instructions = 0;         // 领导批示
  int points = 0;               // channel points only (采用得分)
  int score = 0;                // points + instructions × instruction_points (the monthly 得分)
  int quota = 0;                // monthly quotas summed over the months it counted in
  std::vector<int> by_channel;  // adoptions per channel, catalogue order
};

struct Tally {
  int submitted = 0, adopted = 0, instructions = 0;
  std::vector<UnitTally> units;  // sort order; only units that counted in some month
};

Tally tally_months(const source::DataSet& ds, const std::vector<YearMonth>& months);

// Fills `rank` (1-based, ties share) for a list of scores; order = best first.
struct Ranked {
  std::vector<int> rank;
  std::vector<bool> tied;
  std::vector<size_t> order;
};
Ranked rank_ints(const std::vector<long long>& scores);

}  // namespace docpipe::compose
