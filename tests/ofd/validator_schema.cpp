#include "ofd/validator_schema.h"

namespace ofdtest {

const std::set<std::string>& standard_elements() {
  static const std::set<std::string> names = {
      // OFD.xml (§7.3, §7.4)
      "OFD", "DocBody", "DocInfo", "DocID", "Title", "Author", "Subject", "Abstract",
      "CreationDate", "ModDate", "DocUsage", "Cover", "Keywords", "Keyword", "Creator",
      "CreatorVersion", "CustomDatas", "CustomData", "DocRoot", "Versions", "Version", "Signatures",
      // Document.xml (§7.5)
      "Document", "CommonData", "MaxUnitID", "PageArea", "PhysicalBox", "ApplicationBox",
      "ContentBox", "BleedBox", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS", "Pages",
      "Page", "Outlines", "OutlineElem", "Permissions", "Actions", "Action", "VPreferences",
      "Bookmarks", "Bookmark", "Annotations", "CustomTags", "Attachments", "Extensions",
      // actions (§14)
      "Goto", "Dest", "Region", "Area", "URI", "GotoA", "Sound", "Movie",
      // resources (§7.9, §8.3, §11.1, §10)
      "Res", "ColorSpaces", "ColorSpace", "Palette", "CV", "ICCProfile", "DrawParams", "DrawParam",
      "Fonts", "Font", "FontFile", "MultiMedias", "MultiMedia", "MediaFile",
      "CompositeGraphicUnits", "CompositeGraphicUnit",
      // page content (§7.7, §8, §9, §11)
      "Template", "PageRes", "Content", "Layer", "PageBlock", "TextObject", "PathObject",
      "ImageObject", "CompositeObject", "FillColor", "StrokeColor", "Clips", "Clip", "TextCode",
      "CGTransform", "Glyphs", "AbbreviatedData", "Pattern", "AxialShd", "RadialShd", "GouraudShd",
      "LaGouraudShd", "Segment", "Color", "Point", "Border"};
  return names;
}

const std::map<std::string, std::vector<std::string>>& child_order() {
  static const std::map<std::string, std::vector<std::string>> order = {
      {"OFD", {"DocBody"}},
      {"DocBody", {"DocInfo", "DocRoot", "Versions", "Signatures"}},
      {"DocInfo",
       {"DocID", "Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "DocUsage",
        "Cover", "Keywords", "Creator", "CreatorVersion", "CustomDatas"}},
      {"Keywords", {"Keyword"}},
      {"Document",
       {"CommonData", "Pages", "Outlines", "Permissions", "Actions", "VPreferences", "Bookmarks",
        "Annotations", "Attachments", "CustomTags", "Extensions"}},
      {"CommonData",
       {"MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS"}},
      {"PageArea", {"PhysicalBox", "ApplicationBox", "ContentBox", "BleedBox"}},
      {"Pages", {"Page"}},
      {"Outlines", {"OutlineElem"}},
      {"OutlineElem", {"Actions", "OutlineElem"}},
      {"Actions", {"Action"}},
      {"Action", {"Region", "Goto", "URI", "GotoA", "Sound", "Movie"}},
      {"Goto", {"Dest", "Bookmark"}},
      {"Dest", {}},
      {"Res", {"ColorSpaces", "DrawParams", "Fonts", "MultiMedias", "CompositeGraphicUnits"}},
      {"ColorSpaces", {"ColorSpace"}},
      {"ColorSpace", {"Palette", "ICCProfile"}},
      {"Fonts", {"Font"}},
      {"Font", {"FontFile"}},
      {"Page", {"Template", "PageRes", "Area", "Content", "Actions"}},
      {"Content", {"Layer"}},
      {"Layer", {"TextObject", "PathObject", "ImageObject", "CompositeObject", "PageBlock"}},
      {"TextObject", {"Actions", "Clips", "FillColor", "StrokeColor", "CGTransform", "TextCode"}},
      {"PathObject", {"Actions", "Clips", "StrokeColor", "FillColor", "AbbreviatedData"}},
      {"CGTransform", {"Glyphs"}},
      {"TextCode", {}},
      {"FillColor", {"Pattern", "AxialShd", "RadialShd", "GouraudShd", "LaGouraudShd"}},
      {"StrokeColor", {"Pattern", "AxialShd", "RadialShd", "GouraudShd", "LaGouraudShd"}},
  };
  return order;
}

std::string expected_root(const std::string& kind) {
  if (kind == "OFD.xml") return "OFD";
  return kind;
}

}  // namespace ofdtest
