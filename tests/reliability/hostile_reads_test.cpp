// Issue 17, class 2 (unbounded reads): every input goes through core/input_file.h, which
// refuses anything but a regular file by its type before opening it and stops reading past
// DOCPIPE_MAX_INPUT_BYTES. Each case runs the real binary under a time limit: a FIFO that
// blocked open(), or /dev/zero read to the end, would show as exit 124 (timeout), not 2.
#include <sys/socket.h>
#include <sys/un.h>

#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string doc = "---\ntitle: 关于测试的通知\n---\n\n正文第一段。\n";

void make_fifo(const std::string& path) {
  REQUIRE(run("mkfifo " + q(path)).code == 0);
}

// A bound Unix socket left in the file system (the socket file outlives the descriptor).
void make_socket(const std::string& path) {
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un a{};
  a.sun_family = AF_UNIX;
  path.copy(a.sun_path, sizeof a.sun_path - 1);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  ::close(fd);
}

// `docpipe render IN -o OUT` must refuse with `what` in the message, write nothing, and
// leave OUT (an earlier, good PDF) byte-identical.
void expect_render_refused(const TempDir& t, const std::string& data, const std::string& in,
                           const std::string& what, const std::string& env = "") {
  std::string out = t / "out/doc.pdf";
  auto before = snapshot(t / "out");
  auto r = dp(data, "render " + q(in) + " -o " + q(out), 60, env);
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(what));
  CHECK(snapshot(t / "out") == before);
  CHECK(stray_temps(t.path) == 0);
}

struct Folder {
  TempDir t;
  std::string data = sample(t);
  Folder() {
    run("mkdir -p " + q(t / "out"));
    spit(t / "good.md", doc);
    auto r = dp(data, "render " + q(t / "good.md") + " -o " + q(t / "out/doc.pdf"));
    REQUIRE(r.code == 0);
  }
};

}  // namespace

TEST_CASE("class 2: render of a FIFO is refused by type, without blocking on open") {
  Folder f;
  make_fifo(f.t / "pipe.md");
  expect_render_refused(f.t, f.data, f.t / "pipe.md", "is a FIFO (named pipe), not a regular file");
}

TEST_CASE("class 2: render of /dev/zero is refused as a character device") {
  Folder f;
  expect_render_refused(f.t, f.data, "/dev/zero",
                        "/dev/zero: error: input file is a character "
                        "device, not a regular file");
}

TEST_CASE("class 2: render of a symlink to /dev/urandom is refused by what it leads to") {
  Folder f;
  run("ln -s /dev/urandom " + q(f.t / "link.md"));
  expect_render_refused(f.t, f.data, f.t / "link.md", "is a character device");
}

TEST_CASE("class 2: render of a directory is refused as a directory") {
  Folder f;
  run("mkdir " + q(f.t / "dir.md"));
  expect_render_refused(f.t, f.data, f.t / "dir.md", "dir.md: error: input file is a directory");
}

TEST_CASE("class 2: render of a socket is refused as a socket") {
  Folder f;
  make_socket(f.t / "sock.md");
  expect_render_refused(f.t, f.data, f.t / "sock.md", "is a socket");
}

TEST_CASE("class 2: Markdown past DOCPIPE_MAX_INPUT_BYTES is refused with the limit named") {
  Folder f;
  spit(f.t / "big.md", doc + std::string(8000, 'x') + "\n");
  expect_render_refused(f.t, f.data, f.t / "big.md",
                        "more than the limit of 4096 bytes in one input file "
                        "(DOCPIPE_MAX_INPUT_BYTES)",
                        "DOCPIPE_MAX_INPUT_BYTES=4096");
  // The same file under the default limit renders.
  auto r = dp(f.data, "render " + q(f.t / "big.md") + " -o " + q(f.t / "big.pdf"));
  CHECK(r.code == 0);
  CHECK(qpdf_check(f.t / "big.pdf") == 0);
}

TEST_CASE("class 2: import from a FIFO is refused, the store is unchanged and intact") {
  Folder f;
  make_fifo(f.t / "items.csv");
  std::string db = f.data + "/docpipe.db", before = slurp(db);
  auto r = dp(f.data, "import items " + q(f.t / "items.csv"), 60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("items.csv: error: input file is a FIFO"));
  CHECK(slurp(db) == before);
  CHECK(integrity(db) == "ok");
}

TEST_CASE("class 2: import of /dev/urandom is refused by type, nothing read") {
  Folder f;
  std::string db = f.data + "/docpipe.db", before = slurp(db);
  auto r = dp(f.data, "import units /dev/urandom", 60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("is a character device"));
  CHECK(slurp(db) == before);
}

TEST_CASE("class 2: a CSV past DOCPIPE_MAX_INPUT_BYTES is refused before parsing") {
  Folder f;
  std::string csv = "date,unit,title,author,adopted_by,instructions\n";
  for (int i = 0; i < 200; ++i) csv += "2026-11-02,JCS,标题" + std::to_string(i) + ",作者,,0\n";
  spit(f.t / "items.csv", csv);
  std::string db = f.data + "/docpipe.db", before = slurp(db);
  auto r = dp(f.data, "import items " + q(f.t / "items.csv"), 60, "DOCPIPE_MAX_INPUT_BYTES=2000");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("(DOCPIPE_MAX_INPUT_BYTES)"));
  CHECK(slurp(db) == before);
}

TEST_CASE("class 2: fonts.yaml that is a FIFO stops the render with its name") {
  Folder f;
  make_fifo(f.data + "/fonts.yaml");
  expect_render_refused(f.t, f.data, f.t / "good.md", "fonts.yaml: error: input file is a FIFO");
}

TEST_CASE("class 2: a font file that is /dev/zero is refused by type, not read forever") {
  Folder f;
  spit(f.data + "/fonts.yaml", "roles:\n  fangsong: {file: /dev/zero}\n");
  expect_render_refused(f.t, f.data, f.t / "good.md",
                        "font file for role 'fangsong' is a character device");
}

TEST_CASE("class 2: a font file that is a FIFO is refused without blocking") {
  Folder f;
  make_fifo(f.t / "font.ttf");
  spit(f.data + "/fonts.yaml", "roles:\n  heiti: {file: " + f.t / "font.ttf" + "}\n");
  expect_render_refused(f.t, f.data, f.t / "good.md", "font file for role 'heiti' is a FIFO");
}

TEST_CASE("class 2: a data file (office.yaml) that is a FIFO is reported by validate") {
  Folder f;
  run("rm " + q(f.data + "/office.yaml"));
  make_fifo(f.data + "/office.yaml");
  auto r = dp(f.data, "validate", 60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("office.yaml: error: input file is a FIFO"));
}

TEST_CASE("class 2: a narrative file that is a directory is reported by validate") {
  Folder f;
  run("mkdir " + q(f.data + "/narrative/work_report-2030.yaml"));
  auto r = dp(f.data, "validate", 60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("work_report-2030.yaml: error: input file is a directory"));
}

TEST_CASE("class 2: a template that is a FIFO stops the build, nothing is written") {
  Folder f;
  run("mkdir " + q(f.t / "tpl") + " && cp " + q(testing::source_dir() + "/templates") +
      "/*.mustache " + q(f.t / "tpl") + " && rm " + q(f.t / "tpl/circular.md.mustache"));
  make_fifo(f.t / "tpl/circular.md.mustache");
  auto r = dp(
      f.data,
      "build circular --month 2026-10 --templates " + q(f.t / "tpl") + " --out " + q(f.t / "out"),
      60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("circular.md.mustache: error: input file is a FIFO"));
  CHECK_FALSE(exists(f.t / "out/circular-2026-10.pdf"));
}

TEST_CASE("class 2: a brief article that is a FIFO is refused, the draft is unchanged") {
  Folder f;
  auto n = dp(f.data, "brief new --date 2026-12-15");
  REQUIRE(n.code == 0);
  std::string id = n.out.substr(0, n.out.find('\n'));
  make_fifo(f.t / "article.md");
  std::string db = f.data + "/docpipe.db";
  std::string before = sql(db, "SELECT count(*) FROM brief_articles");
  auto r = dp(f.data, "brief add " + id + " " + q(f.t / "article.md") + " --source 办公室", 60);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("article.md: error: input file is a FIFO"));
  CHECK(sql(db, "SELECT count(*) FROM brief_articles") == before);
  CHECK(integrity(db) == "ok");
}

// /proc files are regular files that report size 0 and stream any length: only the check
// made while reading catches them.
TEST_CASE("class 2: a file whose size lies (/proc) is refused while streaming") {
  Folder f;
  expect_render_refused(f.t, f.data, "/proc/self/smaps",
                        "grew past more than the limit of 1000 bytes in one input file",
                        "DOCPIPE_MAX_INPUT_BYTES=1000");
}
