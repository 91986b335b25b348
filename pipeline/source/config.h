// The YAML files of a data folder, one loader each. A loader reports every problem it finds
// in its own file (syntax, unknown keys, wrong types, duplicates) and fills what it could;
// checks across files (does quota's unit exist?) live in validate.cpp.
//
//   office.yaml          who issues the documents
//   indicators.yaml      the indicator catalogue
//   channels.yaml        adopting channels, their points, points per 批示
//   quotas.yaml          monthly quotas: default + per unit
//   comments.yaml        leaders' comments on monthly circulars
//   distribution.yaml    主送/抄送/报/送/发 per document kind
//   narrative/KIND-YEAR.yaml   prose per document kind and year
//   briefs/series.yaml   the brief series; briefs/YEAR-NN/issue.yaml + Markdown articles
#pragma once
#include <string>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

// Document kinds that have narrative and distribution lists.
extern const std::vector<std::string> document_kinds;  // work_report annual_report circular brief

void load_office(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_indicators(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_channels(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_quotas(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_comments(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_distribution(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_narratives(const std::string& dir, DataSet& ds, Diagnostics& diags);
void load_briefs(const std::string& dir, DataSet& ds, Diagnostics& diags);

// "data" + "quotas.yaml" → "data/quotas.yaml" (as the user would type it in messages).
std::string data_file(const std::string& dir, const std::string& name);

}  // namespace docpipe::source
