// Sample narrative (one file per document kind for 2026) and three briefs. Invented text in
// the register of the reference documents; no sentence is taken from them.
#include "source/sample.h"

namespace docpipe::source {
namespace {

const char* const work_report_yaml = R"(# 工作报告 (讲话) on 2026, given at the start of 2027.
kind: work_report
year: 2026
title: 在全省司法行政法治政府建设工作会议上的讲话
meeting: 全省司法行政法治政府建设工作会议
speaker: 周启明
speaker_title: 厅党委书记、厅长
date: 2027-02-23
opening: 这次会议的主要任务是，深入贯彻全面依法治国工作部署，总结2026年全省法治政府建设工作，安排部署2027年重点任务。下面，我讲三点意见。
achievements:
  - area: 政府职能
    title: 坚持依法全面履行政府职能
    text: 深化“放管服”改革，全面清理涉企审批和证明事项，公平竞争审查实现省市县三级全覆盖。
  - area: 制度建设
    title: 坚持制度先行
    text: 围绕优化营商环境、生态保护等重点领域加强政府立法，行政规范性文件合法性审核机制实现全覆盖。
  - area: 行政决策
    title: 坚持依法科学民主决策
    text: 重大行政决策目录化管理在省市两级全面推开，政府法律顾问参与决策论证成为常态。
  - area: 行政执法
    title: 坚持严格规范公正文明执法
    text: 行政执法“三项制度”全面落实，执法案卷评查和执法证件管理进一步规范。
  - area: 监督
    title: 坚持强化行政权力制约监督
    text: 行政复议体制改革后各级复议机构运转顺畅，复议化解行政争议主渠道作用持续显现。
  - area: 矛盾纠纷化解
    title: 坚持多元化解矛盾纠纷
    text: 人民调解、行政调解、仲裁协同发力，专业人民调解中心和品牌调解工作室建设提档升级。
shortcomings:
  - 法治政府建设推进不够平衡，部分县（区）工作力量薄弱，基层法治机构人员配备不足。
  - 行政规范性文件备案审查质量有待提高，个别文件存在超越权限设定义务等问题。
  - 行政执法不规范现象仍有发生，执法案卷评查发现的问题整改还不够彻底。
  - 领导干部运用法治思维和法治方式解决问题的能力还需进一步提升。
plan_items:
  - title: 着力推进政府职能依法全面履行
    text: 持续清理规范行政审批和证明事项，全面落实公平竞争审查制度，加快建设一体化政务服务平台。
  - title: 着力提高制度建设质量
    text: 科学编制年度立法计划，严格落实行政规范性文件合法性审核和备案审查制度，做到有件必备、有备必审、有错必纠。
  - title: 着力规范重大行政决策
    text: 全面推行重大行政决策目录管理，严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。
  - title: 着力提升行政执法质效
    text: 深入推进行政执法“三项制度”，开展行政执法案卷评查和执法证件清理，健全行政执法协调监督工作体系。
  - title: 着力发挥行政复议主渠道作用
    text: 推进行政复议规范化建设，提高案件审理质量和纠错实效，落实行政机关负责人出庭应诉制度。
safeguards:
  - title: 加强组织领导
    text: 各级党委和政府主要负责人要切实履行推进法治建设第一责任人职责，把法治政府建设摆在全局工作的重要位置。
  - title: 强化督察考核
    text: 把法治政府建设纳入年度综合考核，开展法治督察，对工作不力的地方和部门进行约谈、通报。
  - title: 加强队伍建设
    text: 配齐配强法治工作力量，加强业务培训，建设一支忠诚干净担当的法治工作队伍。
closing: 同志们，法治政府建设任重道远。让我们在省委、省政府的坚强领导下，坚定信心，真抓实干，为建设更高水平的法治澜江作出新的更大贡献！
)";

const char* const annual_report_yaml =
    R"(# 法治政府建设年度报告 for 2026. The three parts are mandated: 基本情况 (from the
# figures) / 存在的差距和不足 / 下一年主要安排.
kind: annual_report
year: 2026
title: 澜江省司法厅关于2026年法治政府建设情况的报告
signer: 澜江省司法厅
date: 2027-01-26
opening: 2026年，在省委、省政府的坚强领导下，全省司法行政系统深入贯彻全面依法治国各项部署，统筹推进法治政府建设各项工作，依法行政能力和水平进一步提高。现将有关情况报告如下：
achievements:
  - area: 政府职能
    text: 持续深化“放管服”改革，公布本级证明事项保留清单，推动涉企审批事项分类管理。
  - area: 制度建设
    text: 严格落实行政规范性文件合法性审核和备案审查制度，对违法不当文件依法予以纠正。
  - area: 行政决策
    text: 编制重大行政决策事项目录并向社会公布，政府法律顾问全程参与决策论证。
  - area: 行政执法
    text: 组织行政执法人员资格考试和执法证件换发，开展行政执法案卷集中评查。
  - area: 监督
    text: 行政复议案件受理、审结数量同比增长，复议纠错和负责人出庭应诉制度落实到位。
  - area: 矛盾纠纷化解
    text: 推进“一站式”矛盾纠纷调解平台建设，仲裁服务营商环境作用进一步发挥。
shortcomings:
  - 法治政府建设在地区之间、部门之间推进还不平衡，部分县（区）法治机构力量不足。
  - 行政规范性文件制定程序有待进一步规范，个别文件公开征求意见不充分。
  - 基层行政执法人员法律素质有待提高，执法不规范问题仍有发生。
plan_items:
  - title: 深入学习贯彻习近平法治思想
    text: 把学习贯彻习近平法治思想纳入各级领导干部学法计划，推动会前学法常态化。
  - title: 持续提升制度建设质量
    text: 加强重点领域立法，开展规章和行政规范性文件清理，完善备案审查衔接联动机制。
  - title: 全面规范行政执法行为
    text: 深化行政执法“三项制度”，开展行政执法质量提升行动。
  - title: 健全矛盾纠纷多元化解机制
    text: 推动人民调解、行政调解、司法调解衔接联动，发挥行政复议化解行政争议主渠道作用。
closing: 特此报告。
)";

const char* const circular_yaml =
    R"(# 政务信息工作情况通报 (monthly): the fixed prose; figures, ranks and quotas come
# from the register, the leader's comment from comments.yaml.
kind: circular
year: 2026
signer: 澜江省司法厅办公室
opening: 为进一步做好政务信息工作，充分发挥信息服务决策、指导工作、沟通情况的作用，现将本月全厅政务信息报送和采用情况通报如下。
shortcomings:
  - 个别单位对政务信息工作重视不够，未按要求完成月度报送任务。
  - 部分信息停留在一般性工作动态，反映问题、提出建议的深度信息偏少。
  - 信息报送时效性不强，错过最佳采用时机。
requirements:
  - 提高思想认识。各单位主要负责同志是信息工作第一责任人，要亲自谋划、亲自审签，确保每月按时完成报送任务。
  - 突出工作重点。紧扣法治政府建设中心工作，多报有情况、有分析、有建议的调研信息。
  - 严格考核奖惩。办公室每月一统计、每季度一通报、每半年一考核，通报结果纳入年度综合考核。
closing: 特此通报。
)";

const char* const series_yaml =
    R"(# 简报系列: 第N期 restarts each year; 总第N期 = total_before + the issue's position among
# the issues below. total_before is the 总期号 of the last issue printed before docpipe.
name: 政府法制工作简报
publisher: 澜江省司法厅办公室
notice: 内部资料　注意保存
total_before: 438
copies: 120
)";

const char* const issue9_yaml = R"(year: 2026
issue: 9
date: 2026-09-15
articles:
  - title: 全省行政规范性文件合法性审核工作推进会在青阳市召开
    source: 依法行政指导处
    author: 林晓岚
    file: 1.md
  - title: 江川市“三项制度”让行政执法既有力度又有温度
    source: 江川市司法局
    file: 2.md
)";

const char* const issue9_a1 =
    R"(9月10日，全省行政规范性文件合法性审核工作推进会在青阳市召开。会议通报了今年以来全省行政规范性文件审核和备案审查情况，青阳市、南屏市等4个单位作了交流发言。

会议指出，今年以来各地各部门认真落实合法性审核机制，审核把关作用进一步发挥，但仍有个别文件未经审核即印发，有的文件存在违法设定减损权利、增加义务等问题。

会议要求，各地要坚持有件必备、有备必审、有错必纠，严格审核程序和时限，建立健全审核台账，确保每一件行政规范性文件都经得起法律和实践的检验。
)";

const char* const issue9_a2 =
    R"(今年以来，江川市以全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度为抓手，推动严格规范公正文明执法。

一是公示“亮”出来。全市42个行政执法主体在政府门户网站统一公示执法主体、人员、职责、依据和结果信息，接受社会监督。

二是记录“全”起来。为一线执法人员配备执法记录仪，实现执法全过程可回溯管理。

三是审核“严”起来。明确重大执法决定法制审核目录清单，未经审核或审核未通过的，不得作出决定。
)";

const char* const issue10_yaml = R"(year: 2026
issue: 10
date: 2026-10-20
articles:
  - title: 省司法厅召开行政复议工作规范化建设座谈会
    source: 行政复议与应诉处
    file: 1.md
  - title: 白沙州建成专业人民调解中心助力矛盾纠纷就地化解
    source: 白沙州司法局
    author: 马永福
    file: 2.md
)";

const char* const issue10_a1 =
    R"(10月15日，省司法厅召开行政复议工作规范化建设座谈会，总结行政复议体制改革以来的工作成效，研究部署下一阶段重点任务。各市（州）司法局分管负责同志参加会议。

会议强调，要坚持复议为民，畅通申请渠道，推进案件繁简分流，提高审理质量和效率；要加大纠错力度，用好行政复议意见书和建议书，推动从个案纠错向类案规范转变；要落实行政机关负责人出庭应诉制度，提升行政应诉工作水平。
)";

const char* const issue10_a2 =
    R"(白沙州司法局聚焦医疗、交通、物业等矛盾纠纷多发领域，整合调解资源，建成专业人民调解中心3家，聘请专职调解员26名。

中心运行以来，坚持“一站式受理、一揽子调处、全链条解决”，今年1至9月共受理各类纠纷1200余件，调解成功率达96%以上，有效促进了矛盾纠纷就地化解。
)";

const char* const issue11_yaml = R"(year: 2026
issue: 11
date: 2026-11-18
articles:
  - title: 省司法厅举办全省行政执法人员资格考试
    source: 行政执法协调监督处
    author: 陈思远
    file: 1.md
  - title: 南屏市推进重大行政决策目录化管理
    source: 南屏市司法局
    file: 2.md
  - title: 省交通运输厅扎实开展法治督察反馈问题整改
    source: 省交通运输厅政策法规处
    file: 3.md
)";

const char* const issue11_a1 =
    R"(11月8日，全省行政执法人员资格考试在各市（州）同步举行，共有3000余名拟从事行政执法工作的人员参加考试。

考试采取闭卷方式，重点考查宪法、行政处罚法、行政许可法、行政强制法等公共法律知识和专业法律知识。考试合格人员经培训后方可申领行政执法证件，从事行政执法工作。
)";

const char* const issue11_a2 =
    R"(南屏市制定《重大行政决策事项目录管理办法》，每年年初编制并公布决策事项目录，明确承办单位、决策程序和完成时限。

今年，全市纳入目录管理的重大行政决策事项共18项，均履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序，决策质量进一步提高。
)";

const char* const issue11_a3 =
    R"(针对法治督察反馈的3个方面11个具体问题，省交通运输厅逐项制定整改措施，明确责任处室和完成时限。

截至目前，已完成整改9个，其余2个正在按计划推进。厅党组将整改落实情况纳入处室年度考核，确保问题真改实改、改到位。
)";

}  // namespace

std::vector<std::pair<std::string, std::string>> sample_narratives() {
  return {{"narrative/work_report-2026.yaml", work_report_yaml},
          {"narrative/annual_report-2026.yaml", annual_report_yaml},
          {"narrative/circular-2026.yaml", circular_yaml}};
}

std::vector<std::pair<std::string, std::string>> sample_briefs() {
  return {{"briefs/series.yaml", series_yaml},         {"briefs/2026-09/issue.yaml", issue9_yaml},
          {"briefs/2026-09/1.md", issue9_a1},          {"briefs/2026-09/2.md", issue9_a2},
          {"briefs/2026-10/issue.yaml", issue10_yaml}, {"briefs/2026-10/1.md", issue10_a1},
          {"briefs/2026-10/2.md", issue10_a2},         {"briefs/2026-11/issue.yaml", issue11_yaml},
          {"briefs/2026-11/1.md", issue11_a1},         {"briefs/2026-11/2.md", issue11_a2},
          {"briefs/2026-11/3.md", issue11_a3}};
}

}  // namespace docpipe::source
