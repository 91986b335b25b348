// 督办 arithmetic: a task's state on a day, completion rates, overdue streaks.
#include <catch2/catch.hpp>

#include "facts/supervision.h"

using namespace docpipe::facts;

TEST_CASE("state_at: the latest entry, 逾期 once the deadline has passed, done stays done",
          "[facts][supervision]") {
  TaskTrack t;
  t.deadline = 20260630;
  CHECK(state_at(t, 20260301) == TaskState::not_started);
  CHECK(state_at(t, 20260630) == TaskState::not_started);  // due today: not late yet
  CHECK(state_at(t, 20260701) == TaskState::overdue);
  t.entries = {{20260316, TaskState::in_progress}, {20260720, TaskState::done}};
  CHECK(state_at(t, 20260315) == TaskState::not_started);
  CHECK(state_at(t, 20260316) == TaskState::in_progress);
  CHECK(state_at(t, 20260701) == TaskState::overdue);  // late until it is done
  CHECK(state_at(t, 20260720) == TaskState::done);
  CHECK(state_at(t, 20270101) == TaskState::done);
  CHECK(done_on(t, 20270101) == 20260720);
  CHECK(done_on(t, 20260719) == 0);
  // An entry saying 逾期 before the deadline is taken at its word.
  TaskTrack u;
  u.deadline = 20261231;
  u.entries = {{20260901, TaskState::overdue}};
  CHECK(state_at(u, 20260902) == TaskState::overdue);
  // A later 推进中 does not undo 已完成.
  u.entries = {{20260901, TaskState::done}, {20261001, TaskState::in_progress}};
  CHECK(state_at(u, 20261002) == TaskState::done);
}

TEST_CASE("completion_rate: one decimal, half away from zero", "[facts][supervision]") {
  CHECK(completion_rate(2, 3).text() == "66.7");
  CHECK(completion_rate(1, 8).text() == "12.5");
  CHECK(completion_rate(1, 16).text() == "6.3");  // 6.25 → 6.3
  CHECK(completion_rate(3, 3).text() == "100.0");
  CHECK(completion_rate(0, 0).text() == "0.0");
}

TEST_CASE("trailing_streak: periods in a row ending with the last", "[facts][supervision]") {
  CHECK(trailing_streak({}) == 0);
  CHECK(trailing_streak({true, true, false}) == 0);
  CHECK(trailing_streak({true, false, true, true}) == 2);
  CHECK(trailing_streak({true, true, true}) == 3);
}
