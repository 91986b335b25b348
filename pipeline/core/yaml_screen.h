// Screening YAML text before yaml-cpp builds a tree from it: nesting depth (yaml-cpp's parser
// recurses once per level, so `[[[[…` thousands deep overflows the stack), the number of
// nodes the document would have with every alias expanded (a billion-laughs bomb is a few
// hundred bytes), the length of each scalar (limits::field_bytes), and that the text is one
// document. Used by the front matter, the font map and the data folder's YamlFile.
#pragma once
#include <cstddef>
#include <string>

#include "core/diagnostics.h"

namespace YAML {
class Node;
}

namespace docpipe {

struct YamlScreen {
  size_t max_depth = 64;
  size_t max_expanded_nodes = 200000;
};

// The first problem found, positioned (0-based line, column in bytes) so each caller can
// report it its own way; kind none also when the text has a syntax error, which the real
// parse reports with yaml-cpp's own message.
struct YamlProblem {
  enum class Kind { none, deep, big, long_scalar, second_document };
  Kind kind = Kind::none;
  int line = 0, column = 0;
  std::string message, hint;
};
YamlProblem find_yaml_problem(const std::string& text, const YamlScreen& limits = YamlScreen());

// True if `text` may be handed to YAML::Load. Otherwise reports one error at
// file:(first_line + line):col and returns false. Syntax errors are left to the real parse.
bool screen_yaml(const std::string& text, const std::string& file, int first_line,
                 Diagnostics& diags, const YamlScreen& limits = YamlScreen());

// After YAML::Load: one error per key that appears twice in a mapping, naming both lines
// (file:(first_line + line):col). True if there is none. (yaml_duplicates.cpp)
bool check_duplicate_keys(const YAML::Node& root, const std::string& file, int first_line,
                          Diagnostics& diags);

}  // namespace docpipe
