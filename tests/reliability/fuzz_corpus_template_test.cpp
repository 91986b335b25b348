// fuzz_template's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/template_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_template: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("template", run_template_input);
  CHECK(n > 0);
}
