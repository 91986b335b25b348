// 任务台账: a yearly plan split into numbered tasks (一、3.(2) or a plain code), each with a
// 牵头单位, several 责任单位, a 完成时限 and a 可检验成果, and their progress entries
// (date, status 未启动/推进中/已完成/逾期, note, evidence) — tables tasks, task_units and
// task_progress of docpipe.db. data/tasks.yaml holds the plans, how often progress is
// reported and the escalation rules (督办). Loading, checking and storing only; status,
// rates and escalation are computed in facts/supervision.h.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

enum class TaskStatus { not_started, in_progress, done, overdue };  // 未启动 推进中 已完成 逾期
const char* task_status_name(TaskStatus s);
std::optional<TaskStatus> parse_task_status(const std::string& text);

struct PlanSection {
  std::string number;  // 一
  std::string title;   // 深入推进依法行政制度建设
};

// The document the tasks come from (e.g. 2026年法治政府建设工作要点).
struct Plan {
  std::string code;  // GZYD2026
  std::string name;
  Date date;                          // issued; no 完成时限 may precede it
  std::string document_number;        // 澜司发〔2026〕5号
  std::vector<PlanSection> sections;  // 大项
};

struct Task {
  std::string code;    // stable key: 1-3-2 or T17
  std::string plan;    // plan code
  std::string number;  // 一、3.(2) as printed (the 大项 is what precedes 、)
  std::string content;
  std::string lead;                // 牵头单位 code
  std::vector<std::string> units;  // 责任单位 codes (besides the lead), in order
  Date deadline;                   // 完成时限
  std::string deliverable;         // 可检验成果
  int position = 0;                // order in the plan
  std::string section() const;     // "一" for 一、3.(2); empty for a plain code
};

struct TaskProgress {
  std::string task;
  Date date;
  int seq = 1;  // several entries on one day keep their order
  TaskStatus status = TaskStatus::in_progress;
  std::string note, evidence;
};

// Escalation (督办升级): overdue in `after` reporting periods in a row → `action`.
enum class EscalationAction { named, interview };  // 通报点名 / 约谈
struct EscalationRule {
  int after = 2;
  EscalationAction action = EscalationAction::named;
};

struct TaskConfig {
  std::string path;  // data/tasks.yaml
  std::vector<Plan> plans;
  bool quarterly = true;                   // 进展情况通报 each quarter (false: each month)
  std::string signature;                   // 发文机关署名 of the 通报 and 督办通知
  std::vector<std::string> to, cc;         // 主送 / 抄送 of the 通报
  std::vector<EscalationRule> escalation;  // ordered by `after`
  const Plan* find_plan(const std::string& code) const;
};

struct TaskBook {
  TaskConfig config;
  std::vector<Task> tasks;             // by plan, position
  std::vector<TaskProgress> progress;  // by task, date, seq
  const Task* find(const std::string& code) const;
};

// data/tasks.yaml (nullopt when absent and not `required`, or wrong: every problem at
// file:line:col).
std::optional<TaskConfig> load_task_config(const DataSet& ds, Diagnostics& diags,
                                           bool required = true);
// The config plus the tasks and progress of docpipe.db (read-only).
std::optional<TaskBook> load_task_book(const DataSet& ds, Diagnostics& diags, bool required = true);

// `docpipe tasks import FILE.csv`: code, number, content, lead, units (、 ; or , between
// codes), deadline, deliverable, plan (编号 …). New tasks are added and listed ones replaced,
// in one transaction; one bad row and nothing is written.
std::optional<int> import_tasks(const DataSet& ds, const TaskConfig& cfg,
                                const std::string& csv_path, Diagnostics& diags);
// `docpipe tasks import-progress FILE.csv`: task, date, status, note?, evidence?.
std::optional<int> import_progress(const DataSet& ds, const TaskBook& book,
                                   const std::string& csv_path, const Date& today,
                                   Diagnostics& diags);
// One progress entry (`docpipe tasks progress ID --status …`).
bool add_progress(const std::string& data_dir, const TaskProgress& p, Diagnostics& diags);

// The `docpipe validate` check: tasks.yaml (when present) and the stored tasks.
void validate_tasks(const DataSet& ds, Diagnostics& diags);

}  // namespace docpipe::source
