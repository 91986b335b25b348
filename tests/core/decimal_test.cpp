#include <catch2/catch.hpp>

#include "core/decimal.h"

using namespace docpipe;

TEST_CASE("parse_decimal reads decimal text exactly", "[core][decimal]") {
  auto d = parse_decimal("162.02");
  REQUIRE(d);
  CHECK(d->units == 16202);
  CHECK(d->scale == 2);
  CHECK((*parse_decimal("-4.50")).text() == "-4.50");
  CHECK((*parse_decimal("+7")).text() == "7");
  CHECK((*parse_decimal("0.125")).text() == "0.125");
  CHECK((*parse_decimal(".5")).text() == "0.5");
}

TEST_CASE("parse_decimal rejects what is not a plain decimal", "[core][decimal]") {
  for (const char* bad :
       {"", "-", ".", "1e3", "1,000", "12a", "1.2.3", "0.1234567", "99999999999999999999"})
    CHECK_FALSE(parse_decimal(bad));
}

TEST_CASE("rounding is half away from zero at the .xx5 boundary", "[core][decimal]") {
  CHECK((round_to(*parse_decimal("2.345"), 2)).text() == "2.35");
  CHECK((round_to(*parse_decimal("-2.345"), 2)).text() == "-2.35");
  CHECK((round_to(*parse_decimal("2.3449"), 2)).text() == "2.34");
  // 1.005 is 1.00499999... as a double; exact arithmetic keeps it at .005.
  CHECK((round_to(*parse_decimal("1.005"), 2)).text() == "1.01");
  CHECK(to_plain_string(*parse_decimal("8.30")) == "8.3");
  CHECK(to_plain_string(*parse_decimal("12.00")) == "12");
}

TEST_CASE("compare and subtract align scales", "[core][decimal]") {
  CHECK(compare(*parse_decimal("1.50"), *parse_decimal("1.5")) == 0);
  CHECK(compare(*parse_decimal("2"), *parse_decimal("1.99")) > 0);
  CHECK((subtract(*parse_decimal("70.8"), *parse_decimal("62.55"))).text() == "8.25");
}
