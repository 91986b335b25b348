// Golden tests: each kind composed from the sample data folder (`docpipe init`) and compared
// with a reviewed file in tests/compose/golden/. After a deliberate change (template, facts,
// sample data), regenerate with DOCPIPE_UPDATE_GOLDEN=1 and review the diff before committing.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/compose.h"
#include "source/loader.h"
#include "source/sample.h"

using namespace docpipe;
using namespace docpipe::compose;

namespace {

namespace fs = std::filesystem;

const source::DataSet& sample() {
  static const source::DataSet ds = [] {
    // One folder per process: CTest runs the golden cases in parallel.
    fs::path dir =
        fs::temp_directory_path() / ("docpipe-compose-golden-sample-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    REQUIRE(source::write_sample(dir.string(), d));
    auto loaded = source::load_data_folder(dir.string(), d);
    INFO(d.format_all());
    REQUIRE(loaded);
    return *loaded;
  }();
  return ds;
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void check_golden(const Request& r) {
  Diagnostics d;
  std::string md;
  bool ok = compose_document(sample(), r, DOCPIPE_SOURCE_DIR "/templates", md, d);
  INFO(d.format_all());
  REQUIRE(ok);
  CHECK_FALSE(d.has_errors());
  fs::path golden =
      fs::path(DOCPIPE_SOURCE_DIR) / "tests/compose/golden" / (output_stem(r) + ".md");
  const char* update = std::getenv("DOCPIPE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << md;
    WARN("updated " << golden.string());
    return;
  }
  REQUIRE(fs::exists(golden));
  CHECK(md == slurp(golden));
}

}  // namespace

TEST_CASE("golden: work report 2026", "[compose][golden]") {
  check_golden({Kind::work_report, 2026, 0, 0});
}
TEST_CASE("golden: annual report 2026", "[compose][golden]") {
  check_golden({Kind::annual_report, 2026, 0, 0});
}
TEST_CASE("golden: brief 2026-10", "[compose][golden]") {
  check_golden({Kind::brief, 2026, 0, 10});
}
TEST_CASE("golden: circular 2026-10", "[compose][golden]") {
  check_golden({Kind::circular, 2026, 10, 0});
}
TEST_CASE("golden: circular 2026-01 (no previous month: no 环比)", "[compose][golden]") {
  check_golden({Kind::circular, 2026, 1, 0});
}
TEST_CASE("golden: circular 2025-12 (a month without entries)", "[compose][golden]") {
  check_golden({Kind::circular, 2025, 12, 0});
}
