// Template rendering with a hostile template and hostile values: the input is split at
// 0x00 bytes into the template text and up to eight values, which fill the fields a
// composer typically provides (title, text, a list of units with name/code, a list, a
// flag). The template is checked (check_template_text), rendered, and the result parsed as
// Markdown. Asserted: no crash, hang or leak, and a reason for every refusal.
// The body lives in template_input.h, which the normal suite also runs on the seed corpus and
// on every input that once crashed (tests/reliability/fuzz_corpus_test.cpp).
#include "template_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_template_input(data, size);
}
