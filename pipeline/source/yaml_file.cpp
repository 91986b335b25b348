#include "source/yaml_file.h"

#include <yaml-cpp/eventhandler.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "core/atomic_file.h"
#include "core/spelling.h"
#include "core/yaml_screen.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

// Counts the nodes a document would have with every alias expanded, without expanding
// anything: each anchor remembers the expanded size of its subtree, and an alias adds
// that size. Sizes saturate, so a billion-laughs file is measured in microseconds.
struct StopScreening {};

class ExpansionCounter : public YAML::EventHandler {
 public:
  bool too_deep = false;
  YAML::Mark deep_at;
  size_t total() const { return stack_.front().size; }
  YAML::Mark first_big_alias;
  bool too_big = false;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(anchors_[anchor]);
    if (!too_big && total_so_far() > yaml_max_expanded_nodes) {
      too_big = true;
      first_big_alias = mark;
    }
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(anchor, mark);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(anchor, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YAML::anchor_t anchor;
    size_t size;
  };
  static size_t sat_add(size_t a, size_t b) { return a + b < a ? SIZE_MAX : a + b; }
  void add(size_t n) { stack_.back().size = sat_add(stack_.back().size, n); }
  size_t total_so_far() const {
    size_t t = 0;
    for (const auto& f : stack_) t = sat_add(t, f.size);
    return t;
  }
  void leaf(YAML::anchor_t anchor) {
    if (anchor) anchors_[anchor] = 1;
    add(1);
  }
  void open(YAML::anchor_t anchor, const YAML::Mark& mark) {
    stack_.push_back({anchor, 1});
    if (stack_.size() > yaml_max_depth) {
      too_deep = true;
      deep_at = mark;
      throw StopScreening{};  // before yaml-cpp's own recursion gets deep
    }
  }
  void close() {
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.anchor) anchors_[f.anchor] = f.size;
    add(f.size);
  }
  std::vector<Frame> stack_{{0, 0}};
  std::map<YAML::anchor_t, size_t> anchors_;
};

}  // namespace

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
  if (!read_file(path_, bytes, diags_)) return;
  text_ = bytes;
  if (!screen(bytes)) return;
  try {
    root_ = YAML::Load(bytes);
    ok_ = true;
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
  ExpansionCounter counter;
  std::istringstream in(bytes);
  bool second_document = false;
  try {
    // One document per file. Not a loop: yaml-cpp 0.7 reports endless empty documents
    // after some malformed input (",n]"), so a loop here would never end.
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(counter) && !counter.too_big) {
      ExpansionCounter rest;
      second_document = parser.HandleNextDocument(rest);
    }
  } catch (const StopScreening&) {
    diags_.error(locate(counter.deep_at),
                 "nesting deeper than " + std::to_string(yaml_max_depth) + " levels; refused",
                 "configuration needs a few levels; is this the right file?");
    return false;
  } catch (const YAML::Exception& e) {
    diags_.error(locate(e.mark), "YAML syntax: " + e.msg,
                 "check the indentation and quoting on this line");
    return false;
  }
  if (second_document) {
    diags_.error({path_},
                 "the file holds more than one YAML document, or text after the end of one",
                 "keep one document: remove lines '---' and stray brackets or commas");
    return false;
  }
  if (counter.too_big) {
    diags_.error(locate(counter.first_big_alias),
                 "aliases here would expand to more than " +
                     std::to_string(yaml_max_expanded_nodes) + " nodes; refused",
                 "write the values out instead of nesting anchors and aliases");
    return false;
  }
  // One scalar longer than limits::field_bytes (the shared screen also checks it).
  return screen_yaml(bytes, path_, 1, diags_);
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
    auto [first, fresh] = seen.emplace(key, at(it->first).line);
    if (!fresh) {
      error(it->first,
            "key '" + key + "' appears twice (first on line " + std::to_string(first->second) + ")",
            "keep one of them");
      continue;
    }
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
  std::optional<Date> d = n.IsScalar() ? parse_date(n.Scalar()) : std::nullopt;
  if (!d) error(n, "'" + key + "' should be a real date written YYYY-MM-DD");
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
