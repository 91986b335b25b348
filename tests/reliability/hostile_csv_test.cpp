// Hostile CSV: a 10 MB field, control characters, lone surrogates, SQL metacharacters in
// every text field. Each is refused with one message or stored literally, never a crash.
#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "core/limits.h"
#include "helpers.h"
#include "source/csv.h"

using namespace reliability;
using namespace docpipe;

namespace {

const std::string items_header = "date,unit,title,author,adopted_by,instructions\n";

Result import(const std::string& data, const std::string& kind, const std::string& csv) {
  return run(q(bin()) + " --data " + q(data) + " import " + kind + " " + q(csv));
}

}  // namespace

TEST_CASE("a 10 MB single-line CSV field is refused with the field limit named") {
  std::string big(10 << 20, 'x');
  Diagnostics d;
  auto t = source::parse_csv(items_header + "2026-11-02,JCS," + big + ",a,,0\n", "big.csv", d);
  CHECK_FALSE(t);
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].where.line == 2);
  CHECK(d.items()[0].where.column == 3);
  CHECK_THAT(d.items()[0].message,
             Catch::Contains("more than the limit of 1048576 bytes in one field "
                             "(DOCPIPE_MAX_FIELD_BYTES)"));
}

TEST_CASE("the 10 MB field through docpipe import: exit 2, one message, database untouched") {
  TempDir t;
  std::string data = sample(t);
  std::string before = slurp(data + "/docpipe.db");
  spit(t / "big.csv",
       items_header + "2026-11-02,JCS,\"" + std::string(10 << 20, 'x') + "\",a,,0\n");
  auto r = import(data, "items", t / "big.csv");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("big.csv:2:3: error: field has more than the limit"));
  CHECK(slurp(data + "/docpipe.db") == before);
}

TEST_CASE("the field limit is configurable with DOCPIPE_MAX_FIELD_BYTES") {
  std::string csv = items_header + "2026-11-02,JCS,0123456789ABCDEF,a,,0\n";
  Diagnostics d;
  CHECK(source::parse_csv(csv, "f.csv", d));
  ScopedLimit limit(limits::field_bytes, 10);
  CHECK_FALSE(source::parse_csv(csv, "f.csv", d));
  CHECK_THAT(d.format_all(), Catch::Contains("limit of 10 bytes in one field"));
}

TEST_CASE("C0 control characters in a CSV are refused as binary, with the file named") {
  for (std::string bad : {std::string("\x01"), std::string("\x1b[31m"), std::string(1, '\0')}) {
    Diagnostics d;
    std::string encoding;
    std::string bytes = items_header + "2026-11-02,JCS,ti" + bad + "tle,a,,0\n";
    INFO("control byte " << int(static_cast<unsigned char>(bad[0])));
    CHECK_FALSE(source::decode_text(bytes, "c.csv", encoding, d));
    CHECK_THAT(d.format_all(), Catch::Contains("c.csv: error: file is binary"));
  }
}

// DEL, C1 controls and U+2028/9 are valid UTF-8 and used to be imported, then silently
// dropped by layout: now refused at the field.
TEST_CASE("invisible controls (DEL, U+0085, U+2028) are refused at line:column") {
  TempDir t;
  std::string data = sample(t);
  std::string before = slurp(data + "/docpipe.db");
  for (auto [bytes, name] : {std::pair<std::string, std::string>{"\x7f", "U+007F"},
                             {"\xc2\x85", "U+0085"},
                             {"\xe2\x80\xa8", "U+2028"}}) {
    spit(t / "c.csv", items_header + "2026-11-02,JCS,标题" + bytes + "续,作者,,0\n");
    auto r = import(data, "items", t / "c.csv");
    INFO(name);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("c.csv:2:3: error: control character " + name));
  }
  CHECK(slurp(data + "/docpipe.db") == before);
}

TEST_CASE("lone surrogates (CESU / WTF-8 bytes) in a CSV are refused, not stored") {
  TempDir t;
  std::string data = sample(t);
  std::string before = slurp(data + "/docpipe.db");
  // U+D800 and U+DFFF encoded as if they were characters: not UTF-8, not GB18030.
  for (std::string s : {"\xED\xA0\x80", "\xED\xBF\xBF"}) {
    spit(t / "s.csv", items_header + "2026-11-02,JCS,标题" + s + ",作者,,0\n");
    auto r = import(data, "items", t / "s.csv");
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("neither UTF-8 nor GB18030"));
  }
  CHECK(slurp(data + "/docpipe.db") == before);
}

TEST_CASE("SQL metacharacters in every text field are stored literally") {
  TempDir t;
  std::string data = sample(t);
  const std::string evil = "'; DROP TABLE units; --";
  const std::string quoted = "\"" + std::string("'; DROP TABLE units; --\"\"x") + "\"";
  // units: every free-text column (code must be a code, so it gets a legal one).
  spit(t / "u.csv", "code,name,kind,parent\nEVIL1," + quoted + ",县区,\n");
  auto r = import(data, "units", t / "u.csv");
  REQUIRE(r.code == 0);
  // items: title and author are free text; the unit is the one just made, by name.
  spit(t / "i.csv", items_header + "2026-11-02,EVIL1," + quoted + "," + quoted + ",,0\n");
  r = import(data, "items", t / "i.csv");
  REQUIRE(r.code == 0);
  SQLite::Database db(data + "/docpipe.db");
  CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
  CHECK(db.execAndGet("SELECT count(*) FROM units").getInt() > 1);
  CHECK(db.execAndGet("SELECT name FROM units WHERE code='EVIL1'").getString() == evil + "\"x");
  SQLite::Statement s(db, "SELECT count(*) FROM register_items WHERE title=? AND author=?");
  s.bind(1, evil + "\"x");
  s.bind(2, evil + "\"x");
  REQUIRE(s.executeStep());
  CHECK(s.getColumn(0).getInt() == 1);
  // The data folder still validates: nothing was dropped.
  CHECK(run(q(bin()) + " --data " + q(data) + " validate").code != 2);
}
