// Resource limits: how big one input may be before docpipe refuses it with a message instead
// of running out of memory, stack or time. Each limit has a default far above real
// documents; the cli may change it for one run from an environment variable
// (cli/environment.cpp) — core itself reads no environment:
//
//   DOCPIPE_MAX_PAGES           pages in one document (layout)                 2000
//   DOCPIPE_MAX_FIELD_BYTES     one CSV field or YAML scalar (source, markup)  1048576
//   DOCPIPE_MAX_TEMPLATE_DEPTH  nested Mustache sections in a template         16
//   DOCPIPE_MAX_INPUT_BYTES     one input file (Markdown, CSV, YAML, templates) 64 MiB
//   DOCPIPE_MAX_FONT_BYTES      one font file                                  256 MiB
#pragma once
#include <cstddef>
#include <string>

namespace docpipe::limits {

struct Limit {
  const char* env;   // the variable that overrides it, named in messages
  size_t fallback;   // the default
  const char* what;  // for messages: "pages in one document"
};

extern const Limit pages, field_bytes, template_depth, input_bytes, font_bytes;
extern const Limit* const all[5];

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
inline size_t max_input_bytes() {
  return value(input_bytes);
}
inline size_t max_font_bytes() {
  return value(font_bytes);
}

// Sets the value for the rest of the process (0: back to the default). Called once by the cli
// at start, and by tests that need a small limit.
void set(const Limit& limit, size_t value);

// "more than the limit of 2000 pages in one document (DOCPIPE_MAX_PAGES)", for messages.
std::string describe(const Limit& limit);

}  // namespace docpipe::limits
