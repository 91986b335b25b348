// Pagination rules on synthetic items: each item is `slots` grid lines.
#include <catch2/catch.hpp>

#include "layout/paginate.h"

using namespace docpipe::layout;

namespace {

Item line(bool keep = false) {
  Item it;
  it.keep_with_next = keep;
  return it;
}

// Which page each item landed on (header copies are not counted).
std::vector<int> pages_of(const std::vector<Item>& items, const std::vector<PagePlan>& plans) {
  std::vector<int> page(items.size(), -1);
  for (size_t p = 0; p < plans.size(); ++p)
    for (const auto& placed : plans[p])
      for (size_t i = 0; i < items.size(); ++i)
        if (placed.item == &items[i] && page[i] < 0) page[i] = static_cast<int>(p);
  return page;
}

int used(const PagePlan& plan) {
  int n = 0;
  for (const auto& p : plan) n = std::max(n, p.slot + p.item->slots);
  return n;
}

}  // namespace

TEST_CASE("22 free lines fill a page exactly") {
  std::vector<Item> items(30, line());
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].size() == 22);
  CHECK(used(plans[0]) == 22);
}

TEST_CASE("a heading at the foot of a page moves to the next page with its first lines") {
  std::vector<Item> items(21, line());
  items.push_back(line(true));  // heading on line 22
  items.push_back(line(true));  // paragraph line 1 (keeps with line 2)
  items.push_back(line());
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  auto page = pages_of(items, plans);
  CHECK(page[21] == 1);
  CHECK(page[22] == 1);
  CHECK(used(plans[0]) == 21);
}

TEST_CASE("a keep costs a page at most one line: a heading stays at the foot with one line") {
  std::vector<Item> items(20, line());
  items.push_back(line(true));  // heading on line 21
  items.push_back(line(true));  // paragraph line 1 on line 22 (keeps with line 2: orphan rule)
  items.back().soft_keep = true;
  items.push_back(line());
  items.push_back(line());
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  auto page = pages_of(items, plans);
  CHECK(page[20] == 0);  // the heading and the first line end the full page
  CHECK(page[21] == 0);
  CHECK(page[22] == 1);
  CHECK(used(plans[0]) == 22);
}

TEST_CASE("a paragraph's first line is not left alone at the foot of a page") {
  std::vector<Item> items(21, line());
  items.push_back(line(true));  // first line of a 3-line paragraph
  items.push_back(line());
  items.push_back(line());
  std::vector<Item> store;
  auto page = pages_of(items, paginate(items, 22, 29, store));
  CHECK(page[21] == 1);
}

TEST_CASE("a page starts with a table's header row again when the table continues") {
  std::vector<Item> items(18, line());
  Item header = line(true);
  header.table = 0;
  header.table_header = true;
  items.push_back(header);
  for (int r = 0; r < 8; ++r) {
    Item row;
    row.table = 0;
    items.push_back(row);
  }
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  REQUIRE(plans.size() == 2);
  REQUIRE(!plans[1].empty());
  CHECK(plans[1][0].item == &items[18]);  // the header, again
  CHECK(plans[1][0].slot == 0);
  CHECK(plans[1][1].slot == 1);
}

TEST_CASE("a table row is never split across pages") {
  std::vector<Item> items(20, line());
  Item row;
  row.slots = 3;
  row.table = 0;
  items.push_back(row);
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  auto page = pages_of(items, plans);
  CHECK(page[20] == 1);
}

TEST_CASE("an item taller than a page is cut at grid lines rather than overflowing") {
  Item tall;
  tall.slots = 30;
  for (int i = 0; i < 30; ++i) tall.runs.push_back(GlyphRun{0, 16, 0, i * 29.0 + 20, 0, "x"});
  std::vector<Item> items{tall};
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  REQUIRE(plans.size() == 2);
  CHECK(used(plans[0]) == 22);
  CHECK(plans[0][0].item->runs.size() == 22);
  CHECK(plans[1][0].item->runs.size() == 8);
  for (const auto& r : plans[1][0].item->runs) CHECK(r.y < 8 * 29.0);
}

TEST_CASE(
    "版记 on an even page: a full even last page gets a blank page and the 版记 page, both "
    "unnumbered") {
  Item foot;
  foot.slots = 3;
  std::vector<Item> items(44, line());  // two full pages
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  std::vector<bool> numbered(plans.size(), true);
  place_foot(plans, numbered, foot, 22, true);
  REQUIRE(plans.size() == 4);
  CHECK(numbered == std::vector<bool>{true, true, false, false});
  CHECK(plans[2].empty());
  REQUIRE(plans[3].size() == 1);
  CHECK(plans[3][0].slot == 19);  // on the bottom lines of the 版心
}

TEST_CASE("版记 on an odd last page moves to the next, numbered, a brief's 报尾 stays") {
  Item foot;
  foot.slots = 3;
  std::vector<Item> items(5, line());
  std::vector<Item> store;
  auto plans = paginate(items, 22, 29, store);
  std::vector<bool> numbered(plans.size(), true);
  auto brief = plans;
  std::vector<bool> brief_numbered = numbered;
  place_foot(plans, numbered, foot, 22, true);
  CHECK(plans.size() == 2);
  CHECK(numbered == std::vector<bool>{true, true});
  place_foot(brief, brief_numbered, foot, 22, false);
  CHECK(brief.size() == 1);
}
