// The YAML readers: each data-folder loader (source/config*.cpp through YamlFile, which
// screens size, nesting and alias expansion first), the font map (fonts/font_config.cpp)
// and the document front matter (markup/front_matter.cpp). The first byte of the input
// picks the reader; the rest is the file.
// The body lives in yaml_input.h, which the normal suite also runs on the seed corpus and
// on every input that once crashed (tests/reliability/fuzz_corpus_test.cpp).
#include "yaml_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return run_yaml_input(data, size);
}
