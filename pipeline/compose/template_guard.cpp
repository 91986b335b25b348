#include "compose/template_guard.h"

#include <algorithm>

#include "core/limits.h"

namespace docpipe::compose {

bool guard_template(const std::string& text, const std::string& name, Diagnostics& diags) {
  const size_t max_depth = limits::max_template_depth();
  size_t depth = 0, pos = 0, counted = 0;
  int line = 1;
  while ((pos = text.find("{{", pos)) != std::string::npos) {
    line += static_cast<int>(std::count(text.begin() + counted, text.begin() + pos, '\n'));
    counted = pos;
    Location at{name, line, 0, ""};
    size_t i = text.find_first_not_of(" \t", pos + 2);
    char kind = i == std::string::npos ? ' ' : text[i];
    switch (kind) {
      case '>':
        diags.error(at, "partials ({{> …}}) are not supported",
                    "copy the text into the template; includes could recurse without end");
        return false;
      case '=':
        diags.error(at, "changing Mustache delimiters is not supported");
        return false;
      case '{':
      case '&':
        diags.error(at, "unescaped tags ({{{x}}}, {{&x}}) are not supported",
                    "write {{x}}; values are escaped for where they land");
        return false;
      case '#':
      case '^':
        if (++depth > max_depth) {
          diags.error(at, "sections nested " + limits::describe(limits::template_depth),
                      "a document template needs a few levels; flatten the sections");
          return false;
        }
        break;
      case '/':
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
    pos += 2;
  }
  return true;
}

}  // namespace docpipe::compose
