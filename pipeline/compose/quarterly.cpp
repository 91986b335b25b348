// 季度通报: the three months of a quarter aggregated (figures are sums of the monthly ones,
// see tally.h), units ranked by score with 环比 to the previous quarter (score change and
// rank movement), praise for the top three, units short of the quarter's quota.
#include <map>

#include "compose/common.h"
#include "compose/periodic.h"
#include "compose/tally.h"
#include "facts/counts.h"
#include "facts/ranking.h"

namespace docpipe::compose {
namespace {

const char* const quarter_cn[] = {"", "第一季度", "第二季度", "第三季度", "第四季度"};

std::string quarter_name(const Period& p) {
  return std::to_string(p.year) + "年" + quarter_cn[p.index];
}

std::optional<facts::Change> change_of(int now, int before) {
  return facts::compute_change(Decimal::integer(now), Decimal::integer(before),
                               facts::Measure::count);
}

// 环比 for quarters: the facts phrase says 与上月持平 for a flat month; a quarter is 上季度.
std::string quarter_phrase(std::string s) {
  const std::string month = "上月", quarter = "上季度";
  for (size_t at = s.find(month); at != std::string::npos; at = s.find(month, at + quarter.size()))
    s.replace(at, month.size(), quarter);
  return s;
}

// A table cell: 增加12.5% / 下降3% / 持平 / — (no previous score to compare with).
std::string change_cell(const std::optional<facts::Change>& c) {
  if (!c) return "—";
  if (c->direction == facts::Direction::flat) return "持平";
  return std::string(c->direction == facts::Direction::rise ? "增加" : "下降") +
         facts::magnitude_text(*c);
}

std::string move_cell(int now, std::optional<int> before) {
  if (!before) return "—";
  if (*before == now) return "持平";
  return (*before > now ? "上升" : "下降") + std::to_string(std::abs(*before - now)) + "位";
}

Date issue_date(const Period& p) {
  return p.index == 4 ? Date{p.year + 1, 1, 5} : Date{p.year, p.index * 3 + 1, 5};
}

}  // namespace

Schema quarterly_schema() {
  Schema s{"quarterly", {}};
  add_fields(s, "", office_field_names);
  add_fields(
      s, "",
      {"title",        "signature",       "date",       "date_cn",     "year",        "quarter",
       "quarter_cn",   "prev_quarter_cn", "months_cn",  "has_items",   "submitted",   "adopted",
       "instructions", "totals_qoq",      "units",      "praised",     "has_praised", "below",
       "has_below",    "risers",          "has_risers", "requirements"});
  const std::vector<std::string> row = {
      "name", "submitted",   "adopted",   "instructions", "score",     "quota", "below_quota",
      "rank", "rank_phrase", "prev_rank", "score_qoq",    "rank_move", "first", "last"};
  for (const char* list : {"units", "praised", "below", "risers"}) add_fields(s, list, row);
  add_fields(s, "requirements", {"text", "clause", "ordinal", "first", "last"});
  return s;
}

std::optional<Value> build_quarterly(const source::DataSet& ds, int year, int quarter,
                                     Diagnostics&) {
  Period p{PeriodKind::quarter, year, quarter}, prev = previous_period(p);
  Tally now = tally_months(ds, months_of(p)), before = tally_months(ds, months_of(prev));
  // Previous quarter's scores and ranks by unit code.
  std::map<std::string, std::pair<int, int>> prev_of;  // code → (score, rank)
  // A quarter with no register data at all ranks nobody: its column shows —, not a tie of
  // every unit at 第1名.
  if (before.submitted > 0) {
    std::vector<long long> scores;
    for (const auto& u : before.units) scores.push_back(u.score);
    Ranked r = rank_ints(scores);
    for (size_t i = 0; i < before.units.size(); ++i)
      prev_of[before.units[i].unit->code] = {before.units[i].score, r.rank[i]};
  }
  std::vector<long long> scores;
  for (const auto& u : now.units) scores.push_back(u.score);
  Ranked ranked = rank_ints(scores);
  List rows, praised, below, risers;
  for (size_t i : ranked.order) {
    const UnitTally& u = now.units[i];
    auto pv = prev_of.find(u.unit->code);
    std::optional<int> prev_rank, prev_score;
    if (pv != prev_of.end()) prev_score = pv->second.first, prev_rank = pv->second.second;
    Value r;
    r.set("name", u.name);
    r.set("submitted", u.submitted);
    r.set("adopted", u.adopted);
    r.set("instructions", u.instructions);
    r.set("score", u.score);
    r.set("quota", u.quota);
    r.set("below_quota", u.submitted < u.quota);
    r.set("rank", ranked.rank[i]);
    r.set("rank_phrase", facts::rank_phrase({ranked.rank[i], ranked.tied[i]}));
    r.set("prev_rank", prev_rank ? std::to_string(*prev_rank) : "—");
    r.set("score_qoq", change_cell(prev_score ? change_of(u.score, *prev_score) : std::nullopt));
    r.set("rank_move", move_cell(ranked.rank[i], prev_rank));
    rows.push_back(r);
    if (ranked.rank[i] <= 3 && u.score > 0) praised.push_back(r);
    if (u.submitted < u.quota) below.push_back(r);
    if (prev_rank && *prev_rank > ranked.rank[i]) risers.push_back(r);
  }
  const source::Narrative* n = source::narrative_for(ds, "circular", year);
  Value c;
  add_office_fields(c, ds, "circular");
  c.set("title", "");  // the template words the title
  c.set("signature", n && !n->signer.empty() ? n->signer : ds.office.name);
  Date date = issue_date(p);
  c.set("date", date.iso());
  c.set("date_cn", chinese_date(date));
  c.set("year", year);
  c.set("quarter", quarter);
  c.set("quarter_cn", quarter_name(p));
  c.set("prev_quarter_cn", quarter_name(prev));
  auto months = months_of(p);
  c.set("months_cn",
        std::to_string(months.front().month) + "月至" + std::to_string(months.back().month) + "月");
  c.set("has_items", now.submitted > 0);
  c.set("submitted", now.submitted);
  c.set("adopted", now.adopted);
  c.set("instructions", now.instructions);
  c.set("totals_qoq",
        quarter_phrase(facts::changes_phrase(
            {change_of(now.submitted, before.submitted), change_of(now.adopted, before.adopted)},
            facts::Period::month)));
  c.set("units", mark_first_last(rows));
  c.set("praised", mark_first_last(praised));
  c.set("has_praised", !praised.empty());
  c.set("below", mark_first_last(below));
  c.set("has_below", now.submitted > 0 && !below.empty());
  c.set("risers", mark_first_last(risers));
  c.set("has_risers", !risers.empty());
  c.set("requirements", paragraphs(n ? n->requirements : std::vector<std::string>{}));
  return c;
}

}  // namespace docpipe::compose
