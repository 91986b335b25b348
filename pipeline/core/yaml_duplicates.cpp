// Duplicate mapping keys (issue 17, class 10). yaml-cpp keeps both pairs of `a: 1` / `a: 2`
// and a lookup quietly returns the first, so the second value a user typed is ignored.
// Walked with an explicit stack (no recursion, whatever the nesting the screen allowed).
#include <yaml-cpp/yaml.h>

#include <map>
#include <vector>

#include "core/yaml_screen.h"

namespace docpipe {

bool check_duplicate_keys(const YAML::Node& root, const std::string& file, int first_line,
                          Diagnostics& diags) {
  size_t errors = diags.error_count();
  std::vector<YAML::Node> stack{root};
  while (!stack.empty()) {
    YAML::Node n = stack.back();
    stack.pop_back();
    if (n.IsSequence()) {
      for (const auto& item : n) stack.push_back(item);
    } else if (n.IsMap()) {
      std::map<std::string, int> seen;  // key → 1-based line of its first occurrence
      for (const auto& kv : n) {
        stack.push_back(kv.second);
        if (!kv.first.IsScalar()) continue;
        int line = first_line + kv.first.Mark().line;
        auto [it, fresh] = seen.emplace(kv.first.Scalar(), line);
        if (!fresh)
          diags.error({file, line, kv.first.Mark().column + 1},
                      "key '" + kv.first.Scalar() + "' appears twice in one mapping (lines " +
                          std::to_string(it->second) + " and " + std::to_string(line) + ")",
                      "keep one of them; YAML would silently use only the first");
      }
    }
  }
  return diags.error_count() == errors;
}

}  // namespace docpipe
