// Every input a fuzz target (fuzz/) crashed on, run through the same entry point in the
// normal suite: no crash (the ASan build catches the memory errors) and a clean message.
// Inputs live in tests/reliability/data/fuzz/, named for what broke.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "source/config.h"

using namespace reliability;
using namespace docpipe;

namespace {

// Copies a crash input into a scratch data folder as `name` and runs `load` on it.
Diagnostics load(const std::string& input, const std::string& name,
                 void (*load)(const std::string&, source::DataSet&, Diagnostics&)) {
  TempDir t;
  spit(t / name, slurp(data_file("fuzz/" + input)));
  source::DataSet ds;
  ds.dir = t.path;
  Diagnostics d;
  load(t.path, ds, d);
  return d;
}

}  // namespace

// config_documents.cpp:load_distribution bound `const YAML::Node&` to `it->second` of a
// temporary iterator proxy: stack-use-after-scope on every distribution.yaml (ASan).
TEST_CASE("fuzz regression: distribution.yaml lists are read without a dangling node") {
  Diagnostics d =
      load("distribution-dangling-node.yaml", "distribution.yaml", source::load_distribution);
  CHECK_FALSE(d.has_errors());
}

// yaml_file.cpp:YamlFile::at took the Mark() of a missing key's node (comment without
// `month`): YAML::InvalidNode thrown out of load_comments, the process aborted.
TEST_CASE("fuzz regression: a comment without a month is an error at the file, not a throw") {
  Diagnostics d = load("comments-missing-month.yaml", "comments.yaml", source::load_comments);
  CHECK(d.has_errors());
  CHECK_THAT(d.format_all(),
             Catch::Contains("unknown key 'Xmonth'") && Catch::Contains("is not a month"));
}
