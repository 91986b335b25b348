// The structural validator must be able to fail: each damage to a good package is caught with
// a message saying what is wrong.
#include <catch2/catch.hpp>

#include <functional>

#include "ofd/fixture.h"
#include "ofd/validator.h"

using namespace ofdtest;

namespace {

const char* const short_doc =
    "---\ntitle: 关于做好年度工作总结的通知\nto: 各处室\nsignature: 江岳省司法厅\n"
    "date: 2026-11-14\n---\n\n# 总结内容\n\n请于11月30日前报送。\n";

std::vector<Entry> good_package() {
  static std::vector<Entry> entries = [] {
    auto pkg = open_package(ofd_of(layout_of(short_doc)));
    return pkg.entries;
  }();
  return entries;
}

Entry& part(std::vector<Entry>& entries, const std::string& path) {
  for (auto& e : entries)
    if (e.path == path) return e;
  FAIL("no part " << path);
  return entries[0];
}

void replace(std::string& s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
}

// Damages a copy of the good package and expects a problem containing `expected`.
void expect_problem(const std::function<void(std::vector<Entry>&)>& damage,
                    const std::string& expected) {
  auto entries = good_package();
  damage(entries);
  auto problems = validate_package(entries);
  INFO(Catch::Detail::stringify(problems));
  bool found = false;
  for (const auto& p : problems) found = found || p.find(expected) != std::string::npos;
  CHECK(found);
}

const std::string page0 = "Doc_0/Pages/Page_0/Content.xml";

}  // namespace

TEST_CASE("the validator accepts the writer's package as it is") {
  auto problems = validate_package(good_package());
  INFO(Catch::Detail::stringify(problems));
  CHECK(problems.empty());
}

TEST_CASE("the validator refuses damaged packages, naming the damage") {
  expect_problem([](auto& e) { e.push_back({"../evil.xml", "<x/>"}); }, "plain relative path");
  expect_problem([](auto& e) { e.push_back({"/abs.txt", "x"}); }, "plain relative path");
  expect_problem([](auto& e) { part(e, page0).bytes.pop_back(); }, "not well-formed XML");
  expect_problem(
      [](auto& e) {
        auto& b = part(e, page0).bytes;
        for (size_t at; (at = b.find("ofd:TextObject")) != std::string::npos;)
          b.replace(at, 14, "ofd:Txt");
      },
      "<ofd:Txt> is not in the standard");
  expect_problem([](auto& e) { replace(part(e, page0).bytes, "Font=\"", "Font=\"9"); },
                 "is not a defined Font");
  expect_problem(
      [](auto& e) {
        auto& b = part(e, page0).bytes;
        auto at = b.find("ID=\"", b.find("ofd:TextObject"));
        auto end = b.find('"', at + 4);
        b.replace(at + 4, end - at - 4, "1");  // the colour space's ID
      },
      "is used twice");
  expect_problem(
      [](auto& e) {
        replace(part(e, "Doc_0/Document.xml").bytes, "<ofd:MaxUnitID>", "<ofd:MaxUnitID>9");
      },
      "MaxUnitID");
  expect_problem([](auto& e) { replace(part(e, "Doc_0/Document.xml").bytes, "Page_0", "Page_9"); },
                 "not a well-formed XML part");
  expect_problem([](auto& e) { replace(part(e, "Doc_0/DocumentRes.xml").bytes, "font_", "fnt_"); },
                 "is missing");
  expect_problem([](auto& e) { replace(part(e, page0).bytes, "DeltaX=\"", "DeltaX=\"x "); },
                 "DeltaX");
  expect_problem(
      [](auto& e) {
        replace(part(e, page0).bytes, "DeltaX=\"",
                "DeltaX=\"1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ");
      },
      "values for");
  expect_problem([](auto& e) { replace(part(e, "OFD.xml").bytes, "2026-11-14", "14.11.2026"); },
                 "CreationDate");
  expect_problem(
      [](auto& e) {
        replace(part(e, "Doc_0/Document.xml").bytes, "<ofd:CommonData>",
                "<ofd:CommonData><ofd:DefaultCS>1</ofd:DefaultCS>");
      },
      "out of the schema's order");
  expect_problem(
      [](auto& e) {
        e.push_back({"Doc_0/stray.xml", "<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"});
      },
      "nothing refers to it");
}
