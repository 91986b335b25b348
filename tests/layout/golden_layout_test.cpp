// Golden tests of the page model: the positioned runs (page, y, x, size, face, text) of a
// reviewed hand-written notice and of every document kind as composed from the sample data
// (the compose goldens in tests/compose/golden/). They fail whenever layout changes; after
// reviewing the new PDFs (pdftoppm -r 60 -png), regenerate with DOCPIPE_UPDATE_GOLDEN=1.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "fonts/font_set.h"
#include "layout/dump.h"
#include "layout/layout.h"
#include "markup/parse_markdown.h"

using namespace docpipe;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fonts::FontSet& debian_fonts() {
  static Diagnostics diags;
  static auto set = fonts::FontSet::open(fonts::default_font_config(), diags);
  REQUIRE(set);
  return *set;
}

// Lays out `markdown_path` and compares the page dump with `golden_path`.
void check_golden(const std::string& markdown_path, const std::string& golden_path) {
  Diagnostics diags;
  markup::Document doc;
  REQUIRE(markup::parse_document(slurp(markdown_path), "doc.md", doc, diags));
  layout::Layout pages = layout::layout_document(doc, debian_fonts(), diags);
  INFO(diags.format_all());
  CHECK_FALSE(diags.has_errors());
  std::string dump = layout::dump_layout(pages);
  if (std::getenv("DOCPIPE_UPDATE_GOLDEN")) {
    std::ofstream(golden_path, std::ios::binary) << dump;
    WARN("golden dump rewritten: review it");
  }
  std::string golden = slurp(golden_path);
  REQUIRE_FALSE(golden.empty());
  // Compare line by line so a failure names the first run that moved.
  std::istringstream a(dump), b(golden);
  std::string la, lb;
  int n = 0;
  while (std::getline(b, lb)) {
    ++n;
    REQUIRE(std::getline(a, la));
    INFO(golden_path << " run " << n);
    REQUIRE(la == lb);
  }
  CHECK_FALSE(std::getline(a, la));
}

const std::string source = DOCPIPE_SOURCE_DIR;
}  // namespace

TEST_CASE("the layout of the sample notice matches its reviewed golden dump") {
  check_golden(source + "/tests/layout/data/notice.md",
               source + "/tests/layout/data/notice.layout.txt");
}

TEST_CASE("the layout of every document kind matches its reviewed golden dump") {
  auto kind = GENERATE(as<std::string>(), "annual-report-2026", "brief-2026-10", "circular-2025-12",
                       "circular-2026-01", "circular-2026-10", "work-report-2026");
  INFO(kind);
  check_golden(source + "/tests/compose/golden/" + kind + ".md",
               source + "/tests/layout/data/kinds/" + kind + ".layout.txt");
}
