// Resource limits: how big one input may be before docpipe refuses it with a message instead
// of running out of memory, stack or time. Each limit has a default far above real
// documents; the cli may change it for one run from an environment variable
// (cli/environment.cpp) — core itself reads no environment:
//
//   DOCPIPE_MAX_PAGES           pages in one document (layout)                 2000
//   DOCPIPE_MAX_FIELD_BYTES     one CSV field or YAML scalar (source, markup)  1048576
//   DOCPIPE_MAX_TEMPLATE_DEPTH  nested Mustache sections in a template         16
#pragma once
#include <cstddef>
#include <string>

namespace docpipe::limits {

struct Limit {
  const char* env;   // the variable that overrides it, named in messages
  size_t fallback;   // the default
  const char* what;  // for messages: "pages in one document"
};

extern const Limit pages, field_bytes, template_depth;
extern const Limit* const all[3];

// The value in force: what set() gave it for this process, else the default.
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

// Sets the value for the rest of the process (0: back to the default). Called once by the cli
// at start, and by tests that need a small limit.
void set(const Limit& limit, size_t value);

// "more than the limit of 2000 pages in one document (DOCPIPE_MAX_PAGES)", for messages.
std::string describe(const Limit& limit);

}  // namespace docpipe::limits
