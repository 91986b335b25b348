// libFuzzer wrapper; the body is in chart_input.h, which the normal suite also runs on the seed
// corpus (tests/reliability/fuzz_corpus_chart_test.cpp).
#include "chart_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_chart_input(data, size);
}
