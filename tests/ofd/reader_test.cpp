// Reader check: every kind of OFD the suite writes is opened in ofd.js 0.2.6 under headless
// Chromium (tests/ofd/reader_check.js); its text must equal the PDF's and its pages must look
// like the PDF's. Without Node, Chromium or `npm ci` in tests/ofd the check says SKIPPED
// loudly — except on CI (CI=true), where that is a failure.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "ofd/fixture.h"
#include "ofd/package.h"
#include "render/long_document.h"
#include "support/run.h"

using namespace ofdtest;
using testing::run;

namespace {

const std::string here = testing::source_dir() + "/tests/ofd";

// What is missing for the check, or "" when it can run.
std::string missing_tools() {
  std::string missing;
  const char* chromium = std::getenv("CHROMIUM");
  if (!(chromium && testing::exists(chromium)) && !testing::exists("/usr/bin/chromium"))
    missing += " chromium";
  for (const char* tool : {"node", "pdftotext", "pdftoppm", "pdfinfo", "unzip"})
    if (run(std::string("command -v ") + tool).code != 0) missing += std::string(" ") + tool;
  for (const char* module : {"ofd.js", "puppeteer-core"})
    if (!testing::exists(here + "/node_modules/" + module + "/package.json"))
      missing += std::string(" node_modules/") + module + " (run `npm ci` in tests/ofd)";
  return missing;
}

// True if the check may run; otherwise skips loudly, or fails on CI.
bool reader_available() {
  std::string missing = missing_tools();
  if (missing.empty()) return true;
  const char* ci = std::getenv("CI");
  if (ci && std::string(ci) == "true")
    FAIL("the OFD reader check cannot run on CI; missing:" << missing);
  std::cerr << "\n*** SKIPPED: OFD reader check (ofd.js in Chromium) — missing:" << missing
            << "\n*** install them with `bash .ci/setup test`\n\n";
  WARN("SKIPPED: OFD reader check, missing:" << missing);
  return false;
}

struct Doc {
  std::string name, ofd, pdf;
};

std::string manifest_json(const std::vector<Doc>& docs) {
  std::string j = "[";
  for (const auto& d : docs)
    j += std::string(j.size() > 1 ? "," : "") + "{\"name\":\"" + d.name + "\",\"ofd\":\"" + d.ofd +
         "\",\"pdf\":\"" + d.pdf + "\"}";
  return j + "]";
}

// Where screenshots go: DOCPIPE_OFD_SHOTS to keep them, else the scratch folder.
std::string shots_dir(const testing::TempDir& t) {
  const char* keep = std::getenv("DOCPIPE_OFD_SHOTS");
  return keep ? std::string(keep) : t / "shots";
}

testing::Result check(const testing::TempDir& t, const std::vector<Doc>& docs) {
  testing::spit(t / "manifest.json", manifest_json(docs));
  return run("node '" + here + "/reader_check.js' '" + t / "manifest.json" + "' '" + shots_dir(t) +
             "'");
}

// Writes `markdown` as a PDF (through the CLI) and an OFD beside it.
Doc pair_of(const testing::TempDir& t, const std::string& name, const std::string& markdown) {
  testing::spit(t / (name + ".md"), markdown);
  auto r = run(testing::docpipe() + " render '" + t / (name + ".md") + "' --format pdf,ofd -o '" +
               t / (name + ".pdf") + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  return {name, t / (name + ".ofd"), t / (name + ".pdf")};
}

}  // namespace

TEST_CASE("ofd.js shows every page of every demo kind with the PDF's text and look") {
  if (!reader_available()) return;
  testing::TempDir t;
  auto demo = run(testing::docpipe() + " demo --format pdf,ofd --out '" + t / "demo" + "'");
  INFO(demo.err);
  REQUIRE(demo.code == 0);
  std::vector<Doc> docs;
  for (const auto& line : {demo.out}) {
    size_t at = 0;
    for (size_t nl; (nl = line.find('\n', at)) != std::string::npos; at = nl + 1) {
      std::string path = line.substr(at, nl - at);
      if (path.size() < 4 || path.substr(path.size() - 4) != ".ofd") continue;
      std::string stem = path.substr(0, path.size() - 4);
      std::string name = stem.substr(stem.rfind('/') + 1);
      REQUIRE(testing::exists(stem + ".pdf"));
      docs.push_back({name, path, stem + ".pdf"});
    }
  }
  // Every kind the demo makes (the four named ones at least), each with its PDF.
  REQUIRE(docs.size() >= 4);
  for (const char* kind : {"work-report-", "annual-report-", "brief-", "circular-"})
    CHECK(std::any_of(docs.begin(), docs.end(),
                      [&](const Doc& d) { return d.name.rfind(kind, 0) == 0; }));
  auto r = check(t, docs);
  INFO(r.out << r.err);
  CHECK(r.code == 0);
}

TEST_CASE("ofd.js shows a 版头 notice, a chart and a 12-page report like their PDFs") {
  if (!reader_available()) return;
  testing::TempDir t;
  std::vector<Doc> docs = {
      pair_of(t, "notice", testing::slurp(testing::source_dir() + "/tests/layout/data/notice.md")),
      pair_of(t, "chart",
              "---\ntitle: 关于2026年10月政务信息工作情况的通报\nto: 各市（州）司法局\n"
              "signature: 江岳省司法厅\ndate: 2026-11-03\n---\n\n# 总体情况\n\n"
              "10月全省共报送信息412条。\n\n```chart\ntitle: 各单位采用条数\n甲市: 42\n乙市: 35\n"
              "丙州: 18\n```\n"),
      pair_of(t, "report", testing::long_document(12, true))};
  auto r = check(t, docs);
  INFO(r.out << r.err);
  CHECK(r.code == 0);
}

TEST_CASE("the reader check fails when an OFD's text or colour is not the PDF's") {
  if (!reader_available()) return;
  testing::TempDir t;
  Doc good =
      pair_of(t, "notice", testing::slurp(testing::source_dir() + "/tests/layout/data/notice.md"));
  auto pkg = open_package(testing::slurp(good.ofd));
  std::vector<docpipe::ofd::Part> parts;
  for (const auto& e : pkg.entries) parts.push_back({e.path, e.bytes});
  for (auto& p : parts) {
    if (p.path != "Doc_0/Pages/Page_0/Content.xml") continue;
    // The red 发文机关标志 drawn black, and the 主送 line's text dropped.
    for (size_t at; (at = p.bytes.find("\"230 0 0\"")) != std::string::npos;)
      p.bytes.replace(at, 9, "\"0 0 0\"");
    auto at = p.bytes.find("各市");
    REQUIRE(at != std::string::npos);
    p.bytes.replace(at, 6, "");
  }
  std::string damaged;
  docpipe::Diagnostics diags;
  REQUIRE(docpipe::ofd::zip_package(parts, "2026-11-14", damaged, diags));
  testing::spit(t / "damaged.ofd", damaged);
  auto r = check(t, {{"damaged", t / "damaged.ofd", good.pdf}});
  INFO(r.out << r.err);
  CHECK(r.code == 1);
  CHECK(r.out.find("damaged page 1: text differs") != std::string::npos);
  CHECK(r.out.find("FAIL damaged page 1:") != std::string::npos);
  CHECK(r.out.find("of ink pixels differ") != std::string::npos);
  CHECK(r.out.find("ok   damaged page 2:") != std::string::npos);
}
