// A full disk and a read-only output folder, on real filesystems: a 64 KiB tmpfs, and a
// tmpfs remounted read-only (chmod is ignored by root, a read-only mount is not). Each run
// must fail with a clear message and leave the earlier PDF byte for byte, with no temp file.
// Needs root (mount); otherwise the test prints why it skipped.
#include <sys/mount.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>

#include "helpers.h"
#include "render/long_document.h"

using namespace reliability;

namespace {

// A tmpfs of `size` at a fresh folder, unmounted at the end of the scope.
struct Tmpfs {
  TempDir dir;
  bool mounted = false;
  std::string why;
  explicit Tmpfs(const std::string& size) {
    std::string opts = "size=" + size;
    mounted = ::mount("tmpfs", dir.path.c_str(), "tmpfs", 0, opts.c_str()) == 0;
    if (!mounted) why = std::string("mount tmpfs failed: ") + std::strerror(errno);
  }
  bool read_only() {
    return ::mount("tmpfs", dir.path.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }
  ~Tmpfs() {
    if (mounted) ::umount2(dir.path.c_str(), MNT_DETACH);
  }
  std::string operator/(const std::string& n) const { return dir / n; }
};

const std::string small_doc =
    "---\ntitle: 小文件\nsignature: 江岳省司法厅\ndate: 2026-11-14\n---\n\n正文一段。\n";

Result render(const std::string& md_path, const std::string& out) {
  return run(q(bin()) + " render " + q(md_path) + " -o " + q(out));
}

}  // namespace

TEST_CASE("a full disk: clear error, exit 2, the earlier PDF intact, no temp file") {
  Tmpfs fs("64k");
  if (!fs.mounted) {
    WARN("skipped: " << fs.why << " (needs root)");
    return;
  }
  TempDir src;
  spit(src / "small.md", small_doc);
  spit(src / "long.md", testing::long_document(30, true));
  REQUIRE(render(src / "small.md", fs / "a.pdf").code == 0);
  std::string before = slurp(fs / "a.pdf");
  REQUIRE(before.size() < 60 * 1024);

  auto r = render(src / "long.md", fs / "b.pdf");  // a new file that does not fit
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("b.pdf: error: cannot write output: No space left on device"));
  CHECK_FALSE(exists(fs / "b.pdf"));
  r = render(src / "long.md", fs / "a.pdf");  // replacing the earlier file
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("No space left on device"));
  CHECK(slurp(fs / "a.pdf") == before);
  CHECK(testing::count_files(fs.dir.path, ".docpipe-") == 0);
}

TEST_CASE("a read-only output folder: clear error, exit 2, the earlier PDF intact") {
  Tmpfs fs("4m");
  if (!fs.mounted) {
    WARN("skipped: " << fs.why << " (needs root)");
    return;
  }
  TempDir src;
  spit(src / "small.md", small_doc);
  spit(src / "long.md", testing::long_document(3, false));
  REQUIRE(render(src / "small.md", fs / "a.pdf").code == 0);
  std::string before = slurp(fs / "a.pdf");
  if (!fs.read_only()) {
    WARN("skipped: remount read-only failed: " << std::strerror(errno));
    return;
  }
  auto r = render(src / "long.md", fs / "a.pdf");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("a.pdf: error: cannot write output: Read-only file system"));
  CHECK(slurp(fs / "a.pdf") == before);
  CHECK(testing::count_files(fs.dir.path, ".docpipe-") == 0);
}
