// The fuzz targets' seed corpora (fuzz/corpus/<target>/) and the inputs that once crashed a
// target (tests/reliability/data/fuzz/<target>/) run through the targets' own bodies, as
// qpdf's fuzz corpora run in its test suite: a crash, a sanitizer report or an unexplained
// refusal (the bodies abort on those) fails the test.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "support/run.h"

namespace reliability {

inline std::vector<std::string> fuzz_inputs(const std::string& target) {
  std::vector<std::string> files;
  const std::string root = DOCPIPE_SOURCE_DIR;
  for (const std::string& dir :
       {root + "/fuzz/corpus/" + target, root + "/tests/reliability/data/fuzz/" + target}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
  }
  return files;
}

// Runs every input of `target` through `body`; returns how many ran.
template <typename Body>
size_t run_fuzz_inputs(const std::string& target, Body body) {
  size_t n = 0;
  for (const auto& f : fuzz_inputs(target)) {
    std::string bytes = testing::slurp(f);
    body(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  return n;
}

}  // namespace reliability
