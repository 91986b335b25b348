// data/tasks.yaml → TaskConfig:
//
//   plans:
//     - code: GZYD2026
//       name: 澜江省司法厅2026年法治政府建设工作要点
//       date: 2026-02-16
//       document_number: 澜司发〔2026〕5号
//       sections: [{number: 一, title: 深入推进依法行政制度建设}, …]   # 大项
//   report: {every: quarter, signature: 澜江省司法厅办公室, to: [...], cc: [...]}
//   escalation:                      # overdue so many reporting periods in a row →
//     - {after: 2, action: named}      # 通报点名
//     - {after: 3, action: interview}  # 约谈
#include <algorithm>
#include <set>

#include "source/tasks.h"
#include "source/yaml_file.h"

namespace docpipe::source {
namespace {

void read_plan(YamlFile& f, const YAML::Node& n, TaskConfig& cfg, std::set<std::string>& codes) {
  if (!f.check_map(n, {"code", "name", "date", "document_number", "sections"},
                   {"code", "name", "date", "sections"}, "plan"))
    return;
  Plan p;
  p.code = f.text(n, "code");
  p.name = f.text(n, "name");
  p.date = f.date(n, "date").value_or(Date{});
  p.document_number = f.text(n, "document_number");
  if (!codes.insert(p.code).second)
    f.error(n["code"], "plan '" + p.code + "' is listed twice", "give each plan its own code");
  std::set<std::string> numbers;
  for (const auto& s : f.sequence(n, "sections")) {
    if (!f.check_map(s, {"number", "title"}, {"number", "title"}, "section (大项)")) continue;
    PlanSection sec{f.text(s, "number"), f.text(s, "title")};
    if (!numbers.insert(sec.number).second)
      f.error(s["number"], "大项 " + sec.number + " is listed twice",
              "number the 大项 一, 二, 三 …");
    p.sections.push_back(sec);
  }
  cfg.plans.push_back(p);
}

void read_escalation(YamlFile& f, const YAML::Node& n, TaskConfig& cfg) {
  if (!f.check_map(n, {"after", "action"}, {"after", "action"}, "escalation rule")) return;
  EscalationRule r;
  r.after = f.integer(n, "after", 1, 24).value_or(1);
  std::string a = f.text(n, "action");
  if (a == "named")
    r.action = EscalationAction::named;
  else if (a == "interview")
    r.action = EscalationAction::interview;
  else
    f.error(n["action"], "unknown escalation action '" + a + "'",
            "named (the 通报 names the unit) or interview (listed for 约谈)");
  for (const auto& o : cfg.escalation)
    if (o.after == r.after)
      f.error(n["after"], "two escalation rules for " + std::to_string(r.after) + " periods",
              "one action per number of periods");
  cfg.escalation.push_back(r);
}

}  // namespace

const Plan* TaskConfig::find_plan(const std::string& code) const {
  for (const auto& p : plans)
    if (p.code == code) return &p;
  return nullptr;
}

// Reads tasks.yaml, reporting every problem; load_task_config decides from what it reported.
static std::optional<TaskConfig> read_task_config(const DataSet& ds, Diagnostics& diags,
                                                  bool required) {
  TaskConfig cfg;
  cfg.path = ds.dir + "/tasks.yaml";
  YamlFile f(cfg.path, diags, required);
  if (!f.exists() && !required) return std::nullopt;
  if (!f.ok()) return std::nullopt;
  const YAML::Node& root = f.root();
  if (!f.check_map(root, {"plans", "report", "escalation"}, {"plans"}, "tasks file"))
    return std::nullopt;
  std::set<std::string> codes;
  for (const auto& p : f.sequence(root, "plans")) read_plan(f, p, cfg, codes);
  cfg.signature = ds.office.name;
  if (YAML::Node r = root["report"]) {
    if (f.check_map(r, {"every", "signature", "to", "cc"}, {}, "report settings")) {
      std::string every = f.text(r, "every");
      if (!every.empty() && every != "quarter" && every != "month")
        f.error(r["every"], "unknown period '" + every + "'", "every: quarter or every: month");
      cfg.quarterly = every != "month";
      if (!f.text(r, "signature").empty()) cfg.signature = f.text(r, "signature");
      cfg.to = f.text_list(r, "to");
      cfg.cc = f.text_list(r, "cc");
    }
  }
  for (const auto& e : f.sequence(root, "escalation")) read_escalation(f, e, cfg);
  std::sort(cfg.escalation.begin(), cfg.escalation.end(),
            [](const EscalationRule& a, const EscalationRule& b) { return a.after < b.after; });
  return cfg;
}

std::optional<TaskConfig> load_task_config(const DataSet& ds, Diagnostics& diags, bool required) {
  std::optional<TaskConfig> cfg;
  if (!succeeds(diags, [&](Diagnostics& d) { cfg = read_task_config(ds, d, required); }))
    return std::nullopt;
  return cfg;
}

}  // namespace docpipe::source
