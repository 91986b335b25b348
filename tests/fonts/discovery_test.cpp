// Discovery by family name through fontconfig. Each test makes a private fontconfig
// configuration (FONTCONFIG_FILE) holding one font copied from a Debian package under another
// family name — AR PL UMing renamed 仿宋_GB2312, as an office's Windows font would be — so the
// system's fonts are never touched and the name cannot come from anywhere else.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "fonts/font_files.h"
#include "support/font_rename.h"
#include "support/run.h"

using namespace testing;

namespace {

const char* kUming = "/usr/share/fonts/truetype/arphic/uming.ttc";
const std::string kText = "各单位：根据工作安排，现将有关事项通知如下。";

struct PrivateFonts {
  TempDir t;
  PrivateFonts() {
    ::mkdir((t / "fonts").c_str(), 0755);
    ::mkdir((t / "data").c_str(), 0755);
    std::u32string chars = U"各单位：根据工作安排，现将有关事项通知如下。";
    spit(t / "fonts/simfang-copy.ttf",
         renamed_font(fonts_test::small_font(kUming, 0, chars), U"FangSong_GB2312", U"仿宋_GB2312",
                      "FangSongGB2312-Test"));
    spit(t / "fonts.conf",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
         "  <dir>" +
             t / "fonts" + "</dir>\n  <cachedir>" + t / "cache" + "</cachedir>\n</fontconfig>\n");
    spit(t / "doc.md", "---\ntitle: 通知\n---\n\n" + kText + "\n");
  }
  Result render(const std::string& fonts_yaml = "") {
    if (!fonts_yaml.empty()) spit(t / "data/fonts.yaml", fonts_yaml);
    return run("FONTCONFIG_FILE='" + t / "fonts.conf" + "' " + testing::docpipe() + " --data '" +
               t / "data" + "' render '" + t / "doc.md" + "' -o '" + t / "doc.pdf" + "'");
  }
  std::string fonts_used() { return run("pdffonts '" + t / "doc.pdf" + "'").out; }
};

}  // namespace

TEST_CASE("an installed 仿宋_GB2312 is found by name and used without any configuration") {
  PrivateFonts p;
  auto r = p.render();
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());  // a real 仿宋: no stand-in note
  CHECK_THAT(p.fonts_used(), Catch::Contains("+FangSongGB2312-Test"));
  auto text = run("pdftotext '" + p.t / "doc.pdf" + "' -").out;
  CHECK_THAT(text, Catch::Contains("现将有关事项通知如下"));
}

TEST_CASE("fonts.yaml names a role by an ordered list of families, the first installed wins") {
  PrivateFonts p;
  auto r = p.render("roles:\n  fangsong: [方正仿宋_GBK, FangSong_GB2312, " + std::string(kUming) +
                    "]\n");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK_THAT(p.fonts_used(), Catch::Contains("+FangSongGB2312-Test"));
}

TEST_CASE("a family that is not installed falls through to the next choice") {
  PrivateFonts p;
  auto r = p.render("roles:\n  fangsong:\n    - {family: 方正仿宋_GBK}\n    - {file: " +
                    std::string(kUming) + "}\n");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK_THAT(p.fonts_used(), Catch::Contains("+UMingCN"));
}

TEST_CASE("a role none of whose families is installed is one error listing what was tried") {
  PrivateFonts p;
  auto r = p.render("roles:\n  fangsong: [方正仿宋_GBK, FangSong]\n");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("no font for role 'fangsong' is installed: tried "
                                    "方正仿宋_GBK, FangSong"));
  CHECK_THAT(r.err, Catch::Contains("/usr/local/share/fonts"));
  CHECK_FALSE(exists(p.t / "doc.pdf"));
}

TEST_CASE("without a 仿宋 the stand-in is named once per run, and the exit code stays 0") {
  PrivateFonts p;
  ::unlink((p.t / "fonts/simfang-copy.ttf").c_str());
  spit(p.t / "doc2.md", "---\ntitle: 通知二\n---\n\n" + kText + "\n");
  auto r = run("FONTCONFIG_FILE='" + p.t / "fonts.conf" + "' " + testing::docpipe() + " --data '" +
               p.t / "data" + "' render '" + p.t / "doc.md" + "' '" + p.t / "doc2.md" +
               "' --out-dir '" + p.t / "out" + "'");
  INFO(r.err);
  CHECK(r.code == 0);
  const std::string note =
      "note: no 仿宋 (FangSong) font is installed; NotoSerifCJK-Regular.ttc#2 "
      "stands in for the body text";
  CHECK(r.err.find(note) == 0);
  CHECK(r.err.find(note, 1) == std::string::npos);
  CHECK_THAT(r.err, Catch::Contains("A real 仿宋"));
}

// The office's path: copy the font into /usr/local/share/fonts, nothing else. The suite does
// not write into the real /usr/local/share/fonts (every other process on the machine would see
// a new 仿宋_GB2312, and tests must not reach outside the repository), so it runs Debian's own
// /etc/fonts/fonts.conf — conf.d, the other font folders and the system cache included — with
// only that one folder moved into a temp dir, and a private cache written first.
TEST_CASE(
    "a font copied into /usr/local/share/fonts is found by family through the system "
    "fonts.conf") {
  std::string conf = slurp("/etc/fonts/fonts.conf");
  const std::string local = "<dir>/usr/local/share/fonts</dir>";
  const std::string cache = "<cachedir>/var/cache/fontconfig</cachedir>";
  REQUIRE(conf.find(local) != std::string::npos);  // Debian scans it by default
  REQUIRE(conf.find(cache) != std::string::npos);
  TempDir t;
  ::mkdir((t / "data").c_str(), 0755);  // no fonts.yaml: the default preferences
  ::mkdir((t / "usr").c_str(), 0755);
  ::mkdir((t / "usr/local").c_str(), 0755);
  ::mkdir((t / "usr/local/share").c_str(), 0755);
  ::mkdir((t / "usr/local/share/fonts").c_str(), 0755);
  std::u32string chars = U"各单位：根据工作安排，现将有关事项通知如下。";
  spit(t / "usr/local/share/fonts/SIMFANG.TTF",
       renamed_font(fonts_test::small_font(kUming, 0, chars), U"FangSong_GB2312", U"仿宋_GB2312",
                    "FangSongGB2312-Local"));
  conf.replace(conf.find(local), local.size(), "<dir>" + t / "usr/local/share/fonts</dir>");
  conf.replace(conf.find(cache), 0, "<cachedir>" + t / "cache</cachedir>\n\t");
  spit(t / "fonts.conf", conf);
  spit(t / "doc.md", "---\ntitle: 通知\n---\n\n" + kText + "\n");
  auto r = run("FONTCONFIG_FILE='" + t / "fonts.conf" + "' " + testing::docpipe() + " --data '" +
               t / "data' render '" + t / "doc.md" + "' -o '" + t / "doc.pdf" + "'");
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.err.empty());  // a real 仿宋 now: no stand-in note
  CHECK_THAT(run("pdffonts '" + t / "doc.pdf" + "'").out, Catch::Contains("+FangSongGB2312-Local"));
  auto listed = run("FONTCONFIG_FILE='" + t / "fonts.conf" + "' " + testing::docpipe() +
                    " --data '" + t / "data' fonts");
  CHECK_THAT(listed.out, Catch::Contains(t / "usr/local/share/fonts/SIMFANG.TTF"));
}
