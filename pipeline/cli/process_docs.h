// Writing the documents of the two processes (考评, 任务台账): composed Markdown → PDF, one
// renderer for the whole set, each file written atomically, each path printed.
#pragma once
#include <string>
#include <vector>

#include <optional>

#include "cli/output_formats.h"
#include "compose/periodic.h"
#include "compose/template.h"
#include "compose/value.h"
#include "core/diagnostics.h"
#include "source/tasks.h"

namespace docpipe::cli {

struct ProcessDoc {
  std::string path;  // .pdf, under the output folder
  std::string markdown;
  std::string source_name;  // for messages: template → document
};

// Renders every document in `formats` (and writes .md beside each when `markdown`); false if
// any failed.
bool write_process_docs(const std::vector<ProcessDoc>& docs, const std::string& fonts_yaml,
                        bool markdown, Diagnostics& diags,
                        const Formats& formats = default_formats(),
                        const std::vector<std::string>& whole_names = {});

// Renders a context through a template (checked against its schema); false after reporting.
bool compose_with(const std::string& templates_dir, const std::string& file,
                  const compose::Schema& schema, const compose::Value& ctx, std::string& md,
                  Diagnostics& diags);

// The 考评 documents (cmd_eval.cpp): evaluation-YYYY.pdf, and with `sheets` every unit's
// 评分表 in evaluation-YYYY/<unit>.pdf. False after reporting.
bool evaluation_documents(const source::DataSet& ds, const std::string& dir,
                          const std::string& tdir, bool sheets, std::vector<ProcessDoc>& docs,
                          Diagnostics& diags);

// The 任务台账 documents (cmd_tasks.cpp): `what` is table, letters, supervise (units with
// tasks overdue on `as_of`) or report (the 进展情况通报 of `period`).
bool task_documents(const source::DataSet& ds, const source::TaskBook& book,
                    const std::string& what, const std::string& plan, const Date& as_of,
                    const std::optional<compose::Period>& period, const std::string& dir,
                    const std::string& tdir, std::vector<ProcessDoc>& docs, Diagnostics& diags);

// For `docpipe demo`: the 任务分解表, one 督办通知, the latest 进展情况通报 and the
// 考评结果通报, when the folder has tasks.yaml / evaluation.yaml. False after reporting.
bool demo_process_documents(const source::DataSet& ds, const std::string& dir,
                            const std::string& tdir, bool markdown, const Formats& formats,
                            Diagnostics& diags);

}  // namespace docpipe::cli
