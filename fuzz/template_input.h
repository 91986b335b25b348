// Template rendering with a hostile template and hostile values: the input is split at
// 0x00 bytes into the template text and up to eight values, which fill the fields a
// composer typically provides (title, text, a list of units with name/code, a list, a
// flag). The template is checked (check_template_text), rendered, and the result parsed as
// Markdown. Asserted: no crash, hang or leak, and a reason for every refusal.
#pragma once
#include <cstdint>
#include <string>

#include "compose/template.h"
#include "fuzz_common.h"
#include "markup/parse_markdown.h"

using namespace docpipe;
using namespace docpipe::compose;

inline int run_template_input(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  auto parts = docpipe_fuzz::split(in, '\0');
  parts.resize(std::max<size_t>(parts.size(), 9));
  const std::string& tmpl = parts[0];

  Value unit1 = Value(Fields{}).set("name", parts[3]).set("code", parts[4]);
  Value unit2 = Value(Fields{}).set("name", parts[5]).set("code", parts[6]);
  Value ctx = Value(Fields{})
                  .set("title", parts[1])
                  .set("text", parts[2])
                  .set("units", mark_first_last(List{unit1, unit2}))
                  .set("cc", text_list({parts[7], parts[8]}))
                  .set("flag", Value(!parts[8].empty()));

  Schema schema{"fuzz", field_paths(ctx)};
  Diagnostics check;
  check_template_text(tmpl, "fuzz.md.mustache", schema, check);

  Diagnostics diags;
  std::string out;
  bool ok = render_template(tmpl, "fuzz.md.mustache", ctx, out, diags);
  if (!ok && !diags.has_errors()) abort();
  if (ok) {
    markup::Document doc;
    markup::parse_document(out, "fuzz.md", doc, diags);
  }
  return 0;
}
