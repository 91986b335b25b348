#include "core/yaml_screen.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>
#include <vector>

#include "core/limits.h"

namespace docpipe {
namespace {

enum class Problem { none, deep, big, long_scalar };

// Counts the nodes the document would have with every alias expanded, without expanding
// anything: an anchor remembers the expanded size of its subtree and an alias adds that
// size (saturating). Throws at the first problem, before yaml-cpp's recursion goes deeper.
class Counter : public YAML::EventHandler {
 public:
  Counter(const YamlScreen& s, size_t max_scalar) : s_(s), max_scalar_(max_scalar) {}
  Problem problem = Problem::none;
  YAML::Mark where;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t a) override { leaf(m, a, 0); }
  void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t a,
                const std::string& value) override {
    leaf(m, a, value.size());
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t a) override { add(m, anchors_[a]); }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t a,
                       YAML::EmitterStyle::value) override {
    open(m, a);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t a,
                  YAML::EmitterStyle::value) override {
    open(m, a);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YAML::anchor_t anchor;
    size_t size;
  };
  static size_t sat_add(size_t a, size_t b) { return a + b < a ? SIZE_MAX : a + b; }
  [[noreturn]] void stop(Problem p, const YAML::Mark& m) {
    problem = p;
    where = m;
    throw p;
  }
  void add(const YAML::Mark& m, size_t n) {
    stack_.back().size = sat_add(stack_.back().size, n);
    total_ = sat_add(total_, n);
    if (total_ > s_.max_expanded_nodes) stop(Problem::big, m);
  }
  void leaf(const YAML::Mark& m, YAML::anchor_t a, size_t bytes) {
    if (bytes > max_scalar_) stop(Problem::long_scalar, m);
    if (a) anchors_[a] = 1;
    add(m, 1);
  }
  void open(const YAML::Mark& m, YAML::anchor_t a) {
    stack_.push_back({a, 1});
    if (stack_.size() > s_.max_depth) stop(Problem::deep, m);
  }
  void close() {
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.anchor) anchors_[f.anchor] = f.size;
    // The frame's own nodes were counted in total_ as they came; only fold its size into
    // the parent for anchors that may repeat it later.
    stack_.back().size = sat_add(stack_.back().size, f.size);
  }
  const YamlScreen& s_;
  size_t max_scalar_;
  size_t total_ = 0;
  std::vector<Frame> stack_{{0, 0}};
  std::map<YAML::anchor_t, size_t> anchors_;
};

}  // namespace

YamlProblem find_yaml_problem(const std::string& text, const YamlScreen& limits) {
  using Kind = YamlProblem::Kind;
  YamlProblem p;
  Counter counter(limits, limits::max_field_bytes());
  std::istringstream in(text);
  try {
    // One document, then a look for a second. Not a loop: yaml-cpp 0.7 reports endless
    // empty documents after some malformed input (",n]").
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(counter)) {
      Counter rest(limits, limits::max_field_bytes());
      if (parser.HandleNextDocument(rest)) {
        p.kind = Kind::second_document;
        p.message = "the file holds more than one YAML document, or text after the end of one";
        p.hint = "keep one document: remove lines '---' and stray brackets or commas";
      }
    }
    return p;
  } catch (Problem) {
  } catch (const YAML::Exception&) {
    return p;  // the real parse reports it, with its own message
  }
  p.line = counter.where.line;
  p.column = counter.where.column;
  switch (counter.problem) {
    case Problem::deep:
      p.kind = Kind::deep;
      p.message = "nesting deeper than " + std::to_string(limits.max_depth) + " levels; refused";
      p.hint = "configuration needs a few levels; is this the right file?";
      break;
    case Problem::big:
      p.kind = Kind::big;
      p.message = "aliases here would expand to more than " +
                  std::to_string(limits.max_expanded_nodes) + " nodes; refused";
      p.hint = "write the values out instead of nesting anchors and aliases";
      break;
    default:
      p.kind = Kind::long_scalar;
      p.message = "a value with " + limits::describe(limits::field_bytes) + "; refused";
      p.hint = "is this the right text? raise the limit only for a reason";
      break;
  }
  return p;
}

bool screen_yaml(const std::string& text, const std::string& file, int first_line,
                 Diagnostics& diags, const YamlScreen& limits) {
  YamlProblem p = find_yaml_problem(text, limits);
  if (p.kind == YamlProblem::Kind::none) return true;
  Location at{file, first_line + p.line, p.column + 1, ""};
  if (p.kind == YamlProblem::Kind::second_document) at = {file};
  diags.error(at, p.message, p.hint);
  return false;
}

}  // namespace docpipe
