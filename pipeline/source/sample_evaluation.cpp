// The sample's 考评: data/evaluation.yaml (a 2026 法治政府建设 indicator system of six 一级
// and 21 scored 三级 items, 加分, 扣分项, 一票否决) and the entries of its eight units. Two
// 市州 tie (并列第2名), one 县区 is capped by a 一票否决, so every rule shows in the documents.
#include <SQLiteCpp/SQLiteCpp.h>

#include <vector>

#include "source/sample_processes.h"

namespace docpipe::source {
namespace {

const char* const evaluation_yaml = R"(# 2026年度全省法治政府建设考评: 指标体系与评分标准。
# 一级指标的分值之和等于 total；每个指标的下级指标分值之和等于它的分值。
# rule: fixed（按评分标准打分，默认）/ deduct（每次扣 per 分，扣完为止）/
#       proportional（按 figure 的年度数值与本组最高单位折算，或与 target 折算）。
title: 2026年度全省法治政府建设考评
year: 2026
date: 2027-02-10
signature: 澜江省司法厅
to: [各市（州）司法局, 省交通运输厅, 省市场监督管理局]
cc: [省委依法治省办]
total: 100
decimals: 2
grades: {excellent: 90, good: 80, pass: 60}
groups:
  - {name: 市州, kinds: [市州]}
  - {name: 县区, kinds: [县区]}
  - {name: 省直部门, kinds: [省直部门]}
indicators:
  - code: A
    name: 依法全面履行政府职能
    full: 15
    children:
      - code: A1
        name: 权责清单管理
        full: 6
        children:
          - {code: A1.1, name: 权责清单动态调整, full: 3, standard: 未按规定动态调整并向社会公布的不得分}
          - {code: A1.2, name: 市场准入负面清单落实, full: 3, standard: 违规设置准入条件的视情况扣分}
      - code: A2
        name: 深化“放管服”改革
        full: 9
        children:
          - {code: A2.1, name: 政务服务事项网上可办, full: 5, standard: 网上可办率达到90%以上的得满分，每低5个百分点扣1分}
          - {code: A2.2, name: 证明事项清理, full: 4, rule: deduct, per: 1, standard: 保留证明事项未公布清单的，每项扣1分}
  - code: B
    name: 严格规范公正文明执法
    full: 25
    children:
      - code: B1
        name: 行政执法“三项制度”
        full: 10
        children:
          - {code: B1.1, name: 行政执法公示, full: 4, standard: 执法主体、依据、结果未按规定公示的视情况扣分}
          - {code: B1.2, name: 执法全过程记录, full: 3, standard: 音像记录不完整的视情况扣分}
          - {code: B1.3, name: 重大执法决定法制审核, full: 3, rule: deduct, per: 1, standard: 未经法制审核作出重大执法决定的，每件扣1分}
      - code: B2
        name: 行政执法队伍建设
        full: 8
        children:
          - {code: B2.1, name: 持证行政执法人员, full: 4, rule: proportional, figure: enforcement_officers, standard: 按持证人数与本组最多的单位折算得分}
          - {code: B2.2, name: 执法人员培训, full: 4, standard: 人均培训不少于60学时的得满分}
      - {code: B3, name: 行政执法案卷评查, full: 7, rule: deduct, per: 1, standard: 评查不合格案卷每件扣1分，扣完为止}
  - code: C
    name: 推进行政决策科学化民主化法治化
    full: 15
    children:
      - {code: C1, name: 重大行政决策程序, full: 8, standard: 公众参与、专家论证、风险评估、集体讨论决定程序缺项的，每项扣2分}
      - {code: C2, name: 重大行政决策合法性审查, full: 7, rule: deduct, per: 2, standard: 未经合法性审查即作出决策的，每件扣2分}
  - code: D
    name: 强化对行政权力的制约和监督
    full: 20
    children:
      - code: D1
        name: 行政复议和行政应诉
        full: 10
        children:
          - {code: D1.1, name: 行政复议决定履行, full: 5, standard: 未按期履行行政复议决定的视情况扣分}
          - {code: D1.2, name: 行政机关负责人出庭应诉, full: 5, standard: 出庭应诉率达到80%以上的得满分}
      - {code: D2, name: 行政规范性文件备案审查, full: 5, rule: deduct, per: 1, standard: 未在规定时限内报送备案的，每件扣1分}
      - {code: D3, name: 政务公开, full: 5, standard: 依申请公开答复超期或被纠错的视情况扣分}
  - code: E
    name: 依法有效化解社会矛盾纠纷
    full: 10
    children:
      - {code: E1, name: 人民调解, full: 5, standard: 调解组织和人员配备不到位的视情况扣分}
      - {code: E2, name: 信访工作法治化, full: 5, standard: 分类处理信访诉求不规范的视情况扣分}
  - code: F
    name: 组织保障和法治能力
    full: 15
    children:
      - {code: F1, name: 履行推进法治建设第一责任人职责, full: 6, standard: 党政主要负责人未专题听取法治建设工作汇报的扣3分}
      - {code: F2, name: 领导干部学法, full: 4, standard: 常务会议会前学法少于4次的，每少1次扣1分}
      - {code: F3, name: 法治政府建设年度报告, full: 5, rule: deduct, per: 2.5, standard: 未按时报送或向社会公开的，每项扣2.5分}
bonus:
  - {code: J1, name: 法治政府建设示范创建, per: 2, cap: 3, standard: 被命名为全国或全省法治政府建设示范地区、项目的，每项加2分}
  - {code: J2, name: 经验做法推广, per: 1, cap: 2, standard: 经验做法被司法部或省委、省政府推广的，每项加1分}
penalties:
  - {code: K1, name: 被上级通报批评, per: 2, cap: 5, standard: 因法治政府建设工作被省级以上通报批评的，每次扣2分}
vetoes:
  - {code: V1, name: 发生重大违法行政行为并造成恶劣社会影响, effect: zero}
  - {code: V2, name: 行政机关负责人出庭应诉率低于50%, indicator: D1.2, cap: 59}
)";

struct Row {
  const char* unit;
  const char* code;
  const char* value;
  const char* note;
};

// Fixed scores (评分说明 only where points were lost), then occurrences with reasons.
const char* const fixed_codes[] = {"A1.1", "A1.2", "A2.1", "B1.1", "B1.2", "B2.2", "C1",
                                   "D1.1", "D1.2", "D3",   "E1",   "E2",   "F1",   "F2"};
const std::pair<const char*, const char*> fixed_scores[] = {
    {"JCS", "3 2.8 4.8 4 3 3.8 6.5 5 4.3 5 4.8 4.5 5.5 4"},
    {"QYS", "3 2.5 4.5 3.5 2.5 3.5 7 4.5 4.5 4.5 4.5 4.5 4.62 3.5"},
    {"NPS", "2.5 2.5 4.5 3.5 3 3.5 7 4.5 4.5 4.5 4.5 4.5 5.5 3.5"},
    {"BSZ", "2.5 2 4 3 2.5 3 6 4 4 4 4 4 5 3"},
    {"LXQ", "2.5 2.5 4.5 3.5 2.5 3.5 7 4.5 4 4.5 4.5 4 5.5 3.5"},
    {"SMX", "2 2 3.5 3 2 3 6 4 2 4 4 4 5 3"},
    {"JTT", "3 2.5 4.8 3.5 3 3.5 7.5 4.8 4.5 4.5 4 4.5 5.5 3.5"},
    {"SJJ", "2.5 2.5 4.5 4 3 3.8 7 4.5 4.5 4.8 4 4.5 5.5 3.5"},
};

const Row notes[] = {
    {"JCS", "C1", "", "1项重大行政决策未开展风险评估"},
    {"QYS", "F1", "", "主要负责人专题听取法治建设汇报不足2次"},
    {"SMX", "D1.2", "", "负责人出庭应诉率为42%"},
    {"BSZ", "C1", "", "2项决策公众参与程序缺项"},
};

const Row occurrences[] = {
    {"JCS", "B3", "1", "1件行政处罚案卷证据不充分"},
    {"JCS", "J1", "1", "江川市被命名为全国法治政府建设示范市"},
    {"QYS", "A2.2", "1", "保留的证明事项清单未向社会公布"},
    {"QYS", "B3", "2", "2件行政许可案卷程序不规范"},
    {"QYS", "D2", "1", "1件规范性文件逾期报备"},
    {"QYS", "J2", "1", "“复议前置一站式受理”经验被司法部刊发推广"},
    {"NPS", "C2", "1", "城区停车收费调整未经合法性审查即作出决定"},
    {"NPS", "B3", "1", "1件行政强制案卷文书不全"},
    {"BSZ", "B3", "3", "3件行政处罚案卷评查不合格"},
    {"BSZ", "D2", "2", "2件规范性文件逾期报备"},
    {"BSZ", "F3", "1", "2025年度法治政府建设报告未按时向社会公开"},
    {"BSZ", "K1", "1", "行政复议决定未按期履行被省政府通报批评"},
    {"LXQ", "B1.3", "1", "1件重大执法决定未经法制审核"},
    {"LXQ", "B3", "1", "1件行政处罚案卷证据不充分"},
    {"SMX", "A2.2", "1", "证明事项清单未公布"},
    {"SMX", "B3", "2", "2件案卷评查不合格"},
    {"SMX", "D2", "1", "1件规范性文件未报备"},
    {"SMX", "V2", "1", "全年行政机关负责人出庭应诉率为42%"},
    {"JTT", "B3", "1", "1件交通运输行政处罚案卷法律适用错误"},
    {"JTT", "C2", "1", "1项收费标准调整未经合法性审查"},
    {"SJJ", "B3", "2", "2件市场监管行政处罚案卷评查不合格"},
};

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string sample_evaluation_yaml() {
  return evaluation_yaml;
}

void store_sample_evaluation(SQLite::Database& db) {
  SQLite::Statement insert(db,
                           "INSERT INTO evaluation_entries (evaluation, unit, code, seq, value, "
                           "note) VALUES ('2026', ?, ?, ?, ?, ?)");
  auto put = [&](const std::string& unit, const std::string& code, int seq,
                 const std::string& value, const std::string& note) {
    insert.bind(1, unit), insert.bind(2, code), insert.bind(3, seq);
    insert.bind(4, value), insert.bind(5, note);
    insert.exec();
    insert.reset();
  };
  for (const auto& [unit, list] : fixed_scores) {
    auto values = words(list);
    for (size_t i = 0; i < values.size(); ++i) {
      std::string note;
      for (const auto& n : notes)
        if (unit == std::string(n.unit) && fixed_codes[i] == std::string(n.code)) note = n.note;
      put(unit, fixed_codes[i], 1, values[i], note);
    }
  }
  for (const auto& o : occurrences) put(o.unit, o.code, 1, o.value, o.note);
  // 持证行政执法人员 of the two 省直部门 (the 市州 and 县区 have theirs in sample_values).
  SQLite::Statement value(db,
                          "INSERT INTO indicator_values (indicator, year, scope, value) VALUES "
                          "('enforcement_officers', 2026, ?, ?)");
  for (auto [unit, n] : {std::pair{"JTT", "1260"}, std::pair{"SJJ", "2380"}}) {
    value.bind(1, unit), value.bind(2, n);
    value.exec();
    value.reset();
  }
}

}  // namespace docpipe::source
