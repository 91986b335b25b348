// Internal to the sample: the 考评 system and its entries, the 任务台账 and its progress.
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

namespace docpipe::source {

std::string sample_evaluation_yaml();                // data/evaluation.yaml
void store_sample_evaluation(SQLite::Database& db);  // inside the sample's transaction
std::string sample_tasks_yaml();                     // data/tasks.yaml
void store_sample_tasks(SQLite::Database& db);

}  // namespace docpipe::source
