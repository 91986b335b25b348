// fuzz_render's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/render_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_render: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("render", run_render_input);
  CHECK(n > 0);
}
