// Hostile Markdown through `docpipe render`, end to end: a table with 10,000 columns is
// refused with the engine's message; 1 MB of text with no break opportunity renders in
// bounded time; a document longer than DOCPIPE_MAX_PAGES is refused and nothing written.
#include <sys/resource.h>

#include <catch2/catch.hpp>

#include "helpers.h"
#include "render/long_document.h"

using namespace reliability;

namespace {

const std::string head = "---\ntitle: 测试\nsignature: 江岳省司法厅\ndate: 2026-11-14\n---\n\n";

Result render(const TempDir& t, const std::string& md, const std::string& extra_env = "") {
  spit(t / "in.md", md);
  return run(extra_env + " " + q(bin()) + " render " + q(t / "in.md") + " -o " + q(t / "out.pdf"));
}

// CPU seconds of every finished child process (docpipe under the shell run() starts): the
// work a run took, which a loaded machine does not stretch as it does the wall clock.
double children_cpu_seconds() {
  struct rusage u {};
  ::getrusage(RUSAGE_CHILDREN, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

}  // namespace

TEST_CASE("a Markdown table with 10,000 columns: one message, exit 2, no PDF") {
  std::string header = "|", rule = "|", row = "|";
  for (int i = 0; i < 10000; ++i) header += "c|", rule += "-|", row += "1|";
  TempDir t;
  auto r = render(t, head + header + "\n" + rule + "\n" + row + "\n");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("in.md:7:") &&
                        Catch::Contains("table has 10000 columns; at most 16 fit"));
  CHECK_FALSE(exists(t / "out.pdf"));
}

TEST_CASE("1 MB of text without a break opportunity renders, in bounded time") {
  TempDir t;
  double start = children_cpu_seconds();
  auto r = render(t, head + std::string(1 << 20, 'a') + "\n");
  double seconds = children_cpu_seconds() - start;
  INFO(r.err);
  CHECK(r.code != 2);
  CHECK(slurp(t / "out.pdf").compare(0, 5, "%PDF-") == 0);
  // ~60 s would be quadratic behaviour (it is a few seconds, or ~20 under ASan+UBSan), CPU.
  CHECK(seconds < 120);
}

TEST_CASE("a document longer than DOCPIPE_MAX_PAGES is refused, an earlier PDF untouched") {
  TempDir t;
  std::string md = testing::long_document(4, false);
  REQUIRE(render(t, md).code == 0);
  std::string before = slurp(t / "out.pdf");
  auto r = render(t, md, "DOCPIPE_MAX_PAGES=2");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("in.md: error: document has") &&
                        Catch::Contains("pages, more than the limit of 2 pages in one document "
                                        "(DOCPIPE_MAX_PAGES)"));
  CHECK(slurp(t / "out.pdf") == before);
  CHECK(testing::count_files(t.path, ".docpipe-") == 0);  // no temp file left
}

TEST_CASE("an invalid limit setting is reported and the default used") {
  TempDir t;
  auto r = render(t, head + "正文\n", "DOCPIPE_MAX_PAGES=lots");
  CHECK(r.code == 3);
  CHECK_THAT(r.err, Catch::Contains("DOCPIPE_MAX_PAGES='lots' is not a positive whole number"));
  CHECK(exists(t / "out.pdf"));
}
