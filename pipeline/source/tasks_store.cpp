// The 任务台账 in docpipe.db: reading, the all-or-nothing CSV imports, one progress entry.
#include <algorithm>
#include <map>
#include <set>

#include "source/csv.h"
#include "source/store.h"
#include "source/tasks.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

const char* const status_names[] = {"未启动", "推进中", "已完成", "逾期"};

// Header names → column index, English or Chinese; reports unknown, repeated, missing.
struct Columns {
  std::map<std::string, int> at;
  bool read(const CsvTable& t, const std::string& file,
            const std::vector<std::pair<std::string, std::string>>& names,
            const std::vector<std::string>& required, Diagnostics& diags) {
    std::string expected = "expected the header ";
    for (const auto& n : names) expected += n.first + "(" + n.second + ") ";
    bool ok = true;
    for (size_t i = 0; i < t.header.size(); ++i) {
      const std::string& h = t.header[i];
      auto it = std::find_if(names.begin(), names.end(),
                             [&](const auto& n) { return n.first == h || n.second == h; });
      if (it == names.end() || !at.emplace(it->first, static_cast<int>(i)).second) {
        diags.error({file, t.header_line, static_cast<int>(i) + 1},
                    it == names.end() ? "extra column '" + h + "'" : "column '" + h + "' twice",
                    expected);
        ok = false;
      }
    }
    for (const auto& r : required)
      if (!at.count(r)) {
        diags.error({file, t.header_line, 0}, "missing column '" + r + "'", expected);
        ok = false;
      }
    return ok;
  }
  std::string cell(const CsvRecord& r, const std::string& name) const {
    auto it = at.find(name);
    return it == at.end() || it->second >= static_cast<int>(r.fields.size()) ? std::string()
                                                                             : r.fields[it->second];
  }
  int col(const std::string& name) const {
    auto it = at.find(name);
    return it == at.end() ? 0 : it->second + 1;
  }
};

// A unit given by code or by full name (a sheet may carry either).
const Unit* unit_by_code_or_name(const DataSet& ds, const std::string& text) {
  if (const Unit* u = find_unit(ds, text)) return u;
  for (const auto& u : ds.units)
    if (u.name == text) return &u;
  return nullptr;
}

// 责任单位 cells list several units: 、 ； ; , or ，between them.
std::vector<std::string> split_units(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
    if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    cur.clear();
  };
  for (size_t i = 0; i < s.size();) {
    bool sep = false;
    for (const char* d : {"、", "；", "，", ";", ","}) {
      size_t n = std::char_traits<char>::length(d);
      if (s.compare(i, n, d) == 0) {
        flush();
        i += n;
        sep = true;
        break;
      }
    }
    if (!sep) cur += s[i++];
  }
  flush();
  return out;
}

std::vector<Task> read_tasks(SQLite::Database& db) {
  std::vector<Task> out;
  SQLite::Statement q(db,
                      "SELECT code, plan, number, content, lead, deadline, deliverable, position "
                      "FROM tasks ORDER BY plan, position, code");
  SQLite::Statement u(db, "SELECT unit FROM task_units WHERE task = ? ORDER BY position");
  while (q.executeStep()) {
    Task t;
    t.code = q.getColumn(0).getString();
    t.plan = q.getColumn(1).getString();
    t.number = q.getColumn(2).getString();
    t.content = q.getColumn(3).getString();
    t.lead = q.getColumn(4).getString();
    t.deadline = parse_date(q.getColumn(5).getString()).value_or(Date{});
    t.deliverable = q.getColumn(6).getString();
    t.position = q.getColumn(7).getInt();
    u.bind(1, t.code);
    while (u.executeStep()) t.units.push_back(u.getColumn(0).getString());
    u.reset();
    out.push_back(t);
  }
  return out;
}

std::vector<TaskProgress> read_progress(SQLite::Database& db) {
  std::vector<TaskProgress> out;
  SQLite::Statement q(db,
                      "SELECT task, date, seq, status, note, evidence FROM task_progress "
                      "ORDER BY task, date, seq");
  while (q.executeStep()) {
    TaskProgress p;
    p.task = q.getColumn(0).getString();
    p.date = parse_date(q.getColumn(1).getString()).value_or(Date{});
    p.seq = q.getColumn(2).getInt();
    p.status = parse_task_status(q.getColumn(3).getString()).value_or(TaskStatus::in_progress);
    p.note = q.getColumn(4).getString();
    p.evidence = q.getColumn(5).getString();
    out.push_back(p);
  }
  return out;
}

void insert_progress(SQLite::Database& db, const TaskProgress& p) {
  SQLite::Statement seq(db,
                        "SELECT COALESCE(MAX(seq), 0) + 1 FROM task_progress WHERE task = ? AND "
                        "date = ?");
  seq.bind(1, p.task), seq.bind(2, p.date.iso());
  seq.executeStep();
  int n = seq.getColumn(0).getInt();
  SQLite::Statement ins(db,
                        "INSERT INTO task_progress (task, date, seq, status, note, evidence) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
  ins.bind(1, p.task), ins.bind(2, p.date.iso()), ins.bind(3, n);
  ins.bind(4, task_status_name(p.status)), ins.bind(5, p.note), ins.bind(6, p.evidence);
  ins.exec();
}

}  // namespace

const char* task_status_name(TaskStatus s) {
  return status_names[static_cast<int>(s)];
}

std::optional<TaskStatus> parse_task_status(const std::string& text) {
  for (int i = 0; i < 4; ++i)
    if (text == status_names[i]) return static_cast<TaskStatus>(i);
  return std::nullopt;
}

std::string Task::section() const {
  size_t at = number.find("、");
  return at == std::string::npos ? std::string() : number.substr(0, at);
}

const Task* TaskBook::find(const std::string& code) const {
  for (const auto& t : tasks)
    if (t.code == code) return &t;
  return nullptr;
}

std::optional<TaskBook> load_task_book(const DataSet& ds, Diagnostics& diags, bool required) {
  auto cfg = load_task_config(ds, diags, required);
  if (!cfg) return std::nullopt;
  auto db = open_store(ds.dir, OpenMode::read_only, diags);
  if (!db) return std::nullopt;
  TaskBook book;
  book.config = std::move(*cfg);
  try {
    book.tasks = read_tasks(*db);
    book.progress = read_progress(*db);
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(ds.dir), diags);
    return std::nullopt;
  }
  for (const auto& t : book.tasks)
    if (!book.config.find_plan(t.plan))
      diags.error(
          {database_path(ds.dir), 0, 0, "tasks " + t.code},
          "task " + t.code + " belongs to plan '" + t.plan + "', which tasks.yaml does not list",
          "add the plan to " + book.config.path);
  if (diags.has_errors()) return std::nullopt;
  return book;
}

std::optional<int> import_tasks(const DataSet& ds, const TaskConfig& cfg,
                                const std::string& csv_path, Diagnostics& diags) {
  auto table = read_csv(csv_path, diags);
  if (!table) return std::nullopt;
  Columns c;
  if (!c.read(*table, csv_path,
              {{"code", "编号"},
               {"number", "序号"},
               {"content", "工作任务"},
               {"lead", "牵头单位"},
               {"units", "责任单位"},
               {"deadline", "完成时限"},
               {"deliverable", "可检验成果"},
               {"plan", "计划"}},
              {"code", "number", "content", "lead", "deadline", "plan"}, diags))
    return std::nullopt;
  std::vector<Task> tasks;
  std::map<std::string, int> seen;
  // Every row is checked and every problem reported before the answer is given.
  bool rows_ok = succeeds(diags, [&](Diagnostics& found) {
    for (const auto& r : table->rows) {
      auto at = [&](const char* name) { return Location{csv_path, r.line, c.col(name)}; };
      Task t;
      t.code = c.cell(r, "code");
      t.number = c.cell(r, "number");
      t.content = c.cell(r, "content");
      t.plan = c.cell(r, "plan");
      t.deliverable = c.cell(r, "deliverable");
      if (t.code.empty())
        found.error(at("code"), "a task without a code", "give each task a code such as 1-3-2");
      if (auto [it, fresh] = seen.emplace(t.code, r.line); !fresh && !t.code.empty())
        found.error(
            at("code"),
            "task " + t.code + " is listed twice (also on line " + std::to_string(it->second) + ")",
            "one row per task");
      if (t.content.empty())
        found.error(at("content"), "task " + t.code + " has no content",
                    "write what is to be done");
      const Plan* plan = cfg.find_plan(t.plan);
      if (!plan)
        found.error(at("plan"), "unknown plan '" + t.plan + "'", "plans are listed in " + cfg.path);
      if (plan && !t.section().empty() &&
          std::none_of(plan->sections.begin(), plan->sections.end(),
                       [&](const PlanSection& s) { return s.number == t.section(); }))
        found.error(at("number"), "大项 " + t.section() + " is not a section of plan " + plan->code,
                    "add it under sections in " + cfg.path + ", or correct the number");
      const Unit* lead = unit_by_code_or_name(ds, c.cell(r, "lead"));
      if (!lead)
        found.error(at("lead"), "unit '" + c.cell(r, "lead") + "' is not in the units table",
                    "write a unit code or full name from the units table");
      else
        t.lead = lead->code;
      for (const auto& name : split_units(c.cell(r, "units"))) {
        const Unit* u = unit_by_code_or_name(ds, name);
        if (!u)
          found.error(at("units"), "unit '" + name + "' is not in the units table",
                      "write unit codes or full names, separated by 、");
        else if (u->code != t.lead &&
                 std::find(t.units.begin(), t.units.end(), u->code) == t.units.end())
          t.units.push_back(u->code);
      }
      auto deadline = parse_date(c.cell(r, "deadline"));
      if (!deadline)
        found.error(at("deadline"), "完成时限 '" + c.cell(r, "deadline") + "' is not a date",
                    "write YYYY-MM-DD, e.g. 2026-06-30");
      else
        t.deadline = *deadline;
      if (plan && deadline && *deadline < plan->date)
        found.error(at("deadline"),
                    "完成时限 " + deadline->iso() + " of task " + t.code +
                        " precedes its plan's date " + plan->date.iso(),
                    "a task cannot be due before the plan that sets it was issued");
      tasks.push_back(t);
    }
  });
  if (!rows_ok) return std::nullopt;
  auto db = open_store(ds.dir, OpenMode::read_write, diags);
  if (!db) return std::nullopt;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    int next = db->execAndGet("SELECT COALESCE(MAX(position), 0) FROM tasks").getInt();
    SQLite::Statement up(*db,
                         "INSERT INTO tasks (code, plan, number, content, lead, deadline, "
                         "deliverable, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) "
                         "DO UPDATE SET plan = excluded.plan, number = excluded.number, content = "
                         "excluded.content, lead = excluded.lead, deadline = excluded.deadline, "
                         "deliverable = excluded.deliverable");
    SQLite::Statement clear(*db, "DELETE FROM task_units WHERE task = ?");
    SQLite::Statement unit(*db, "INSERT INTO task_units (task, unit, position) VALUES (?, ?, ?)");
    for (const auto& t : tasks) {
      up.bind(1, t.code), up.bind(2, t.plan), up.bind(3, t.number), up.bind(4, t.content);
      up.bind(5, t.lead), up.bind(6, t.deadline.iso()), up.bind(7, t.deliverable);
      up.bind(8, ++next);
      up.exec(), up.reset();
      clear.bind(1, t.code), clear.exec(), clear.reset();
      for (size_t i = 0; i < t.units.size(); ++i) {
        unit.bind(1, t.code), unit.bind(2, t.units[i]), unit.bind(3, static_cast<int>(i) + 1);
        unit.exec(), unit.reset();
      }
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(ds.dir), diags);
    return std::nullopt;
  }
  return static_cast<int>(tasks.size());
}

std::optional<int> import_progress(const DataSet& ds, const TaskBook& book,
                                   const std::string& csv_path, const Date& today,
                                   Diagnostics& diags) {
  auto table = read_csv(csv_path, diags);
  if (!table) return std::nullopt;
  Columns c;
  if (!c.read(*table, csv_path,
              {{"task", "编号"},
               {"date", "日期"},
               {"status", "状态"},
               {"note", "进展情况"},
               {"evidence", "佐证材料"}},
              {"task", "date", "status"}, diags))
    return std::nullopt;
  std::vector<TaskProgress> rows;
  // Every row is checked and every problem reported before the answer is given.
  bool rows_ok = succeeds(diags, [&](Diagnostics& found) {
    for (const auto& r : table->rows) {
      auto at = [&](const char* name) { return Location{csv_path, r.line, c.col(name)}; };
      TaskProgress p;
      p.task = c.cell(r, "task");
      p.note = c.cell(r, "note");
      p.evidence = c.cell(r, "evidence");
      const Task* t = book.find(p.task);
      if (!t)
        found.error(at("task"), "unknown task '" + p.task + "'",
                    "import the task first (`docpipe tasks import`), or correct the code");
      auto d = parse_date(c.cell(r, "date"));
      if (!d)
        found.error(at("date"), "date '" + c.cell(r, "date") + "' is not a date",
                    "write YYYY-MM-DD");
      else if (today < *d)
        found.error(at("date"), "date " + d->iso() + " is after today (" + today.iso() + ")",
                    "progress is recorded when it happened");
      else
        p.date = *d;
      auto s = parse_task_status(c.cell(r, "status"));
      if (!s)
        found.error(at("status"), "unknown status '" + c.cell(r, "status") + "'",
                    "one of 未启动, 推进中, 已完成, 逾期");
      else
        p.status = *s;
      rows.push_back(p);
    }
  });
  if (!rows_ok) return std::nullopt;
  auto db = open_store(ds.dir, OpenMode::read_write, diags);
  if (!db) return std::nullopt;
  int added = 0;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    // The same entry imported again is not a new entry.
    SQLite::Statement same(*db,
                           "SELECT count(*) FROM task_progress WHERE task = ? AND date = ? AND "
                           "status = ? AND note = ?");
    for (const auto& p : rows) {
      same.bind(1, p.task), same.bind(2, p.date.iso()), same.bind(3, task_status_name(p.status));
      same.bind(4, p.note);
      same.executeStep();
      bool dup = same.getColumn(0).getInt() > 0;
      same.reset();
      if (dup) continue;
      insert_progress(*db, p);
      ++added;
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(ds.dir), diags);
    return std::nullopt;
  }
  return added;
}

bool add_progress(const std::string& data_dir, const TaskProgress& p, Diagnostics& diags) {
  auto db = open_store(data_dir, OpenMode::read_write, diags);
  if (!db) return false;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    insert_progress(*db, p);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(data_dir), diags);
    return false;
  }
  return true;
}

void validate_tasks(const DataSet& ds, Diagnostics& diags) {
  load_task_book(ds, diags, false);
}

}  // namespace docpipe::source
