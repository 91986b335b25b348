#include "cli/output_plan.h"

#include <map>

#include "core/output_guard.h"

namespace docpipe::cli {
namespace {

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

bool plan_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs,
                  Diagnostics& diags) {
  for (const auto& in : inputs) note_input_file(in);
  size_t errors = diags.error_count();
  std::map<std::string, std::string> first_input;  // output → the input that claimed it
  for (size_t i = 0; i < outputs.size(); ++i) {
    auto [it, fresh] = first_input.emplace(outputs[i], inputs[i]);
    if (!fresh) {
      diags.error({inputs[i]},
                  "this input and " + it->second + " would both be written to " + outputs[i] +
                      "; nothing was written",
                  "rename one of them, or render them into different folders");
      continue;
    }
    check_output_target(outputs[i], diags);
  }
  return diags.error_count() == errors;
}

int report_partial(const std::vector<std::string>& written, const std::vector<std::string>& failed,
                   int code, Diagnostics& diags) {
  if (written.empty() || failed.empty()) return code;
  diags.error({},
              "partly written: " + std::to_string(written.size()) + " of " +
                  std::to_string(written.size() + failed.size()) + " files were written (" +
                  joined(written) + "); not written: " + joined(failed),
              "fix the problems above and run again for the files not written; exit code 4 "
              "means some outputs were written");
  return exit_partial;
}

}  // namespace docpipe::cli
