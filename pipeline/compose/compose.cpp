#include "compose/compose.h"

#include <filesystem>

#include "compose/builders.h"
#include "compose/evaluation.h"
#include "compose/periodic.h"
#include "core/atomic_file.h"

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
  return kind_info(r.kind).build(ds, r, diags);
}

bool compose_document(const source::DataSet& ds, const Request& r, const std::string& templates_dir,
                      std::string& markdown, Diagnostics& diags) {
  std::string path = templates_dir + "/" + template_file_name(r.kind);
  std::string text;
  if (!read_file(path, text, diags)) return false;
  if (!check_template_text(text, path, schema_for(r.kind), diags)) return false;
  auto ctx = build_context(ds, r, diags);
  if (!ctx) return false;
  return render_template(text, path, *ctx, markdown, diags);
}

bool check_templates(const std::string& templates_dir, Diagnostics& diags) {
  size_t before = diags.error_count();
  for (const KindInfo& kind : kinds()) {
    std::string path = templates_dir + "/" + kind.template_file;
    std::string text;
    if (!std::filesystem::exists(path)) {
      diags.error({path, 0, 0, ""}, "template missing",
                  std::string("every document kind needs templates/") + kind.template_file);
      continue;
    }
    if (read_file(path, text, diags)) check_template_text(text, path, kind.schema(), diags);
  }
  // Templates beyond one per kind: the per-unit copy of the circular (periodic.h) and the
  // 考评 documents of `docpipe eval`.
  const std::pair<const char*, Schema> periodic[] = {
      {"circular-unit.md.mustache", unit_copy_schema()},
      {"evaluation.md.mustache", evaluation_schema()},
      {"evaluation-sheet.md.mustache", evaluation_sheet_schema()}};
  for (const auto& [file, schema] : periodic) {
    std::string path = templates_dir + "/" + file;
    std::string text;
    if (!std::filesystem::exists(path)) {
      diags.error({path, 0, 0, ""}, "template missing",
                  std::string("docpipe needs templates/") + file);
      continue;
    }
    if (read_file(path, text, diags)) check_template_text(text, path, schema, diags);
  }
  return diags.error_count() == before;
}

void validate_templates(const source::DataSet&, Diagnostics& diags) {
  check_templates(default_templates_dir(), diags);
}

std::string default_templates_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory("templates", ec) &&
      std::filesystem::exists("templates/circular.md.mustache", ec))
    return "templates";
  return DOCPIPE_TEMPLATES_DIR;
}

}  // namespace docpipe::compose
