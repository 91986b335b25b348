// Resource limits: how big one input may be before docpipe refuses it with a message instead
// of running out of memory, stack or time. Each limit has a default far above real
// documents and can be changed for one run through an environment variable:
//
//   DOCPIPE_MAX_PAGES           pages in one document (layout)                 2000
//   DOCPIPE_MAX_FIELD_BYTES     one CSV field or YAML scalar (source, markup)  1048576
//   DOCPIPE_MAX_TEMPLATE_DEPTH  nested Mustache sections in a template         16
//
// A value that is not a whole number from 1 up is reported by check_limit_settings() and
// the default is used.
#pragma once
#include <cstddef>
#include <string>

#include "core/diagnostics.h"

namespace docpipe::limits {

struct Limit {
  const char* env;   // the variable that overrides it
  size_t fallback;   // the default
  const char* what;  // for messages: "pages in one document"
};

extern const Limit pages, field_bytes, template_depth;

// The value in force: the variable if set to a valid number, else the default.
size_t value(const Limit& limit);
inline size_t max_pages() {
  return value(pages);
}
inline size_t max_field_bytes() {
  return value(field_bytes);
}
inline size_t max_template_depth() {
  return value(template_depth);
}

// "more than the limit of 2000 pages in one document (DOCPIPE_MAX_PAGES)", for messages.
std::string describe(const Limit& limit);

// Reports each limit variable set to something other than a positive whole number.
void check_limit_settings(Diagnostics& diags);

}  // namespace docpipe::limits
