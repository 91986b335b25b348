// check_template_text: our own scan of the tags, so every problem names template:line.
#include <algorithm>
#include <regex>
#include <sstream>
#include <vector>

#include "compose/template.h"

namespace docpipe::compose {
namespace {

struct Tag {
  char kind = ' ';  // ' ' variable, # ^ / ! > & = {
  std::string name;
  int line = 0;
};

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

bool scan(const std::string& text, const std::string& file, std::vector<Tag>& tags,
          Diagnostics& diags) {
  size_t pos = 0;
  int line = 1;
  size_t counted = 0;
  while ((pos = text.find("{{", pos)) != std::string::npos) {
    line += static_cast<int>(std::count(text.begin() + counted, text.begin() + pos, '\n'));
    counted = pos;
    bool triple = text.compare(pos, 3, "{{{") == 0;
    size_t end = text.find(triple ? "}}}" : "}}", pos + 2);
    if (end == std::string::npos) {
      diags.error({file, line, 0, ""}, "Mustache tag opened with {{ is never closed",
                  "close it with }}");
      return false;
    }
    std::string inner = trim(text.substr(pos + (triple ? 3 : 2), end - pos - (triple ? 3 : 2)));
    Tag t;
    t.line = line;
    if (triple) {
      t.kind = '{';
      t.name = inner;
    } else if (!inner.empty() && std::string("#^/!>&=").find(inner[0]) != std::string::npos) {
      t.kind = inner[0];
      t.name = trim(inner.substr(1));
    } else {
      t.name = inner;
    }
    tags.push_back(t);
    pos = end + (triple ? 3 : 2);
  }
  return true;
}

std::string suggest(const std::string& name, const Schema& schema) {
  std::string best;
  size_t best_score = 0;
  for (const auto& f : schema.fields) {
    std::string leaf = f.substr(f.rfind('.') + 1);
    size_t common = 0;
    while (common < leaf.size() && common < name.size() && leaf[common] == name[common]) ++common;
    if (common > best_score) best_score = common, best = leaf;
  }
  return best_score >= 3 ? "did you mean '" + best + "'?" : "";
}

// Mustache looks a name up in the innermost section's item first, then outwards.
bool resolve(const std::string& name, const std::vector<std::string>& scopes, const Schema& schema,
             std::string& path) {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
    if (it->empty()) continue;
    if (schema.fields.count(*it + "." + name)) {
      path = *it + "." + name;
      return true;
    }
  }
  if (schema.fields.count(name)) {
    path = name;
    return true;
  }
  return false;
}

struct Open {
  std::string name;
  int line;
};

void check_tag(const Tag& t, const std::string& file, const Schema& schema,
               std::vector<std::string>& scopes, std::vector<Open>& open, Diagnostics& diags) {
  Location at{file, t.line, 0, ""};
  switch (t.kind) {
    case '!':
      return;
    case '{':
    case '&':
      diags.error(at, "{{{" + t.name + "}}} would insert '" + t.name + "' without escaping",
                  "write {{" + t.name + "}}; values are escaped for where they land");
      return;
    case '>':
      diags.error(at, "partials ({{> " + t.name + "}}) are not supported");
      return;
    case '=':
      diags.error(at, "changing Mustache delimiters is not supported");
      return;
    case '/':
      if (open.empty() || open.back().name != t.name) {
        std::string expected = open.empty() ? "no open section" : "{{/" + open.back().name + "}}";
        diags.error(at, "{{/" + t.name + "}} closes a section that is not open here",
                    "expected " + expected);
        return;
      }
      open.pop_back();
      scopes.pop_back();
      return;
    default:
      break;
  }
  std::string path;
  bool known = t.name == "." ? !open.empty() : resolve(t.name, scopes, schema, path);
  if (!known)
    diags.error(at,
                "template uses field '" + t.name + "' that the " + schema.kind +
                    " composer does not provide",
                suggest(t.name, schema));
  if (t.kind == '#' || t.kind == '^') {
    open.push_back({t.name, t.line});
    scopes.push_back(t.kind == '#' ? path : "");  // inverted sections push no item
  }
}

// In the front matter a value tag must sit where a YAML value goes (`key: …` or `- …`);
// lines holding only section tags are fine.
void check_front_matter(const std::string& text, const std::string& file, Diagnostics& diags) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != "---") return;
  static const std::regex value_line(
      "^\\s*(?:- )?[A-Za-z_][A-Za-z0-9_]*:[ \\t]+\\S.*$|^\\s*- \\S.*$");
  static const std::regex variable("\\{\\{\\s*[^#^/!\\s]");
  for (int n = 2; std::getline(in, line); ++n) {
    if (line == "---") return;
    std::string without_sections =
        std::regex_replace(line, std::regex("\\{\\{\\s*[#^/!][^}]*\\}\\}"), "");
    if (!std::regex_search(without_sections, variable)) continue;
    if (!std::regex_match(without_sections, value_line))
      diags.error({file, n, 0, ""},
                  "a field in the front matter must be a value: `key: {{x}}` or `- {{x}}`",
                  "YAML keys are fixed words; only values come from data");
  }
}

}  // namespace

bool check_template_text(const std::string& text, const std::string& name, const Schema& schema,
                         Diagnostics& diags) {
  // Every problem of the template is reported in one run, each at its template line.
  return succeeds(diags, [&](Diagnostics& d) {
    std::vector<Tag> tags;
    scan(text, name, tags, d);
    std::vector<std::string> scopes;
    std::vector<Open> open;
    for (const auto& t : tags) check_tag(t, name, schema, scopes, open, d);
    check_front_matter(text, name, d);
    for (const auto& o : open)
      d.error({name, o.line, 0, ""}, "section {{#" + o.name + "}} is never closed",
              "add {{/" + o.name + "}}");
  });
}

}  // namespace docpipe::compose
