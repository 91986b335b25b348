// `--format docx` on the command line, checked from outside: the files appear beside the
// PDF, bad input is the same error as for the PDF with nothing written, control characters
// are refused, the same input gives the same bytes, and python-docx reads the page back.
#include <catch2/catch.hpp>

#include "support/bad_inputs.h"
#include "support/run.h"

using namespace testing;

namespace {

const std::string checks = "/usr/bin/python3 " + source_dir() + "/tests/docx/docx_checks.py";
}  // namespace

TEST_CASE("render --format pdf,docx writes both beside each other, docx alone writes no PDF") {
  TempDir t;
  spit(t / "a.md", "---\ntitle: 通知\nsignature: 江岳省司法厅\ndate: 2026-11-14\n---\n\n正文。\n");
  auto both =
      run(docpipe() + " render '" + t / "a.md" + "' -o '" + t / "out.pdf" + "' --format pdf,docx");
  CHECK(both.code == 0);
  CHECK(both.out == t / "out.pdf" + "\n" + t / "out.docx" + "\n");
  CHECK(slurp(t / "out.docx").substr(0, 2) == "PK");
  auto docx = run(docpipe() + " render '" + t / "a.md" + "' --format docx");
  CHECK(docx.code == 0);
  CHECK(docx.out == t / "a.docx" + "\n");
  CHECK_FALSE(exists(t / "a.pdf"));
  // Same input, same bytes (fixed ZIP dates, no random ids).
  CHECK(slurp(t / "a.docx") == slurp(t / "out.docx"));
}

TEST_CASE("an unknown or repeated --format name is refused") {
  TempDir t;
  spit(t / "a.md", "---\ntitle: 通知\n---\n\n正文。\n");
  for (const std::string list : {"xls", "pdf,,docx", "docx,docx"}) {
    INFO(list);
    auto r = run(docpipe() + " render '" + t / "a.md" + "' --format " + list);
    CHECK(r.code == 2);
    CHECK(r.err.find("hint: write --format followed by one or more of pdf, docx") !=
          std::string::npos);
    CHECK_FALSE(exists(t / "a.pdf"));
    CHECK_FALSE(exists(t / "a.docx"));
  }
}

TEST_CASE("every damaged input is the PDF's error for Word too, and an old .docx stays") {
  auto cases = bad_input_cases();
  REQUIRE(cases.size() >= 8);
  for (const auto& name : cases) {
    for (const std::string formats : {"docx", "pdf,docx"}) {
      INFO("case " << name << " --format " << formats);
      TempDir t;
      spit(t / "out.docx", "the previous, good document");
      auto r = render_bad_input(name, t / "out.pdf", "--format " + formats);
      CHECK(r.code == 2);
      CHECK(r.out.empty());
      CHECK(r.err == expected_bad_input_error(name));
      CHECK(slurp(t / "out.docx") == "the previous, good document");
      CHECK_FALSE(exists(t / "out.pdf"));
      CHECK(count_files(t.path, ".docpipe-") == 0);
    }
  }
}

TEST_CASE("a control character is refused at its line before any file is written") {
  TempDir t;
  spit(t / "c.md",
       "---\ntitle: 通知\n---\n\n正文\x01内容。\n\n| 甲 | 乙 |\n|---|---|\n| 1\x1b | 2 |\n");
  auto r = run(docpipe() + " render '" + t / "c.md" + "' --format pdf,docx");
  CHECK(r.code == 2);
  CHECK(r.err.find(t / "c.md" + ":5: error: control character U+0001 in the text; a Word "
                                "document cannot hold it") == 0);
  CHECK(r.err.find(t / "c.md" + ":9: error: control character U+001B") != std::string::npos);
  CHECK_FALSE(exists(t / "c.pdf"));
  CHECK_FALSE(exists(t / "c.docx"));
  CHECK(count_files(t.path, ".docpipe-") == 0);
}

TEST_CASE("python-docx reads back the GB/T 9704 page, grid, footers and styles") {
  TempDir t;
  auto demo =
      run(docpipe() + " --data '" + t / "none" + "' demo --format docx --out '" + t.path + "'");
  REQUIRE(demo.code == 0);
  for (const std::string name :
       {"work-report-2026", "annual-report-2026", "brief-2026-11", "circular-2026-12"}) {
    INFO(name);
    CHECK_FALSE(exists(t / name + ".pdf"));
    auto r = run(checks + " props '" + t / name + ".docx'");
    INFO(r.out << r.err);
    CHECK(r.code == 0);
  }
  // And the same bytes from a second run.
  TempDir again;
  run(docpipe() + " --data '" + t / "none" + "' demo --format docx --out '" + again.path + "'");
  CHECK(slurp(t / "circular-2026-12.docx") == slurp(again / "circular-2026-12.docx"));
}

TEST_CASE("per-unit copies come in both formats") {
  TempDir t;
  REQUIRE(run(docpipe() + " init '" + t / "data" + "'").code == 0);
  auto r = run("cd '" + t.path + "' && " + docpipe() +
               " --data data build circular --month 2026-10 --per-unit --jobs 2 --format "
               "pdf,docx --out out");
  INFO(r.err);
  CHECK(r.code == 0);
  auto pdfs = run("ls '" + t / "out/circular-2026-10" + "' | grep -c '\\.pdf$'");
  auto docxs = run("ls '" + t / "out/circular-2026-10" + "' | grep -c '\\.docx$'");
  CHECK(std::atoi(pdfs.out.c_str()) >= 5);
  CHECK(pdfs.out == docxs.out);
}

TEST_CASE("a long title breaks in Word where the PDF broke it") {
  TempDir t;
  spit(t / "n.md",
       "---\ntitle: 江岳省司法厅关于开展全省行政执法案卷评查工作的通知\n---\n\n正文。\n");
  REQUIRE(run(docpipe() + " render '" + t / "n.md" + "' --format pdf,docx").code == 0);
  auto pdf = run("pdftotext -l 1 '" + t / "n.pdf" + "' - | head -2");
  auto xml =
      run("/usr/bin/python3 -c \"import zipfile,sys; "
          "print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())\" '" +
          t / "n.docx" + "'");
  REQUIRE(xml.code == 0);
  // The PDF's two title lines, and the same two in the Word title, with a break between.
  auto nl = pdf.out.find('\n');
  REQUIRE(nl != std::string::npos);
  std::string first = pdf.out.substr(0, nl), second = pdf.out.substr(nl + 1);
  second.erase(second.find_last_not_of('\n') + 1);
  CHECK(first + second == "江岳省司法厅关于开展全省行政执法案卷评查工作的通知");
  CHECK(xml.out.find("<w:t>" + first + "</w:t><w:br/><w:t>" + second + "</w:t>") !=
        std::string::npos);
}
