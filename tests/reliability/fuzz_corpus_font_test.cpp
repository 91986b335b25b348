// fuzz_font's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/font_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_font: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("font", run_font_input);
  CHECK(n > 0);
}
