// data/assessment.yaml: the half-year 考核 weights and grade thresholds.
//
//   weights: {adoption: 50, instructions: 20, quota: 30}   # 采用得分 / 领导批示 / 任务完成率
//   grades: {excellent: 90, good: 75, pass: 60}            # 优秀 / 良好 / 合格 (out of 100)
#include <filesystem>

#include "compose/periodic.h"
#include "source/yaml_file.h"

namespace docpipe::compose {

AssessmentConfig load_assessment_config(const std::string& data_dir, Diagnostics& diags) {
  AssessmentConfig cfg;
  std::string path = data_dir + "/assessment.yaml";
  if (!std::filesystem::exists(path)) return cfg;
  source::YamlFile f(path, diags);
  if (!f.ok() || !f.check_map(f.root(), {"weights", "grades"}, {}, "assessment file")) return cfg;
  if (YAML::Node w = f.root()["weights"]) {
    if (f.check_map(w, {"adoption", "instructions", "quota"}, {}, "weights")) {
      cfg.weight_adoption = f.integer(w, "adoption", 0, 100).value_or(cfg.weight_adoption);
      cfg.weight_instructions =
          f.integer(w, "instructions", 0, 100).value_or(cfg.weight_instructions);
      cfg.weight_quota = f.integer(w, "quota", 0, 100).value_or(cfg.weight_quota);
      if (cfg.weight_adoption + cfg.weight_instructions + cfg.weight_quota == 0)
        f.error(w, "the weights add up to 0, so every unit would score 0",
                "give at least one of adoption, instructions, quota a weight above 0");
    }
  }
  if (YAML::Node g = f.root()["grades"]) {
    if (f.check_map(g, {"excellent", "good", "pass"}, {}, "grades")) {
      cfg.excellent = f.integer(g, "excellent", 0, 100).value_or(cfg.excellent);
      cfg.good = f.integer(g, "good", 0, 100).value_or(cfg.good);
      cfg.pass = f.integer(g, "pass", 0, 100).value_or(cfg.pass);
      if (!(cfg.excellent > cfg.good && cfg.good > cfg.pass))
        f.error(g, "grade thresholds must fall: excellent > good > pass",
                "e.g. grades: {excellent: 90, good: 75, pass: 60}");
    }
  }
  return cfg;
}

}  // namespace docpipe::compose
