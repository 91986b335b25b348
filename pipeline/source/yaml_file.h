// Reading the data folder's YAML files with every mistake reported as file:line:col:
// syntax errors, unknown keys (with a did-you-mean), missing keys, values of the wrong
// type. Files are screened before yaml-cpp builds a tree: size, nesting and the size the
// document would have with every alias expanded, so an alias bomb is refused up front.
#pragma once
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "source/model.h"

namespace docpipe::source {

// Limits for one YAML file. Real configuration is far below all of them.
constexpr size_t yaml_max_bytes = 4 << 20;
constexpr size_t yaml_max_expanded_nodes = 200000;
constexpr size_t yaml_max_depth = 64;

class YamlFile {
 public:
  // Loads `path`. If the file is missing and `required`, reports it; ok() is false.
  YamlFile(std::string path, Diagnostics& diags, bool required = true);

  bool ok() const { return ok_; }
  bool exists() const { return exists_; }
  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  Location at(const YAML::Node& node) const;

  // Reports unknown keys (with a suggestion) and missing required keys; returns whether
  // `node` is a map at all, so callers go on reading the good keys and every problem in a
  // file is reported in one run. `what` names the thing ("indicator", "quota file").
  bool check_map(const YAML::Node& node, const std::vector<std::string>& allowed,
                 const std::vector<std::string>& required, const std::string& what);
  // Typed fields of a map. A missing optional field gives the fallback / nothing;
  // a present field of the wrong form is reported.
  std::string text(const YAML::Node& map, const std::string& key);
  std::optional<int> integer(const YAML::Node& map, const std::string& key, int min, int max);
  std::optional<bool> boolean(const YAML::Node& map, const std::string& key);
  std::optional<Date> date(const YAML::Node& map, const std::string& key);
  std::vector<std::string> text_list(const YAML::Node& map, const std::string& key);
  // A sequence under `key` (an absent key is an empty sequence); reports other shapes.
  std::vector<YAML::Node> sequence(const YAML::Node& map, const std::string& key);

  void error(const YAML::Node& node, std::string message, std::string hint = {});

 private:
  bool screen(const std::string& bytes);
  Location locate(const YAML::Mark& m) const;
  std::string path_;
  std::string text_;  // kept to turn yaml-cpp's byte columns into character columns
  Diagnostics& diags_;
  YAML::Node root_;
  bool ok_ = false;
  bool exists_ = false;
};

}  // namespace docpipe::source
