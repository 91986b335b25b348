// A real client opens what docpipe writes: LibreOffice (headless, its own profile in the
// build tree) converts the four demo documents and one revised with python-docx to PDF in
// one run (each conversion costs seconds), and the results are compared with docpipe's own
// PDFs from outside (tests/docx/docx_checks.py). LibreOffice is given the fonts docpipe
// sets the PDF in, under the names offices have (fonts.conf aliases), as a secretariat
// with those fonts installed would have them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/run.h"

using namespace testing;

namespace {

const std::string checks = "/usr/bin/python3 " + source_dir() + "/tests/docx/docx_checks.py";

std::string build_dir() {
  std::string bin = testing::docpipe();
  return bin.substr(0, bin.rfind('/'));
}

// The faces of this test, with each role's office name (what the .docx asks Word for). They are
// Debian's TrueType faces, which LibreOffice lays out like docpipe line for line; with the Noto
// CJK defaults LibreOffice's own line heights and table wrapping differ (a LibreOffice matter,
// not the .docx's), so the comparison is made where the two engines agree on metrics.
struct TestFace {
  const char* role;
  const char* office;  // first family in fonts.yaml: the name in the .docx
  const char* path;
  const char* family;  // the face's own family, for the alias
};
const TestFace kFaces[] = {
    {"fangsong", "仿宋_GB2312", "/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"},
    {"kaiti", "楷体_GB2312", "/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN"},
    {"heiti", "黑体", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"},
    {"xiaobiaosong", "方正小标宋简体", "/usr/share/fonts/truetype/arphic/uming.ttc",
     "AR PL UMing CN"},
    {"song", "宋体", "/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"},
};

std::string fonts_yaml() {
  std::string yaml = "roles:\n";
  for (const auto& f : kFaces)
    yaml += std::string("  ") + f.role + ": [" + f.office + ", " + f.path + "]\n";
  return yaml +
         "fallback:\n  - /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc\n"
         "  - /usr/share/fonts/truetype/arphic/ukai.ttc\n";
}

// fontconfig rules: each role's office name is the family of the face docpipe draws it with.
std::string fonts_conf() {
  std::string conf =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
      "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n";
  for (const auto& f : kFaces)
    conf += std::string("<match target=\"pattern\"><test name=\"family\"><string>") + f.office +
            "</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>" +
            f.family + "</string></edit></match>\n";
  return conf + "</fontconfig>\n";
}

}  // namespace

TEST_CASE(
    "LibreOffice opens every demo .docx, its text, pages, lines and fonts match the PDF, "
    "and a heading added with python-docx is numbered") {
  TempDir t;
  REQUIRE(run(testing::docpipe() + " init '" + t / "data" + "'").code == 0);
  spit(t / "data/fonts.yaml", fonts_yaml());
  auto demo = run(testing::docpipe() + " --data '" + t / "data" +
                  "' demo --format pdf,docx --out '" + t / "out" + "'");
  INFO(demo.err);
  REQUIRE(demo.code == 0);
  auto inserted = run(checks + " insert-heading '" + t / "out/annual-report-2026.docx" + "' '" +
                      t / "inserted.docx" + "'");
  INFO(inserted.out << inserted.err);
  REQUIRE(inserted.code == 0);
  spit(t / "fonts.conf", fonts_conf());

  // Every document the demo writes (one of each kind), by the path it printed.
  std::vector<std::string> docs;
  for (size_t at = 0, nl; (nl = demo.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    std::string path = demo.out.substr(at, nl - at);
    if (path.size() > 5 && path.substr(path.size() - 5) == ".docx")
      docs.push_back(path.substr(0, path.size() - 5));
  }
  REQUIRE(docs.size() >= 4);
  std::string inputs;
  for (const auto& d : docs) inputs += " '" + d + ".docx'";
  auto lo = run("FONTCONFIG_FILE='" + t / "fonts.conf" + "' soffice -env:UserInstallation=file://" +
                build_dir() + "/libreoffice-profile --headless --convert-to pdf --outdir '" +
                t / "lo" + "'" + inputs + " '" + t / "inserted.docx" + "'");
  INFO(lo.out << lo.err);
  REQUIRE(lo.code == 0);

  for (const auto& d : docs) {
    INFO(d);
    const std::string name = d.substr(d.rfind('/') + 1);
    const std::string ours = d + ".pdf", theirs = t / "lo/" + name + ".pdf";
    REQUIRE(exists(theirs));  // LibreOffice opened and converted it
    // Text in the same order, except where tables have cells of several lines (任务分解表,
    // 进展情况通报, 考评结果通报): LibreOffice breaks those cell lines elsewhere, and pdftotext
    // reads a row of wrapped cells line by line across it, so only their pages are compared
    // (they were looked at side by side: same tables, same rows). The 督办通知 too: docpipe
    // breaks its cells between words (整改 / 验收), LibreOffice between characters.
    bool wrapped_cells = name.rfind("task-table", 0) == 0 || name.rfind("progress", 0) == 0 ||
                         name.rfind("evaluation", 0) == 0 ||
                         d.find("/supervision-") != std::string::npos;
    std::string text_check = wrapped_cells
                                 ? "pages '" + ours + "' '" + theirs + "'"
                                 : "compare '" + d + ".docx' '" + ours + "' '" + theirs + "'";
    for (const std::string& check : {text_check, "fonts '" + ours + "' '" + theirs + "'"}) {
      auto r = run(checks + " " + check);
      INFO(r.out << r.err);
      CHECK(r.code == 0);
    }
  }
  // Full body pages hold 22 lines on the grid (the two long reports have such pages).
  for (const std::string k : {"work-report-2026", "annual-report-2026"}) {
    auto r = run(checks + " lines '" + t / "lo/" + k + ".pdf'");
    INFO(k << "\n" << r.out << r.err);
    CHECK(r.code == 0);
  }
  // The heading inserted before the second 一级标题 is 二、, and the ones after it move on.
  auto text = run("pdftotext '" + t / "lo/inserted.pdf" + "' - | tr -d ' '");
  auto heads = inserted.out;  // the level-1 headings before the insertion, one a line
  std::vector<std::string> lines;
  for (size_t at = 0, nl; (nl = heads.find('\n', at)) != std::string::npos; at = nl + 1)
    if (heads.compare(at, 3, "ok ") != 0) lines.push_back(heads.substr(at, nl - at));
  REQUIRE(lines.size() == 3);
  auto strip = [](std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
  };
  size_t a = text.out.find("一、" + strip(lines[0])), b = text.out.find("二、新增的一级标题"),
         c = text.out.find("三、" + strip(lines[1])), d = text.out.find("四、" + strip(lines[2]));
  INFO(text.out.substr(0, 3000));
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(c != std::string::npos);
  CHECK(d != std::string::npos);
  CHECK((a < b && b < c && c < d));
}
