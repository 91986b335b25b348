// `docpipe init --empty DIR`: a data folder for a real office — the schema and commented
// configuration files to fill in, and no records. Values an office must replace are
// written as （请填写…） so `docpipe validate` can point at the ones left.
#include <filesystem>

#include "core/atomic_file.h"
#include "source/sample.h"
#include "source/store.h"

namespace docpipe::source {
namespace {

namespace fs = std::filesystem;

const char* const office_yaml =
    R"(# 发文机关: who issues the documents made from this folder. Replace every （请填写…）.
name: （请填写发文机关全称，如某某市司法局）
# the place name used before 人民政府 etc., and how the whole area is called in text
province: （请填写地名，如某某市）
region: （请填写，如全市）
issuing_office: （请填写印发机关，如某某市司法局办公室）
# 发文字号 prefix, e.g. 某司通 → 某司通〔2026〕3号
document_prefix: （请填写发文字号代字）
# 单位类别: the kinds of unit `docpipe import units` accepts, in your own words.
unit_kinds: [处室, 科室, 直属单位, 县（市、区）, 乡镇（街道）, 司法所]
)";

const char* const channels_yaml =
    R"(# 政务信息采用渠道 and the points one adoption scores in the monthly tally.
# code is what the register's adopted_by column uses; instruction_points: what each
# 领导批示 adds. Edit to your own channels.
instruction_points: 5
channels:
  - {code: gj, name: 国家级, points: 10}
  - {code: sj, name: 省级, points: 6}
  - {code: shij, name: 市级, points: 3}
  - {code: mh, name: 门户网站, points: 1}
)";

const char* const quotas_yaml = R"(# 政务信息报送任务: items each unit must submit per month.
# quota is the default; units lists exceptions by unit code, e.g.
# units:
#   XQSFJ: 2
# A unit owes its quota from its first month with register data; start gives the month
# for a unit that should owe it earlier, e.g.
# start:
#   XQSFJ: 2026-01
quota: 1
)";

const char* const comments_yaml = R"(# 领导批示 signed on a month's 政务信息工作情况通报, e.g.
#  - month: 2026-10
#    leader: 姓名
#    title: 职务
#    date: 2026-11-09
#    text: 批示内容。
comments: []
)";

const char* const distribution_yaml =
    R"(# 主送 (to) / 抄送 (cc) for 公文; 报 (report) / 送 (send) / 发 (issue) for 简报.
circular:
  to: [（请填写主送机关）]
  cc: []
work_report:
  cc: []
annual_report:
  to: [（请填写主送机关）]
  cc: []
brief:
  report: []
  send: []
  issue: [（请填写发送范围）]
)";

const char* const fonts_yaml =
    R"(# 字体: the five roles → font files (TrueType .ttf/.ttc). Without this file Debian's
# AR PL UMing/UKai and WenQuanYi Zen Hei are used. Uncomment and edit to use your own:
# roles:
#   fangsong: {file: /usr/share/fonts/truetype/custom/simfang.ttf}
#   xiaobiaosong: {file: /usr/share/fonts/truetype/custom/FZXBSJW.ttf}
# fallback:
#   - {file: /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc, index: 0}
)";

const char* const series_yaml =
    R"(# 简报系列: 第N期 restarts each year; 总第N期 continues from total_before, the 总期号
# of the last issue printed before docpipe (0 for a new series).
name: （请填写简报名称，如政府法制工作简报）
publisher: （请填写编印单位）
notice: 内部资料　注意保存
total_before: 0
copies: 50
)";

const char* const narrative_readme =
    R"(叙述文字 (narrative): prose an editor writes per document kind and year, one YAML file
each, named KIND-YEAR.yaml:

  work_report-2026.yaml     工作报告 (讲话) on 2026
  annual_report-2026.yaml   法治政府建设年度报告 for 2026
  circular-2026.yaml        月度信息工作情况通报 of 2026 (opening, requirements …)

`docpipe init DIR` (without --empty) writes a complete example of each.
)";

// The standard catalogue with its groups spelled out, so an office sees what to rename,
// reorder or drop.
std::string indicators_yaml() {
  std::string out =
      "# 指标目录 and 指标分组. groups: the areas of the annual report and work report, in\n"
      "# order; name is what an indicator's group says, heading the section's title.\n"
      "# Rename, reorder, add or remove groups and indicators to fit the office.\n"
      "# small_base: a whole count whose previous year is below it is compared as a count\n"
      "# (同比增加1部), not as a percentage.\n"
      "small_base: 10\n"
      "groups:\n";
  for (const auto& g : default_indicator_groups)
    out += "  - {name: " + g.name + ", heading: " + g.heading + "}\n";
  std::string sample = sample_indicators_yaml();
  return out + "\n" + sample.substr(sample.find("# 指标目录"));
}

std::vector<std::pair<std::string, std::string>> skeleton_files() {
  return {{"office.yaml", office_yaml},
          {"indicators.yaml", indicators_yaml()},
          {"channels.yaml", channels_yaml},
          {"quotas.yaml", quotas_yaml},
          {"comments.yaml", comments_yaml},
          {"distribution.yaml", distribution_yaml},
          {"fonts.yaml", fonts_yaml},
          {"briefs/series.yaml", series_yaml},
          {"narrative/README.txt", narrative_readme}};
}

}  // namespace

bool write_empty(const std::string& dir, Diagnostics& diags) {
  if (!prepare_new_folder(dir, diags)) return false;
  for (const auto& [name, text] : skeleton_files()) {
    fs::path path = fs::path(dir) / name;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      diags.error({path.parent_path().string()}, "cannot create folder: " + ec.message());
      return false;
    }
    if (!write_file_atomic(path.string(), text, diags)) return false;
  }
  // Opening with `create` writes the schema (every migration) and nothing else.
  return open_store(dir, OpenMode::create, diags) != nullptr;
}

}  // namespace docpipe::source
