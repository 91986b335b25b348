// libFuzzer wrapper; the body is in font_input.h, which the normal suite also runs on the seed
// corpus (tests/reliability/fuzz_corpus_font_test.cpp).
#include "font_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_font_input(data, size);
}
