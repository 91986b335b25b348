#include "facts/supervision.h"

namespace docpipe::facts {

TaskState state_at(const TaskTrack& t, int day) {
  TaskState s = TaskState::not_started;
  for (const auto& [d, st] : t.entries) {
    if (d > day) break;
    if (st == TaskState::done) return TaskState::done;  // done is final
    s = st;
  }
  if (t.deadline < day) return TaskState::overdue;
  return s;
}

int done_on(const TaskTrack& t, int day) {
  for (const auto& [d, st] : t.entries)
    if (d <= day && st == TaskState::done) return d;
  return 0;
}

Decimal completion_rate(int done, int total) {
  if (total <= 0) return {0, 1};
  return {static_cast<std::int64_t>(divide_round_half_away(done * 1000LL, total)), 1};
}

int trailing_streak(const std::vector<bool>& by_period) {
  int n = 0;
  for (auto it = by_period.rbegin(); it != by_period.rend() && *it; ++it) ++n;
  return n;
}

}  // namespace docpipe::facts
