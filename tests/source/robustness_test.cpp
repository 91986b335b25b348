// Whatever bytes arrive, the readers answer with a value or a message, never a crash.
#include <catch2/catch.hpp>
#include <cstdint>

#include "helpers.h"
#include "source/csv.h"
#include "source/yaml_file.h"

using namespace docpipe;
using namespace docpipe;
using namespace docpipe::source;
using docpipe_test::spit;
using docpipe_test::TempDir;

namespace {

// Deterministic bytes, biased towards the characters that matter to the parsers.
std::string noise(std::uint32_t& state, size_t length) {
  static const char interesting[] = ",\"\r\n:-[]{}&*!|>#'% \t\xEF\xBB\xBF\xE4\xB8\x80\x81\xFF";
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    state = state * 1664525u + 1013904223u;
    unsigned pick = state >> 24;
    out += pick < 128 ? interesting[pick % (sizeof interesting - 1)]
                      : static_cast<char>(pick < 200 ? 'a' + pick % 26 : pick);
  }
  return out;
}

}  // namespace

TEST_CASE("random bytes through the CSV reader give a table or a message") {
  std::uint32_t state = 1;
  for (int i = 0; i < 3000; ++i) {
    std::string bytes = noise(state, 1 + i % 200);
    Diagnostics d;
    std::string encoding;
    auto text = decode_text(bytes, "r.csv", encoding, d);
    if (text) {
      auto table = parse_csv(*text, "r.csv", d);
      CHECK((table.has_value() || d.has_errors()));
    } else {
      CHECK(d.has_errors());
    }
  }
}

TEST_CASE("random bytes through the YAML reader give a tree or a message") {
  TempDir t;
  std::uint32_t state = 7;
  for (int i = 0; i < 1500; ++i) {
    spit(t / "r.yaml", noise(state, 1 + i % 150));
    Diagnostics d;
    YamlFile f(t / "r.yaml", d);
    CHECK((f.ok() || d.has_errors()));
    if (f.ok()) f.check_map(f.root(), {"quota", "units"}, {"quota"}, "quota file");
  }
}
