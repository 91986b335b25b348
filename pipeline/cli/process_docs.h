// Writing the documents of the two processes (考评, 任务台账): composed Markdown → PDF, one
// renderer for the whole set, each file written atomically, each path printed.
#pragma once
#include <string>
#include <vector>

#include "compose/template.h"
#include "compose/value.h"
#include "core/diagnostics.h"

namespace docpipe::cli {

struct ProcessDoc {
  std::string path;  // .pdf, under the output folder
  std::string markdown;
  std::string source_name;  // for messages: template → document
};

// Renders every document (and writes .md beside each when `markdown`); false if any failed.
bool write_process_docs(const std::vector<ProcessDoc>& docs, const std::string& fonts_yaml,
                        bool markdown, Diagnostics& diags);

// Renders a context through a template (checked against its schema); false after reporting.
bool compose_with(const std::string& templates_dir, const std::string& file,
                  const compose::Schema& schema, const compose::Value& ctx, std::string& md,
                  Diagnostics& diags);

}  // namespace docpipe::cli
