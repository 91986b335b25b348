#include <catch2/catch.hpp>

#include "core/date.h"
#include "core/decimal.h"
#include "facts/counts.h"
#include "facts/ranking.h"

using namespace docpipe;
using namespace docpipe::facts;

TEST_CASE("approximate big counts", "[facts][counts]") {
  CHECK(approx_count(7822) == "7822");
  CHECK(approx_count(9999) == "9999");
  CHECK(approx_count(10000) == "1万");
  CHECK(approx_count(12000) == "1.2万");
  CHECK(approx_count(49321) == "4.9万余");
  CHECK(approx_count(49999) == "4.9万余");  // cut, never rounded up to 5万
  CHECK(approx_count(999999) == "99.9万余");
  CHECK(approx_count(2000000) == "200万");
  CHECK(approx_count(2003456) == "200余万");
  CHECK(approx_count(230456789) == "2.3亿余");
  CHECK(approx_count(300000000) == "3亿");
  CHECK(approx_count(12034567890LL) == "120余亿");
  CHECK(exact_count(7822) == "7822");
}

TEST_CASE("month arithmetic for 环比", "[facts][dates]") {
  YearMonth jan{2026, 1};
  CHECK(previous_month(jan).year == 2025);
  CHECK(previous_month(jan).month == 12);
  CHECK(last_day({2024, 2}).day == 29);
  CHECK(last_day({2026, 11}).day == 30);
}

TEST_CASE("期号 of a brief", "[facts][dates]") {
  CHECK(issue_label(2026, 10, 363) == "2026年第10期（总第363期）");
}

TEST_CASE("rankings share a rank on ties and skip the next", "[facts][ranking]") {
  auto d = [](const char* s) { return *parse_decimal(s); };
  std::vector<Decimal> scores{d("90"), d("85.5"), d("85.50"), d("70"), d("95")};
  auto r = rank_scores(scores);
  CHECK(r[4].rank == 1);
  CHECK(r[0].rank == 2);
  CHECK(r[1].rank == 3);
  CHECK(r[2].rank == 3);
  CHECK(r[3].rank == 5);
  CHECK(rank_phrase(r[1]) == "并列第3名");
  CHECK(rank_phrase(r[2]) == "并列第3名");
  CHECK(rank_phrase(r[3]) == "第5名");
  CHECK_FALSE(r[0].tied);
  auto order = ranked_order(scores);
  CHECK(order == std::vector<size_t>{4, 0, 1, 2, 3});
}

TEST_CASE("rankings 1,2,2,4", "[facts][ranking]") {
  std::vector<Decimal> s{Decimal::integer(9), Decimal::integer(7), Decimal::integer(7),
                         Decimal::integer(3)};
  auto r = rank_scores(s);
  CHECK(r[0].rank == 1);
  CHECK(r[1].rank == 2);
  CHECK(r[2].rank == 2);
  CHECK(r[3].rank == 4);
}
