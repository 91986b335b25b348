// Issue 17, class 5 (outputs): an output never replaces an input, a folder, a device, a
// FIFO or a symlink leading out of its folder; empty paths are errors; two inputs of one
// batch with one output name are refused before anything is written; a batch that fails
// after writing some files lists them and exits 4 (README: exit codes).
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string doc = "---\ntitle: 关于测试的通知\n---\n\n正文第一段。\n";
// Refused by layout (more columns than fit the type area): a document that fails to render.
const std::string bad_doc = "---\ntitle: 表\n---\n\n|" + [] {
  std::string h, sep;
  for (int i = 0; i < 20; ++i) h += " a |", sep += " - |";
  return h + "\n|" + sep + "\n";
}();

struct Folder {
  TempDir t;
  std::string data = sample(t);
  Folder() {
    run("mkdir -p " + q(t / "out") + " " + q(t / "elsewhere"));
    spit(t / "a.md", doc);
    spit(t / "elsewhere/victim.pdf", "precious\n");
  }
  Result render(const std::string& args) { return dp(data, "render " + args, 120); }
};

// Refused with `message`, exit 2, and every file under the folder as it was.
void expect_refused(Folder& f, const std::string& args, const std::string& message) {
  auto before = snapshot(f.t.path);
  auto r = f.render(args);
  INFO(args << "\n" << r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(r.out.empty());
  CHECK(snapshot(f.t.path) == before);
}

}  // namespace

TEST_CASE("class 5: -o naming the input itself is refused, the input is intact") {
  Folder f;
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "a.md"),
                 "a.md: error: will not write the output here: it is an input of this command");
}

TEST_CASE("class 5: an input called .pdf is not overwritten by its default output") {
  Folder f;
  spit(f.t / "doc.pdf", doc);
  expect_refused(f, q(f.t / "doc.pdf"), "it is an input of this command");
}

TEST_CASE("class 5: -o through a symlink to the input is refused") {
  Folder f;
  run("ln -s a.md " + q(f.t / "link.pdf"));
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "link.pdf"), "it is an input");
}

TEST_CASE("class 5: -o naming a folder (trailing slash or existing) is refused") {
  Folder f;
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "out/"), "the path names a folder");
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "out"), "it is a directory");
}

TEST_CASE("class 5: -o naming a device or a FIFO is refused, without blocking") {
  Folder f;
  expect_refused(f, q(f.t / "a.md") + " -o /dev/null", "it is a character device");
  run("mkfifo " + q(f.t / "out/p.pdf"));
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "out/p.pdf"), "it is a FIFO");
}

TEST_CASE("class 5: -o a symlink leading outside the output folder is refused") {
  Folder f;
  run("ln -s " + q(f.t / "elsewhere/victim.pdf") + " " + q(f.t / "out/doc.pdf"));
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "out/doc.pdf"),
                 "symbolic link leading outside the output folder");
  CHECK(slurp(f.t / "elsewhere/victim.pdf") == "precious\n");
}

TEST_CASE("class 5: a dangling symlink as output is refused") {
  Folder f;
  run("ln -s " + q(f.t / "nowhere/x.pdf") + " " + q(f.t / "out/doc.pdf"));
  expect_refused(f, q(f.t / "a.md") + " -o " + q(f.t / "out/doc.pdf"),
                 "symbolic link to a file that does not exist");
}

TEST_CASE("class 5: a symlink inside the output folder is replaced, its target kept") {
  Folder f;
  spit(f.t / "out/old.pdf", "old\n");
  run("ln -s old.pdf " + q(f.t / "out/doc.pdf"));
  auto r = f.render(q(f.t / "a.md") + " -o " + q(f.t / "out/doc.pdf"));
  CHECK(r.code == 0);
  CHECK(qpdf_check(f.t / "out/doc.pdf") == 0);
  CHECK(slurp(f.t / "out/old.pdf") == "old\n");
}

TEST_CASE("class 5: empty output options are errors, not the root folder") {
  Folder f;
  expect_refused(f, q(f.t / "a.md") + " -o ''", "option -o has an empty value");
  expect_refused(f, q(f.t / "a.md") + " --output=", "option --output has an empty value");
  expect_refused(f, q(f.t / "a.md") + " " + q(f.t / "a.md") + " --out-dir ''",
                 "option --out-dir has an empty value");
  auto before = snapshot(f.t.path);
  auto r = dp(f.data, "build circular --month 2026-10 --out ''");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("option --out has an empty value"));
  CHECK_FALSE(exists("/circular-2026-10.pdf"));
  CHECK(snapshot(f.t.path) == before);
}

TEST_CASE("class 5: two batch inputs with one output name are refused before writing") {
  Folder f;
  run("mkdir " + q(f.t / "x") + " " + q(f.t / "y"));
  spit(f.t / "x/report.md", doc);
  spit(f.t / "y/report.md", doc);
  spit(f.t / "out/earlier.pdf", "earlier\n");
  expect_refused(f,
                 q(f.t / "a.md") + " " + q(f.t / "x/report.md") + " " + q(f.t / "y/report.md") +
                     " --out-dir " + q(f.t / "out"),
                 "y/report.md: error: this input and " + f.t / "x/report.md" +
                     " would both be written to " + f.t / "out/report.pdf");
  CHECK_FALSE(exists(f.t / "out/a.pdf"));  // not even the good one: refused before rendering
}

TEST_CASE("class 5: --dump-layout naming the input is refused before rendering") {
  Folder f;
  expect_refused(
      f, q(f.t / "a.md") + " -o " + q(f.t / "out/a.pdf") + " --dump-layout " + q(f.t / "a.md"),
      "it is an input of this command");
}

TEST_CASE("class 5: a batch that writes some files exits 4 and lists what was written") {
  Folder f;
  spit(f.t / "b.md", bad_doc);
  spit(f.t / "c.md", doc);
  auto r = f.render(q(f.t / "a.md") + " " + q(f.t / "b.md") + " " + q(f.t / "c.md") +
                    " --out-dir " + q(f.t / "out"));
  INFO(r.err);
  CHECK(r.code == 4);
  CHECK_THAT(r.err,
             Catch::Contains("partly written: 2 of 3 files were written (" + f.t / "out/a.pdf" +
                             ", " + f.t / "out/c.pdf" + "); not written: " + f.t / "b.md"));
  CHECK(r.out == f.t / "out/a.pdf" + "\n" + f.t / "out/c.pdf" + "\n");
  CHECK(qpdf_check(f.t / "out/a.pdf") == 0);
  CHECK(qpdf_check(f.t / "out/c.pdf") == 0);
  CHECK_FALSE(exists(f.t / "out/b.pdf"));
  CHECK(stray_temps(f.t.path) == 0);
}

TEST_CASE("class 5: a batch where nothing renders exits 2 and writes nothing") {
  Folder f;
  spit(f.t / "b.md", bad_doc);
  spit(f.t / "d.md", bad_doc);
  auto r = f.render(q(f.t / "b.md") + " " + q(f.t / "d.md") + " --out-dir " + q(f.t / "out"));
  CHECK(r.code == 2);
  CHECK(r.err.find("partly written") == std::string::npos);
  CHECK(snapshot(f.t / "out").empty());
}

TEST_CASE("class 5: build refuses an output that is a symlink out of its folder") {
  Folder f;
  run("ln -s " + q(f.t / "elsewhere/victim.pdf") + " " + q(f.t / "out/circular-2026-10.pdf"));
  auto r = dp(f.data, "build circular --month 2026-10 --out " + q(f.t / "out"));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("symbolic link leading outside the output folder"));
  CHECK(slurp(f.t / "elsewhere/victim.pdf") == "precious\n");
  CHECK(stray_temps(f.t.path) == 0);
}
