// Rankings with ties (standard competition ranking, "1224"): equal scores share a rank and
// the next rank skips.
#pragma once
#include <string>
#include <vector>

#include "core/decimal.h"

namespace docpipe::facts {

struct Rank {
  int rank = 0;       // 1-based
  bool tied = false;  // another entry has the same score
};

// One Rank per score, in the input's order; higher score ranks first.
std::vector<Rank> rank_scores(const std::vector<Decimal>& scores);

// Input indices ordered by rank (best first); ties keep the input order.
std::vector<size_t> ranked_order(const std::vector<Decimal>& scores);

// "第3名" or "并列第3名"
std::string rank_phrase(const Rank& r);
// The rank as a predicate: "位列第3名", but "并列第9名" (never 位列并列).
std::string rank_clause(const Rank& r);

}  // namespace docpipe::facts
