// render_template: Mustache renders every value wrapped in two sentinel characters; a pass
// over the result then escapes each value for the context it landed in (front matter,
// ```chart block, Markdown text), which is only known once the surrounding text exists.
#include <mustache.hpp>
#include <regex>
#include <sstream>
#include <vector>

#include "compose/escape.h"
#include "compose/template.h"
#include "compose/template_guard.h"

namespace docpipe::compose {
namespace {

namespace mu = kainjow::mustache;
constexpr char open_mark = '\x1e', close_mark = '\x1f';

mu::data to_mustache(const Value& v) {
  switch (v.kind) {
    case Value::Kind::text:
      return v.text.empty() ? mu::data(false) : mu::data(v.text);
    case Value::Kind::flag:
      return mu::data(v.flag);
    case Value::Kind::list: {
      mu::data l(mu::data::type::list);
      for (const auto& item : v.list) l.push_back(to_mustache(item));
      return l;
    }
    case Value::Kind::object:
      break;
  }
  mu::data o(mu::data::type::object);
  for (const auto& f : v.fields) o.set(f.first, to_mustache(f.second));
  return o;
}

int line_of_offset(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// "Unclosed section \"x\" at 123" -> line of byte 123.
Location kainjow_location(const std::string& message, const std::string& text,
                          const std::string& name) {
  std::smatch m;
  static const std::regex at_offset(" at ([0-9]+)$");
  if (std::regex_search(message, m, at_offset))
    return {name, line_of_offset(text, std::stoul(m[1])), 0, ""};
  return {name, 0, 0, ""};
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in(s);
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// Replaces each marked value in `line` by escape(value); literal text passes through `lit`.
template <class Esc, class Lit>
std::string replace_marked(const std::string& line, Esc escape, Lit lit) {
  std::string out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t a = line.find(open_mark, pos);
    if (a == std::string::npos) a = line.size();
    out += lit(line.substr(pos, a - pos));
    if (a == line.size()) break;
    size_t b = line.find(close_mark, a);
    out += escape(line.substr(a + 1, b - a - 1));
    pos = b + 1;
  }
  return out;
}

bool has_mark(const std::string& line) {
  return line.find(open_mark) != std::string::npos;
}

// A front-matter line holding a value: `key: …` or `- …`. Unquoted values become one
// double-quoted scalar; in an already quoted one only the values are escaped.
bool front_matter_line(std::string& line, const Location& at, Diagnostics& diags) {
  if (!has_mark(line)) return true;
  static const std::regex head("^(\\s*(?:- )?[A-Za-z_][A-Za-z0-9_]*:[ \\t]+|\\s*- )(.*)$");
  std::smatch m;
  if (!std::regex_match(line, m, head)) {
    diags.error(at, "a value in the front matter must follow `key: ` or `- `",
                "write e.g. `title: {{title}}`");
    return false;
  }
  std::string prefix = m[1], rest = m[2];
  auto same = [](const std::string& s) { return s; };
  if (!rest.empty() && rest[0] == '"') {
    line = prefix + replace_marked(rest, yaml_escape, same);
  } else {
    size_t end = rest.find_last_not_of(" \t");
    rest = rest.substr(0, end == std::string::npos ? 0 : end + 1);
    line = prefix + "\"" + replace_marked(rest, yaml_escape, yaml_escape) + "\"";
  }
  return true;
}

// The opening/closing fence of a code block: up to three spaces, then ``` or ~~~.
bool is_fence(const std::string& line, std::string& info) {
  size_t i = line.find_first_not_of(' ');
  if (i == std::string::npos || i > 3) return false;
  if (line.compare(i, 3, "```") != 0 && line.compare(i, 3, "~~~") != 0) return false;
  size_t j = line.find_first_not_of(line[i], i);
  info = j == std::string::npos ? "" : line.substr(j);
  return true;
}

// Blank lines left behind by section tags: none inside the front matter, one after it, at
// most one in a row in the body (outside fences); Markdown reads them all the same.
std::string tidy_blank_lines(const std::vector<std::string>& lines) {
  size_t front_end = 0;
  if (!lines.empty() && lines[0] == "---")
    for (size_t i = 1; i < lines.size() && !front_end; ++i)
      if (lines[i] == "---") front_end = i;
  std::string out;
  bool fence = false, prev_blank = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    bool blank = l.find_first_not_of(" \t") == std::string::npos;
    std::string info;
    if (front_end && i <= front_end) {
      if (!blank) out += l + "\n";
      if (i == front_end) out += "\n";
      continue;
    }
    if (is_fence(l, info)) fence = !fence;
    if (blank && prev_blank && !fence) continue;
    out += l + "\n";
    prev_blank = blank;
  }
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0) out.pop_back();
  return out;
}

bool escape_in_place(std::string& rendered, const std::string& name, Diagnostics& diags) {
  auto lines = split_lines(rendered);
  enum { before, front, body } state = before;
  bool in_chart = false, in_fence = false, ok = true;
  auto same = [](const std::string& s) { return s; };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string& l = lines[i];
    std::string info;
    if (state == before) {
      state = body;
      if (l == "---") {
        state = front;
        continue;
      }
    }
    if (state == front) {
      if (l == "---")
        state = body;
      else
        ok &= front_matter_line(l, {name, 0, 0, "rendered line " + std::to_string(i + 1)}, diags);
    } else if (is_fence(l, info)) {
      in_fence = !in_fence;
      in_chart = in_fence && info.rfind("chart", 0) == 0;
    } else if (has_mark(l)) {
      l = in_chart ? replace_marked(l, chart_escape, same)
                   : replace_marked(l, markdown_escape, same);
    }
  }
  rendered = tidy_blank_lines(lines);
  return ok;
}

}  // namespace

bool render_template(const std::string& text, const std::string& name, const Value& ctx,
                     std::string& out, Diagnostics& diags) {
  std::string clean = text;
  clean.erase(std::remove(clean.begin(), clean.end(), open_mark), clean.end());
  clean.erase(std::remove(clean.begin(), clean.end(), close_mark), clean.end());
  if (!guard_template(clean, name, diags)) return false;  // partials, depth (template_guard.h)
  mu::mustache tmpl(clean);
  if (!tmpl.is_valid()) {
    diags.error(kainjow_location(tmpl.error_message(), clean, name),
                "template error: " + tmpl.error_message());
    return false;
  }
  tmpl.set_custom_escape([](const std::string& v) {
    return std::string(1, open_mark) + clean_value(v) + std::string(1, close_mark);
  });
  out = tmpl.render(to_mustache(ctx));
  if (!tmpl.is_valid()) {
    diags.error({name, 0, 0, ""}, "template error: " + tmpl.error_message());
    return false;
  }
  return escape_in_place(out, name, diags);
}

}  // namespace docpipe::compose
