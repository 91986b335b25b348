// §7.3.1: where the 标题 stands, measured from outside by tests/tools/check_layout.py (the
// red rule from `mutool trace`, the title line from `pdftotext -bbox-layout`).
#include <catch2/catch.hpp>

#include "support/run.h"

using namespace testing;

namespace {

std::string check(const TempDir& t, const std::string& md) {
  spit(t / "in.md", md);
  auto r = run(docpipe() + " render '" + t / "in.md" + "' -o '" + t / "out.pdf" + "'");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto c =
      run("python3 '" + source_dir() + "/tests/tools/check_layout.py' '" + t / "out.pdf" + "'");
  INFO(c.out << c.err);
  return c.out;
}

const std::string body = "\n\n全年共审查各类规范性文件1286件，同比增长12.53%。\n";

}  // namespace

TEST_CASE("the title stands two 行 below the red rule of the 版头, one line or two") {
  TempDir t;
  for (std::string title : {"关于做好年度考核工作的通知",
                            "江岳省司法厅关于2026年度规范性文件备案审查和行政复议工作情况的通报"})
    for (std::string number : {"  number: 江司发〔2026〕17号\n", ""}) {
      INFO(title << " / " << number);
      std::string md = "---\ntitle: " + title + "\nmasthead:\n  name: 江岳省司法厅文件\n" + number +
                       "to: [各市（州）司法局]\n---" + body;
      auto out = check(t, md);
      CHECK(out.find("title starts") == std::string::npos);
      CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
    }
}

TEST_CASE("without a 版头 the title takes the first line of the type area") {
  TempDir t;
  auto out = check(t, "---\ntitle: 关于做好年度考核工作的通知\n---" + body);
  CHECK(out.find("title at") == std::string::npos);
  CHECK_THAT(out, Catch::EndsWith(" 0 problems\n"));
}
