// docpipe tasks list | show | progress | import | import-progress | export | build: the
// 任务台账 (tasks in docpipe.db, plans and escalation in tasks.yaml) and its documents.
#include <algorithm>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/file_names.h"
#include "cli/process_docs.h"
#include "cli/text_checks.h"
#include "cli/today.h"
#include "cli/whole_names.h"
#include "compose/compose.h"
#include "compose/tasks.h"
#include "core/atomic_file.h"
#include "facts/supervision.h"
#include "source/loader.h"
#include "source/tasks.h"
#include "source/text_forms.h"

namespace docpipe::cli {
namespace {

struct Options {
  std::optional<Date> today;
  std::optional<std::string> status, note, evidence, date, unit, as_of, plan, period, out,
      templates, file;
  bool markdown = false;
};

struct Loaded {
  source::DataSet ds;
  source::TaskBook book;
};

std::optional<Loaded> load(const Global& g, Diagnostics& diags) {
  auto ds = source::load_data_folder(g.data_dir, diags);
  if (!ds) return std::nullopt;
  auto book = source::load_task_book(*ds, diags);
  if (!book) return std::nullopt;
  return Loaded{std::move(*ds), std::move(*book)};
}

int day_of(const Date& d) {
  return d.year * 10000 + d.month * 100 + d.day;
}

// A task's status on `day` as the 通报 would count it.
const char* state_on(const source::TaskBook& b, const source::Task& t, const Date& day) {
  facts::TaskTrack tr;
  tr.deadline = day_of(t.deadline);
  for (const auto& p : b.progress)
    if (p.task == t.code)
      tr.entries.push_back({day_of(p.date), static_cast<facts::TaskState>(p.status)});
  return source::task_status_name(
      static_cast<source::TaskStatus>(facts::state_at(tr, day_of(day))));
}

std::optional<Date> date_option(const std::optional<std::string>& text, const Date& fallback,
                                const char* name, Diagnostics& diags) {
  if (!text) return fallback;
  auto d = parse_date(*text);
  if (!d) diags.error({}, std::string(name) + " '" + *text + "' is not a date", "write YYYY-MM-DD");
  return d;
}

bool involves(const source::Task& t, const std::string& u) {
  return t.lead == u || std::find(t.units.begin(), t.units.end(), u) != t.units.end();
}

int list(const Options& o, const Global& g, Diagnostics& diags) {
  auto l = load(g, diags);
  auto day = date_option(o.as_of, *o.today, "--as-of", diags);
  if (!l || !day) return exit_error;
  for (const auto& t : l->book.tasks) {
    const char* st = state_on(l->book, t, *day);
    if (o.unit && !involves(t, *o.unit)) continue;
    if (o.status && *o.status != st) continue;
    std::cout << t.code << "\t" << t.number << "\t" << st << "\t" << t.deadline.iso() << "\t"
              << t.lead << "\t" << t.content << "\n";
  }
  return exit_ok;
}

int show(const Options& o, const Global& g, const std::string& code, Diagnostics& diags) {
  auto l = load(g, diags);
  auto day = date_option(o.as_of, *o.today, "--as-of", diags);
  if (!l || !day) return exit_error;
  const source::Task* t = l->book.find(code);
  if (!t) {
    diags.error({}, "no task '" + code + "'", "`docpipe tasks list` shows every task");
    return exit_error;
  }
  std::cout << t->number << " " << t->content << "\n编号: " << t->code << "  计划: " << t->plan
            << "\n牵头单位: " << t->lead << "  责任单位: ";
  for (const auto& u : t->units) std::cout << u << " ";
  std::cout << "\n完成时限: " << t->deadline.iso() << "  可检验成果: " << t->deliverable
            << "\n状态(" << day->iso() << "): " << state_on(l->book, *t, *day) << "\n进展:\n";
  for (const auto& p : l->book.progress)
    if (p.task == t->code)
      std::cout << "  " << p.date.iso() << " " << source::task_status_name(p.status) << " "
                << p.note << (p.evidence.empty() ? "" : " [" + p.evidence + "]") << "\n";
  return exit_ok;
}

int progress(const Options& o, const Global& g, const std::string& code, Diagnostics& diags) {
  auto l = load(g, diags);
  auto day = date_option(o.date, *o.today, "--date", diags);
  if (!l || !day) return exit_error;
  source::TaskProgress p;
  p.task = code;
  p.date = *day;
  p.note = o.note.value_or("");
  p.evidence = o.evidence.value_or("");
  if (!l->book.find(code))
    diags.error({}, "no task '" + code + "'", "`docpipe tasks list` shows every task");
  auto st = o.status ? source::parse_task_status(*o.status) : std::nullopt;
  if (!st)
    diags.error({}, o.status ? "unknown status '" + *o.status + "'" : "--status is missing",
                "--status 未启动 | 推进中 | 已完成 | 逾期");
  else
    p.status = *st;
  if (*o.today < *day)
    diags.error({}, "date " + day->iso() + " is after today (" + o.today->iso() + ")",
                "progress is recorded when it happened");
  check_edit_text("tasks progress " + code, {{"note", p.note}, {"evidence", p.evidence}},
                  g.data_dir, diags);
  if (diags.has_errors() || !source::add_progress(g.data_dir, p, diags)) return exit_error;
  std::cout << "recorded " << code << " " << day->iso() << " " << source::task_status_name(p.status)
            << "\n";
  return exit_ok;
}

// CSV cell: quoted when it holds a comma, quote or line break.
std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

int export_csv(const Options& o, const Global& g, Diagnostics& diags) {
  auto l = load(g, diags);
  auto day = date_option(o.as_of, *o.today, "--as-of", diags);
  if (!l || !day) return exit_error;
  std::string out = "code,number,content,lead,units,deadline,deliverable,plan,status\n";
  for (const auto& t : l->book.tasks) {
    std::string units;
    for (const auto& u : t.units) units += (units.empty() ? "" : "、") + u;
    out += csv(t.code) + "," + csv(t.number) + "," + csv(t.content) + "," + csv(t.lead) + "," +
           csv(units) + "," + t.deadline.iso() + "," + csv(t.deliverable) + "," + csv(t.plan) +
           "," + state_on(l->book, t, *day) + "\n";
  }
  if (!o.file) {
    std::cout << out;
    return exit_ok;
  }
  if (!write_file_atomic(*o.file, out, diags)) return exit_error;
  std::cout << *o.file << "\n";
  return exit_ok;
}

int import(const Options& o, const Global& g, const std::string& what, const std::string& file,
           Diagnostics& diags) {
  auto ds = source::load_data_folder(g.data_dir, diags);
  if (!ds) return exit_error;
  std::optional<int> n;
  if (what == "import") {
    auto cfg = source::load_task_config(*ds, diags);
    if (!cfg) return exit_error;
    n = source::import_tasks(*ds, *cfg, file, diags);
  } else {
    auto book = source::load_task_book(*ds, diags);
    if (!book) return exit_error;
    n = source::import_progress(*ds, *book, file, *o.today, diags);
  }
  if (!n) return exit_error;
  std::cout << "imported " << *n << (what == "import" ? " tasks\n" : " progress entries\n");
  return exit_ok;
}

}  // namespace

// The documents of `docpipe tasks build` (also used by demo and due).
bool task_documents(const source::DataSet& ds, const source::TaskBook& book,
                    const std::string& what, const std::string& plan, const Date& as_of,
                    const std::optional<compose::Period>& period, const std::string& dir,
                    const std::string& tdir, std::vector<ProcessDoc>& docs, Diagnostics& diags) {
  auto add = [&](const std::string& path, const char* tmpl, const compose::Schema& schema,
                 const compose::Value& ctx) {
    ProcessDoc d;
    d.path = path;
    d.source_name = std::string(tmpl) + " → " + path;
    if (!compose_with(tdir, tmpl, schema, ctx, d.markdown, diags)) return false;
    docs.push_back(std::move(d));
    return true;
  };
  if (what == "table") {
    auto ctx = compose::build_task_table(ds, book, plan, diags);
    return ctx && add(dir + "/task-table-" + safe_file_stem(plan) + ".pdf",
                      "task-table.md.mustache", compose::task_table_schema(), *ctx);
  }
  if (what == "letters") {
    for (const auto& u : ds.units)
      if (auto ctx = compose::build_task_letter(ds, book, plan, u))
        if (!add(dir + "/task-letters-" + safe_file_stem(plan) + "/" + safe_file_stem(u.code) +
                     ".pdf",
                 "task-letter.md.mustache", compose::task_letter_schema(), *ctx))
          return false;
    return true;
  }
  if (what == "supervise") {
    for (const source::Unit* u : compose::units_with_overdue(ds, book, as_of))
      if (auto ctx = compose::build_supervision(ds, book, *u, as_of))
        if (!add(dir + "/supervision-" + as_of.iso() + "/" + safe_file_stem(u->code) + ".pdf",
                 "supervision.md.mustache", compose::supervision_schema(), *ctx))
          return false;
    return true;
  }
  if (what == "report" && period) {
    auto ctx = compose::build_progress_report(ds, book, *period);
    return ctx && add(dir + "/progress-" + compose::period_label(*period) + ".pdf",
                      "progress.md.mustache", compose::progress_schema(), *ctx);
  }
  diags.error({}, "unknown document '" + what + "'",
              "docpipe tasks build table | letters | supervise [--as-of D] | report --period P");
  return false;
}

namespace {

int build(const Options& o, const Global& g, const std::string& what, Diagnostics& diags) {
  auto l = load(g, diags);
  auto day = date_option(o.as_of, *o.today, "--as-of", diags);
  if (!l || !day) return exit_error;
  std::string plan =
      o.plan.value_or(l->book.config.plans.empty() ? "" : l->book.config.plans.front().code);
  std::optional<compose::Period> period;
  if (what == "report") {
    auto kind =
        l->book.config.quarterly ? compose::PeriodKind::quarter : compose::PeriodKind::month;
    period = o.period ? compose::parse_period_label(kind, *o.period) : std::nullopt;
    if (!period) {
      diags.error({},
                  o.period ? "period '" + *o.period + "' is not a " +
                                 (l->book.config.quarterly ? "quarter" : "month")
                           : "--period is missing",
                  l->book.config.quarterly ? "--period 2026-Q3 (tasks.yaml reports each quarter)"
                                           : "--period 2026-10 (tasks.yaml reports each month)");
      return exit_error;
    }
  }
  const std::string tdir = o.templates.value_or(compose::default_templates_dir(g.data_dir));
  std::vector<ProcessDoc> docs;
  if (!task_documents(l->ds, l->book, what, plan, *day, period, o.out.value_or("output"), tdir,
                      docs, diags))
    return exit_error;
  if (docs.empty()) {
    std::cout << "nothing to write (no unit has overdue tasks on " << day->iso() << ")\n";
    return exit_ok;
  }
  return write_process_docs(docs, l->ds.dir + "/fonts.yaml", o.markdown, diags, default_formats(),
                            organisation_names(l->ds))
             ? exit_ok
             : exit_error;
}

int run_tasks(Args& args, const Global& g, Diagnostics& diags) {
  Options o;
  o.today = today_option(args, diags);
  for (auto [name, slot] : {std::pair{"--status", &o.status},
                            {"--note", &o.note},
                            {"--evidence", &o.evidence},
                            {"--date", &o.date},
                            {"--unit", &o.unit},
                            {"--as-of", &o.as_of},
                            {"--plan", &o.plan},
                            {"--period", &o.period},
                            {"--out", &o.out},
                            {"--templates", &o.templates},
                            {"-o", &o.file}})
    *slot = args.option(name, diags);
  o.markdown = args.flag("--markdown");
  auto pos = args.positionals(diags);
  if (diags.has_errors() || !o.today) return exit_error;
  const std::string action = pos.empty() ? "" : pos[0];
  if (action == "list" && pos.size() == 1) return list(o, g, diags);
  if (action == "show" && pos.size() == 2) return show(o, g, pos[1], diags);
  if (action == "progress" && pos.size() == 2) return progress(o, g, pos[1], diags);
  if ((action == "import" || action == "import-progress") && pos.size() == 2)
    return import(o, g, action, pos[1], diags);
  if (action == "export" && pos.size() == 1) return export_csv(o, g, diags);
  if (action == "build" && pos.size() == 2) return build(o, g, pos[1], diags);
  diags.error({}, action.empty() ? "tasks needs an action" : "wrong use of tasks " + action,
              "docpipe tasks --help");
  return exit_error;
}

}  // namespace

const Command tasks_command = {
    "tasks", "the 任务台账: list, show, record progress, import, export, build its documents",
    "usage: docpipe [--data DIR] tasks list [--unit CODE] [--status S] [--as-of DATE]\n"
    "       docpipe [--data DIR] tasks show ID [--as-of DATE]\n"
    "       docpipe [--data DIR] tasks progress ID --status S [--note TEXT] [--evidence TEXT]\n"
    "                                  [--date DATE]\n"
    "       docpipe [--data DIR] tasks import FILE.csv\n"
    "       docpipe [--data DIR] tasks import-progress FILE.csv\n"
    "       docpipe [--data DIR] tasks export [-o FILE.csv] [--as-of DATE]\n"
    "       docpipe [--data DIR] tasks build table|letters|supervise|report [--plan CODE]\n"
    "                                  [--as-of DATE] [--period 2026-Q3] [--out DIR] "
    "[--markdown]\n\n"
    "Statuses: 未启动 推进中 已完成 逾期; a task past its 完成时限 and not 已完成 counts as 逾期.\n"
    "import: CSV code,number,content,lead,units,deadline,deliverable,plan (编号,序号,工作任务,\n"
    "  牵头单位,责任单位,完成时限,可检验成果,计划); units by code or name, separated by 、.\n"
    "import-progress: CSV task,date,status,note,evidence (编号,日期,状态,进展情况,佐证材料).\n"
    "Both check every row first: one bad row and nothing is written.\n"
    "build table: task-table-PLAN.pdf (任务分解表); letters: task-letters-PLAN/<unit>.pdf\n"
    "  (交办函); supervise: supervision-DATE/<unit>.pdf (督办通知, units with overdue tasks);\n"
    "  report: progress-PERIOD.pdf (进展情况通报; `docpipe due` makes these as periods close).\n"
    "Plans, the reporting period and the escalation rules are in DIR/tasks.yaml.\n",
    run_tasks};

}  // namespace docpipe::cli
