#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "compose/compose.h"

using namespace docpipe::compose;

// templates/README.md is what staff read before editing a template: every field a composer
// provides must be listed there (as `name` or `list.name`).
TEST_CASE("every template field is documented for staff", "[compose][docs]") {
  std::ifstream f(DOCPIPE_SOURCE_DIR "/templates/README.md");
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string readme = ss.str();
  REQUIRE_FALSE(readme.empty());
  for (Kind k : {Kind::work_report, Kind::annual_report, Kind::brief, Kind::circular}) {
    for (const auto& field : schema_for(k).fields) {
      INFO(kind_name(k) << ": " << field);
      std::string leaf = field.substr(field.rfind('.') + 1);
      CHECK(readme.find("`" + leaf + "`") != std::string::npos);
    }
  }
}
