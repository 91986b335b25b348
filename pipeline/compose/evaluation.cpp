// 考评: scoring every group, then the contexts of the 结果通报 and the per-unit 评分表.
#include "compose/evaluation.h"

#include <algorithm>

#include "compose/common.h"

namespace docpipe::compose {
namespace {

const char* const level_names[] = {"", "一级指标", "二级指标", "三级指标"};

facts::ScoreRule rule_of(source::EvalRule r) {
  switch (r) {
    case source::EvalRule::fixed:
      return facts::ScoreRule::fixed;
    case source::EvalRule::proportional:
      return facts::ScoreRule::proportional;
    case source::EvalRule::deduct:
      return facts::ScoreRule::deduct;
    case source::EvalRule::bonus:
      return facts::ScoreRule::bonus;
    case source::EvalRule::penalty:
      break;
  }
  return facts::ScoreRule::penalty;
}

facts::UnitEntries entries_of(const source::DataSet& ds, const source::Evaluation& ev,
                              const std::vector<source::EvaluationEntry>& all,
                              const std::string& unit) {
  facts::UnitEntries u;
  for (const auto& e : all) {
    if (e.unit != unit) continue;
    const auto* ind = ev.find(e.code);
    if (!ind)
      u.vetoes[e.code] = e.note;
    else if (ind->rule == source::EvalRule::fixed)
      u.scores[e.code] = e.value;
    else
      u.occurrences[e.code].push_back({static_cast<int>(e.value.units), e.note});
  }
  for (const auto& ind : ev.indicators)
    if (ind.rule == source::EvalRule::proportional)
      if (auto v = source::value_of(ds, ind.figure, ev.year, unit)) u.figures[ind.figure] = *v;
  return u;
}

std::string points(const Decimal& d) {
  return d.text();
}
std::string plain(const Decimal& d) {
  return to_plain_string(d);
}

// The 附表: every weighted indicator in system order (一级, its 二级, their 三级 …), with
// its level so a template can set the levels apart.
Value system_rows(const source::Evaluation& ev) {
  List rows;
  for (const auto& i : ev.indicators) {
    if (i.rule == source::EvalRule::bonus || i.rule == source::EvalRule::penalty) continue;
    Value r;
    r.set("code", i.code);
    r.set("name", i.name);
    r.set("level", i.level);
    r.set("level_name", level_names[i.level]);
    r.set("full", plain(i.full));
    r.set("standard", i.standard);
    rows.push_back(r);
  }
  return mark_first_last(rows);
}

Value extra_rows(const source::Evaluation& ev, source::EvalRule rule) {
  List rows;
  for (const auto& i : ev.indicators) {
    if (i.rule != rule) continue;
    Value r;
    r.set("code", i.code);
    r.set("name", i.name);
    r.set("per", plain(i.per));
    r.set("cap", plain(i.full));
    r.set("standard", i.standard);
    rows.push_back(r);
  }
  return mark_first_last(rows);
}

Value veto_rows(const source::Evaluation& ev) {
  List rows;
  for (const auto& v : ev.vetoes) {
    Value r;
    r.set("code", v.code);
    r.set("name", v.name);
    r.set("effect", v.cap ? "总分不高于" + plain(*v.cap) + "分" : "总分计为0分");
    rows.push_back(r);
  }
  return mark_first_last(rows);
}

std::string veto_name(const source::Evaluation& ev, const std::string& code) {
  const auto* v = ev.find_veto(code);
  return v ? v->name : std::string();
}

void set_common(Value& c, const source::DataSet& ds, const source::Evaluation& ev) {
  c.set("office_name", ds.office.name);
  c.set("region", ds.office.region);
  c.set("printer", ds.office.issuing_office);
  c.set("to", text_list(ev.to));
  c.set("has_to", !ev.to.empty());
  c.set("cc", text_list(ev.cc));
  c.set("has_cc", !ev.cc.empty());
  c.set("signature", ev.signature);
  c.set("date", ev.date.iso());
  c.set("date_cn", chinese_date(ev.date));
  c.set("year", ev.year);
  c.set("evaluation", ev.title);
  c.set("document_number", ev.document_number);
  c.set("total", plain(ev.total));
  c.set("excellent", plain(ev.excellent));
  c.set("good", plain(ev.good));
  c.set("pass", plain(ev.pass));
  c.set("system", system_rows(ev));
  c.set("bonus_items", extra_rows(ev, source::EvalRule::bonus));
  c.set("has_bonus_items", !extra_rows(ev, source::EvalRule::bonus).list.empty());
  c.set("penalty_items", extra_rows(ev, source::EvalRule::penalty));
  c.set("has_penalty_items", !extra_rows(ev, source::EvalRule::penalty).list.empty());
  c.set("veto_items", veto_rows(ev));
  c.set("has_veto_items", !ev.vetoes.empty());
}

const std::vector<std::string> common_fields = {"office_name",
                                                "region",
                                                "printer",
                                                "to",
                                                "has_to",
                                                "cc",
                                                "has_cc",
                                                "signature",
                                                "date",
                                                "date_cn",
                                                "year",
                                                "evaluation",
                                                "document_number",
                                                "total",
                                                "excellent",
                                                "good",
                                                "pass",
                                                "system",
                                                "bonus_items",
                                                "has_bonus_items",
                                                "penalty_items",
                                                "has_penalty_items",
                                                "veto_items",
                                                "has_veto_items"};

void add_common(Schema& s) {
  add_fields(s, "", common_fields);
  add_fields(s, "system",
             {"code", "name", "level", "level_name", "full", "standard", "first", "last"});
  for (const char* l : {"bonus_items", "penalty_items"})
    add_fields(s, l, {"code", "name", "per", "cap", "standard", "first", "last"});
  add_fields(s, "veto_items", {"code", "name", "effect", "first", "last"});
}

}  // namespace

facts::ScoringSystem scoring_system(const source::Evaluation& ev) {
  facts::ScoringSystem sys;
  sys.total = ev.total;
  sys.decimals = ev.decimals;
  sys.excellent = ev.excellent;
  sys.good = ev.good;
  sys.pass = ev.pass;
  for (const auto& i : ev.indicators) {
    facts::ScoringIndicator s;
    s.code = i.code;
    s.name = i.name;
    s.level = i.level;
    s.parent = i.parent;
    s.full = i.full;
    s.rule = rule_of(i.rule);
    s.per = i.per;
    s.figure = i.figure;
    s.reference = i.target ? facts::Reference::target : facts::Reference::best;
    if (i.target) s.target = *i.target;
    s.standard = i.standard;
    s.leaf = i.leaf;
    sys.indicators.push_back(s);
  }
  for (const auto& v : ev.vetoes)
    sys.vetoes.push_back({v.code, v.name, v.indicator, v.cap ? v.cap : std::nullopt});
  return sys;
}

std::optional<std::vector<ScoredGroup>> score_evaluation(
    const source::DataSet& ds, const source::Evaluation& ev,
    const std::vector<source::EvaluationEntry>& entries, Diagnostics& diags) {
  const facts::ScoringSystem sys = scoring_system(ev);
  std::vector<ScoredGroup> out;
  for (const auto& g : ev.groups) {
    std::vector<facts::UnitEntries> in;
    for (const auto& code : g.units) in.push_back(entries_of(ds, ev, entries, code));
    std::string why;
    auto results = facts::score_units(sys, in, why);
    if (!results) {
      diags.error({ev.path, 0, 0, g.name}, why, "use fewer decimals in the figures and scores");
      return std::nullopt;
    }
    std::vector<Decimal> totals;
    for (const auto& r : *results) totals.push_back(r.total);
    auto ranks = facts::rank_scores(totals);
    ScoredGroup sg{&g, {}};
    for (size_t i : facts::ranked_order(totals))
      sg.units.push_back({source::find_unit(ds, g.units[i]), (*results)[i], ranks[i]});
    out.push_back(std::move(sg));
  }
  return out;
}

Schema evaluation_schema() {
  Schema s{"evaluation", {}};
  add_common(s);
  add_fields(s, "", {"title", "unit_count", "groups", "grades", "vetoed", "has_vetoed"});
  add_fields(s, "groups", {"name", "count", "units", "first", "last"});
  add_fields(s, "groups.units",
             {"rank", "rank_phrase", "name", "base", "bonus", "penalty", "total", "grade", "veto",
              "first", "last"});
  add_fields(s, "grades", {"grade", "count", "has_units", "units", "first", "last"});
  add_fields(s, "grades.units", {"name", "first", "last"});
  add_fields(s, "vetoed", {"name", "veto", "reason", "first", "last"});
  return s;
}

Value build_evaluation_report(const source::DataSet& ds, const source::Evaluation& ev,
                              const std::vector<ScoredGroup>& scored) {
  Value c;
  set_common(c, ds, ev);
  c.set("title", "关于" + ev.title + "结果的通报");
  List groups, vetoed;
  std::vector<List> by_grade(4);
  int count = 0;
  for (const auto& g : scored) {
    List rows;
    for (const auto& su : g.units) {
      const auto& r = su.result;
      Value row;
      row.set("rank", su.rank.rank);
      row.set("rank_phrase", facts::rank_phrase(su.rank));
      row.set("name", su.unit->name);
      row.set("base", points(r.base));
      row.set("bonus", points(r.bonus));
      row.set("penalty", points(r.penalty));
      row.set("total", points(r.total));
      row.set("grade", facts::grade_name(r.grade));
      row.set("veto", r.veto.empty() ? "" : "否决");
      rows.push_back(row);
      by_grade[static_cast<int>(r.grade)].push_back(Value(Fields{{"name", su.unit->name}}));
      if (!r.veto.empty())
        vetoed.push_back(Value(Fields{{"name", su.unit->name}, {"veto", veto_name(ev, r.veto)}}));
      ++count;
    }
    Value gv;
    gv.set("name", g.group->name);
    gv.set("count", static_cast<int>(g.units.size()));
    gv.set("units", mark_first_last(rows));
    groups.push_back(gv);
  }
  List grades;
  for (int g = 0; g < 4; ++g) {
    Value v;
    v.set("grade", facts::grade_name(static_cast<facts::Grade>(g)));
    v.set("count", static_cast<int>(by_grade[g].size()));
    v.set("has_units", !by_grade[g].empty());
    v.set("units", mark_first_last(by_grade[g]));
    grades.push_back(v);
  }
  c.set("unit_count", count);
  c.set("groups", mark_first_last(groups));
  c.set("grades", mark_first_last(grades));
  c.set("has_vetoed", !vetoed.empty());
  c.set("vetoed", mark_first_last(vetoed));
  return c;
}

Schema evaluation_sheet_schema() {
  Schema s{"evaluation-sheet", {}};
  add_common(s);
  add_fields(s, "", {"title",          "unit_name", "group",       "group_count", "rank_phrase",
                     "base",           "bonus",     "penalty",     "total_score", "grade",
                     "has_veto",       "veto",      "veto_reason", "rows",        "deductions",
                     "has_deductions", "bonuses",   "has_bonuses", "penalties",   "has_penalties"});
  add_fields(s, "rows",
             {"code", "name", "level", "level_name", "full", "score", "subtotal", "note", "first",
              "last"});
  for (const char* l : {"deductions", "bonuses", "penalties"})
    add_fields(s, l, {"code", "name", "count", "points", "reason", "first", "last"});
  return s;
}

std::optional<Value> build_evaluation_sheet(const source::DataSet& ds, const source::Evaluation& ev,
                                            const std::vector<ScoredGroup>& scored,
                                            const std::vector<source::EvaluationEntry>& entries,
                                            const std::string& unit_code) {
  const ScoredGroup* group = nullptr;
  const ScoredUnit* mine = nullptr;
  for (const auto& g : scored)
    for (const auto& su : g.units)
      if (su.unit->code == unit_code) group = &g, mine = &su;
  if (!mine) return std::nullopt;
  Value c;
  set_common(c, ds, ev);
  c.set("title", ev.title + "评分表");
  c.set("unit_name", mine->unit->name);
  c.set("group", group->group->name);
  c.set("group_count", static_cast<int>(group->units.size()));
  c.set("rank_phrase", facts::rank_phrase(mine->rank));
  const auto& r = mine->result;
  c.set("base", points(r.base));
  c.set("bonus", points(r.bonus));
  c.set("penalty", points(r.penalty));
  c.set("total_score", points(r.total));
  c.set("grade", facts::grade_name(r.grade));
  c.set("has_veto", !r.veto.empty());
  c.set("veto", veto_name(ev, r.veto));
  std::string veto_reason;
  for (const auto& e : entries)
    if (e.unit == unit_code && e.code == r.veto) veto_reason = e.note;
  c.set("veto_reason", veto_reason);
  List rows;
  std::vector<List> extras(3);  // deduct, bonus, penalty
  for (size_t i = 0; i < ev.indicators.size(); ++i) {
    const auto& ind = ev.indicators[i];
    const auto& sc = r.scores[i];
    const bool extra = ind.rule == source::EvalRule::bonus || ind.rule == source::EvalRule::penalty;
    if (!extra) {
      std::string note;
      for (const auto& e : entries)
        if (e.unit == unit_code && e.code == ind.code && ind.rule == source::EvalRule::fixed)
          note = e.note;
      Value row;
      row.set("code", ind.code);
      row.set("name", ind.name);
      row.set("level", ind.level);
      row.set("level_name", level_names[ind.level]);
      row.set("full", plain(ind.full));
      row.set("score", points(sc.score));
      row.set("subtotal", !ind.leaf);
      row.set("note", note);
      rows.push_back(row);
    }
    if (ind.rule == source::EvalRule::fixed || ind.rule == source::EvalRule::proportional) continue;
    int slot = ind.rule == source::EvalRule::deduct  ? 0
               : ind.rule == source::EvalRule::bonus ? 1
                                                     : 2;
    for (const auto& e : entries) {
      if (e.unit != unit_code || e.code != ind.code) continue;
      Value d;
      d.set("code", ind.code);
      d.set("name", ind.name);
      d.set("count", static_cast<int>(e.value.units));
      d.set("points", plain(Decimal{ind.per.units * e.value.units, ind.per.scale}));
      d.set("reason", e.note);
      extras[slot].push_back(d);
    }
  }
  c.set("rows", mark_first_last(rows));
  const char* names[] = {"deductions", "bonuses", "penalties"};
  for (int k = 0; k < 3; ++k) {
    c.set(std::string("has_") + names[k], !extras[k].empty());
    c.set(names[k], mark_first_last(extras[k]));
  }
  return c;
}

}  // namespace docpipe::compose
