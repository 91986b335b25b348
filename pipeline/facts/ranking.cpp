#include "facts/ranking.h"

#include <algorithm>
#include <numeric>

namespace docpipe::facts {

std::vector<size_t> ranked_order(const std::vector<Decimal>& scores) {
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return compare(scores[a], scores[b]) > 0; });
  return order;
}

std::vector<Rank> rank_scores(const std::vector<Decimal>& scores) {
  std::vector<Rank> ranks(scores.size());
  std::vector<size_t> order = ranked_order(scores);
  for (size_t pos = 0; pos < order.size(); ++pos) {
    size_t i = order[pos];
    bool same_as_prev = pos > 0 && compare(scores[order[pos - 1]], scores[i]) == 0;
    ranks[i].rank = same_as_prev ? ranks[order[pos - 1]].rank : static_cast<int>(pos) + 1;
    if (same_as_prev) ranks[i].tied = ranks[order[pos - 1]].tied = true;
  }
  return ranks;
}

std::string rank_phrase(const Rank& r) {
  return std::string(r.tied ? "并列" : "") + "第" + std::to_string(r.rank) + "名";
}

std::string rank_clause(const Rank& r) {
  return r.tied ? rank_phrase(r) : "位列" + rank_phrase(r);
}

}  // namespace docpipe::facts
