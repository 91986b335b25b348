// fuzz_csv_import's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/csv_import_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_csv_import: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("csv_import", run_csv_import_input);
  CHECK(n > 0);
}
