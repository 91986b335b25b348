#include "compose/value.h"

namespace docpipe::compose {

Value& Value::set(const std::string& name, Value v) {
  kind = Kind::object;
  for (auto& f : fields) {
    if (f.first == name) {
      f.second = std::move(v);
      return *this;
    }
  }
  fields.emplace_back(name, std::move(v));
  return *this;
}

const Value* Value::get(const std::string& name) const {
  for (const auto& f : fields)
    if (f.first == name) return &f.second;
  return nullptr;
}

Value text_list(const std::vector<std::string>& items) {
  List l;
  for (const auto& s : items) l.emplace_back(s);
  return Value(std::move(l));
}

Value mark_first_last(List items) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != Value::Kind::object) continue;
    items[i].set("first", i == 0);
    items[i].set("last", i + 1 == items.size());
  }
  return Value(std::move(items));
}

namespace {
void collect(const Value& v, const std::string& prefix, std::set<std::string>& out) {
  if (v.kind == Value::Kind::object) {
    for (const auto& f : v.fields) {
      std::string path = prefix.empty() ? f.first : prefix + "." + f.first;
      out.insert(path);
      collect(f.second, path, out);
    }
  } else if (v.kind == Value::Kind::list) {
    for (const auto& item : v.list) collect(item, prefix, out);
  }
}
}  // namespace

std::set<std::string> field_paths(const Value& v) {
  std::set<std::string> out;
  collect(v, "", out);
  return out;
}

}  // namespace docpipe::compose
