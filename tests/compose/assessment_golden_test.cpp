// Golden text of the half-year 政务信息 考核 (assessment-YYYY-Hn), pinned before its scoring
// moved onto the 考评 engine (facts/scoring.h) so the move is proven not to change a byte.
// The odd weights (3/2/2, not adding up to 100) exercise the rescaling to 100 and the
// rounding of repeating decimals. Regenerate with DOCPIPE_UPDATE_GOLDEN=1 only after a
// deliberate change, and read the diff.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/periodic.h"
#include "source/loader.h"
#include "source/sample.h"

using namespace docpipe;
using namespace docpipe::compose;

namespace {

namespace fs = std::filesystem;

const source::DataSet& sample() {
  static const source::DataSet ds = [] {
    fs::path dir = fs::temp_directory_path() /
                   ("docpipe-assessment-golden-sample-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    Diagnostics d;
    REQUIRE(source::write_sample(dir.string(), d));
    auto loaded = source::load_data_folder(dir.string(), d);
    INFO(d.format_all());
    REQUIRE(loaded);
    fs::remove_all(dir);
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

// The 考核 reads its weights from the data folder's assessment.yaml (`yaml`; none: defaults).
void check_golden(int half, const std::string& yaml, const std::string& name) {
  Diagnostics d;
  std::string md;
  source::DataSet ds = sample();
  // Per process: the same case may run at once in another checkout's suite on this machine.
  fs::path dir =
      fs::temp_directory_path() / ("docpipe-assessment-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  ds.dir = dir.string();
  if (!yaml.empty()) std::ofstream(dir / "assessment.yaml", std::ios::binary) << yaml;
  bool ok =
      compose_periodic(ds, {PeriodKind::half, 2026, half}, DOCPIPE_SOURCE_DIR "/templates", md, d);
  fs::remove_all(dir);
  INFO(d.format_all());
  REQUIRE(ok);
  fs::path golden = fs::path(DOCPIPE_SOURCE_DIR) / "tests/compose/golden" / (name + ".md");
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

TEST_CASE("golden: assessment 2026-H1", "[compose][golden]") {
  check_golden(1, "", "assessment-2026-H1");
}
TEST_CASE("golden: assessment 2026-H2", "[compose][golden]") {
  check_golden(2, "", "assessment-2026-H2");
}
TEST_CASE("golden: assessment 2026-H1 with weights 3/2/2 (rescaled to 100)", "[compose][golden]") {
  check_golden(1, "weights:\n  adoption: 3\n  instructions: 2\n  quota: 2\n",
               "assessment-2026-H1-weights-3-2-2");
}
