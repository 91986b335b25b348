// Nothing outside the 版心 (#12 item 6): hostile documents whose long fields are wrapped or
// set smaller where GB/T 9704 allows it, each checked from outside by
// tests/tools/check_layout.py (its `inside` check); the fields the standard keeps on one line
// are refused in tests/data/bad (bad_input_test.cpp).
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

Result render(const TempDir& t, const std::string& md) {
  spit(t / "in.md", md);
  return run(docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "'");
}

Result check(const TempDir& t, const std::string& args = "") {
  return run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" + "'" +
             args);
}

// Renders `md` (its exit code must be 0) and returns check_layout.py's report on the PDF.
std::string render_checked(const TempDir& t, const std::string& md, const std::string& args = "") {
  auto r = render(t, md);
  INFO(r.err);
  REQUIRE(r.code == 0);
  return check(t, args).out;
}

std::string text_of(const TempDir& t, int page) {
  auto p = std::to_string(page);
  return run("pdftotext -f " + p + " -l " + p + " '" + t / "out.pdf" + "' -").out;
}

std::string no_spaces(std::string s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

}  // namespace

TEST_CASE("chart labels longer than their column widen it, or wrap to two lines, inside the 版心") {
  TempDir t;
  auto out =
      render_checked(t,
                     "---\ntitle: 关于2026年10月政务信息工作情况的通报\n---\n\n各单位得分如下。\n\n"
                     "```chart\ntitle: 2026年10月各单位政务信息得分\n"
                     "办公室: 12\n江川市临溪区司法局: 11\n公共法律服务管理处: 8\n"
                     "江川市临溪区人民政府行政执法协调监督局: 7\n立法处: 100.25\n```\n");
  INFO(out);
  CHECK(out.find("outside the type area") == std::string::npos);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
  // Every label and value extracts back whole (the long one over two lines).
  auto text = no_spaces(text_of(t, 1));
  for (const char* s : {"江川市临溪区司法局", "公共法律服务管理处", "江川市临溪区人民政府行政",
                        "执法协调监督局", "100.25"})
    CHECK(text.find(s) != std::string::npos);
}

TEST_CASE("a chart caption longer than the 版心 wraps, centred") {
  TempDir t;
  std::string caption =
      "2026年10月全省各市州司法局和省直有关单位报送政务信息被各级各类渠道采用情况及得分排名";
  auto out = render_checked(
      t, "---\ntitle: 关于政务信息工作情况的通报\n---\n\n得分如下。\n\n```chart\ntitle: " +
             caption + "\n办公室: 12\n立法处: 3\n```\n");
  INFO(out);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
  CHECK(no_spaces(text_of(t, 1)).find(caption) != std::string::npos);
}

TEST_CASE("a long 抄送 and 主送 wrap in the 版记, aligned after the colon, inside the 版心") {
  TempDir t;
  std::string names;
  for (const char* n :
       {"江岳省人民政府办公厅", "江岳省人大常委会法制工作委员会", "江岳省高级人民法院",
        "江岳省人民检察院", "江岳省财政厅", "江岳省人力资源和社会保障厅", "江岳省自然资源厅",
        "江岳省生态环境厅", "江岳省住房和城乡建设厅", "江岳省交通运输厅", "江岳省水利厅",
        "江岳省农业农村厅"})
    names += std::string(names.empty() ? "" : ", ") + n;
  auto out =
      render_checked(t, "---\ntitle: 关于开展专项检查的通知\nto: [" + names +
                            "]\nsignature: 江岳省司法厅\ndate: 2026-11-14\ncc: [" + names +
                            "]\nprinter: 江岳省司法厅办公室\nprinted: 2026-11-15\n---\n\n正文。\n");
  INFO(out);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
  auto text = no_spaces(run("pdftotext '" + t / "out.pdf" + "' -").out);
  CHECK(text.find("江岳省农业农村厅：") != std::string::npos);  // 主送, under the title
  CHECK(text.find("江岳省农业农村厅。") != std::string::npos);  // 抄送, in the 版记
}

TEST_CASE("a joint masthead of long organ names is set smaller to fit the 版心") {
  TempDir t;
  auto out =
      render_checked(t,
                     "---\ntitle: 关于联合开展专项检查的通知\nmasthead:\n"
                     "  issuers: [江岳省人民政府办公厅, 江岳省人力资源和社会保障厅, 江岳省司法厅]\n"
                     "  suffix: 文件\n  number: 江府办发〔2026〕3号\n---\n\n正文。\n");
  INFO(out);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
}

TEST_CASE("a 信函's 标志 and double rules outside the 版心 are where §10.1 puts them") {
  TempDir t;
  auto out =
      render_checked(t,
                     "---\nformat: letter\ntitle: 关于商请支持专项检查的函\ncopy_no: \"000123\"\n"
                     "secrecy: 秘密\nurgency: 特急\nmasthead:\n  name: 江岳省司法厅\n"
                     "  number: 江司函〔2026〕12号\n---\n\n正文。\n",
                     " --first-unnumbered");
  INFO(out);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
}

TEST_CASE("a joint 版头 of eight organs is set smaller so the body starts on the first page") {
  TempDir t;
  auto out = render_checked(
      t,
      "---\ntitle: 关于联合开展专项检查的通知\nmasthead:\n  issuers: [江岳省人民政府办公厅, "
      "江岳省司法厅, 江岳省财政厅, 江岳省发展和改革委员会, 江岳省自然资源厅, "
      "江岳省生态环境厅, 江岳省住房和城乡建设厅, 江岳省交通运输厅]\n  suffix: 文件\n"
      "  number: 江府办发〔2026〕3号\n---\n\n正文第一段。\n");
  INFO(out);
  CHECK_THAT(out, Catch::EndsWith("1 pages, 0 problems\n"));  // §7.2.4: 首页显示正文
  CHECK(no_spaces(text_of(t, 1)).find("正文第一段。") != std::string::npos);
}
