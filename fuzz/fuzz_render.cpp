// Markdown + YAML front matter → document tree → pages (what `docpipe render` does);
// every 16th input also goes all the way to PDF bytes. Nothing may crash, hang or leak, and
// a refused input must say why.
// The body lives in render_input.h, which the normal suite also runs on the seed corpus and
// on every input that once crashed (tests/reliability/fuzz_corpus_test.cpp).
#include "render_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_render_input(data, size);
}
