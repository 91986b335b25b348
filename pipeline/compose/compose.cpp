#include "compose/compose.h"

#include <filesystem>

#include "compose/evaluation.h"
#include "compose/kinds.h"
#include "compose/periodic.h"
#include "core/atomic_file.h"

namespace docpipe::compose {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::work_report:
      return "work-report";
    case Kind::annual_report:
      return "annual-report";
    case Kind::brief:
      return "brief";
    case Kind::circular:
      return "circular";
  }
  return "";
}

std::optional<Kind> parse_kind(const std::string& name) {
  for (Kind k : {Kind::work_report, Kind::annual_report, Kind::brief, Kind::circular})
    if (name == kind_name(k)) return k;
  return std::nullopt;
}

std::string template_file_name(Kind k) {
  return std::string(kind_name(k)) + ".md.mustache";
}

std::string output_stem(const Request& r) {
  auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  std::string stem = std::string(kind_name(r.kind)) + "-" + std::to_string(r.year);
  if (r.kind == Kind::brief) stem += "-" + two(r.issue);
  if (r.kind == Kind::circular) stem += "-" + two(r.month);
  return stem;
}

Schema schema_for(Kind k) {
  switch (k) {
    case Kind::work_report:
      return work_report_schema();
    case Kind::annual_report:
      return annual_report_schema();
    case Kind::brief:
      return brief_schema();
    case Kind::circular:
      break;
  }
  return circular_schema();
}

std::optional<Value> build_context(const source::DataSet& ds, const Request& r,
                                   Diagnostics& diags) {
  switch (r.kind) {
    case Kind::work_report:
      return build_work_report(ds, r.year, diags);
    case Kind::annual_report:
      return build_annual_report(ds, r.year, diags);
    case Kind::brief:
      return build_brief(ds, r.year, r.issue, diags);
    case Kind::circular:
      break;
  }
  return build_circular(ds, r.year, r.month, diags);
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
  for (Kind k : {Kind::work_report, Kind::annual_report, Kind::brief, Kind::circular}) {
    std::string path = templates_dir + "/" + template_file_name(k);
    std::string text;
    if (!std::filesystem::exists(path)) {
      diags.error({path, 0, 0, ""}, "template missing",
                  "every document kind needs templates/" + template_file_name(k));
      continue;
    }
    if (read_file(path, text, diags)) check_template_text(text, path, schema_for(k), diags);
  }
  // The periodic documents of `docpipe due` and the per-unit copy (periodic.h).
  const std::pair<const char*, Schema> periodic[] = {
      {"quarterly.md.mustache", quarterly_schema()},
      {"assessment.md.mustache", assessment_schema()},
      {"circular-unit.md.mustache", unit_copy_schema()},
      {"evaluation.md.mustache", evaluation_schema()},
      {"evaluation-sheet.md.mustache", evaluation_sheet_schema()}};
  for (const auto& [file, schema] : periodic) {
    std::string path = templates_dir + "/" + file;
    std::string text;
    if (!std::filesystem::exists(path)) {
      diags.error({path, 0, 0, ""}, "template missing",
                  std::string("docpipe due needs templates/") + file);
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
