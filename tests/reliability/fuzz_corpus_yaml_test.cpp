// fuzz_yaml's seed corpus and past crashes, run in the normal suite (see fuzz_corpus.h).
#include <catch2/catch.hpp>

#include "../../fuzz/yaml_input.h"
#include "fuzz_corpus.h"

TEST_CASE("fuzz_yaml: seed corpus and past crashes run clean") {
  size_t n = reliability::run_fuzz_inputs("yaml", run_yaml_input);
  CHECK(n > 0);
}
