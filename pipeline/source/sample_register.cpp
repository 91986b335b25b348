// A year (2026) of the sample 政务信息 register, generated deterministically: each unit has
// its own pace, so some exceed their quota, some miss it, and point totals tie now and then.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "source/sample.h"

namespace docpipe::source {
namespace {

// A fixed linear congruential generator: the sample must be identical on every machine.
class Dice {
 public:
  explicit Dice(std::uint32_t seed) : state_(seed) {}
  std::uint32_t next() {
    state_ = state_ * 1664525u + 1013904223u;
    std::uint32_t x = state_;  // murmur3 finalizer: a raw LCG's low bits repeat quickly
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    return x ^ (x >> 16);
  }
  double unit() { return (next() >> 8) / 16777216.0; }  // [0, 1)
  int below(int n) { return static_cast<int>(unit() * n); }

 private:
  std::uint32_t state_;
};

struct Reporter {
  const char* code;
  const char* subject;  // how titles name the unit
  double pace;          // items a month, on average
  std::vector<const char*> topics;
};

const std::vector<const char*> city_topics = {"人民调解", "行政复议",   "重大行政决策目录管理",
                                              "法治督察", "“八五”普法", "法治乡村建设"};
const std::vector<const char*> county_topics = {"人民调解", "法治乡村建设", "基层法治建设",
                                                "“法律明白人”培养"};

const std::vector<Reporter> reporters = {
    {"BGS", "省司法厅", 1.2, {"政务信息工作", "政务公开", "机关效能建设", "督查督办"}},
    {"FZDC",
     "省司法厅",
     1.5,
     {"法治政府建设示范创建", "法治政府建设考评", "法治调研", "法治政府建设年度报告"}},
    {"LFC",
     "省司法厅",
     0.8,
     {"年度立法计划", "立法公开征求意见", "规章立法后评估", "基层立法联系点建设"}},
    {"ZFJD",
     "省司法厅",
     1.3,
     {"行政执法“三项制度”", "行政执法案卷评查", "行政执法证件管理", "涉企行政执法检查"}},
    {"FYC",
     "省司法厅",
     1.1,
     {"行政复议规范化建设", "行政应诉", "行政复议案件繁简分流", "负责人出庭应诉"}},
    {"YFXZ",
     "省司法厅",
     1.8,
     {"行政规范性文件合法性审核", "规范性文件备案审查", "证明事项清理", "依法行政示范单位创建"}},
    {"GGFL",
     "省司法厅",
     0.9,
     {"公共法律服务体系建设", "村（居）法律顾问", "公证服务", "法律服务进企业"}},
    {"FLYZ",
     "省法律援助中心",
     0.7,
     {"法律援助便民服务", "农民工法律援助", "法律援助值班律师", "法律援助质量评查"}},
    {"JTT",
     "省交通运输厅",
     0.6,
     {"交通运输综合执法改革", "交通运输领域规范性文件清理", "法治交通建设", "交通执法规范化"}},
    {"SJJ",
     "省市场监督管理局",
     0.9,
     {"公平竞争审查", "市场监管执法规范化", "包容审慎监管", "涉企收费检查"}},
    {"JCS", "江川市", 2.6, city_topics},
    {"QYS", "青阳市", 2.0, city_topics},
    {"NPS", "南屏市", 1.6, city_topics},
    {"BSZ", "白沙州", 1.9, city_topics},
    {"LXQ", "临溪区", 1.0, county_topics},
    {"SMX", "石门县", 0.8, county_topics},
};

const std::vector<const char*> patterns = {"%s扎实推进%s",       "%s多措并举推进%s",
                                           "%s%s取得阶段性成效", "%s召开%s工作推进会",
                                           "%s%s工作走深走实",   "%s创新开展%s"};

const char* const surnames[] = {"林", "陈", "王", "李", "张", "刘", "杨", "赵", "黄", "周",
                                "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "罗"};
const char* const given[] = {"晓岚", "思远", "明轩", "雨桐", "志强", "海燕", "文博", "佳怡",
                             "建华", "春梅", "子涵", "国栋", "丽娜", "振宇", "秀英", "浩然"};

std::string title_for(const Reporter& r, int index) {
  const int t = static_cast<int>(r.topics.size());
  // Walk the patterns as well as the topics, so one month's titles do not all read alike;
  // (topic, pattern) pairs stay distinct for the first topics × patterns items.
  const std::string& pattern = patterns[(index / t + index % t) % patterns.size()];
  const std::string topic = r.topics[index % t];
  std::string out = pattern;
  out.replace(out.find("%s"), 2, r.subject);
  out.replace(out.find("%s"), 2, topic);
  return out;
}

// 0 = Monday. Sakamoto's method.
int weekday(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d + 6) % 7;
}

Date working_day(int month, int day) {
  if (month == 10 && day < 8) day += 7;  // 国庆 holiday
  Date d{2026, month, day};
  int wd = weekday(d.year, d.month, d.day);
  if (wd == 5) d.day -= 1;  // Saturday → Friday
  if (wd == 6) d.day += 1;  // Sunday → Monday
  return d;
}

std::vector<std::string> channels_for(Dice& dice) {
  std::vector<std::string> out;
  if (dice.unit() < 0.02) out.push_back("gj");
  if (dice.unit() < 0.07) out.push_back("sfb");
  if (dice.unit() < 0.55) out.push_back("mh");
  if (dice.unit() < 0.15) out.push_back("sw");
  if (dice.unit() < 0.20) out.push_back("szf");
  std::sort(out.begin(), out.end());
  return out;
}

int instructions_for(Dice& dice, const std::vector<std::string>& channels) {
  bool high = false;
  for (const auto& c : channels) high = high || c == "gj" || c == "sw" || c == "szf";
  if (!high) return 0;
  double u = dice.unit();
  return u < 0.08 ? 2 : u < 0.35 ? 1 : 0;
}

}  // namespace

std::vector<RegisterItem> sample_register() {
  Dice dice(20260101u);
  std::vector<RegisterItem> out;
  std::vector<int> next_title(reporters.size(), 0);
  for (int month = 1; month <= 12; ++month) {
    for (size_t r = 0; r < reporters.size(); ++r) {
      const Reporter& rep = reporters[r];
      if (std::string(rep.code) == "SMX" && month < 4) continue;  // joined in April
      int count = static_cast<int>(rep.pace + dice.unit() - 0.3);
      for (int k = 0; k < count; ++k) {
        RegisterItem it;
        it.date = working_day(month, 2 + dice.below(26));
        it.unit = rep.code;
        it.title = title_for(rep, next_title[r]++);
        it.author = std::string(surnames[(r * 3 + k) % 20]) + given[(r + k * 5) % 16];
        it.adopted_by = channels_for(dice);
        it.instructions = instructions_for(dice, it.adopted_by);
        out.push_back(std::move(it));
      }
    }
  }
  return out;
}

}  // namespace docpipe::source
