// `docpipe fonts`: each role's face (family, file, index, outline type), its coverage of GB 2312
// and of the GB 18030 level-1 set, how it was chosen, and the fallback chain.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "support/run.h"

using namespace testing;

TEST_CASE("docpipe fonts reports face, coverage, preferences and fallbacks") {
  TempDir t;
  ::mkdir((t / "data").c_str(), 0755);
  spit(t / "data/fonts.yaml",
       "roles:\n"
       "  heiti: [方正黑体_GBK, {file: /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, "
       "index: 2}]\n"
       "fallback:\n"
       "  - {family: 方正仿宋_GBK}\n"
       "  - /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc\n");
  auto r = run(docpipe() + " --data '" + t / "data" + "' fonts");
  INFO(r.out << r.err);
  CHECK(r.code == 0);
  // The CFF face of the collection, with its real family and index.
  CHECK_THAT(r.out, Catch::Contains("heiti (黑体") &&
                        Catch::Contains("Noto Sans CJK SC — /usr/share/fonts/opentype/noto/"
                                        "NotoSansCJK-Regular.ttc, face 2, OpenType CFF"));
  CHECK_THAT(r.out, Catch::Contains("preferences: 方正黑体_GBK [not installed], "
                                    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2 "
                                    "[used]"));
  // Coverage against the full sets: GB 2312 has 7,445 characters.
  CHECK_THAT(r.out, Catch::Contains("GB 2312: 7445/7445 (100.0%)"));
  CHECK_THAT(r.out, Catch::Contains("GB 18030 level 1: "));
  CHECK_THAT(r.out, Catch::Contains("1. 方正仿宋_GBK [not installed]") &&
                        Catch::Contains("2. /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") &&
                        Catch::Contains("WenQuanYi Zen Hei — "));
  for (const char* role : {"fangsong (", "kaiti (", "xiaobiaosong (", "song ("})
    CHECK_THAT(r.out, Catch::Contains(role));
}
