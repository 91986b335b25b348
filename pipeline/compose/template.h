// Rendering a document template (Markdown with YAML front matter, Mustache tags) and
// checking it against the fields a composer provides.
//
// Every {{x}} value is escaped for where it lands in the rendered text: inside the front
// matter it becomes (part of) a double-quoted YAML scalar, inside a ```chart block a chart
// label, anywhere else Markdown text. {{{x}}}, {{&x}}, partials and delimiter changes are
// refused: data never reaches the document unescaped.
#pragma once
#include <set>
#include <string>

#include "compose/value.h"
#include "core/diagnostics.h"

namespace docpipe::compose {

// The fields one composer provides, as paths: "title", "units", "units.name".
struct Schema {
  std::string kind;  // for messages: "circular"
  std::set<std::string> fields;
};

// Reports, at name:line, malformed tags, unbalanced sections, tags that would bypass
// escaping, and every field the schema does not provide. True if nothing was reported.
bool check_template_text(const std::string& text, const std::string& name, const Schema& schema,
                         Diagnostics& diags);

// Renders `text` with `ctx`. Errors (Mustache syntax, front-matter misuse) are reported at
// name:line and give false; `out` then holds nothing useful.
bool render_template(const std::string& text, const std::string& name, const Value& ctx,
                     std::string& out, Diagnostics& diags);

}  // namespace docpipe::compose
