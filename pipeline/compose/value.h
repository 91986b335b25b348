// The data a template sees: text, yes/no flags, lists and objects, built by a composer
// and handed to Mustache. An empty text counts as absent, so `{{#x}}…{{/x}}` shows its
// content only when x has something to say (e.g. a 同比 phrase that was left out).
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace docpipe::compose {

struct Value;
using List = std::vector<Value>;
using Fields = std::vector<std::pair<std::string, Value>>;

struct Value {
  enum class Kind { text, flag, list, object };
  Kind kind = Kind::object;
  std::string text;
  bool flag = false;
  List list;
  Fields fields;

  Value() = default;
  Value(std::string t) : kind(Kind::text), text(std::move(t)) {}
  Value(const char* t) : kind(Kind::text), text(t) {}
  Value(bool b) : kind(Kind::flag), flag(b) {}
  Value(int n) : kind(Kind::text), text(std::to_string(n)) {}
  Value(List l) : kind(Kind::list), list(std::move(l)) {}
  Value(Fields f) : kind(Kind::object), fields(std::move(f)) {}

  // Objects: adds or replaces a field; returns *this for chaining.
  Value& set(const std::string& name, Value v);
  const Value* get(const std::string& name) const;
};

// A list of texts: {{#cc}}{{.}}{{/cc}}
Value text_list(const std::vector<std::string>& items);
// Each list item of objects gets `first` / `last` flags, for separators in templates:
// {{#items}}{{name}}{{^last}}、{{/last}}{{/items}}
Value mark_first_last(List items);

// Every field path the value holds: "title", "units", "units.name" (list items' fields are
// named through the list). The same notation as a kind's schema (see schema.h).
std::set<std::string> field_paths(const Value& v);

}  // namespace docpipe::compose
