// 任务台账: standings per reporting period, and the contexts of the four documents.
#include "compose/tasks.h"

#include <algorithm>

#include "compose/common.h"
#include "facts/ranking.h"
#include "facts/supervision.h"

namespace docpipe::compose {
namespace {

int day_of(const Date& d) {
  return d.year * 10000 + d.month * 100 + d.day;
}

Date period_end(const Period& p) {
  auto m = months_of(p).back();
  auto d = last_day(m);
  return {d.year, d.month, d.day};
}

facts::TaskState state_of(source::TaskStatus s) {
  return static_cast<facts::TaskState>(static_cast<int>(s));
}

facts::TaskTrack track(const source::TaskBook& book, const source::Task& t) {
  facts::TaskTrack tr;
  tr.deadline = day_of(t.deadline);
  for (const auto& p : book.progress)
    if (p.task == t.code) tr.entries.push_back({day_of(p.date), state_of(p.status)});
  return tr;
}

bool involves(const source::Task& t, const std::string& unit) {
  return t.lead == unit || std::find(t.units.begin(), t.units.end(), unit) != t.units.end();
}

std::string unit_name(const source::DataSet& ds, const std::string& code) {
  const source::Unit* u = source::find_unit(ds, code);
  return u ? u->name : code;
}

std::string units_text(const source::DataSet& ds, const std::vector<std::string>& codes) {
  std::vector<std::string> names;
  for (const auto& c : codes) names.push_back(unit_name(ds, c));
  return join(names, "、");
}

// The latest note recorded on or before `day`.
std::string latest_note(const source::TaskBook& book, const source::Task& t, const Date& day) {
  std::string note;
  for (const auto& p : book.progress)
    if (p.task == t.code && p.date <= day && !p.note.empty()) note = p.note;
  return note;
}

// deadline_md leaves out the year when it is the plan's: 6月30日.
Value task_row(const source::DataSet& ds, const source::TaskBook& book, const source::Task& t) {
  Value r;
  r.set("code", t.code);
  r.set("number", t.number);
  r.set("content", t.content);
  r.set("lead", unit_name(ds, t.lead));
  r.set("units", units_text(ds, t.units));
  r.set("has_units", !t.units.empty());
  r.set("deadline", t.deadline.iso());
  r.set("deadline_cn", chinese_date(t.deadline));
  const source::Plan* plan = book.config.find_plan(t.plan);
  r.set("deadline_md",
        plan && plan->date.year == t.deadline.year
            ? std::to_string(t.deadline.month) + "月" + std::to_string(t.deadline.day) + "日"
            : chinese_date(t.deadline));
  r.set("deliverable", t.deliverable);
  return r;
}
const std::vector<std::string> task_fields = {
    "code",     "number",      "content",     "lead",        "units", "has_units",
    "deadline", "deadline_cn", "deadline_md", "deliverable", "first", "last"};

const char* period_word(const source::TaskBook& book) {
  return book.config.quarterly ? "季度" : "个月";
}

std::string period_cn(const Period& p) {
  static const char* const q[] = {"", "第一季度", "第二季度", "第三季度", "第四季度"};
  return std::to_string(p.year) + "年" +
         (p.kind == PeriodKind::quarter ? q[p.index] : std::to_string(p.index) + "月");
}

void set_frame(Value& c, const source::DataSet& ds, const source::TaskBook& book,
               const Date& date) {
  c.set("office_name", ds.office.name);
  c.set("region", ds.office.region);
  c.set("printer", ds.office.issuing_office);
  c.set("signature", book.config.signature);
  c.set("date", date.iso());
  c.set("date_cn", chinese_date(date));
}
const std::vector<std::string> frame_fields = {"office_name", "region", "printer",
                                               "signature",   "date",   "date_cn"};

void set_plan(Value& c, const source::Plan& plan) {
  c.set("plan_name", plan.name);
  c.set("plan_number", plan.document_number);
  c.set("plan_date_cn", chinese_date(plan.date));
  c.set("plan_year", plan.date.year);
}
const std::vector<std::string> plan_fields = {"plan_name", "plan_number", "plan_date_cn",
                                              "plan_year"};

}  // namespace

std::vector<Period> report_periods(const source::TaskBook& book, const Date& today) {
  std::vector<Period> out;
  if (book.config.plans.empty()) return out;
  Date first = book.config.plans.front().date;
  for (const auto& p : book.config.plans)
    if (p.date < first) first = p.date;
  const PeriodKind kind = book.config.quarterly ? PeriodKind::quarter : PeriodKind::month;
  for (Period p = period_containing(kind, {first.year, first.month});;) {
    if (!(period_end(p) < today)) break;  // not closed yet
    out.push_back(p);
    const int per_year = kind == PeriodKind::quarter ? 4 : 12;
    p = p.index == per_year ? Period{kind, p.year + 1, 1} : Period{kind, p.year, p.index + 1};
  }
  return out;
}

std::vector<const source::Unit*> units_with_overdue(const source::DataSet& ds,
                                                    const source::TaskBook& book, const Date& day) {
  std::vector<const source::Unit*> out;
  for (const auto& u : ds.units)
    for (const auto& t : book.tasks)
      if (involves(t, u.code) &&
          facts::state_at(track(book, t), day_of(day)) == facts::TaskState::overdue) {
        out.push_back(&u);
        break;
      }
  return out;
}

std::vector<UnitStanding> standings(const source::DataSet& ds, const source::TaskBook& book,
                                    const Period& p) {
  // Every period from the first plan's up to p, for the streaks.
  const Date p_end = period_end(p);
  Date after =
      p_end.month == 12 ? Date{p_end.year + 1, 1, 1} : Date{p_end.year, p_end.month + 1, 1};
  std::vector<Period> history = report_periods(book, after);
  std::vector<UnitStanding> out;
  for (const auto& u : ds.units) {
    UnitStanding s;
    s.unit = &u;
    std::vector<bool> overdue_by_period;
    for (const auto& q : history) {
      const int end = day_of(period_end(q));
      bool any = false;
      for (const auto& t : book.tasks)
        if (involves(t, u.code))
          any |= facts::state_at(track(book, t), end) == facts::TaskState::overdue;
      overdue_by_period.push_back(any);
    }
    const int end = day_of(period_end(p));
    for (const auto& t : book.tasks) {
      if (!involves(t, u.code)) continue;
      ++s.tasks;
      auto st = facts::state_at(track(book, t), end);
      s.done += st == facts::TaskState::done;
      s.overdue += st == facts::TaskState::overdue;
    }
    if (s.tasks == 0) continue;
    s.rate = facts::completion_rate(s.done, s.tasks);
    s.streak = facts::trailing_streak(overdue_by_period);
    for (const auto& r : book.config.escalation) {
      if (s.streak < r.after) continue;
      (r.action == source::EscalationAction::named ? s.named : s.interview) = true;
    }
    out.push_back(s);
  }
  return out;
}

Schema task_table_schema() {
  Schema s{"task-table", {}};
  add_fields(s, "", frame_fields);
  add_fields(s, "", plan_fields);
  add_fields(s, "", {"title", "task_count", "section_count", "sections"});
  add_fields(s, "sections", {"number", "title", "count", "tasks", "first", "last"});
  add_fields(s, "sections.tasks", task_fields);
  return s;
}

std::optional<Value> build_task_table(const source::DataSet& ds, const source::TaskBook& book,
                                      const std::string& plan_code, Diagnostics& diags) {
  const source::Plan* plan = book.config.find_plan(plan_code);
  if (!plan) {
    diags.error({book.config.path}, "no plan '" + plan_code + "' in tasks.yaml",
                "name one of the plans listed there");
    return std::nullopt;
  }
  Value c;
  set_frame(c, ds, book, plan->date);
  set_plan(c, *plan);
  c.set("title", plan->name + "任务分解表");
  List sections;
  int count = 0;
  auto section_of = [&](const std::string& number) {
    Value v;
    v.set("number", number);
    std::string title;
    for (const auto& s : plan->sections)
      if (s.number == number) title = s.title;
    v.set("title", title.empty() ? "其他任务" : title);
    return v;
  };
  // 大项 in the plan's order, then tasks with a plain code under 其他任务.
  std::vector<std::string> order;
  for (const auto& s : plan->sections) order.push_back(s.number);
  order.push_back("");
  for (const auto& number : order) {
    List rows;
    for (const auto& t : book.tasks)
      if (t.plan == plan->code && t.section() == number) rows.push_back(task_row(ds, book, t));
    if (rows.empty()) continue;
    count += static_cast<int>(rows.size());
    Value v = section_of(number);
    v.set("count", static_cast<int>(rows.size()));
    v.set("tasks", mark_first_last(rows));
    sections.push_back(v);
  }
  c.set("task_count", count);
  c.set("section_count", static_cast<int>(sections.size()));
  c.set("sections", mark_first_last(sections));
  return c;
}

Schema task_letter_schema() {
  Schema s{"task-letter", {}};
  add_fields(s, "", frame_fields);
  add_fields(s, "", plan_fields);
  add_fields(s, "", {"title", "unit_name", "task_count", "lead_count", "tasks"});
  add_fields(s, "tasks", task_fields);
  add_fields(s, "tasks", {"role"});
  return s;
}

std::optional<Value> build_task_letter(const source::DataSet& ds, const source::TaskBook& book,
                                       const std::string& plan_code, const source::Unit& unit) {
  const source::Plan* plan = book.config.find_plan(plan_code);
  if (!plan) return std::nullopt;
  List rows;
  int lead = 0;
  for (const auto& t : book.tasks) {
    if (t.plan != plan->code || !involves(t, unit.code)) continue;
    Value r = task_row(ds, book, t);
    r.set("role", t.lead == unit.code ? "牵头" : "配合");
    lead += t.lead == unit.code;
    rows.push_back(r);
  }
  if (rows.empty()) return std::nullopt;
  Value c;
  set_frame(c, ds, book, plan->date);
  set_plan(c, *plan);
  c.set("title", "关于交办" + plan->name + "重点任务的函");
  c.set("unit_name", unit.name);
  c.set("task_count", static_cast<int>(rows.size()));
  c.set("lead_count", lead);
  c.set("tasks", mark_first_last(rows));
  return c;
}

Schema supervision_schema() {
  Schema s{"supervision", {}};
  add_fields(s, "", frame_fields);
  add_fields(s, "",
             {"title", "unit_name", "as_of_cn", "overdue_count", "tasks", "streak", "period_word",
              "named", "interview"});
  add_fields(s, "tasks", task_fields);
  add_fields(s, "tasks", {"role", "status", "note"});
  return s;
}

std::optional<Value> build_supervision(const source::DataSet& ds, const source::TaskBook& book,
                                       const source::Unit& unit, const Date& day) {
  List rows;
  for (const auto& t : book.tasks) {
    if (!involves(t, unit.code)) continue;
    if (facts::state_at(track(book, t), day_of(day)) != facts::TaskState::overdue) continue;
    Value r = task_row(ds, book, t);
    r.set("role", t.lead == unit.code ? "牵头" : "配合");
    std::string note = latest_note(book, t, day);
    r.set("note", note.empty() ? "未报送进展情况" : note);
    r.set("status", "逾期");
    rows.push_back(r);
  }
  if (rows.empty()) return std::nullopt;
  // The escalation the unit has reached at the last closed period.
  int streak = 0;
  bool named = false, interview = false;
  // Periods closed by the end of `day` (the one ending on it included).
  const Date next = day.day < days_in_month(day.year, day.month)
                        ? Date{day.year, day.month, day.day + 1}
                    : day.month == 12 ? Date{day.year + 1, 1, 1}
                                      : Date{day.year, day.month + 1, 1};
  auto periods = report_periods(book, next);
  if (!periods.empty())
    for (const auto& s : standings(ds, book, periods.back()))
      if (s.unit == &unit) streak = s.streak, named = s.named, interview = s.interview;
  Value c;
  set_frame(c, ds, book, day);
  c.set("title", "关于督促办理逾期未完成任务的通知");
  c.set("unit_name", unit.name);
  c.set("as_of_cn", chinese_date(day));
  c.set("overdue_count", static_cast<int>(rows.size()));
  c.set("tasks", mark_first_last(rows));
  c.set("streak", streak);
  c.set("period_word", period_word(book));
  c.set("named", named);
  c.set("interview", interview);
  return c;
}

Schema progress_schema() {
  Schema s{"progress", {}};
  add_fields(s, "", frame_fields);
  add_fields(s, "", {"title",         "to",
                     "has_to",        "cc",
                     "has_cc",        "period_cn",
                     "as_of_cn",      "task_count",
                     "done",          "overdue",
                     "rate",          "units",
                     "overdue_tasks", "has_overdue_tasks",
                     "praised",       "has_praised",
                     "named",         "has_named",
                     "interviews",    "has_interviews",
                     "period_word"});
  add_fields(s, "units",
             {"rank", "rank_phrase", "name", "tasks", "done", "overdue", "rate", "streak", "first",
              "last"});
  add_fields(s, "overdue_tasks", task_fields);
  add_fields(s, "overdue_tasks", {"note"});
  for (const char* l : {"praised", "named", "interviews"})
    add_fields(s, l, {"name", "streak", "first", "last"});
  return s;
}

std::optional<Value> build_progress_report(const source::DataSet& ds, const source::TaskBook& book,
                                           const Period& p) {
  const Date end = period_end(p);
  auto st = standings(ds, book, p);
  std::vector<Decimal> rates;
  for (const auto& s : st) rates.push_back(s.rate);
  auto ranks = facts::rank_scores(rates);
  int all = 0, done = 0, overdue = 0;
  for (const auto& t : book.tasks) {
    ++all;
    auto s = facts::state_at(track(book, t), day_of(end));
    done += s == facts::TaskState::done;
    overdue += s == facts::TaskState::overdue;
  }
  const Decimal overall = facts::completion_rate(done, all);
  List units, praised, named, interviews;
  for (size_t i : facts::ranked_order(rates)) {
    const auto& s = st[i];
    Value r;
    r.set("rank", ranks[i].rank);
    r.set("rank_phrase", facts::rank_phrase(ranks[i]));
    r.set("name", s.unit->name);
    r.set("tasks", s.tasks);
    r.set("done", s.done);
    r.set("overdue", s.overdue);
    r.set("rate", (s.rate).text() + "%");
    r.set("streak", s.streak);
    units.push_back(r);
    Value who(Fields{{"name", s.unit->name}, {"streak", std::to_string(s.streak)}});
    // 表扬: the top three (ties included), as the monthly circular praises, if none is overdue.
    if (s.overdue == 0 && s.done > 0 && ranks[i].rank <= 3) praised.push_back(who);
    if (s.interview)
      interviews.push_back(who);
    else if (s.named)
      named.push_back(who);
  }
  List overdue_tasks;
  for (const auto& t : book.tasks)
    if (facts::state_at(track(book, t), day_of(end)) == facts::TaskState::overdue) {
      Value r = task_row(ds, book, t);
      std::string note = latest_note(book, t, end);
      r.set("note", note.empty() ? "未报送进展情况" : note);
      overdue_tasks.push_back(r);
    }
  // Dated the 8th of the month after the period.
  auto last = months_of(p).back();
  Date date = last.month == 12 ? Date{last.year + 1, 1, 8} : Date{last.year, last.month + 1, 8};
  Value c;
  set_frame(c, ds, book, date);
  c.set("title", "关于" + period_cn(p) + "重点任务推进情况的通报");
  c.set("to", text_list(book.config.to));
  c.set("has_to", !book.config.to.empty());
  c.set("cc", text_list(book.config.cc));
  c.set("has_cc", !book.config.cc.empty());
  c.set("period_cn", period_cn(p));
  c.set("as_of_cn", chinese_date(end));
  c.set("task_count", all);
  c.set("done", done);
  c.set("overdue", overdue);
  c.set("rate", (overall).text() + "%");
  c.set("units", mark_first_last(units));
  c.set("has_overdue_tasks", !overdue_tasks.empty());
  c.set("overdue_tasks", mark_first_last(overdue_tasks));
  c.set("has_praised", !praised.empty());
  c.set("praised", mark_first_last(praised));
  c.set("has_named", !named.empty());
  c.set("named", mark_first_last(named));
  c.set("has_interviews", !interviews.empty());
  c.set("interviews", mark_first_last(interviews));
  c.set("period_word", period_word(book));
  return c;
}

}  // namespace docpipe::compose
