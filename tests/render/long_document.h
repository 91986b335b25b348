// A long 公文 body generated from a few sentences written for the tests (reference style, no
// reference text): headings every few paragraphs and a table now and then.
#pragma once
#include <string>

namespace testing {

inline const char* const sentences[] = {
    "全年共审查各类规范性文件1286件，同比增长12.53%，备案登记417件，督促纠正23件。",
    "各级行政复议机构收到行政复议申请3842件，受理3517件，审结3388件，直接纠错率达到14.6%。",
    "严格执行《江岳省行政规范性文件管理办法》（江政办发〔2025〕29号），全面落实合法性审核机制。",
    "“互联网＋行政复议”平台上线运行，群众可以通过手机提交申请、查询进度、接收文书。",
    "以调解、和解方式结案812件，占审结案件的23.97%，较上年提高2.3个百分点。",
    "推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，全省执法证件核发4.9万余件。",
    "组织开展公平竞争审查专项检查，清理涉及市场主体的规章和规范性文件2300余件。",
    "各地要按照办案数量合理配备人员，全年组织专题培训不少于2次，切实提高依法办案能力。",
    "法律顾问制度实现省、市、县三级政府全覆盖，参与论证重大行政决策事项156项……",
    "人民调解组织调解各类矛盾纠纷6.8万件，调解成功率98.6%，有效维护了社会和谐稳定。",
};

// About `pages` pages of body text: a heading each 5 paragraphs, a table each 12 if asked,
// and a 版记 (抄送, 印发) if asked.
inline std::string long_document(int pages, bool tables, bool foot = true) {
  std::string md =
      "---\ntitle: 江岳省司法厅关于全省法治政府建设推进情况的报告\nto: 省人民政府\n"
      "signature: 江岳省司法厅\ndate: 2026-11-14\n";
  if (foot) md += "cc: [省委依法治省办]\nprinter: 江岳省司法厅办公室\nprinted: 2026-11-16\n";
  md += "---\n\n";
  int paragraphs = pages * 5;
  for (int p = 0; p < paragraphs; ++p) {
    if (p % 5 == 0) md += "# 第" + std::to_string(p / 5 + 1) + "部分工作情况\n\n";
    for (int s = 0; s < 3 + p % 3; ++s) md += sentences[(p * 7 + s * 3) % 10];
    md += "\n\n";
    if (tables && p % 12 == 11) {
      md += "| 地区 | 审查文件（件） | 复议申请（件） | 纠错率 |\n|---|---|---|---|\n";
      for (int r = 0; r < 6; ++r)
        md += "| 第" + std::to_string(r + 1) + "地区 | " + std::to_string(100 + r * 17 + p) +
              " | " + std::to_string(400 - r * 11) + " | " + std::to_string(10 + r) + ".5% |\n";
      md += "\n";
    }
  }
  return md;
}

}  // namespace testing
