// Values in and out of text: figures, counts, UTF-8, suggestions (dates: tests/core).
#include <catch2/catch.hpp>

#include "core/spelling.h"
#include "source/text_forms.h"

using namespace docpipe;
using namespace docpipe::source;
using docpipe::closest_match;
using docpipe::did_you_mean;

TEST_CASE("figures keep exactly the digits they were given, no sign, no exponent") {
  for (const char* text : {"0", "7822", "162.02", "412087.36", "0.5", "1265.80", "0.000001"}) {
    auto d = parse_amount(text);
    REQUIRE(d);
    CHECK(d->text() == text);
  }
  CHECK(*parse_amount("1.5") == *parse_amount("1.50"));
  CHECK(*parse_amount("1.49") < *parse_amount("1.5"));
  CHECK(parse_amount("162.02")->to_double() == Approx(162.02));
  for (const char* bad : {"", "-1", "+7", "1,234", "1e3", "abc", ".5", "5.", "1.2.3", "1.1234567"})
    CHECK_FALSE(parse_amount(bad));
}

TEST_CASE("counts are non-negative whole numbers") {
  CHECK(parse_count("0") == 0);
  CHECK(parse_count("12") == 12);
  CHECK_FALSE(parse_count("-1"));
  CHECK_FALSE(parse_count("1.5"));
  CHECK_FALSE(parse_count("两"));
}

TEST_CASE("UTF-8 validation rejects GBK bytes, overlongs and surrogates") {
  CHECK(is_valid_utf8("依法行政指导处"));
  CHECK_FALSE(is_valid_utf8("\xD2\xC0\xB7\xA8"));  // 依法 in GBK
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
  CHECK(utf8_length("依法a") == 3);
  CHECK(trim("\xE3\x80\x80 依法 \t") == "依法");
}

TEST_CASE("suggestions catch transpositions and one-character slips, not strangers") {
  CHECK(closest_match("qouta", {"quota", "units"}) == "quota");
  CHECK(closest_match("依法行政指导出", {"依法行政指导处", "立法处"}) == "依法行政指导处");
  CHECK(closest_match("review_aplications", {"review_applications", "review_accepted"}) ==
        "review_applications");
  CHECK(closest_match("colour", {"quota", "units"}).empty());
  CHECK(did_you_mean("qouta", {"quota"}) == "; did you mean 'quota'?");
}
