// The GB/T 9704 elements in Word (#13): each test document of tests/data/elements (份号 密级
// 紧急程度, 上行文 签发人, 联合行文, 信函, 命令, 纪要, 附件说明 and 附注, a seal) written as
// .docx beside its PDF, opened and converted by LibreOffice, and compared from outside with
// docpipe's PDF: the same text in the same order (tests/docx/docx_checks.py compare), and
// the elements the standard places by alignment where the PDF has them.
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

const std::string checks = "/usr/bin/python3 " + source_dir() + "/tests/docx/docx_checks.py";
const std::string elements = source_dir() + "/tests/data/elements";

std::string build_dir() {
  std::string bin = testing::docpipe();
  return bin.substr(0, bin.rfind('/'));
}

// Debian's TrueType faces under the office names, for docpipe and for LibreOffice alike (as
// tests/docx/libreoffice_test.cpp explains: the two engines then agree on metrics).
const char* const kFontsYaml =
    "roles:\n"
    "  fangsong: [仿宋_GB2312, /usr/share/fonts/truetype/arphic/uming.ttc]\n"
    "  kaiti: [楷体_GB2312, /usr/share/fonts/truetype/arphic/ukai.ttc]\n"
    "  heiti: [黑体, /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc]\n"
    "  xiaobiaosong: [方正小标宋简体, /usr/share/fonts/truetype/arphic/uming.ttc]\n"
    "  song: [宋体, /usr/share/fonts/truetype/arphic/uming.ttc]\n"
    "fallback:\n  - /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc\n";

std::string fonts_conf() {
  const char* alias[][2] = {{"仿宋_GB2312", "AR PL UMing CN"},
                            {"楷体_GB2312", "AR PL UKai CN"},
                            {"黑体", "WenQuanYi Zen Hei"},
                            {"方正小标宋简体", "AR PL UMing CN"},
                            {"宋体", "AR PL UMing CN"}};
  std::string conf =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
      "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n";
  for (const auto& a : alias)
    conf += std::string("<match target=\"pattern\"><test name=\"family\"><string>") + a[0] +
            "</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>" +
            a[1] + "</string></edit></match>\n";
  return conf + "</fontconfig>\n";
}

}  // namespace

TEST_CASE(
    "every element document's .docx opens in LibreOffice with the PDF's text in the PDF's "
    "order, the elements aligned as in the PDF") {
  TempDir t;
  const std::vector<std::string> docs = {"marks", "upward",  "joint",       "letter",
                                         "order", "minutes", "attachments", "sealed"};
  std::string inputs, docx;
  for (const auto& d : docs) inputs += " '" + elements + "/" + d + ".md'";
  REQUIRE(run("mkdir -p '" + t / "data" + "' '" + t / "in" + "' && cp" + inputs + " '" + t / "in" +
              "' && python3 '" + source_dir() + "/tests/tools/make_seal.py' '" + t / "in/seal.png" +
              "'")
              .code == 0);
  spit(t / "data/fonts.yaml", kFontsYaml);
  spit(t / "fonts.conf", fonts_conf());
  auto r = run("cd '" + t / "in" + "' && " + testing::docpipe() + " --data '" + t / "data" +
               "' render *.md --out-dir '" + t / "out" + "' --format pdf,docx");
  INFO(r.err);
  REQUIRE(r.code == 0);
  for (const auto& d : docs) docx += " '" + t / "out/" + d + ".docx'";
  // A profile of its own: two LibreOffice processes cannot share one (libreoffice_test.cpp
  // may run at the same time).
  auto lo =
      run("FONTCONFIG_FILE='" + t / "fonts.conf" + "' soffice -env:UserInstallation=file://" +
          build_dir() + "/libreoffice-profile-elements --headless --convert-to pdf --outdir '" +
          t / "lo" + "'" + docx);
  INFO(lo.out << lo.err);
  REQUIRE(lo.code == 0);
  // The seal is in the package as the author's PNG, drawn by an anchored picture.
  CHECK(run("unzip -p '" + t / "out/sealed.docx" + "' word/media/image1.png | cmp - '" +
            t / "in/seal.png" + "'")
            .code == 0);
  CHECK(run("unzip -p '" + t / "out/sealed.docx" +
            "' word/document.xml | grep -q 'r:embed=\"rIdImage1\"'")
            .code == 0);
  for (const auto& d : docs) {
    INFO(d);
    auto c = run(checks + " compare '" + t / "out/" + d + ".docx' '" + t / "out/" + d + ".pdf' '" +
                 t / "lo/" + d + ".pdf'");
    INFO(c.out << c.err);
    CHECK(c.code == 0);
  }
}
