// The OFD writer on its own: laid-out documents in, packages checked by the structural
// validator and by reading their parts back.
#include <hb.h>
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <regex>
#include <set>

#include "core/utf8.h"
#include "ofd/fixture.h"
#include "ofd/validator.h"
#include "ofd/writer.h"
#include "render/long_document.h"
#include "support/run.h"

using namespace ofdtest;

namespace {

std::string notice() {
  return testing::slurp(testing::source_dir() + "/tests/layout/data/notice.md");
}

const char* const chart_doc =
    "---\ntitle: 关于2026年10月政务信息工作情况的通报\nto: 各市（州）司法局\n"
    "signature: 江岳省司法厅\ndate: 2026-11-03\n---\n\n"
    "# 总体情况\n\n10月全省共报送信息412条。\n\n"
    "```chart\ntitle: 各单位采用条数\n甲市: 42\n乙市: 35\n丙州: 18\n```\n";

std::vector<std::string> problems_of(const std::string& bytes) {
  return validate_package_bytes(bytes);
}

}  // namespace

TEST_CASE("a 公文 with 版头, tables and 版记 gives a package the validator accepts") {
  auto layout = layout_of(notice());
  auto bytes = ofd_of(layout);
  auto problems = problems_of(bytes);
  INFO(Catch::Detail::stringify(problems));
  CHECK(problems.empty());
  auto pkg = open_package(bytes);
  // Parts in the fixed order: entry, document, resources, fonts, then the pages.
  REQUIRE(pkg.entries.size() >= 6);
  CHECK(pkg.entries[0].path == "OFD.xml");
  CHECK(pkg.entries[1].path == "Doc_0/Document.xml");
  CHECK(pkg.entries.back().path ==
        "Doc_0/Pages/Page_" + std::to_string(layout.pages.size() - 1) + "/Content.xml");
  // Every character layout placed is in a TextCode, in the same order.
  CHECK(ofd_text(pkg) == layout_text(layout));
}

TEST_CASE("DocInfo carries the front matter, the document's date and a DocID from the content") {
  auto layout = layout_of(notice());
  auto pkg = open_package(ofd_of(layout));
  auto info = pkg.root("OFD.xml").child("ofd:DocBody").child("ofd:DocInfo");
  CHECK(std::string(info.child_value("ofd:Title")) ==
        "江岳省司法厅关于2026年度规范性文件备案审查和行政复议工作情况的通报");
  CHECK(std::string(info.child_value("ofd:Author")) == "江岳省司法厅");
  CHECK(std::string(info.child_value("ofd:Subject")) == "规范性文件备案审查和行政复议工作情况");
  CHECK(std::string(info.child_value("ofd:CreationDate")) == "2026-11-14");
  std::string id = info.child_value("ofd:DocID");
  CHECK(std::regex_match(id, std::regex("[0-9a-f]{32}")));
  // Another text gives another DocID; the same text the same one (see determinism_test).
  auto other = layout;
  other.pages[0].runs[0].text += "。";
  auto pkg2 = open_package(ofd_of(other));
  CHECK(std::string(pkg2.root("OFD.xml")
                        .child("ofd:DocBody")
                        .child("ofd:DocInfo")
                        .child_value("ofd:DocID")) != id);
}

TEST_CASE("the 版头 red rule and the 版记 rules are PathObjects with their colour and width") {
  auto layout = layout_of(notice());
  auto pkg = open_package(ofd_of(layout));
  auto layer = pkg.root("Doc_0/Pages/Page_0/Content.xml").child("ofd:Content").child("ofd:Layer");
  int red = 0;
  for (auto path : layer.children("ofd:PathObject"))
    if (std::string(path.child("ofd:StrokeColor").attribute("Value").value()) == "230 0 0") {
      ++red;
      // As wide as the 版心: 156 mm plus the stroke's half widths at the two ends.
      double w = 0;
      std::sscanf(path.attribute("Boundary").value(), "%*f %*f %lf", &w);
      CHECK(w == Approx(156).margin(1));
    }
  CHECK(red >= 1);
  // The title is 2号 (22 pt = 7.761 mm) and red where the layout says so.
  bool title = false, red_text = false;
  for (auto t : layer.children("ofd:TextObject")) {
    if (std::string(t.attribute("Size").value()) == "7.761") title = true;
    if (std::string(t.child("ofd:FillColor").attribute("Value").value()) == "230 0 0")
      red_text = true;
  }
  CHECK(title);
  CHECK(red_text);  // 发文机关标志
}

TEST_CASE("a chart's bars are filled PathObjects") {
  auto layout = layout_of(chart_doc);
  size_t boxes = 0;
  for (const auto& p : layout.pages) boxes += p.boxes.size();
  REQUIRE(boxes >= 3);
  auto bytes = ofd_of(layout);
  CHECK(problems_of(bytes).empty());
  auto pkg = open_package(bytes);
  size_t filled = 0;
  for (size_t i = 0; i < layout.pages.size(); ++i) {
    auto layer = pkg.root("Doc_0/Pages/Page_" + std::to_string(i) + "/Content.xml")
                     .child("ofd:Content")
                     .child("ofd:Layer");
    for (auto path : layer.children("ofd:PathObject"))
      if (std::string(path.attribute("Fill").value()) == "true") {
        ++filled;
        CHECK(std::string(path.child_value("ofd:AbbreviatedData")).back() == 'C');
      }
  }
  CHECK(filled == boxes);
}

TEST_CASE("the outline has every heading, nested by level, each going to its page") {
  auto layout = layout_of(testing::long_document(6, true));
  REQUIRE(layout.outline.size() >= 6);
  auto pkg = open_package(ofd_of(layout));
  auto doc = pkg.root("Doc_0/Document.xml");
  std::vector<std::string> page_ids;
  for (auto p : doc.child("ofd:Pages").children("ofd:Page"))
    page_ids.push_back(p.attribute("ID").value());
  REQUIRE(page_ids.size() == layout.pages.size());
  size_t n = 0;
  std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node parent) {
    for (auto e : parent.children("ofd:OutlineElem")) {
      REQUIRE(n < layout.outline.size());
      const auto& b = layout.outline[n++];
      CHECK(e.attribute("Title").value() == b.title);
      auto dest = e.child("ofd:Actions").child("ofd:Action").child("ofd:Goto").child("ofd:Dest");
      CHECK(dest.attribute("PageID").value() == page_ids[b.page]);
      walk(e);
    }
  };
  walk(doc.child("ofd:Outlines"));
  CHECK(n == layout.outline.size());
}

TEST_CASE("each embedded font is a subset that has every character drawn with it") {
  auto layout = layout_of(notice());
  auto pkg = open_package(ofd_of(layout));
  std::map<std::string, std::string> font_files;  // Font ID → file
  for (auto f : pkg.root("Doc_0/DocumentRes.xml").child("ofd:Fonts").children("ofd:Font"))
    font_files[f.attribute("ID").value()] =
        std::string("Doc_0/Res/") + f.child_value("ofd:FontFile");
  REQUIRE(font_files.size() >= 3);  // 小标宋 (UMing), 黑体 (Zen Hei), 仿宋 …
  std::map<std::string, std::set<char32_t>> used;
  for (size_t i = 0; i < layout.pages.size(); ++i) {
    auto layer = pkg.root("Doc_0/Pages/Page_" + std::to_string(i) + "/Content.xml")
                     .child("ofd:Content")
                     .child("ofd:Layer");
    for (auto t : layer.children("ofd:TextObject"))
      for (auto code : t.children("ofd:TextCode"))
        for (char32_t c : docpipe::decode_utf8(code.child_value()))
          used[t.attribute("Font").value()].insert(c);
  }
  for (const auto& [id, file] : font_files) {
    const Entry* e = pkg.find(file);
    REQUIRE(e);
    CHECK(e->bytes.size() < 400000);  // a subset, not a 10–20 MB CJK font
    hb_blob_t* blob =
        hb_blob_create(e->bytes.data(), e->bytes.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    CHECK(hb_face_get_glyph_count(face) <= used[id].size() + 8);
    for (char32_t c : used[id]) {
      hb_codepoint_t g = 0;
      INFO(file << " " << docpipe::code_point_name(c));
      CHECK(hb_font_get_nominal_glyph(font, c, &g));
    }
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
}

TEST_CASE("a variation sequence's variant glyph gets a CGTransform and plain characters none") {
  // 葛 U+845B and 葛󠄀 U+845B U+E0100 are different glyphs in Noto Serif CJK JP (a CFF font).
  docpipe::fonts::FontConfig config;
  const docpipe::fonts::FontFile noto{"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0,
                                      "fonts-noto-cjk"};
  for (int r = 0; r < docpipe::fonts::role_count; ++r)
    config.roles[static_cast<docpipe::fonts::Role>(r)] = {docpipe::fonts::FontChoice{"", "", noto}};
  docpipe::Diagnostics diags;
  auto fonts = docpipe::fonts::FontSet::open(config, diags);
  INFO(diags.format_all());
  REQUIRE(fonts);
  docpipe::layout::Layout layout;
  layout.pages.resize(1);
  docpipe::layout::GlyphRun run;
  run.face = fonts->role_face(docpipe::fonts::Role::fangsong);
  run.x = 80, run.y = 200;
  run.text = "葛葛\U000E0100田";
  layout.pages[0].runs.push_back(run);
  std::string bytes;
  REQUIRE(docpipe::ofd::write_ofd(layout, *fonts, bytes, diags));
  auto problems = validate_package_bytes(bytes);
  INFO(Catch::Detail::stringify(problems));
  CHECK(problems.empty());
  auto pkg = open_package(bytes);
  auto text = pkg.root("Doc_0/Pages/Page_0/Content.xml")
                  .child("ofd:Content")
                  .child("ofd:Layer")
                  .child("ofd:TextObject");
  auto cg = text.child("ofd:CGTransform");
  REQUIRE(cg);
  CHECK(std::string(cg.attribute("CodePosition").value()) == "1");
  CHECK(std::string(cg.attribute("CodeCount").value()) == "2");
  CHECK(std::string(cg.attribute("GlyphCount").value()) == "1");
  CHECK_FALSE(cg.next_sibling("ofd:CGTransform"));  // 葛 and 田 go through the cmap
  auto code = text.child("ofd:TextCode");
  CHECK(std::string(code.child_value()) == "葛葛\U000E0100田");
  // One em (16 pt = 5.644 mm, rounded from absolute positions) after 葛, none to its selector.
  CHECK(std::regex_match(std::string(code.attribute("DeltaX").value()),
                         std::regex(R"(5\.64[45] 0 5\.64[45])")));
  // The glyph is the subset's variant, not what its cmap gives 葛.
  auto font = pkg.root("Doc_0/DocumentRes.xml").child("ofd:Fonts").child("ofd:Font");
  std::string file = std::string("Doc_0/Res/") + font.child_value("ofd:FontFile");
  CHECK(file.substr(file.size() - 4) == ".otf");
  const Entry* e = pkg.find(file);
  REQUIRE(e);
  hb_blob_t* blob =
      hb_blob_create(e->bytes.data(), e->bytes.size(), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* hb = hb_font_create(face);
  hb_codepoint_t plain = 0;
  REQUIRE(hb_font_get_nominal_glyph(hb, 0x845B, &plain));
  unsigned variant = std::stoul(cg.child_value("ofd:Glyphs"));
  CHECK(variant != plain);
  CHECK(variant < hb_face_get_glyph_count(face));
  hb_font_destroy(hb);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

TEST_CASE("a page whose paper differs from the first page's carries its own Area") {
  auto layout = layout_of(notice());
  REQUIRE(layout.pages.size() >= 2);
  std::swap(layout.pages[1].width, layout.pages[1].height);  // a landscape page
  auto bytes = ofd_of(layout);
  CHECK(validate_package_bytes(bytes).empty());
  auto pkg = open_package(bytes);
  CHECK(std::string(pkg.root("Doc_0/Document.xml")
                        .child("ofd:CommonData")
                        .child("ofd:PageArea")
                        .child_value("ofd:PhysicalBox")) == "0 0 210 297");
  CHECK_FALSE(pkg.root("Doc_0/Pages/Page_0/Content.xml").child("ofd:Area"));
  CHECK(std::string(pkg.root("Doc_0/Pages/Page_1/Content.xml")
                        .child("ofd:Area")
                        .child_value("ofd:PhysicalBox")) == "0 0 297 210");
}

TEST_CASE("no two embedded fonts share a FamilyName, so readers matching by name tell them apart") {
  // The 标题 (小标宋: Noto Serif CJK SC Bold by default) and the body (Noto Serif CJK SC
  // Regular) are one family: with FamilyName on both, ofd.js drew the body's characters that
  // also occur in the title in bold. A shared family leaves FamilyName out; FontName differs.
  auto pkg = ofdtest::open_package(ofdtest::ofd_of(ofdtest::layout_of(
      "---\ntitle: 关于做好政务信息报送工作的通知\n---\n\n各单位要做好政务信息报送工作。\n")));
  std::map<std::string, int> families;
  std::set<std::string> names;
  int fonts = 0;
  for (auto f : pkg.root("Doc_0/DocumentRes.xml").child("ofd:Fonts").children("ofd:Font")) {
    ++fonts;
    names.insert(f.attribute("FontName").value());
    if (!f.attribute("FamilyName").empty()) ++families[f.attribute("FamilyName").value()];
  }
  REQUIRE(fonts >= 2);
  CHECK(names.size() == static_cast<size_t>(fonts));
  for (const auto& [family, count] : families) {
    INFO(family);
    CHECK(count == 1);
  }
}
