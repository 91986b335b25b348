// Same input, same bytes: a 30-page document twice in one process, twice through the CLI;
// and the zip passes `unzip -t` with every entry dated by the document.
#include <catch2/catch.hpp>

#include "ofd/fixture.h"
#include "ofd/validator.h"
#include "render/long_document.h"
#include "support/run.h"

using namespace ofdtest;

TEST_CASE("a 30-page document gives the same OFD bytes twice and a valid package") {
  auto layout = layout_of(testing::long_document(32, true));
  REQUIRE(layout.pages.size() >= 30);
  auto first = ofd_of(layout);
  auto second = ofd_of(layout_of(testing::long_document(32, true)));
  CHECK(first == second);
  auto problems = validate_package_bytes(first);
  INFO(Catch::Detail::stringify(problems));
  CHECK(problems.empty());
}

TEST_CASE("unzip -t accepts the package and every entry carries the document's date") {
  testing::TempDir t;
  testing::spit(t / "doc.ofd", ofd_of(layout_of(testing::long_document(3, true))));
  auto test = testing::run("unzip -t '" + t / "doc.ofd" + "'");
  INFO(test.out << test.err);
  CHECK(test.code == 0);
  CHECK(test.out.find("No errors detected") != std::string::npos);
  auto listing = testing::run("unzip -l '" + t / "doc.ofd" + "'");
  INFO(listing.out);
  CHECK(listing.code == 0);
  // Every entry line ("  size  2026-11-14 00:00   path") has the front matter's date.
  size_t entries = 0, dated = 0;
  for (size_t at = 0; (at = listing.out.find("Doc_0/", at)) != std::string::npos; ++at) ++entries;
  for (size_t at = 0; (at = listing.out.find("2026-11-14 00:00", at)) != std::string::npos; ++at)
    ++dated;
  CHECK(entries >= 5);
  CHECK(dated == entries + 1);  // + OFD.xml
}
