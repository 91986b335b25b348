// Golden test of line positions: the positioned runs of a reviewed document (page, y, x,
// size, face, text). It fails whenever layout changes; after reviewing the new PDF
// (pdftoppm -r 60 -png), regenerate with DOCPIPE_UPDATE_GOLDEN=1.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pdf/render.h"

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("the layout of the sample notice matches its reviewed golden dump") {
  const std::string dir = std::string(DOCPIPE_SOURCE_DIR) + "/tests/layout/data/";
  docpipe::Diagnostics diags;
  auto renderer =
      docpipe::pdf::Renderer::open("/nonexistent/fonts.yaml", diags);  // Debian defaults
  REQUIRE(renderer);
  std::string pdf;
  docpipe::layout::Layout layout;
  REQUIRE(renderer->render_bytes(slurp(dir + "notice.md"), "notice.md", pdf, diags, &layout));
  INFO(diags.format_all());
  CHECK_FALSE(diags.has_errors());
  std::string dump = docpipe::pdf::dump_layout(layout);
  if (std::getenv("DOCPIPE_UPDATE_GOLDEN")) {
    std::ofstream(dir + "notice.layout.txt", std::ios::binary) << dump;
    WARN("golden dump rewritten: review it");
  }
  std::string golden = slurp(dir + "notice.layout.txt");
  REQUIRE_FALSE(golden.empty());
  // Compare line by line so a failure names the first run that moved.
  std::istringstream a(dump), b(golden);
  std::string la, lb;
  int n = 0;
  while (std::getline(b, lb)) {
    ++n;
    REQUIRE(std::getline(a, la));
    INFO("run " << n);
    REQUIRE(la == lb);
  }
  CHECK_FALSE(std::getline(a, la));
}
