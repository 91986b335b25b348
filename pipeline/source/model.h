// The data model every later stage reads: plain structs, no I/O. `load_data_folder`
// (loader.h) fills a DataSet from a data folder; the query helpers below answer the
// questions composers ask (values of a year, the register of a month, quotas...).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/decimal.h"
#include "core/diagnostics.h"

namespace docpipe::source {

// 单位的类别 (处室, 科室, 直属单位, 县（市、区）, 司法所 …): the kinds an office uses come from
// office.yaml `unit_kinds`; these are the kinds allowed when it lists none.
extern const std::vector<std::string> default_unit_kinds;

// A name a unit carried before a rename (更名), up to and including `until`.
struct FormerName {
  std::string name;
  Date until;
};

struct Unit {
  std::string code;                  // stable key, e.g. "YFXZ"
  std::string name;                  // e.g. 依法行政指导处 (the current name)
  std::string kind;                  // one of the office's unit kinds, e.g. 处室
  std::string parent;                // parent unit code, or empty
  int sort_order = 0;                // the order units are listed in tables
  std::optional<Date> active_from;   // empty: always existed
  std::optional<Date> active_until;  // empty: still active (inclusive last day)
  std::string successor;             // unit code that took over its work after a merge, or empty
  std::vector<FormerName> former_names;  // oldest first; empty if never renamed
  bool active_on(const Date& d) const;
  // The name the unit carried on `d` (a past document keeps the name of its day).
  const std::string& name_on(const Date& d) const;
  bool active_in_month(int year, int month) const;  // active on any day of the month
};

// A 法治政府建设 area an indicator belongs to (指标分组): its short name, used in
// indicators.yaml, and the heading the annual report and the work report give its section.
struct IndicatorGroup {
  std::string name;     // 政府职能
  std::string heading;  // 依法全面履行政府职能
};
// The areas in report order when indicators.yaml lists no `groups` of its own.
extern const std::vector<IndicatorGroup> default_indicator_groups;  // 政府职能 … 组织保障

struct Indicator {
  std::string key;   // e.g. "review_applications"
  std::string name;  // 收到行政复议申请
  std::string measure;  // measure word: 件 / 部 / 项 / 人次 / 万元 / 人 / 个 / 家 / 次 / 条
  std::string group;  // one of the DataSet's indicator_groups
  bool rise_is_good = true;
  Location where;  // indicators.yaml position, for messages
};

// indicator × year × scope → value. scope empty = the whole region (全省).
struct IndicatorValue {
  std::string indicator;
  int year = 0;
  std::string scope;  // unit code or empty
  Decimal value;
};

// A channel that adopts 政务信息 (国家级, 省委, 省政府, 门户网站 ...) and what it scores.
struct Channel {
  std::string code;
  std::string name;
  int points = 0;
};

// One row of the 政务信息 register.
struct RegisterItem {
  std::int64_t id = 0;
  Date date;         // date submitted
  std::string unit;  // unit code
  std::string title;
  std::string author;
  std::vector<std::string> adopted_by;  // channel codes, sorted
  int instructions = 0;                 // 领导批示 it drew
};

// Monthly submission quotas (每月至少报送篇数): a default plus per-unit overrides.
// A unit owes its quota from its first month with register data, or from the month
// quotas.yaml `start` gives it (a unit set up in June does not miss January to May).
struct Quotas {
  int default_quota = 0;
  std::map<std::string, int> per_unit;     // unit code → quota
  std::map<std::string, YearMonth> start;  // unit code → first month owed (configured)
};

// A leader's comment signed on a month's circular (领导批示).
struct LeaderComment {
  int year = 0, month = 0;  // the month the circular covers
  std::string leader;       // 张明远
  std::string title;        // 厅党委书记、厅长
  Date date;                // date signed
  std::string text;
};

struct NarrativeItem {
  std::string title;  // short heading, may be empty
  std::string text;
  std::string area;  // achievements: the indicator group (name or heading) it is part of
  Location where;    // its entry in the narrative file
};

// Prose an editor writes per document kind and year. Kinds: "work_report",
// "annual_report", "circular". Which fields a kind uses is checked on load.
struct Narrative {
  std::string kind;
  int year = 0;         // the year the document is about
  std::string title;    // optional title override
  std::string meeting;  // work_report: 会议名称
  std::string speaker;  // work_report: 讲话人
  std::string speaker_title;
  std::optional<Date> date;                 // 成文日期 / date of the speech
  std::string signer;                       // 发文机关署名
  std::string opening;                      // opening paragraph
  std::vector<NarrativeItem> achievements;  // highlights to quote beside the figures
  std::vector<std::string> shortcomings;    // 存在的差距和不足 / 存在的问题
  std::vector<NarrativeItem> plan_items;    // 工作安排 for next year
  std::vector<NarrativeItem> safeguards;    // 保障措施
  std::vector<std::string> requirements;    // circular: 下步要求
  std::string closing;
  Location where;
};

// 主送 / 抄送 for 公文, 报 / 送 / 发 for 简报.
struct DistributionList {
  std::vector<std::string> to;      // 主送
  std::vector<std::string> cc;      // 抄送
  std::vector<std::string> report;  // 报 (upward)
  std::vector<std::string> send;    // 送 (sideways)
  std::vector<std::string> issue;   // 发 (downward)
};

// The brief series (简报): 期号 restarts each year, 总期号 runs for the life of the series.
struct BriefSeries {
  std::string name;       // 政府法制工作简报
  std::string publisher;  // 编印单位
  std::string notice;     // e.g. 内部资料　注意保存 (may be empty)
  int total_before = 0;   // 总第N期 of the last issue published before this tool
  int copies = 0;         // （共印XX份）
};

struct BriefArticle {
  std::string title;
  std::string source_unit;  // 依法行政指导处 → （依法行政指导处供稿）
  std::string author;       // may be empty → （依法行政指导处张恺供稿）
  std::string file;         // path of the Markdown body, relative to the data folder
  std::string body;         // the Markdown text
};

struct Brief {
  int year = 0;
  int issue = 0;  // 第N期 within the year
  Date date;
  std::vector<BriefArticle> articles;
  std::string file;  // its YAML, relative to the data folder
};

// Who issues the documents.
struct Office {
  std::string name;             // 澜江省司法厅
  std::string province;         // 澜江省
  std::string region;           // how the whole region is called in text: 全省
  std::string issuing_office;   // 印发机关: 澜江省司法厅办公室
  std::string document_prefix;  // 发文字号 prefix: 澜司通
  std::vector<std::string> unit_kinds = default_unit_kinds;  // office.yaml unit_kinds
};

struct DataSet {
  std::string dir;  // the data folder it was loaded from
  Office office;
  std::vector<Unit> units;                                                  // by sort_order
  std::vector<Indicator> indicators;                                        // catalogue order
  std::vector<IndicatorGroup> indicator_groups = default_indicator_groups;  // indicators.yaml
  // indicators.yaml small_base: a whole count whose previous value is below it is compared
  // as a count (增加1部), not a percentage.
  int small_base = 10;
  std::vector<IndicatorValue> values;  // by indicator, year, scope
  std::vector<Channel> channels;       // catalogue order
  int instruction_points = 0;          // score per 领导批示
  Quotas quotas;
  std::vector<LeaderComment> comments;  // by month
  std::vector<Narrative> narratives;
  std::map<std::string, DistributionList> distribution;  // by document kind
  BriefSeries brief_series;
  std::vector<Brief> briefs;        // by year, issue
  std::vector<RegisterItem> items;  // by date, unit, title
};

// ---- query helpers (no I/O) ----
const Unit* find_unit(const DataSet& ds, const std::string& code);
const Indicator* find_indicator(const DataSet& ds, const std::string& key);
// The group a narrative `area:` names, by its name (政府职能) or heading.
const IndicatorGroup* find_indicator_group(const DataSet& ds, const std::string& area);
const Channel* find_channel(const DataSet& ds, const std::string& code);
// The value of one indicator, or nothing if not recorded. scope "" = the whole region.
std::optional<Decimal> value_of(const DataSet& ds, const std::string& indicator, int year,
                                const std::string& scope = "");
// Every value of a year for one scope, in catalogue order.
std::vector<IndicatorValue> values_for(const DataSet& ds, int year, const std::string& scope = "");
// Register items submitted in a month, in date order.
std::vector<const RegisterItem*> items_in_month(const DataSet& ds, int year, int month);
// Units that existed in a month, in sort order (the rows of a monthly circular table).
std::vector<const Unit*> units_active_in_month(const DataSet& ds, int year, int month);
int quota_for(const DataSet& ds, const std::string& unit_code);
// The quota the unit owes for one month: 0 before its start (configured, else its first
// month with register data), quota_for() from then on.
int quota_in_month(const DataSet& ds, const std::string& unit_code, int year, int month);
// Points an item scores: the sum of its channels' points + instructions × instruction_points.
int item_points(const DataSet& ds, const RegisterItem& item);
const LeaderComment* comment_for_month(const DataSet& ds, int year, int month);
const Narrative* narrative_for(const DataSet& ds, const std::string& kind, int year);
const DistributionList* distribution_for(const DataSet& ds, const std::string& kind);
const Brief* find_brief(const DataSet& ds, int year, int issue);
// 总第N期: total_before + the brief's position among all briefs in the data folder.
int brief_total_number(const DataSet& ds, const Brief& brief);

}  // namespace docpipe::source
