// 任务台账 documents: the 任务分解表 of a plan (every task grouped by 大项), a 交办函 per
// 责任单位 (its tasks), a 督办通知 per unit with overdue tasks, and the periodic
// 进展情况通报 (completion rate per unit ranked, overdue tasks named, 表扬 / 通报 and the
// escalation the rules in tasks.yaml call for). States and rates come from facts/supervision.h.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compose/periodic.h"
#include "compose/template.h"
#include "compose/value.h"
#include "source/tasks.h"

namespace docpipe::compose {

// One unit's standing at the end of a reporting period.
struct UnitStanding {
  const source::Unit* unit = nullptr;
  int tasks = 0, done = 0, overdue = 0;
  Decimal rate;    // completion, percent with one decimal
  int streak = 0;  // periods in a row (ending with this one) with overdue tasks
  bool named = false, interview = false;  // escalation reached (通报点名 / 约谈)
};

// Units that lead or share a task, in sort order, with their standing at the end of `p`.
std::vector<UnitStanding> standings(const source::DataSet& ds, const source::TaskBook& book,
                                    const Period& p);
// The reporting periods from the first plan's to the last closed by `today` (months or
// quarters as tasks.yaml says), oldest first.
std::vector<Period> report_periods(const source::TaskBook& book, const Date& today);
// Units with overdue tasks on `day`, in sort order.
std::vector<const source::Unit*> units_with_overdue(const source::DataSet& ds,
                                                    const source::TaskBook& book, const Date& day);

Schema task_table_schema();   // templates/task-table.md.mustache
Schema task_letter_schema();  // templates/task-letter.md.mustache
Schema supervision_schema();  // templates/supervision.md.mustache
Schema progress_schema();     // templates/progress.md.mustache

std::optional<Value> build_task_table(const source::DataSet& ds, const source::TaskBook& book,
                                      const std::string& plan, Diagnostics& diags);
// The 交办函 to one unit: the plan's tasks it leads or shares.
std::optional<Value> build_task_letter(const source::DataSet& ds, const source::TaskBook& book,
                                       const std::string& plan, const source::Unit& unit);
// The 督办通知 to one unit for its tasks overdue on `day`; nullopt if it has none.
std::optional<Value> build_supervision(const source::DataSet& ds, const source::TaskBook& book,
                                       const source::Unit& unit, const Date& day);
std::optional<Value> build_progress_report(const source::DataSet& ds, const source::TaskBook& book,
                                           const Period& p);

}  // namespace docpipe::compose
