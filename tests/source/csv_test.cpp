// CSV as Excel writes it, in both encodings Chinese offices use.
#include <catch2/catch.hpp>

#include "source/csv.h"

using namespace docpipe;
using namespace docpipe;
using namespace docpipe::source;

namespace {

CsvTable parse(const std::string& bytes) {
  Diagnostics d;
  std::string encoding;
  auto text = decode_text(bytes, "t.csv", encoding, d);
  INFO(d.format_all());
  REQUIRE(text);
  auto t = parse_csv(*text, "t.csv", d);
  REQUIRE(t);
  t->encoding = encoding;
  return *t;
}

std::string first_error(const std::string& bytes) {
  Diagnostics d;
  std::string encoding;
  auto text = decode_text(bytes, "t.csv", encoding, d);
  if (text) parse_csv(*text, "t.csv", d);
  return d.items().empty() ? "" : d.items()[0].message;
}

}  // namespace

TEST_CASE("quoted fields hold commas, quotes and line breaks, CRLF ends records") {
  auto t = parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n1,2,3\r\n");
  REQUIRE(t.header == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[1].line == 4);  // the quoted line break counts
}

TEST_CASE("a UTF-8 BOM is dropped and named, blank Excel rows are skipped") {
  auto t = parse(
      "\xEF\xBB\xBF"
      "code,name\n,\nA,依法\n,,\n");
  CHECK(t.encoding == "UTF-8 with BOM");
  CHECK(t.header[0] == "code");
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].fields[1] == "依法");
}

TEST_CASE("GB18030/GBK files are detected and converted") {
  // "单位,标题\nA,依法行政\n" in GBK.
  auto t = parse("\xB5\xA5\xCE\xBB,\xB1\xEA\xCC\xE2\nA,\xD2\xC0\xB7\xA8\xD0\xD0\xD5\xFE\n");
  CHECK(t.encoding == "GB18030");
  CHECK(t.header[0] == "单位");
  CHECK(t.rows[0].fields[1] == "依法行政");
}

TEST_CASE("empty, binary, UTF-16 and undecodable files are refused by name") {
  CHECK(first_error("") == "file is empty");
  CHECK(first_error("\xEF\xBB\xBF\r\n") == "file is empty");
  CHECK(first_error(std::string("PK\x03\x04\x14\0\0\0", 8)).find("binary") != std::string::npos);
  CHECK(first_error("\xFF\xFE"
                    "a\0")
            .find("UTF-16") != std::string::npos);
  CHECK(first_error("a,b\n\x81\x20\n") == "file is neither UTF-8 nor GB18030/GBK text");
  CHECK(first_error("a,b\n\"open,x\n") == "a quoted field opened on this line is never closed");
}
