// `--format` through the real binary: the files each choice writes, bad --format values,
// bad input (the PDF's errors, no .ofd, an existing one untouched), a failed OFD write,
// byte-identical OFDs from two processes, and the brief ledger recording the OFD's SHA-256.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "ledger/fixture.h"
#include "ofd/validator.h"
#include "render/long_document.h"
#include "support/bad_inputs.h"
#include "support/run.h"

using namespace testing;

namespace {

std::string notice_md() {
  return slurp(source_dir() + "/tests/layout/data/notice.md");
}

std::string sha256_of(const std::string& path) {
  return run("sha256sum '" + path + "' | cut -c1-64").out;
}

}  // namespace

TEST_CASE("the format option chooses the files: pdf by default, ofd alone, or both side by side") {
  TempDir t;
  spit(t / "n.md", notice_md());
  auto plain = run(docpipe() + " render '" + t / "n.md" + "'");
  CHECK(plain.code == 0);
  CHECK(plain.out == t / "n.pdf\n");
  CHECK_FALSE(exists(t / "n.ofd"));
  auto ofd = run(docpipe() + " render '" + t / "n.md" + "' --format ofd -o '" + t / "o.pdf" + "'");
  INFO(ofd.err);
  CHECK(ofd.code == 0);
  CHECK(ofd.out == t / "o.ofd\n");
  CHECK_FALSE(exists(t / "o.pdf"));
  auto both =
      run(docpipe() + " render '" + t / "n.md" + "' --format pdf,ofd -o '" + t / "b.pdf" + "'");
  CHECK(both.code == 0);
  CHECK(both.out == t / "b.pdf\n" + t / "b.ofd\n");
  // The same layout behind both: the OFD of `pdf,ofd` is the OFD of `ofd`.
  CHECK(slurp(t / "b.ofd") == slurp(t / "o.ofd"));
  CHECK(ofdtest::validate_package_bytes(slurp(t / "b.ofd")).empty());
  // --out-dir with several inputs writes both for each.
  spit(t / "m.md", notice_md());
  auto many = run(docpipe() + " render '" + t / "n.md" + "' '" + t / "m.md" +
                  "' --format ofd,pdf --out-dir '" + t / "out" + "'");
  CHECK(many.code == 0);
  CHECK(many.out == t / "out/n.pdf\n" + t / "out/n.ofd\n" + t / "out/m.pdf\n" + t / "out/m.ofd\n");
}

TEST_CASE("a bad format value is one clear error naming ofd among the formats") {
  TempDir t;
  spit(t / "n.md", notice_md());
  const std::string hint =
      "  hint: write --format followed by one or more of pdf, docx, ofd, separated by commas "
      "(e.g. --format pdf,docx)\n";
  auto r = run(docpipe() + " render '" + t / "n.md" + "' --format pdf,ofd,xps");
  CHECK(r.code == 2);
  CHECK(r.err == "error: unknown output format 'xps'\n" + hint);
  CHECK_FALSE(exists(t / "n.pdf"));
  CHECK_FALSE(exists(t / "n.ofd"));
  auto twice = run(docpipe() + " render '" + t / "n.md" + "' --format ofd,pdf,ofd");
  CHECK(twice.code == 2);
  CHECK(twice.err == "error: output format 'ofd' is given twice in 'ofd,pdf,ofd'\n" + hint);
  // Every command that renders reads the option the same way.
  ledger_test::Folder f;
  for (const char* cmd : {"build circular --month 2026-10",
                          "build circular --month 2026-10 "
                          "--per-unit",
                          "due", "demo", "brief issue 2026-10"}) {
    INFO(cmd);
    auto bad = f.docpipe(std::string(cmd) + " --format ofd,xps");
    CHECK(bad.code == 2);
    CHECK(bad.err.find("error: unknown output format 'xps'") == 0);
  }
}

TEST_CASE("bad input gives the PDF's exact errors for the OFD and leaves an old .ofd untouched") {
  for (const auto& name : bad_input_cases()) {
    INFO("case " << name);
    TempDir t;
    spit(t / "out.pdf", "the previous, good PDF");
    spit(t / "out.ofd", "the previous, good OFD");
    auto r = render_bad_input(name, t / "out.pdf", "--format pdf,ofd");
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == expected_bad_input_error(name));
    CHECK(slurp(t / "out.ofd") == "the previous, good OFD");
    CHECK(slurp(t / "out.pdf") == "the previous, good PDF");
    CHECK(count_files(t.path, ".docpipe-") == 0);
  }
}

TEST_CASE("an OFD that cannot be written is an error with no partial file and the old one kept") {
  TempDir t;
  spit(t / "n.md", notice_md());
  // x.ofd is a folder: the rename onto it fails after the bytes were made.
  run("mkdir -p '" + t / "x.ofd/keep" + "'");
  auto r = run(docpipe() + " render '" + t / "n.md" + "' --format ofd -o '" + t / "x.pdf" + "'");
  CHECK(r.code == 2);
  CHECK(r.err.find(t / "x.ofd") != std::string::npos);
  CHECK(exists(t / "x.ofd/keep"));
  CHECK(count_files(t.path, ".docpipe-") == 0);
}

TEST_CASE("two processes write the same OFD bytes for a 30-page document") {
  TempDir t;
  spit(t / "long.md", long_document(32, true));
  for (const char* out : {"a.pdf", "b.pdf"}) {
    auto r = run(docpipe() + " render '" + t / "long.md" + "' --format ofd -o '" + t / out + "'");
    REQUIRE(r.code == 0);
  }
  auto pages = run("unzip -l '" + t / "a.ofd" + "' | grep -c Content.xml");
  CHECK(std::stoi(pages.out) >= 30);
  CHECK(slurp(t / "a.ofd") == slurp(t / "b.ofd"));
}

TEST_CASE("brief issue with pdf,ofd records both SHA-256s and build reproduces both") {
  ledger_test::Folder f;
  f.draft("2026-12-10", "省司法厅召开简报测试会");
  auto r = f.brief("issue 2026-12 --format pdf,ofd");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out == "output/brief-2026-12.pdf\noutput/brief-2026-12.ofd\n");
  CHECK(f.sql("SELECT pdf_sha256 FROM briefs WHERE id = '2026-12'") ==
        sha256_of(f.path("output/brief-2026-12.pdf")));
  CHECK(f.sql("SELECT ofd_sha256 FROM briefs WHERE id = '2026-12'") ==
        sha256_of(f.path("output/brief-2026-12.ofd")));
  auto again = f.docpipe("build brief --issue 2026-12 --format pdf,ofd --out again");
  INFO(again.err);
  CHECK(again.code == 0);
  CHECK(slurp(f.path("again/brief-2026-12.ofd")) == slurp(f.path("output/brief-2026-12.ofd")));
  CHECK(slurp(f.path("again/brief-2026-12.pdf")) == slurp(f.path("output/brief-2026-12.pdf")));
  // The frozen record covers the OFD's hash too, and a changed one is caught on rebuild.
  f.sql("UPDATE briefs SET ofd_sha256 = 'abc' WHERE id = '2026-12'");
  CHECK(f.sql("SELECT ofd_sha256 FROM briefs WHERE id = '2026-12'") ==
        sha256_of(f.path("output/brief-2026-12.ofd")));
  run("sqlite3 '" + f.path("data/docpipe.db") +
      "' \"DROP TRIGGER briefs_frozen; UPDATE briefs SET ofd_sha256 = 'abc' WHERE id = "
      "'2026-12'\"");
  auto changed = f.docpipe("build brief --issue 2026-12 --format ofd --out third");
  CHECK(changed.code == 2);
  CHECK(changed.err.find("error: brief 2026-12 no longer renders to the OFD that was issued "
                         "(SHA-256 abc, now ") == 0);
  CHECK_FALSE(exists(f.path("third/brief-2026-12.ofd")));
}

TEST_CASE("brief issue without the PDF is refused since the ledger records the PDF's hash") {
  ledger_test::Folder f;
  f.draft("2026-12-10");
  auto r = f.brief("issue 2026-12 --format ofd");
  CHECK(r.code == 2);
  CHECK(r.err.find("error: brief issue always writes the PDF") == 0);
  CHECK(f.sql("SELECT status FROM briefs WHERE id = '2026-12'") == "draft\n");
}

TEST_CASE("per-unit circulars and due write an .ofd beside each .pdf") {
  ledger_test::Folder f;
  auto units = f.docpipe("build circular --month 2026-10 --per-unit --jobs 2 --format pdf,ofd");
  INFO(units.err);
  REQUIRE(units.code == 0);
  size_t pdfs = 0, ofds = 0;
  for (size_t at = 0; (at = units.out.find(".pdf\n", at)) != std::string::npos; ++at) ++pdfs;
  for (size_t at = 0; (at = units.out.find(".ofd\n", at)) != std::string::npos; ++at) ++ofds;
  CHECK(pdfs > 5);
  CHECK(ofds == pdfs);
  auto listing = run("ls '" + f.path("output/circular-2026-10") + "' | grep -c '\\.ofd$'");
  CHECK(std::stoul(listing.out) == ofds);
  auto due = f.docpipe("due --today 2026-12-01 --format pdf,ofd --jobs 1");
  INFO(due.err);
  CHECK(due.code == 0);
  CHECK(due.out.find("output/circular-2026-10.ofd\n") != std::string::npos);
  CHECK(exists(f.path("output/circular-2026-10.pdf")));
  CHECK(ofdtest::validate_package_bytes(slurp(f.path("output/circular-2026-10.ofd"))).empty());
}

TEST_CASE("the OFD embeds byte for byte the font subsets the PDF embeds") {
  TempDir t;
  spit(t / "n.md", notice_md());
  REQUIRE(run(docpipe() + " render '" + t / "n.md" + "' --format pdf,ofd").code == 0);
  REQUIRE(run("cd '" + t.path + "' && mutool extract n.pdf && unzip -q n.ofd -d ofd").code == 0);
  auto pdf_fonts = run("cd '" + t.path + "' && ls font-*");
  auto ofd_fonts = run("cd '" + t.path + "' && ls ofd/Doc_0/Res/");
  std::vector<std::string> from_pdf, from_ofd;
  for (std::istringstream in(pdf_fonts.out); std::getline(in, pdf_fonts.err);)
    from_pdf.push_back(slurp(t / pdf_fonts.err));
  for (std::istringstream in(ofd_fonts.out); std::getline(in, ofd_fonts.err);)
    from_ofd.push_back(slurp(t / ("ofd/Doc_0/Res/" + ofd_fonts.err)));
  REQUIRE(from_ofd.size() >= 3);
  std::sort(from_pdf.begin(), from_pdf.end());
  std::sort(from_ofd.begin(), from_ofd.end());
  CHECK(from_pdf == from_ofd);
}
