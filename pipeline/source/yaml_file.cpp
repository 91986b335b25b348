#include "source/yaml_file.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "core/atomic_file.h"
#include "core/input_file.h"
#include "core/limits.h"
#include "core/spelling.h"
#include "core/yaml_screen.h"
#include "source/text_forms.h"

namespace docpipe::source {

// yaml-cpp counts columns in bytes; an editor counts characters, and 门户网站 is 12 bytes.
Location YamlFile::locate(const YAML::Mark& m) const {
  if (m.is_null() || m.line < 0) return {path_};
  size_t start = 0;
  for (int line = 0; line < m.line && start != std::string::npos; ++line) {
    start = text_.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  int column = m.column + 1;
  if (start != std::string::npos && start + m.column <= text_.size())
    column = static_cast<int>(utf8_length(text_.substr(start, m.column))) + 1;
  return {path_, m.line + 1, column};
}

YamlFile::YamlFile(std::string path, Diagnostics& diags, bool required)
    : path_(std::move(path)), diags_(diags) {
  std::error_code ec;
  exists_ = std::filesystem::exists(path_, ec);
  if (!exists_) {
    if (required)
      diags_.error({path_}, "file is missing", "`docpipe init DIR` writes a complete example");
    return;
  }
  std::string bytes;
  if (!read_input(path_, bytes, diags_, std::min(yaml_max_bytes, limits::max_input_bytes())))
    return;
  text_ = bytes;
  if (!screen(bytes)) return;
  try {
    root_ = YAML::Load(bytes);
    ok_ = check_duplicate_keys(root_, path_, 1, diags_);  // `a: 1` twice names both lines
  } catch (const YAML::Exception& e) {
    diags_.error(locate(e.mark), "YAML syntax: " + e.msg,
                 "check the indentation and quoting on this line");
  }
}

bool YamlFile::screen(const std::string& bytes) {
  if (bytes.size() > yaml_max_bytes) {
    diags_.error({path_}, "file is larger than " + std::to_string(yaml_max_bytes >> 20) + " MiB",
                 "configuration files are small; is this the right file?");
    return false;
  }
  if (!is_valid_utf8(bytes) || bytes.find('\0') != std::string::npos) {
    diags_.error({path_}, "file is not UTF-8 text", "save it as UTF-8");
    return false;
  }
  YamlProblem p = find_yaml_problem(bytes, {yaml_max_depth, yaml_max_expanded_nodes});
  if (p.kind == YamlProblem::Kind::none) return true;
  YAML::Mark where;
  where.line = p.line;
  where.column = p.column;
  diags_.error(p.kind == YamlProblem::Kind::second_document ? Location{path_} : locate(where),
               p.message, p.hint);
  return false;
}

Location YamlFile::at(const YAML::Node& node) const {
  // A missing key (`map["month"]` when there is none) is an invalid node whose Mark()
  // throws YAML::InvalidNode; the message then points at the file (found by fuzz_yaml).
  if (!node.IsDefined()) return {path_};
  return locate(node.Mark());
}

void YamlFile::error(const YAML::Node& node, std::string message, std::string hint) {
  diags_.error(at(node), std::move(message), std::move(hint));
}

bool YamlFile::check_map(const YAML::Node& node, const std::vector<std::string>& allowed,
                         const std::vector<std::string>& required, const std::string& what) {
  if (!node.IsMap()) {
    error(
        node, what + " should be a mapping of key: value lines", "expected keys: " + [&] {
          std::string s;
          for (const auto& k : allowed) s += (s.empty() ? "" : ", ") + k;
          return s;
        }());
    return false;
  }
  std::map<std::string, int> seen;  // key → line; yaml-cpp keeps duplicates silently
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string key = it->first.IsScalar() ? it->first.Scalar() : "?";
    // A second `key:` was reported, with both lines, when the file was read
    // (core/yaml_duplicates.h covers every mapping, not only the checked ones).
    if (!seen.emplace(key, at(it->first).line).second) continue;
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    Location where = at(it->first);
    std::string msg = "unknown key '" + key + "' at " + where.file + ":" +
                      std::to_string(where.line) + ":" + std::to_string(where.column);
    std::string suggestion = did_you_mean(key, allowed);
    diags_.error(
        where, msg + suggestion, "allowed keys: " + [&] {
          std::string s;
          for (const auto& k : allowed) s += (s.empty() ? "" : ", ") + k;
          return s;
        }());
  }
  for (const auto& key : required)
    if (!node[key]) error(node, what + " lacks the key '" + key + "'", "add `" + key + ": ...`");
  return true;
}

std::string YamlFile::text(const YAML::Node& map, const std::string& key) {
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return {};
  if (!n.IsScalar()) {
    error(n, "'" + key + "' should be a single text value");
    return {};
  }
  return n.Scalar();
}

std::optional<int> YamlFile::integer(const YAML::Node& map, const std::string& key, int min,
                                     int max) {
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return std::nullopt;
  std::optional<int> v = n.IsScalar() ? parse_count(n.Scalar()) : std::nullopt;
  if (!v || *v < min || *v > max) {
    error(n, "'" + key + "' should be a whole number from " + std::to_string(min) + " to " +
                 std::to_string(max) + (n.IsScalar() ? ", not '" + n.Scalar() + "'" : ""));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> YamlFile::boolean(const YAML::Node& map, const std::string& key) {
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return std::nullopt;
  if (n.IsScalar() && (n.Scalar() == "true" || n.Scalar() == "false")) return n.Scalar() == "true";
  error(n, "'" + key + "' should be true or false");
  return std::nullopt;
}

std::optional<Date> YamlFile::date(const YAML::Node& map, const std::string& key) {
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return std::nullopt;
  DateProblem problem = DateProblem::format;
  std::optional<Date> d = n.IsScalar() ? parse_date(n.Scalar(), &problem) : std::nullopt;
  if (!d && problem == DateProblem::out_of_range)
    error(n, "'" + key + "' " + date_complaint(problem), date_hint(problem));
  else if (!d)
    error(n, "'" + key + "' should be a real date written YYYY-MM-DD");
  return d;
}

std::vector<std::string> YamlFile::text_list(const YAML::Node& map, const std::string& key) {
  std::vector<std::string> out;
  for (const YAML::Node& n : sequence(map, key)) {
    if (n.IsScalar())
      out.push_back(n.Scalar());
    else
      error(n, "each entry of '" + key + "' should be one line of text");
  }
  return out;
}

std::vector<YAML::Node> YamlFile::sequence(const YAML::Node& map, const std::string& key) {
  std::vector<YAML::Node> out;
  YAML::Node n = map[key];
  if (!n || n.IsNull()) return out;
  if (!n.IsSequence()) {
    error(n, "'" + key + "' should be a list (lines starting with '- ')");
    return out;
  }
  for (const YAML::Node& item : n) out.push_back(item);
  return out;
}

}  // namespace docpipe::source
