// Issue 17, classes 3 and 4 (text and numbers at the door): every string entering the store
// is UTF-8 without invisible characters (source/text_door.h) and drawable by the configured
// fonts; a CSV that is UTF-16 or mixes encodings is refused by name or row; `validate`
// reports a stored record that can no longer be printed, by record; chart values take one
// number grammar (thousands separators yes, units no) and numbers at import keep their range.
#include <catch2/catch.hpp>

#include "hostile.h"

using namespace reliability;

namespace {

const std::string items_header = "date,unit,title,author,adopted_by,instructions\n";

struct Folder : SampleFolder {
  std::string before = slurp(db);
  Result import(const std::string& kind, const std::string& bytes) {
    spit(t / "in.csv", bytes);
    return dp(data, "import " + kind + " " + q(t / "in.csv") + " --today 2026-12-01");
  }
  Result render(const std::string& md) {
    spit(t / "in.md", md);
    return dp(data, "render " + q(t / "in.md") + " -o " + q(t / "in.pdf"));
  }
};

// Refused: exit 2, `message` in the output, the store byte-identical.
void expect_refused(Folder& f, const Result& r, const std::string& message) {
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains(message));
  CHECK(slurp(f.db) == f.before);
}

std::string item(const std::string& title) {
  return "2026-11-02,JCS," + title + ",作者,,0\n";
}

std::string utf16le(const std::string& ascii) {
  std::string s;
  for (char c : ascii) s += c, s += '\0';
  return s;
}

std::string chart(const std::string& lines) {
  return "---\ntitle: 图表\n---\n\n正文。\n\n```chart\ntitle: 得分\n" + lines + "```\n";
}

}  // namespace

TEST_CASE("class 3: a zero-width space in a CSV field is refused at line:column") {
  Folder f;
  expect_refused(f, f.import("items", items_header + item("标题\u200b续")),
                 "in.csv:2:3: error: zero-width character U+200B in this field");
}

TEST_CASE("class 3: a bidi override (U+202E) is refused: it would show another text") {
  Folder f;
  expect_refused(f, f.import("items", items_header + item("甲\u202e乙丙")),
                 "in.csv:2:3: error: bidirectional control U+202E");
}

TEST_CASE("class 3: a bidi isolate (U+2066) in the author is refused") {
  Folder f;
  expect_refused(f, f.import("items", items_header + "2026-11-02,JCS,标题,作\u2066者,,0\n"),
                 "in.csv:2:4: error: bidirectional control U+2066");
}

TEST_CASE("class 3: a byte-order mark inside a field (U+FEFF) is refused") {
  Folder f;
  expect_refused(f, f.import("units", "code,name,kind,parent\nXYZ,新\ufeff单位,处室,\n"),
                 "in.csv:2:2: error: zero-width character U+FEFF");
}

TEST_CASE("class 3: UTF-16LE without a byte-order mark is named, not called binary") {
  Folder f;
  expect_refused(f, f.import("items", utf16le(items_header + "2026-11-02,JCS,t,a,,0\n")),
                 "file is UTF-16LE text without a byte-order mark");
}

TEST_CASE("class 3: UTF-16BE without a byte-order mark is named") {
  Folder f;
  std::string le = utf16le(items_header + "2026-11-02,JCS,t,a,,0\n");
  std::string be;
  for (size_t i = 0; i + 1 < le.size(); i += 2) be += le[i + 1], be += le[i];
  expect_refused(f, f.import("items", be), "file is UTF-16BE text without a byte-order mark");
}

TEST_CASE("class 3: a UTF-8 file with one GBK row names that row") {
  Folder f;
  // "标题" in GBK: B1EA CCE2.
  expect_refused(
      f,
      f.import("items", items_header + item("第一条") + item("第二条") + item("\xB1\xEA\xCC\xE2")),
      "in.csv:4: error: this row is not UTF-8 like the rows before it: the file "
      "mixes encodings");
}

TEST_CASE("class 3: a GBK file with one UTF-8 row names that row (no silent mojibake)") {
  Folder f;
  expect_refused(f, f.import("items", items_header + item("\xB1\xEA\xCC\xE2") + item("标题")),
                 "in.csv:3: error: this row is not GB18030/GBK like the rows before it");
}

TEST_CASE("class 3: a character no configured font draws is refused at import") {
  Folder f;
  expect_refused(f, f.import("items", items_header + item("象形\U00013000文字")),
                 "in.csv:2:3: error: character U+13000 is in none of the configured fonts");
}

TEST_CASE("class 3: validate names a stored record holding an invisible character") {
  Folder f;
  run("sqlite3 " + q(f.db) +
      " \"UPDATE register_items SET title = title || char(8206) WHERE id "
      "= 3\"");
  auto r = dp(f.data, "validate");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("register item 3 ("));
  CHECK_THAT(r.err, Catch::Contains("title holds an invisible bidirectional control U+200E"));
}

TEST_CASE("class 3: a record the fonts cannot draw is named by validate, other builds work") {
  Folder f;
  std::string month = sql(f.db, "SELECT substr(date, 1, 7) FROM register_items WHERE id = 5");
  run("sqlite3 " + q(f.db) +
      " \"UPDATE register_items SET author = '象' || char(77824) WHERE "
      "id = 5\"");
  auto r = dp(f.data, "validate");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("register item 5 ("));
  CHECK_THAT(r.err, Catch::Contains("author holds U+13000, which no configured font draws"));
  // Another month's circular does not contain the record and still builds.
  std::string other = month == "2026-10" ? "2026-09" : "2026-10";
  auto b = dp(f.data, "build circular --month " + other + " --out " + q(f.t / "out"));
  INFO(b.err);
  CHECK(b.code == 0);
  CHECK(qpdf_check(f.t / "out/circular-" + other + ".pdf") == 0);
}

TEST_CASE("class 3: validate names a unit whose name holds a bidi control") {
  Folder f;
  std::string code = sql(f.db, "SELECT code FROM units ORDER BY code LIMIT 1");
  run("sqlite3 " + q(f.db) + " \"UPDATE units SET name = name || char(8238) WHERE code = '" + code +
      "'\"");
  auto r = dp(f.data, "validate");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("unit " + code));
  CHECK_THAT(r.err, Catch::Contains("U+202E"));
}

TEST_CASE("class 4: chart values with thousands separators are read whole") {
  Folder f;
  auto r = f.render(chart("江川市: 7,822\n白沙州: 1,234,567.5\n石门县: 12\n"));
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(qpdf_check(f.t / "in.pdf") == 0);
  // The dump shows the value labels as written.
  auto d = dp(f.data, "render " + q(f.t / "in.md") + " -o " + q(f.t / "in2.pdf") +
                          " --dump-layout " + q(f.t / "dump.txt"));
  CHECK(d.code == 0);
  CHECK_THAT(slurp(f.t / "dump.txt"), Catch::Contains("1,234,567.5"));
}

TEST_CASE("class 4: a chart value with a unit (万) is refused with its line, not drawn 1.2") {
  Folder f;
  auto r = f.render(chart("法规处: 42\n复议处: 1.2万\n"));
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("in.md:10:1: error: chart value '1.2万' has a unit (万)"));
  CHECK_FALSE(exists(f.t / "in.pdf"));
}

TEST_CASE("class 4: chart values badly grouped, in percent, with exponents or too long") {
  Folder f;
  for (auto [value, message] : {std::pair<std::string, std::string>{"12,34", "is not a number"},
                                {"1,2345", "is not a number"},
                                {"45%", "has a unit (%)"},
                                {"1e9", "is not a number"},
                                {"1234567890123456", "has more than 15 significant digits"},
                                {"--5", "is not a number"},
                                {"5.", "is not a number"}}) {
    auto r = f.render(chart("甲: " + value + "\n"));
    INFO(value << "\n" << r.err);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("chart value '" + value + "' " + message));
  }
  CHECK_FALSE(exists(f.t / "in.pdf"));
}

TEST_CASE("class 4: indicator values outside the documented range are refused by row") {
  Folder f;
  std::string key = sql(f.db, "SELECT indicator FROM indicator_values LIMIT 1");
  for (std::string value : {"10000000000000", "-5", "1.1234567", "1,000"}) {
    auto r = f.import("indicators", "indicator,year,value\n" + key + ",2026,1\n" + key + ",2025," +
                                        "\"" + value + "\"\n");
    INFO(value);
    expect_refused(f, r, "in.csv:3:3: error:");
  }
}

namespace {

// A one-sheet workbook (sheet 登记) written by the records tests' generator (no binary
// fixtures in the repository); `rows` is the JSON of its rows after the header.
std::string workbook(Folder& f, const std::string& rows) {
  spit(
      f.t / "in.json",
      R"({"sheets": [{"name": "登记", "rows": [["日期", "单位", "标题", "作者", "采用渠道", "批示"], )" +
          rows + "]}]}");
  auto r = run("python3 " + q(std::string(DOCPIPE_SOURCE_DIR) + "/tests/records/make_xlsx.py") +
               " " + q(f.t / "in.xlsx") + " " + q(f.t / "in.json"));
  INFO(r.err);
  REQUIRE(r.code == 0);
  return f.t / "in.xlsx";
}

Result import_xlsx(Folder& f, const std::string& rows) {
  return dp(f.data, "import items " + q(workbook(f, rows)) + " --today 2026-12-01");
}

}  // namespace

TEST_CASE("class 3: a workbook cell with a zero-width space is refused like a CSV field") {
  Folder f;
  expect_refused(
      f, import_xlsx(f, R"([{"date": "2026-11-02"}, "JCS", "标题\u200b续", "作者", null, 0])"),
      "in.xlsx[登记]:2:3: error: zero-width character U+200B in this text");
}

TEST_CASE("class 3: a workbook cell with a bidi override or a control character is refused") {
  Folder f;
  expect_refused(
      f, import_xlsx(f, R"([{"date": "2026-11-02"}, "JCS", "标题", "作\u202e者", null, 0])"),
      "in.xlsx[登记]:2:4: error: bidirectional control U+202E");
  expect_refused(
      f, import_xlsx(f, R"([{"date": "2026-11-02"}, "JCS", "标\u0007题", "作者", null, 0])"),
      "in.xlsx[登记]:2:3: error: control character U+0007");
}

TEST_CASE("class 3: a workbook cell no configured font draws is refused before the import") {
  Folder f;
  expect_refused(
      f,
      import_xlsx(f, R"([{"date": "2026-11-02"}, "JCS", "象形\ud80c\udc00文字", "作者", null, 0])"),
      "in.xlsx[登记]:2:3: error: character U+13000 is in none of the configured fonts");
}

TEST_CASE("class 3: items edit refuses what an import refuses, the store unchanged") {
  Folder f;
  std::string id = sql(f.db, "SELECT min(id) FROM register_items");
  for (auto [option, message] :
       {std::pair<std::string, std::string>{"--title '标题\u200b续'",
                                            "zero-width character U+200B in this text"},
        {"--author '作\u202e者'", "bidirectional control U+202E in this text"},
        {"--title \"$(printf '标\\001题')\"", "control character U+0001 in this text"},
        {"--title \"$(printf '\\377\\376')\"", "this text is not valid UTF-8"},
        {"--title '象形\U00013000文字'", "character U+13000 is in none of the configured fonts"}}) {
    INFO(option);
    expect_refused(f, dp(f.data, "items edit " + id + " " + option + " --today 2026-12-01"),
                   "items edit " + id + ": error: " + message);
  }
}

TEST_CASE("class 3: units edit and units rename refuse invisible and undrawable names") {
  Folder f;
  std::string code = sql(f.db, "SELECT code FROM units ORDER BY code LIMIT 1");
  expect_refused(f, dp(f.data, "units rename " + code + " '新\u2066名称' --from 2026-12-01"),
                 "units rename " + code + ": error: bidirectional control U+2066 in this text");
  expect_refused(f, dp(f.data, "units rename " + code + " '新\U00013000名称' --from 2026-12-01"),
                 "character U+13000 is in none of the configured fonts");
  expect_refused(f, dp(f.data, "units edit " + code + " --kind '处\u200d室' --today 2026-12-01"),
                 "units edit " + code + ": error: zero-width character U+200D in this text");
}

TEST_CASE("class 4: the largest figures an import accepts never wrap in 同比") {
  Folder f;
  // In range (12 whole digits, 6 decimals): a base of 0.000001 grown to 10^12 is a change of
  // 10^20 %, beyond a 64-bit figure at two decimals; it has no phrase rather than a wrapped one.
  auto r = f.import("indicators",
                    "indicator,year,value\ninfo_disclosed,2026,999999999999.999999\n"
                    "info_disclosed,2025,0.000001\n");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto b = dp(f.data, "build annual-report --year 2026 --out " + q(f.t / "out"));
  INFO(b.err);
  REQUIRE(b.code == 0);
  auto pdf = run("ls " + q(f.t / "out") + "/*.pdf");
  std::string path = pdf.out.substr(0, pdf.out.find('\n'));
  CHECK(qpdf_check(path) == 0);
  auto text = run("pdftotext " + q(path) + " - | tr -d ' \\n'");
  INFO(text.out);
  // The figure in full and no 同比 after it (before: 同比增加 and a wrapped 64-bit figure).
  CHECK_THAT(text.out, Catch::Contains("主动公开政府信息999999999999.999999条；办理"));
  CHECK(integrity(f.db) == "ok");
}

TEST_CASE("class 4: evaluation weights whose sum passes 64 bits are refused, never wrapped") {
  Folder f;
  // 19 level-1 weights of up to 12 digits and 6 decimals: 18 x 999999999999.999999 +
  // 446744073809.551634 is 2^64 millionths + 100. Wrapped to 64 bits that sum "is" the
  // declared total of 100, and the system used to load as if its weights added up.
  std::string yaml =
      "title: 考评\nyear: 2026\ndate: 2027-02-10\nsignature: 澜江省司法厅\n"
      "to: [各市（州）司法局]\ntotal: 100\ndecimals: 2\n"
      "grades: {excellent: 90, good: 80, pass: 60}\n"
      "groups:\n  - {name: 市州, kinds: [市州]}\nindicators:\n";
  for (int i = 1; i <= 19; ++i)
    yaml += "  - {code: X" + std::to_string(i) + ", name: 指标" + std::to_string(i) +
            ", full: " + (i < 19 ? "999999999999.999999" : "446744073809.551634") +
            ", standard: 按标准打分}\n";
  spit(f.data + "/evaluation.yaml", yaml);
  auto r = dp(f.data, "validate");
  INFO(r.err);
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("the level-1 indicators add up to more than a figure can "
                                    "hold, not the declared total 100"));
}

TEST_CASE("class 4: scores against the largest and smallest figures stay exact, in range") {
  Folder f;
  // B2.1 scores 持证行政执法人员 in proportion to the group's best unit: 10^12 against
  // 10^-6 and the sample's thousands, exact fractions with no sign change or wrap.
  auto r = f.import("indicators",
                    "indicator,year,value,scope\n"
                    "enforcement_officers,2026,999999999999.999999,JCS\n"
                    "enforcement_officers,2026,0.000001,QYS\n"
                    "enforcement_officers,2026,999999999999.999998,NPS\n");
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto e = dp(f.data, "eval show");
  INFO(e.err);
  CHECK(e.code == 0);
  CHECK_THAT(e.out, Catch::Contains("第1名  JCS 江川市司法局  97.00  优秀"));
  CHECK_THAT(e.out, Catch::Contains("第2名  NPS 南屏市司法局  90.00  优秀"));  // 4 of 4
  CHECK_THAT(e.out, Catch::Contains("第3名  QYS 青阳市司法局  85.12  良好"));  // 0 of 4
  CHECK_THAT(e.out, Catch::Contains("第4名  BSZ 白沙州司法局  72.50  合格"));
}

TEST_CASE("class 3: notes and reasons given on the command line pass the same door") {
  Folder f;
  std::string item = sql(f.db, "SELECT min(id) FROM register_items");
  const std::string brief = "2026-09";  // the sample's latest brief
  for (auto [command, message] :
       {std::pair<std::string, std::string>{
            "tasks progress 1-3 --status 推进中 --note '进展\u202e说明' --today 2026-12-01",
            "tasks progress 1-3: error: bidirectional control U+202E in this text"},
        {"eval score JCS B3 1 --note '案卷\u200b'",
         "eval score JCS B3: error: zero-width character U+200B in this text"},
        {"items remove " + item + " --reason '重复\u2066'",
         "items remove " + item + ": error: bidirectional control U+2066 in this text"},
        {"brief void " + brief + " --reason \"$(printf '误\\001发')\"",
         "brief void " + brief + ": error: control character U+0001 in this text"}}) {
    INFO(command);
    expect_refused(f, dp(f.data, command), message);
  }
}
