#include "compose/compose.h"

#include <algorithm>
#include <filesystem>

#include "compose/builders.h"
#include "compose/evaluation.h"
#include "compose/periodic.h"
#include "compose/tasks.h"
#include "core/atomic_file.h"
#include "core/chinese.h"

namespace docpipe::compose {

const char* kind_name(Kind k) {
  return kind_info(k).name;
}

std::optional<Kind> parse_kind(const std::string& name) {
  if (const KindInfo* info = find_kind(name)) return info->kind;
  return std::nullopt;
}

std::string template_file_name(Kind k) {
  return kind_info(k).template_file;
}

std::string output_stem(const Request& r) {
  return std::string(kind_name(r.kind)) + "-" + period_text(r);
}

Schema schema_for(Kind k) {
  return kind_info(k).schema();
}

std::optional<Value> build_context(const source::DataSet& ds, const Request& r,
                                   Diagnostics& diags) {
  auto c = kind_info(r.kind).build(ds, r, diags);
  if (c && r.date) {  // `build --date`: the 成文日期 the user set, checked by the CLI
    c->set("date", r.date->iso());
    c->set("date_cn", chinese_date(*r.date));
  }
  return c;
}

bool compose_document(const source::DataSet& ds, const Request& r, const std::string& templates_dir,
                      std::string& markdown, Diagnostics& diags) {
  std::string path = template_path(templates_dir, template_file_name(r.kind));
  std::string text;
  if (!read_file(path, text, diags)) return false;
  if (!check_template_text(text, path, schema_for(r.kind), diags)) return false;
  auto ctx = build_context(ds, r, diags);
  if (!ctx) return false;
  return render_template(text, path, *ctx, markdown, diags);
}

namespace {

// The templates beyond one per kind: the per-unit copy of the circular (periodic.h), the
// 考评 documents of `docpipe eval` and the 任务台账 documents of `docpipe tasks`.
std::vector<std::pair<std::string, Schema>> extra_templates() {
  return {{"circular-unit.md.mustache", unit_copy_schema()},
          {"evaluation.md.mustache", evaluation_schema()},
          {"evaluation-sheet.md.mustache", evaluation_sheet_schema()},
          {"task-table.md.mustache", task_table_schema()},
          {"task-letter.md.mustache", task_letter_schema()},
          {"supervision.md.mustache", supervision_schema()},
          {"progress.md.mustache", progress_schema()}};
}

}  // namespace

bool check_templates(const std::string& templates_dir, Diagnostics& diags,
                     std::vector<std::pair<std::string, std::string>>* checked) {
  std::vector<std::pair<std::string, Schema>> all;
  for (const KindInfo& kind : kinds()) all.emplace_back(kind.template_file, kind.schema());
  for (auto& extra : extra_templates()) all.push_back(std::move(extra));
  // Every template is checked and every problem reported before the answer is given.
  bool ok = true;
  for (const auto& [file, schema] : all) {
    std::string path = template_path(templates_dir, file);
    std::string text;
    if (!std::filesystem::exists(path)) {
      diags.error({path, 0, 0, ""}, "template missing",
                  "docpipe needs " + file + ": `docpipe templates copy` restores the built-in one");
      ok = false;
      continue;
    }
    if (checked) checked->emplace_back(file, path);
    ok &= read_file(path, text, diags) && check_template_text(text, path, schema, diags);
  }
  return ok;
}

void validate_templates(const source::DataSet& ds, Diagnostics& diags) {
  check_templates(default_templates_dir(ds.dir), diags);
}

std::string default_templates_dir(const std::string& data_dir) {
  return (std::filesystem::path(data_dir) / "templates").string();
}

std::string builtin_templates_dir() {
  return DOCPIPE_TEMPLATES_DIR;
}

std::string template_path(const std::string& templates_dir, const std::string& file_name) {
  std::error_code ec;
  std::string own = (std::filesystem::path(templates_dir) / file_name).string();
  if (std::filesystem::exists(own, ec)) return own;
  return (std::filesystem::path(builtin_templates_dir()) / file_name).string();
}

std::vector<std::string> builtin_template_files() {
  std::vector<std::string> out;
  for (const KindInfo& kind : kinds()) out.push_back(kind.template_file);
  for (const auto& extra : extra_templates()) out.push_back(extra.first);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace docpipe::compose
