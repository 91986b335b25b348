// 督办 arithmetic of the 任务台账: a task's state on a day from its progress entries and
// 完成时限, a unit's completion rate, and how many reporting periods in a row a unit has had
// overdue tasks (the escalation rules count these). Days are plain yyyymmdd integers.
#pragma once
#include <utility>
#include <vector>

#include "core/decimal.h"

namespace docpipe::facts {

enum class TaskState { not_started, in_progress, done, overdue };  // 未启动 推进中 已完成 逾期

struct TaskTrack {
  int deadline = 0;                                // 完成时限, yyyymmdd
  std::vector<std::pair<int, TaskState>> entries;  // (day, status) in date order
};

// The state on `day`: the latest entry on or before it (未启动 without one); a task not
// done whose deadline has passed is 逾期 whatever its entry says; 已完成 stays done.
TaskState state_at(const TaskTrack& t, int day);

// The day the task was first recorded 已完成 on or before `day`, or 0.
int done_on(const TaskTrack& t, int day);

// done / total as a percentage with one decimal, half away from zero (2 of 3 → 66.7);
// 0 for no tasks.
Decimal completion_rate(int done, int total);

// How many periods in a row, ending with the last, have `true`.
int trailing_streak(const std::vector<bool>& by_period);

}  // namespace docpipe::facts
