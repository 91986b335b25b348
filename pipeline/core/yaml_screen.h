// Screening YAML text before yaml-cpp builds a tree from it: nesting depth (yaml-cpp's parser
// recurses once per level, so `[[[[…` thousands deep overflows the stack), the number of
// nodes the document would have with every alias expanded (a billion-laughs bomb is a few
// hundred bytes), and the length of each scalar (limits::field_bytes). Used by the front
// matter and the font map; the data folder's YamlFile has the same screen of its own.
#pragma once
#include <cstddef>
#include <string>

#include "core/diagnostics.h"

namespace docpipe {

struct YamlScreen {
  size_t max_depth = 64;
  size_t max_expanded_nodes = 200000;
};

// True if `text` may be handed to YAML::Load. Otherwise reports one error at
// file:(first_line + line):col and returns false. Syntax errors are left to the real parse.
bool screen_yaml(const std::string& text, const std::string& file, int first_line,
                 Diagnostics& diags, const YamlScreen& limits = YamlScreen());

}  // namespace docpipe
