// fuzz_ledger's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/ledger_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_ledger: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("ledger", run_ledger_input);
  CHECK(n > 0);
}
