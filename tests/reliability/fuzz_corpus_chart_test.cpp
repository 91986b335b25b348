// fuzz_chart's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/chart_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_chart: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("chart", run_chart_input);
  CHECK(n > 0);
}
