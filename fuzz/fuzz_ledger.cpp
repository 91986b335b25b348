// libFuzzer wrapper; the body is in ledger_input.h, which the normal suite also runs on the seed
// corpus (tests/reliability/fuzz_corpus_ledger_test.cpp).
#include "ledger_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_ledger_input(data, size);
}
