// The last check before a template text reaches kainjow/Mustache, made on every render
// whatever checked the template before: tags that would let text through unescaped or
// recurse without end are refused, and sections may nest only limits::template_depth deep.
//
// Why partials are refused here and not only in check_template_text: kainjow resolves
// {{>name}} from the *data* as well, compiling a text value as a template. A value holding
// `{{>name}}` would then include itself until the stack overflows, and anything a partial
// produces is never escaped.
#pragma once
#include <string>

#include "core/diagnostics.h"

namespace docpipe::compose {

// Reports partials ({{>x}}), delimiter changes ({{=<% %>=}}), unescaped tags ({{{x}}},
// {{&x}}) and sections nested deeper than the limit, at name:line. True if none.
bool guard_template(const std::string& text, const std::string& name, Diagnostics& diags);

}  // namespace docpipe::compose
