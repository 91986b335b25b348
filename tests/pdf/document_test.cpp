#include <catch2/catch.hpp>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "core/diagnostics.h"
#include "pdf/document.h"
#include "pdf/pdf_test_util.h"
#include "pdf/to_unicode.h"

using namespace docpipe;
using namespace docpipe::pdf;
using test::run;

namespace {

const std::vector<test::FaceSpec> kFaces = {
    {"/usr/share/fonts/truetype/arphic/uming.ttc", 0},
    {"/usr/share/fonts/truetype/arphic/ukai.ttc", 0},
    {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0},
};

const std::vector<test::Line> kLines = {
    {2, 0, 90, 760, 22, "关于2024年度法治政府建设情况的报告"},
    {0, 0, 80, 720, 16, "各区县人民政府，市政府各部门："},
    {0, 0, 80, 690, 16, "根据《法治政府建设实施纲要》“依法行政”（试行）要求，"},
    {1, 0, 80, 660, 16, "一、主要工作：第1、2、3项。ABC xyz 0123456789"},
    {2, 1, 80, 760, 16, "二、存在的问题"},
    {0, 1, 80, 730, 16, "（一）制度建设。本市共审查规范性文件128件。"},
};

const std::vector<test::Mark> kOutline = {
    {"关于2024年度法治政府建设情况的报告", 1, 0, 782},
    {"一、主要工作", 2, 0, 676},
    {"二、存在的问题", 2, 1, 776},
    {"（一）制度建设", 3, 1, 746},
};

DocumentInfo info() {
  DocumentInfo i;
  i.title = "关于2024年度法治政府建设情况的报告";
  i.author = "某市司法局";
  i.subject = "法治政府建设年度报告";
  i.keywords = "法治政府, 年度报告";
  i.creator = "docpipe 0.1";
  i.date = "2025-01-20";
  return i;
}

// kLines through the writer; written to dir/name.
std::string build(const test::TempDir& dir, const std::string& name) {
  std::string out, error;
  bool made = test::make_pdf(kFaces, kLines, 2, info(), kOutline, out, error);
  INFO(error);
  REQUIRE(made);
  CHECK(error.empty());
  test::write_file(dir.file(name), out);
  // To look at the files by hand: DOCPIPE_KEEP_TEST_PDF=/some/dir ctest ...
  if (const char* keep = std::getenv("DOCPIPE_KEEP_TEST_PDF"))
    test::write_file(std::string(keep) + "/" + name, out);
  return out;
}

}  // namespace

TEST_CASE("the PDF passes qpdf --check and embeds tagged subsets") {
  test::TempDir dir;
  std::string out = build(dir, "a.pdf");
  WARN("PDF: " << out.size() << " bytes");
  CHECK(out.size() < 60 * 1024);

  auto check = run("qpdf --check " + dir.file("a.pdf"));
  INFO(check.out << check.err);
  CHECK(check.status == 0);
  CHECK(check.err.empty());

  auto fonts = run("pdffonts " + dir.file("a.pdf"));
  INFO(fonts.out << fonts.err);
  REQUIRE(fonts.status == 0);
  CHECK(fonts.err.empty());
  // name type encoding emb sub uni object ID; three fonts, all embedded subsets with ToUnicode.
  std::regex row(R"(^([A-Z]{6})\+(\S+)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s)");
  int rows = 0;
  std::istringstream lines(fonts.out);
  for (std::string line; std::getline(lines, line);) rows += std::regex_search(line, row);
  CHECK(rows == 3);
}

TEST_CASE("text extracts with pdftotext and mutool, without CMap warnings") {
  test::TempDir dir;
  build(dir, "a.pdf");
  auto poppler = run("pdftotext -enc UTF-8 " + dir.file("a.pdf") + " -");
  auto mupdf = run("mutool draw -q -F txt -o - " + dir.file("a.pdf"));
  INFO("pdftotext:\n" << poppler.out << poppler.err << "\nmutool:\n" << mupdf.out << mupdf.err);
  REQUIRE(poppler.status == 0);
  REQUIRE(mupdf.status == 0);
  CHECK(poppler.err.empty());
  // Debian's mutool is built without lcms2 and says so on every run; anything else is a finding.
  CHECK(std::regex_replace(mupdf.err, std::regex("warning: ICC support is not available\n"), "")
            .empty());
  std::string p = test::without_space(poppler.out), m = test::without_space(mupdf.out);
  for (const auto& line : kLines) {
    INFO(line.text);
    CHECK(p.find(test::without_space(line.text)) != std::string::npos);
    CHECK(m.find(test::without_space(line.text)) != std::string::npos);
  }
}

TEST_CASE("outline and Chinese metadata read back") {
  test::TempDir dir;
  build(dir, "a.pdf");
  auto outline = run("mutool show " + dir.file("a.pdf") + " outline");
  INFO(outline.out << outline.err);
  REQUIRE(outline.status == 0);
  for (const auto& e : kOutline) CHECK_THAT(outline.out, Catch::Contains(e.title));
  // Nesting: mutool indents one tab per level after the open/closed marker.
  CHECK_THAT(outline.out, Catch::Contains("\t\"关于2024") &&
                              Catch::Contains("\t\t\"一、主要工作\"") &&
                              Catch::Contains("\t\t\"二、存在的问题\"") &&
                              Catch::Contains("\t\t\t\"（一）制度建设\""));
  CHECK_THAT(outline.out, Catch::Contains("#page=2&zoom=nan,nan,65.89"));  // 841.89 - 776

  auto json = run("qpdf --json=2 --json-key=outlines " + dir.file("a.pdf"));
  INFO(json.out);
  CHECK_THAT(json.out, Catch::Contains("\"destpageposfrom1\": 2"));

  auto pdfinfo = run("pdfinfo -enc UTF-8 " + dir.file("a.pdf"));
  INFO(pdfinfo.out << pdfinfo.err);
  CHECK(pdfinfo.err.empty());
  CHECK_THAT(pdfinfo.out, Catch::Contains("关于2024年度法治政府建设情况的报告"));
  CHECK_THAT(pdfinfo.out, Catch::Contains("某市司法局"));
  CHECK_THAT(pdfinfo.out, Catch::Contains("Producer:        docpipe"));
  CHECK_THAT(pdfinfo.out, Catch::Contains("Pages:           2"));
  auto iso = run("pdfinfo -isodates " + dir.file("a.pdf"));
  CHECK_THAT(iso.out, Catch::Contains("2025-01-20T00:00:00+08"));
}

TEST_CASE("a full page of 400 distinct UMing ideographs stays within the measured size") {
  std::vector<test::Line> lines;
  std::string row;
  int y = 780;
  std::vector<uint32_t> cps = test::ideographs_in(kFaces[0].path, 400);
  REQUIRE(cps.size() == 400);
  for (size_t n = 0; n < cps.size(); ++n) {
    row += test::utf8(cps[n]);
    if ((n + 1) % 20 == 0) {  // 20 lines of 20 characters
      lines.push_back({0, 0, 60, static_cast<float>(y), 16, row});
      row.clear();
      y -= 30;
    }
  }
  std::string error, out;
  bool made = test::make_pdf({kFaces[0]}, lines, 1, info(), {}, out, error);
  INFO(error);
  REQUIRE(made);
  WARN("one page, 400 UMing ideographs: " << out.size() << " bytes");
  CHECK(out.size() < 185000);
}

TEST_CASE("two runs give byte-identical PDFs") {
  test::TempDir dir;
  std::string a = build(dir, "a.pdf");
  std::string b = build(dir, "b.pdf");
  CHECK(a == b);
}

TEST_CASE("a bad date and a bad outline page are diagnostics, not exceptions") {
  std::string out = "untouched", error;
  DocumentInfo i = info();
  i.date = "2025/01/20";
  CHECK_FALSE(test::make_pdf(kFaces, kLines, 2, i, {{"x", 1, 5, 100}}, out, error));
  CHECK_THAT(error, Catch::Contains("2025/01/20") && Catch::Contains("outline entry 1"));
  CHECK(out == "untouched");
}

TEST_CASE("ToUnicode CMap: bfrange within one byte row, surrogate pairs, 100 per block") {
  std::vector<std::pair<uint32_t, std::u32string>> map;
  map.push_back({1, U" "});
  for (uint32_t c = 0; c < 3; ++c) map.push_back({2 + c, std::u32string(1, U'A' + c)});
  for (uint32_t c = 0; c < 0x20; ++c) map.push_back({0xF0 + c, std::u32string(1, 0x50F0 + c)});
  for (uint32_t c = 0; c < 256; ++c) map.push_back({0x200 + 2 * c, std::u32string(1, 0x6000 + c)});
  map.push_back({0x400, U"\U00020BB7"});
  map.push_back({0x401, U"\u845B\uFE00"});
  std::string cmap = make_to_unicode_cmap(map);
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK_THAT(cmap, Catch::Contains("<0002> <0004> <0041>"));
  CHECK_THAT(cmap, Catch::Contains("<00F0> <00FF> <50F0>"));  // codes cross a row: split
  CHECK_THAT(cmap, Catch::Contains("<0100> <010F> <5100>"));
  CHECK_THAT(cmap, Catch::Contains("<0400> <D842DFB7>"));  // 𠮷 as a surrogate pair
  CHECK_THAT(cmap, Catch::Contains("<0401> <845BFE00>"));
  CHECK_THAT(cmap, Catch::Contains("100 beginbfchar"));
  CHECK_THAT(cmap, Catch::Contains("59 beginbfchar"));  // space, 256 singles, 2 above = 259
}

TEST_CASE("subset tags are six letters, stable, and differ between subsets") {
  std::string a = subset_tag("AR PL UMing CN", {0x4E00, 0x4E01});
  CHECK(std::regex_match(a, std::regex("[A-Z]{6}")));
  CHECK(a == subset_tag("AR PL UMing CN", {0x4E00, 0x4E01}));
  CHECK(a != subset_tag("AR PL UMing CN", {0x4E00}));
  CHECK(a != subset_tag("AR PL UKai CN", {0x4E00, 0x4E01}));
  CHECK(strip_subset_tag("HPDFAA+AR PL UMing CN") == "AR PL UMing CN");
  CHECK(strip_subset_tag("AR PL UMing CN") == "AR PL UMing CN");
}
