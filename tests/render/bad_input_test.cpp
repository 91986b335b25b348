// Bad input to `docpipe render`: one clear message at file:line:col, exit code 2, no PDF
// and no temp file left behind, an existing output untouched (tests/data/bad/README.md).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "support/bad_inputs.h"
#include "support/run.h"

using namespace testing;

TEST_CASE(
    "every damaged input gives its exact diagnostic, exit 2, and leaves the old output alone") {
  auto cases = bad_input_cases();
  REQUIRE(cases.size() >= 8);
  for (const auto& name : cases) {
    INFO("case " << name);
    TempDir t;
    spit(t / "out.pdf", "the previous, good document");
    auto r = render_bad_input(name, t / "out.pdf");
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == expected_bad_input_error(name));
    CHECK(slurp(t / "out.pdf") == "the previous, good document");
    CHECK(count_files(t.path, ".docpipe-") == 0);
  }
}

TEST_CASE(
    "a character absent from every configured font names U+XXXX, the character and its line") {
  TempDir t;
  auto r = render_bad_input("rare_character", t / "x.pdf");
  CHECK(r.code == 2);
  CHECK(r.err.find("rare_character.md:7:") == 0);
  CHECK(r.err.find("U+2A6D6 '\xf0\xaa\x9b\x96'") != std::string::npos);
  CHECK_FALSE(exists(t / "x.pdf"));
  CHECK(count_files(t.path, ".docpipe-") == 0);
}

TEST_CASE("an unreadable input and an unwritable output folder are one clear error each") {
  TempDir t;
  auto missing = run(docpipe() + " render '" + t / "nope.md" + "' -o '" + t / "x.pdf" + "'");
  CHECK(missing.code == 2);
  CHECK(missing.err.find(t / "nope.md" + ": error: cannot read file") == 0);

  spit(t / "ok.md", "---\ntitle: 通知\n---\n\n正文。\n");
  auto no_folder =
      run(docpipe() + " render '" + t / "ok.md" + "' -o '" + t / "missing/x.pdf" + "'");
  CHECK(no_folder.code == 2);
  CHECK(no_folder.err.find("cannot write output") != std::string::npos);

  ::mkdir((t / "ro").c_str(), 0555);
  auto read_only = run(docpipe() + " render '" + t / "ok.md" + "' -o '" + t / "ro/x.pdf" + "'");
  if (::geteuid() != 0) {  // root writes anywhere; the folder check then proves nothing
    CHECK(read_only.code == 2);
    CHECK_FALSE(exists(t / "ro/x.pdf"));
  }
}

TEST_CASE("a character only a fallback font has is drawn from it with a warning, exit 3") {
  TempDir t;
  // 𠀎 (U+2000E, CJK Extension B) is in LXGW WenKai, the first fallback, but not in Noto Serif
  // CJK SC, the default 仿宋 stand-in.
  spit(t / "rare.md", "---\ntitle: 通知\n---\n\n请王\U0002000E同志参会。\n");
  auto r = run(docpipe() + " render '" + t / "rare.md" + "' -o '" + t / "x.pdf" + "'");
  INFO(r.err);
  CHECK(r.code == 3);
  CHECK(r.err.find("warning: character U+2000E '\U0002000E' is not in the fangsong font; drawn "
                   "from LXGWWenKai-Regular.ttf#0") != std::string::npos);
  auto text = run("pdftotext '" + t / "x.pdf" + "' -").out;
  CHECK(text.find("请王\U0002000E同志参会") != std::string::npos);
  CHECK(exists(t / "x.pdf"));
}

TEST_CASE("a role whose font file is missing names the role, the path and the package") {
  TempDir t;
  ::mkdir((t / "data").c_str(), 0755);
  spit(t / "data/fonts.yaml", "roles:\n  kaiti: {file: /usr/share/fonts/none/simkai.ttf}\n");
  spit(t / "ok.md", "---\ntitle: 通知\n---\n\n正文。\n");
  auto r = run(docpipe() + " --data '" + t / "data" + "' render '" + t / "ok.md" + "' -o '" +
               t / "x.pdf" + "'");
  CHECK(r.code == 2);
  CHECK(r.err.find(
            "/usr/share/fonts/none/simkai.ttf: error: font file for role 'kaiti' is missing") == 0);
  CHECK(r.err.find("data/fonts.yaml") != std::string::npos);
  CHECK_FALSE(exists(t / "x.pdf"));
}

TEST_CASE("a batch renders in one process, a bad file is reported and the good ones still appear") {
  TempDir t;
  spit(t / "a.md", "---\ntitle: 通知一\n---\n\n正文一。\n");
  spit(t / "b.md", "---\ntitle: 通知二\ntitel: 错\n---\n\n正文二。\n");
  spit(t / "c.md", "---\ntitle: 通知三\n---\n\n正文三。\n");
  auto r = run(docpipe() + " render '" + t / "a.md" + "' '" + t / "b.md" + "' '" + t / "c.md" +
               "' --out-dir '" + t / "out" + "'");
  CHECK(r.code == 4);  // partly written (README: exit codes)
  CHECK(r.err.find("partly written: 2 of 3 files were written") != std::string::npos);
  CHECK(r.out == t / "out/a.pdf" + "\n" + t / "out/c.pdf" + "\n");
  CHECK(r.err.find("b.md:3:1: error: unknown front-matter key 'titel'") != std::string::npos);
  CHECK(exists(t / "out/a.pdf"));
  CHECK_FALSE(exists(t / "out/b.pdf"));
  CHECK(exists(t / "out/c.pdf"));
  CHECK(count_files(t / "out", ".docpipe-") == 0);
  CHECK(run("qpdf --check '" + t / "out/c.pdf" + "'").code == 0);
}
