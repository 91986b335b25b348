// 月度信息工作情况通报 for one month: totals with 环比/同比, the ranked table of units, a bar
// chart of scores, adopted titles by channel, praise for the top three, units below quota,
// the leader's comment. Dated the 3rd of the next month, or the comment's date if later.
#include <algorithm>

#include "compose/builders.h"
#include "compose/common.h"
#include "core/chinese.h"
#include "facts/ranking.h"

namespace docpipe::compose {
namespace {

using Items = std::vector<const source::RegisterItem*>;

struct Totals {
  int submitted = 0, adopted = 0, instructions = 0;
};

Totals totals_of(const Items& items) {
  Totals t;
  for (const auto* i : items) {
    ++t.submitted;
    t.adopted += i->adopted_by.empty() ? 0 : 1;
    t.instructions += i->instructions;
  }
  return t;
}

std::string compare_phrase(const Totals& now, const Totals& before, facts::Period p) {
  auto ch = [](int a, int b) {
    return facts::compute_change(Decimal::integer(a), Decimal::integer(b), facts::Measure::count);
  };
  auto submitted = ch(now.submitted, before.submitted), adopted = ch(now.adopted, before.adopted);
  std::string both = facts::changes_phrase({submitted, adopted}, p);
  if (!both.empty() || !submitted || !adopted) return both;
  // One rose, the other fell (or stayed): each figure its own verb.
  return "报送量" + facts::change_phrase(submitted, p) + "，采用量" +
         facts::change_phrase(adopted, p);
}

bool adopted_by(const source::RegisterItem& i, const std::string& channel) {
  return std::find(i.adopted_by.begin(), i.adopted_by.end(), channel) != i.adopted_by.end();
}

// The name the unit carried on `day`: a circular of a month before a rename keeps the old one.
std::string unit_name(const source::DataSet& ds, const std::string& code, const Date& day) {
  const source::Unit* u = source::find_unit(ds, code);
  return u ? u->name_on(day) : code;
}

Value channels_of(const source::DataSet& ds, const Items& items) {
  List out;
  for (const auto& ch : ds.channels) {
    List titles;
    for (const auto* i : items)
      if (adopted_by(*i, ch.code))
        titles.push_back(
            Value(Fields{{"title", i->title}, {"unit", unit_name(ds, i->unit, i->date)}}));
    Value v;
    v.set("name", ch.name);
    v.set("points", ch.points);
    v.set("count", static_cast<int>(titles.size()));
    v.set("has_titles", !titles.empty());
    v.set("titles", mark_first_last(titles));
    out.push_back(v);
  }
  return mark_first_last(out);
}

// Rows of the ranked table: units that existed in the month and either have a quota or
// submitted something; best score first, ties share a rank (1, 2, 2, 4).
List unit_rows(const source::DataSet& ds, const Items& items, int year, int month) {
  List rows;
  std::vector<Decimal> scores;
  for (const source::Unit* u : source::units_active_in_month(ds, year, month)) {
    Items mine;
    for (const auto* i : items)
      if (i->unit == u->code) mine.push_back(i);
    int quota = source::quota_in_month(ds, u->code, year, month);
    if (quota <= 0 && mine.empty()) continue;
    int score = 0, instructions = 0;
    for (const auto* i : mine)
      score += source::item_points(ds, *i), instructions += i->instructions;
    List adopted;
    for (const auto& ch : ds.channels) {
      int n = 0;
      for (const auto* i : mine) n += adopted_by(*i, ch.code) ? 1 : 0;
      adopted.push_back(Value(n));
    }
    Value r;
    r.set("name", u->name_on(last_day({year, month})));
    r.set("submitted", static_cast<int>(mine.size()));
    r.set("adopted", Value(adopted));
    r.set("instructions", instructions);
    r.set("score", score);
    r.set("quota", quota);
    r.set("below_quota", static_cast<int>(mine.size()) < quota);
    rows.push_back(r);
    scores.push_back(Decimal::integer(score));
  }
  auto ranks = facts::rank_scores(scores);
  for (size_t i = 0; i < rows.size(); ++i) {
    rows[i].set("rank", ranks[i].rank);
    rows[i].set("rank_phrase", facts::rank_phrase(ranks[i]));
    rows[i].set("rank_clause", facts::rank_clause(ranks[i]));
  }
  List ordered;
  for (size_t i : facts::ranked_order(scores)) ordered.push_back(rows[i]);
  return ordered;
}

List praised_of(const List& rows) {
  List out;
  for (const auto& r : rows)
    if (std::stoi(r.get("rank")->text) <= 3 && r.get("score")->text != "0") out.push_back(r);
  return out;
}

List below_quota_of(const List& rows) {
  List out;
  for (const auto& r : rows)
    if (r.get("below_quota")->flag) out.push_back(r);
  return out;
}

void add_comment(Value& c, const source::DataSet& ds, int year, int month) {
  const source::LeaderComment* lc = source::comment_for_month(ds, year, month);
  c.set("has_comment", lc != nullptr);
  c.set("comment_leader", lc ? lc->leader : "");
  c.set("comment_title", lc ? lc->title : "");
  c.set("comment_text", lc ? lc->text : "");
  c.set("comment_date_cn", lc ? chinese_date(lc->date) : "");
}

Date issue_date(const source::DataSet& ds, int year, int month) {
  YearMonth next = month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1};
  Date d{next.year, next.month, 3};
  const source::LeaderComment* lc = source::comment_for_month(ds, year, month);
  return lc && d < lc->date ? lc->date : d;
}

}  // namespace

Schema circular_schema() {
  Schema s{"circular", {}};
  add_fields(s, "", office_field_names);
  add_fields(s, "", {"title",           "signature",     "date",
                     "date_cn",         "year",          "month",
                     "month_cn",        "prev_month_cn", "opening",
                     "closing",         "has_items",     "submitted",
                     "adopted",         "instructions",  "totals_mom",
                     "totals_yoy",      "channels",      "adopting",
                     "units",           "praised",       "has_praised",
                     "below",           "has_below",     "has_comment",
                     "comment_leader",  "comment_title", "comment_text",
                     "comment_date_cn", "shortcomings",  "has_shortcomings",
                     "requirements"});
  add_fields(s, "channels", {"name", "points", "count", "has_titles", "titles", "first", "last"});
  add_fields(s, "channels.titles", {"title", "unit", "first", "last"});
  add_fields(s, "adopting", {"name", "points", "count", "has_titles", "titles", "first", "last"});
  add_fields(s, "adopting.titles", {"title", "unit", "first", "last"});
  const std::vector<std::string> row = {"name",        "submitted",   "adopted",     "instructions",
                                        "score",       "quota",       "below_quota", "rank",
                                        "rank_phrase", "rank_clause", "first",       "last"};
  for (const char* list : {"units", "praised", "below"}) add_fields(s, list, row);
  add_fields(s, "shortcomings", {"text", "clause", "ordinal", "first", "last"});
  add_fields(s, "requirements", {"text", "clause", "ordinal", "first", "last"});
  return s;
}

std::optional<Value> build_circular(const source::DataSet& ds, int year, int month,
                                    Diagnostics& diags) {
  const source::Narrative* n = source::narrative_for(ds, "circular", year);
  if (!n)
    diags.warning({ds.dir, 0, 0, ""}, "no circular narrative for " + std::to_string(year),
                  "add narrative/circular-" + std::to_string(year) +
                      ".yaml (signer, requirements); the template's defaults are used");
  YearMonth ym{year, month}, prev = previous_month(ym);
  Items items = source::items_in_month(ds, year, month);
  Totals now = totals_of(items);
  Value c;
  add_office_fields(c, ds, "circular");
  c.set("month_cn", chinese_month(ym));
  c.set("prev_month_cn", chinese_month(prev));
  c.set("title", "");  // the template words the title (关于…的通报): office wording stays there
  c.set("signature", n && !n->signer.empty() ? n->signer : ds.office.name);
  Date date = issue_date(ds, year, month);
  c.set("date", date.iso());
  c.set("date_cn", chinese_date(date));
  c.set("year", year);
  c.set("month", month);
  c.set("opening", n ? n->opening : "");
  c.set("closing", n ? n->closing : "");
  c.set("has_items", !items.empty());
  c.set("submitted", now.submitted);
  c.set("adopted", now.adopted);
  c.set("instructions", now.instructions);
  c.set("totals_mom",
        compare_phrase(now, totals_of(source::items_in_month(ds, prev.year, prev.month)),
                       facts::Period::month));
  c.set("totals_yoy", compare_phrase(now, totals_of(source::items_in_month(ds, year - 1, month)),
                                     facts::Period::year));
  Value channels = channels_of(ds, items);
  List adopting;
  for (const auto& ch : channels.list)
    if (ch.get("has_titles")->flag) adopting.push_back(ch);
  c.set("channels", channels);
  c.set("adopting", mark_first_last(adopting));
  List rows = unit_rows(ds, items, year, month);
  List praised = praised_of(rows), below = below_quota_of(rows);
  c.set("units", mark_first_last(rows));
  c.set("has_praised", !items.empty() && !praised.empty());
  c.set("praised", mark_first_last(praised));
  c.set("has_below", !items.empty() && !below.empty());
  c.set("below", mark_first_last(below));
  add_comment(c, ds, year, month);
  c.set("shortcomings", paragraphs(n ? n->shortcomings : std::vector<std::string>{}));
  c.set("has_shortcomings", n && !n->shortcomings.empty());
  c.set("requirements", paragraphs(n ? n->requirements : std::vector<std::string>{}));
  return c;
}

}  // namespace docpipe::compose
