// Outputs decided before anything is rendered (issue 17, class 5): a batch whose inputs
// would share an output name, or whose outputs would land on an input, a folder, a device
// or a symlink out of the output folder, is refused while nothing is written yet; a batch
// that fails after writing some files says which (exit 4, README).
#pragma once
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::cli {

// outputs[i] is where inputs[i] goes. Notes every input (no output may replace one, see
// core/output_guard.h), checks every output path and refuses two inputs with one output.
bool plan_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs,
                  Diagnostics& diags);

// After a batch: if some outputs were written and others failed, one error listing both
// and exit_partial; otherwise `code` unchanged.
int report_partial(const std::vector<std::string>& written, const std::vector<std::string>& failed,
                   int code, Diagnostics& diags);

}  // namespace docpipe::cli
