// Composing a document: the data model + facts → the Mustache context of one document kind
// → Markdown with YAML front matter, ready for the typesetting engine.
#pragma once
#include <optional>
#include <string>

#include "compose/kinds.h"
#include "compose/template.h"
#include "compose/value.h"
#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::compose {

// Shorthands for the registry's columns (kinds.h).
const char* kind_name(Kind k);                            // "work-report"
std::optional<Kind> parse_kind(const std::string& name);  // from the command line
std::string template_file_name(Kind k);                   // work-report.md.mustache
Schema schema_for(Kind k);  // the fields its composer provides (what templates may use)
// "circular-2026-10", "brief-2026-10", "work-report-2026", "quarterly-2026-Q3"
std::string output_stem(const Request& r);

// Builds the context of one document. Reports missing data (no such brief, no narrative)
// as errors naming what to add; returns nullopt if it cannot build a sensible document.
std::optional<Value> build_context(const source::DataSet& ds, const Request& r, Diagnostics& diags);

// Checks, renders and escapes: the composed Markdown in `markdown`.
bool compose_document(const source::DataSet& ds, const Request& r, const std::string& templates_dir,
                      std::string& markdown, Diagnostics& diags);

// The `validate` check: each kind's template exists, parses, and uses only fields its
// composer provides (errors at template:line naming the field). `checked` receives
// (template file name, the path that was checked) for each, in registry order.
bool check_templates(const std::string& templates_dir, Diagnostics& diags,
                     std::vector<std::pair<std::string, std::string>>* checked = nullptr);

// The same, in the shape of a `docpipe validate` check (source::ValidationCheck):
//   {"templates", compose::validate_templates}   in cli/cmd_validate.cpp
void validate_templates(const source::DataSet& ds, Diagnostics& diags);

// Where templates are looked up: a file in `templates_dir` (DATA/templates, or --templates
// DIR) wins; a file it lacks is the built-in one. Never the current directory.
std::string default_templates_dir(const std::string& data_dir);  // DATA/templates
std::string builtin_templates_dir();
std::string template_path(const std::string& templates_dir, const std::string& file_name);
// Every built-in template file name (kinds of the registry and the extra ones), sorted.
std::vector<std::string> builtin_template_files();

}  // namespace docpipe::compose
