// A small hand-made data set for composer tests: no files, no loader.
#pragma once
#include "source/model.h"

namespace fixture {

using namespace docpipe;
using namespace docpipe::source;

inline Decimal dec(std::int64_t digits, int scale = 0) {
  return Decimal{digits, scale};
}

inline void add_unit(DataSet& ds, const char* code, const char* name, int order) {
  Unit u;
  u.code = code;
  u.name = name;
  u.sort_order = order;
  ds.units.push_back(u);
}

inline void add_item(DataSet& ds, int id, Date d, const char* unit, const char* title,
                     std::vector<std::string> adopted, int instructions = 0) {
  RegisterItem i;
  i.id = id;
  i.date = d;
  i.unit = unit;
  i.title = title;
  i.adopted_by = std::move(adopted);
  i.instructions = instructions;
  ds.items.push_back(i);
}

// Four units (one with a hostile name), two channels, a quota of 1, items in 2026-10 and
// 2026-09, none in 2026-11.
inline DataSet circular_data() {
  DataSet ds;
  ds.dir = "fixture";
  ds.office.name = "澜江省司法厅";
  ds.office.region = "全省";
  ds.office.issuing_office = "澜江省司法厅办公室";
  add_unit(ds, "FG", "法规处", 1);
  add_unit(ds, "FY", "复议处", 2);
  add_unit(ds, "ZF", "A|B* #执法处", 3);
  add_unit(ds, "GB", "公共法律服务处", 4);
  ds.channels = {{"SZF", "省政府", 5}, {"SW", "省委", 3}};
  ds.instruction_points = 2;
  ds.quotas.default_quota = 1;
  // 公共法律服务处 has no items: it owes its quota from the configured start (a unit is
  // otherwise owed nothing before its first month with data).
  ds.quotas.start["GB"] = {2026, 1};
  add_item(ds, 1, {2026, 10, 8}, "FG", "全省推进规章清理", {"SZF"});
  add_item(ds, 2, {2026, 10, 9}, "FY", "行政复议体制改革见成效", {"SW"}, 1);  // 3 + 2 = 5
  add_item(ds, 3, {2026, 10, 12}, "ZF", "执法“三项制度”落地", {});
  add_item(ds, 4, {2026, 10, 20}, "FG", "合法性审查提速", {});
  add_item(ds, 5, {2026, 9, 3}, "FG", "九月信息", {"SZF"});
  add_item(ds, 6, {2026, 9, 4}, "FY", "九月信息二", {});
  Narrative n;
  n.kind = "circular";
  n.year = 2026;
  n.signer = "澜江省司法厅办公室";
  n.requirements = {"提高信息质量。"};
  ds.narratives.push_back(n);
  DistributionList d;
  d.to = {"厅机关各处室", "各直属单位"};
  ds.distribution["circular"] = d;
  DistributionList b;
  b.report = {"省政府办公厅"};
  b.issue = {"各市（州）司法局"};
  ds.distribution["brief"] = b;
  ds.brief_series = {"政府法制工作简报", "澜江省司法厅办公室", "内部资料　注意保存", 438, 120};
  Brief br;
  br.year = 2026;
  br.issue = 1;
  br.date = {2026, 1, 20};
  br.articles = {{"标题一", "法规处", "张三", "", "第一段\n续行。\n\n第二段。"},
                 {"# 标题二 | *", "复议处", "", "", "1. 不是列表"}};
  ds.briefs.push_back(br);
  return ds;
}

// Two areas' indicators for 2026, last year only for some.
inline DataSet report_data(bool with_last_year) {
  DataSet ds;
  ds.dir = "fixture";
  ds.office.name = "澜江省人民政府";
  ds.office.region = "全省";
  ds.indicators = {{"review_applications", "行政复议申请", "件", "矛盾纠纷化解"},
                   {"review_accepted", "受理", "件", "矛盾纠纷化解"},
                   {"rules", "制定规章", "部", "制度建设"}};
  ds.values = {{"review_applications", 2026, "", dec(7822)},
               {"review_accepted", 2026, "", dec(7682)},
               {"rules", 2026, "", dec(4)}};
  if (with_last_year) {
    ds.values.push_back({"review_applications", 2025, "", dec(4508)});
    ds.values.push_back({"review_accepted", 2025, "", dec(4412)});
    ds.values.push_back({"rules", 2025, "", dec(5)});
  }
  for (const char* kind : {"annual_report", "work_report"}) {
    Narrative n;
    n.kind = kind;
    n.year = 2026;
    n.signer = "澜江省人民政府";
    n.meeting = "全省政府法制工作会议";
    n.speaker = "李明";
    n.speaker_title = "省司法厅厅长";
    n.date = Date{2027, 1, 15};
    n.shortcomings = {"基层法治力量薄弱。", "执法规范化水平有待提高。"};
    n.plan_items = {{"深化行政复议体制改革", "推进复议规范化建设。"}};
    ds.narratives.push_back(n);
  }
  return ds;
}

}  // namespace fixture
