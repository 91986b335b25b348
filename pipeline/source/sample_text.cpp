// The YAML and Markdown files of the sample data folder. Everything here is invented: the
// province, the people, the figures. The wording follows the reference documents' style.
#include "source/sample.h"
#include "source/sample_processes.h"

namespace docpipe::source {
namespace {

const char* const office_yaml = R"(# 发文机关: who issues the documents made from this folder.
name: 澜江省司法厅
province: 澜江省
region: 全省
issuing_office: 澜江省司法厅办公室
document_prefix: 澜司通
)";

const char* const indicators_yaml =
    R"(# 指标目录: every figure the documents quote. key is what CSV imports use;
# measure is the 量词 printed after the number; rise_is_good says whether an increase is
# good news (行政复议纠错 rising is not).
indicators:
  # 政府职能
  - {key: approval_items_cancelled, name: 取消和下放行政审批事项, measure: 项, group: 政府职能, rise_is_good: true}
  - {key: certification_items_cancelled, name: 取消证明事项, measure: 项, group: 政府职能, rise_is_good: true}
  - {key: fair_competition_reviews, name: 公平竞争审查政策措施, measure: 件, group: 政府职能, rise_is_good: true}
  - {key: info_disclosed, name: 主动公开政府信息, measure: 条, group: 政府职能, rise_is_good: true}
  - {key: disclosure_requests, name: 办理政府信息公开申请, measure: 件, group: 政府职能, rise_is_good: true}
  # 制度建设
  - {key: regulation_drafts, name: 提请审议地方性法规草案, measure: 部, group: 制度建设, rise_is_good: true}
  - {key: rules_enacted, name: 制定省政府规章, measure: 部, group: 制度建设, rise_is_good: true}
  - {key: rules_revised, name: 修改废止规章, measure: 部, group: 制度建设, rise_is_good: true}
  - {key: normative_docs_reviewed, name: 审核行政规范性文件, measure: 件, group: 制度建设, rise_is_good: true}
  - {key: normative_docs_filed, name: 备案审查行政规范性文件, measure: 件, group: 制度建设, rise_is_good: true}
  - {key: normative_docs_corrected, name: 纠正违法不当规范性文件, measure: 件, group: 制度建设, rise_is_good: false}
  - {key: review_suggestions, name: 办理规范性文件审查建议, measure: 件, group: 制度建设, rise_is_good: true}
  # 行政决策
  - {key: major_decisions_reviewed, name: 重大行政决策合法性审查, measure: 件, group: 行政决策, rise_is_good: true}
  - {key: legal_affairs_reviewed, name: 合法性审查法律事务, measure: 件, group: 行政决策, rise_is_good: true}
  - {key: contracts_reviewed, name: 审查政府合同协议, measure: 件, group: 行政决策, rise_is_good: true}
  - {key: legal_advisers, name: 聘请政府法律顾问, measure: 人, group: 行政决策, rise_is_good: true}
  # 行政执法
  - {key: enforcement_officers, name: 持证行政执法人员, measure: 人, group: 行政执法, rise_is_good: true}
  - {key: enforcement_certificates, name: 新核发行政执法证件, measure: 件, group: 行政执法, rise_is_good: true}
  - {key: enforcement_bodies, name: 审核确认行政执法主体, measure: 个, group: 行政执法, rise_is_good: true}
  - {key: random_inspections, name: 双随机抽查任务, measure: 项, group: 行政执法, rise_is_good: true}
  - {key: case_files_reviewed, name: 评查行政执法案卷, measure: 件, group: 行政执法, rise_is_good: true}
  # 监督
  - {key: review_applications, name: 收到行政复议申请, measure: 件, group: 监督, rise_is_good: true}
  - {key: review_accepted, name: 受理行政复议案件, measure: 件, group: 监督, rise_is_good: true}
  - {key: review_concluded, name: 审结行政复议案件, measure: 件, group: 监督, rise_is_good: true}
  - {key: review_corrected, name: 行政复议纠错, measure: 件, group: 监督, rise_is_good: false}
  - {key: litigation_cases, name: 一审行政应诉案件, measure: 件, group: 监督, rise_is_good: false}
  - {key: leaders_in_court, name: 行政机关负责人出庭应诉, measure: 件, group: 监督, rise_is_good: true}
  - {key: npc_suggestions, name: 办理人大代表建议, measure: 件, group: 监督, rise_is_good: true}
  - {key: cppcc_proposals, name: 办理政协提案, measure: 件, group: 监督, rise_is_good: true}
  # 矛盾纠纷化解
  - {key: mediation_cases, name: 人民调解案件, measure: 件, group: 矛盾纠纷化解, rise_is_good: true}
  - {key: mediation_centres, name: 专业人民调解中心, measure: 家, group: 矛盾纠纷化解, rise_is_good: true}
  - {key: mediation_studios, name: 品牌个人调解工作室, measure: 家, group: 矛盾纠纷化解, rise_is_good: true}
  - {key: arbitration_cases, name: 仲裁案件, measure: 件, group: 矛盾纠纷化解, rise_is_good: true}
  - {key: arbitration_amount, name: 仲裁案件标的额, measure: 万元, group: 矛盾纠纷化解, rise_is_good: true}
  - {key: dispute_mediations, name: 行政争议调处, measure: 件, group: 矛盾纠纷化解, rise_is_good: true}
  # 法治能力
  - {key: law_trainees, name: 法治培训, measure: 人次, group: 法治能力, rise_is_good: true}
  - {key: leaders_law_study, name: 政府常务会议会前学法, measure: 次, group: 法治能力, rise_is_good: true}
  - {key: enforcement_exams, name: 行政执法人员资格考试, measure: 人次, group: 法治能力, rise_is_good: true}
  # 组织保障
  - {key: inspection_problems, name: 法治督察发现问题, measure: 个, group: 组织保障, rise_is_good: false}
  - {key: assessment_indicators, name: 法治政府建设考核指标, measure: 项, group: 组织保障, rise_is_good: true}
  - {key: rule_of_law_funding, name: 法治政府建设专项经费, measure: 万元, group: 组织保障, rise_is_good: true}
)";

const char* const channels_yaml =
    R"(# 政务信息采用渠道 and the points one adoption scores in the monthly tally.
# instruction_points: what each 领导批示 adds.
instruction_points: 5
channels:
  - {code: gj, name: 国家级, points: 10}
  - {code: sfb, name: 司法部, points: 8}
  - {code: sw, name: 省委, points: 6}
  - {code: szf, name: 省政府, points: 6}
  - {code: mh, name: 门户网站, points: 1}
)";

const char* const quotas_yaml = R"(# 政务信息报送任务: items each unit must submit per month.
# quota is the default; units lists the exceptions by unit code.
quota: 1
units:
  JCS: 2
  QYS: 2
  NPS: 2
  BSZ: 2
)";

const char* const comments_yaml = R"(# 领导批示 signed on a month's 政务信息工作情况通报.
comments:
  - month: 2026-09
    leader: 周启明
    title: 厅党委书记、厅长
    date: 2026-10-12
    text: 请各处室、各单位对照通报查找差距，未完成报送任务的单位要认真分析原因，下月底前补齐短板。
  - month: 2026-10
    leader: 周启明
    title: 厅党委书记、厅长
    date: 2026-11-09
    text: 10月份政务信息采用数量较上月有所提升，江川市、依法行政指导处报送的信息质量较高，值得肯定。各单位要紧扣中心工作，多报有分析、有建议的深度信息。
  - month: 2026-11
    leader: 沈嘉禾
    title: 厅党委委员、副厅长
    date: 2026-12-08
    text: 年底将至，请各单位统筹做好全年信息工作总结，对照全年任务查缺补漏。
)";

const char* const distribution_yaml =
    R"(# 主送 (to) / 抄送 (cc) for 公文; 报 (report) / 送 (send) / 发 (issue) for 简报.
circular:
  to: [厅机关各处室、直属单位, 各市（州）司法局]
  cc: [厅领导]
work_report:
  cc: [司法部办公厅, 省委依法治省办, 省政府办公厅]
annual_report:
  to: [省人民政府, 司法部]
  cc: [省委依法治省办]
brief:
  report: [司法部办公厅, 省委办公厅, 省政府办公厅]
  send: [省委依法治省委员会各协调小组成员单位]
  issue: [各市（州）司法局, 厅机关各处室、直属单位]
)";

}  // namespace

const char* sample_indicators_yaml() {
  return indicators_yaml;
}

std::vector<std::pair<std::string, std::string>> sample_narratives();
std::vector<std::pair<std::string, std::string>> sample_briefs();

std::vector<std::pair<std::string, std::string>> sample_files() {
  std::vector<std::pair<std::string, std::string>> files = {
      {"office.yaml", office_yaml},     {"indicators.yaml", indicators_yaml},
      {"channels.yaml", channels_yaml}, {"quotas.yaml", quotas_yaml},
      {"comments.yaml", comments_yaml}, {"distribution.yaml", distribution_yaml}};
  for (auto& f : sample_narratives()) files.push_back(std::move(f));
  for (auto& f : sample_briefs()) files.push_back(std::move(f));
  files.push_back({"evaluation.yaml", sample_evaluation_yaml()});
  files.push_back({"tasks.yaml", sample_tasks_yaml()});
  return files;
}

}  // namespace docpipe::source
