#include "ofd/validator.h"

#include <pugixml.hpp>

#include <cstdlib>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "ofd/validator_schema.h"

namespace ofdtest {

namespace {

const char* const ns = "http://www.ofdspec.org/2016";

struct Xml {
  std::string path;
  std::unique_ptr<pugi::xml_document> doc = std::make_unique<pugi::xml_document>();
};

std::string local(const pugi::xml_node& n) {
  std::string name = n.name();
  return name.rfind("ofd:", 0) == 0 ? name.substr(4) : "";
}

std::vector<std::string> split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool is_number(const std::string& s) {
  static const std::regex re(R"(-?(\d+(\.\d*)?|\.\d+))");
  return std::regex_match(s, re);
}

// "a/b/../c" is refused before this is called; joins a relative path onto a folder.
std::string join(const std::string& dir, const std::string& rel) {
  if (!rel.empty() && rel[0] == '/') return rel.substr(1);  // package-absolute
  return dir.empty() ? rel : dir + "/" + rel;
}

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

class Validator {
 public:
  explicit Validator(const std::vector<Entry>& entries) : entries_(entries) {}
  std::vector<std::string> run();

 private:
  const std::vector<Entry>& entries_;
  std::vector<std::string> problems_;
  std::map<std::string, Xml> xml_;  // path → parsed
  std::set<std::string> files_, used_;
  std::map<unsigned long, std::string> ids_;                  // ID → where
  std::map<std::string, std::set<unsigned long>> resources_;  // kind → IDs
  std::set<unsigned long> page_ids_;

  void problem(const std::string& where, const std::string& what) {
    problems_.push_back(where + ": " + what);
  }
  void check_paths();
  void parse_parts();
  void check_elements(const std::string& path, const pugi::xml_node& node);
  void check_order(const std::string& path, const pugi::xml_node& node);
  void check_attributes(const std::string& path, const pugi::xml_node& node);
  const pugi::xml_document* part(const std::string& path, const std::string& root,
                                 const std::string& from);
  void walk_document(const std::string& doc_path);
  void collect_resources(const std::string& res_path, const std::string& from);
  void check_references(const std::string& path, const pugi::xml_node& node);
};

void Validator::check_paths() {
  for (const auto& e : entries_) {
    const std::string& p = e.path;
    bool bad = p.empty() || p[0] == '/' || p.find('\\') != std::string::npos ||
               p.find(':') != std::string::npos;
    std::string seg;
    std::istringstream in(p);
    while (std::getline(in, seg, '/'))
      if (seg.empty() || seg == "." || seg == "..") bad = true;
    if (bad) problem(p, "zip path is not a plain relative path");
    if (!files_.insert(p).second) problem(p, "appears twice in the zip");
  }
}

void Validator::parse_parts() {
  for (const auto& e : entries_) {
    if (e.path.size() < 4 || e.path.substr(e.path.size() - 4) != ".xml") continue;
    Xml x;
    x.path = e.path;
    auto r = x.doc->load_buffer(e.bytes.data(), e.bytes.size(), pugi::parse_default,
                                pugi::encoding_utf8);
    if (!r) {
      problem(e.path, std::string("not well-formed XML: ") + r.description() + " at byte " +
                          std::to_string(r.offset));
      continue;
    }
    auto root = x.doc->document_element();
    if (std::string(root.attribute("xmlns:ofd").value()) != ns)
      problem(e.path, "root does not declare xmlns:ofd=\"" + std::string(ns) + "\"");
    check_elements(e.path, root);
    xml_.emplace(e.path, std::move(x));
  }
}

void Validator::check_elements(const std::string& path, const pugi::xml_node& node) {
  std::string name = local(node);
  if (name.empty() || !standard_elements().count(name))
    problem(path, std::string("element <") + node.name() + "> is not in the standard");
  check_order(path, node);
  check_attributes(path, node);
  if (auto id = node.attribute("ID")) {
    char* end = nullptr;
    unsigned long v = std::strtoul(id.value(), &end, 10);
    if (!*id.value() || *end || v == 0)
      problem(path, std::string("ID \"") + id.value() + "\" is not a positive integer");
    else if (!ids_.emplace(v, path + " <" + name + ">").second)
      problem(path, "ID " + std::to_string(v) + " is used twice (also " + ids_[v] + ")");
  }
  for (auto child : node.children())
    if (child.type() == pugi::node_element) check_elements(path, child);
}

// Children must be allowed for the parent and in the schema's sequence order; a Layer's
// children are a free choice, and a TextObject repeats (CGTransform*, TextCode).
void Validator::check_order(const std::string& path, const pugi::xml_node& node) {
  std::string name = local(node);
  auto it = child_order().find(name);
  if (it == child_order().end()) return;
  const auto& order = it->second;
  size_t last = 0;
  for (auto child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string c = local(child);
    size_t rank = 0;
    while (rank < order.size() && order[rank] != c) ++rank;
    if (rank == order.size()) {
      problem(path, "<" + c + "> may not be inside <" + name + ">");
      continue;
    }
    if (name == "TextObject" && c == "CGTransform") rank = rank + 1;  // same rank as TextCode
    if (name != "Layer" && name != "Action" && rank < last)
      problem(path, "<" + c + "> is out of the schema's order inside <" + name + ">");
    last = std::max(last, rank);
  }
}

void Validator::check_attributes(const std::string& path, const pugi::xml_node& node) {
  std::string name = local(node);
  for (const char* box_attr : {"Boundary"}) {
    auto a = node.attribute(box_attr);
    if (!a) continue;
    auto v = split(a.value());
    bool ok = v.size() == 4 && is_number(v[0]) && is_number(v[1]) && is_number(v[2]) &&
              is_number(v[3]) && std::atof(v[2].c_str()) > 0 && std::atof(v[3].c_str()) > 0;
    if (!ok) problem(path, "<" + name + "> Boundary \"" + a.value() + "\" is not x y w h");
  }
  if (name == "TextObject" || name == "PathObject") {
    if (!node.attribute("Boundary")) problem(path, "<" + name + "> has no Boundary");
  }
  if (name == "TextObject" && (!node.attribute("Font") || !node.attribute("Size")))
    problem(path, "<TextObject> needs Font and Size");
  if (name == "TextCode") {
    std::string text = node.child_value();
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    auto d = split(node.attribute("DeltaX").value());
    size_t n = 0;
    for (size_t i = 0; i < d.size(); ++i) {
      if (d[i] == "g" && i + 2 < d.size()) {
        n += std::strtoul(d[i + 1].c_str(), nullptr, 10);
        i += 2;
      } else if (is_number(d[i])) {
        ++n;
      } else {
        problem(path,
                "DeltaX \"" + std::string(node.attribute("DeltaX").value()) + "\" is malformed");
        break;
      }
    }
    if (chars == 0) problem(path, "<TextCode> is empty");
    if (n >= chars && chars > 0)
      problem(path, "DeltaX has " + std::to_string(n) + " values for " + std::to_string(chars) +
                        " characters");
    if (!is_number(node.attribute("X").value()) || !is_number(node.attribute("Y").value()))
      problem(path, "<TextCode> needs numeric X and Y");
  }
  if ((name == "FillColor" || name == "StrokeColor") && node.attribute("Value")) {
    auto v = split(node.attribute("Value").value());
    bool ok = v.size() == 3;
    for (const auto& c : v) ok = ok && is_number(c) && std::atoi(c.c_str()) <= 255;
    if (!ok) problem(path, "colour \"" + std::string(node.attribute("Value").value()) + "\"");
  }
  if (name == "AbbreviatedData") {
    static const std::map<std::string, int> args = {{"S", 2}, {"M", 2}, {"L", 2}, {"Q", 4},
                                                    {"B", 6}, {"A", 7}, {"C", 0}};
    auto t = split(node.child_value());
    for (size_t i = 0; i < t.size();) {
      auto a = args.find(t[i]);
      bool ok = a != args.end() && i + a->second < t.size() + (a->second == 0 ? 1 : 0);
      for (int k = 1; ok && k <= (a != args.end() ? a->second : 0); ++k) ok = is_number(t[i + k]);
      if (!ok) {
        problem(path, "AbbreviatedData \"" + std::string(node.child_value()) + "\" is malformed");
        break;
      }
      i += 1 + a->second;
    }
  }
}

const pugi::xml_document* Validator::part(const std::string& path, const std::string& root,
                                          const std::string& from) {
  used_.insert(path);
  auto it = xml_.find(path);
  if (it == xml_.end()) {
    problem(from, "refers to " + path + ", which is not a well-formed XML part of the package");
    return nullptr;
  }
  if (local(it->second.doc->document_element()) != root)
    problem(path, "root element should be <ofd:" + root + ">");
  return it->second.doc.get();
}

void Validator::collect_resources(const std::string& res_path, const std::string& from) {
  auto* doc = part(res_path, "Res", from);
  if (!doc) return;
  auto res = doc->document_element();
  std::string base = join(dir_of(res_path), res.attribute("BaseLoc").value());
  for (auto group : res.children()) {
    for (auto item : group.children()) {
      std::string kind = local(item);
      unsigned long id = std::strtoul(item.attribute("ID").value(), nullptr, 10);
      resources_[kind].insert(id);
      resources_["any"].insert(id);
      for (const char* file_elem : {"FontFile", "MediaFile"}) {
        auto f = item.child((std::string("ofd:") + file_elem).c_str());
        if (!f) continue;
        std::string file = join(base, f.child_value());
        used_.insert(file);
        if (!files_.count(file))
          problem(res_path, std::string(file_elem) + " " + file + " is missing");
      }
    }
  }
}

void Validator::check_references(const std::string& path, const pugi::xml_node& node) {
  auto need = [&](const char* attr, const std::string& kind) {
    auto a = node.attribute(attr);
    if (!a) return;
    if (!resources_[kind].count(std::strtoul(a.value(), nullptr, 10)))
      problem(path, std::string("<") + local(node) + "> " + attr + " " + a.value() +
                        " is not a defined " + kind);
  };
  need("Font", "Font");
  need("DrawParam", "DrawParam");
  need("ResourceID", "any");
  need("ColorSpace", "ColorSpace");
  if (local(node) == "Dest" &&
      !page_ids_.count(std::strtoul(node.attribute("PageID").value(), nullptr, 10)))
    problem(path, std::string("Dest PageID ") + node.attribute("PageID").value() + " is no page");
  for (auto child : node.children())
    if (child.type() == pugi::node_element) check_references(path, child);
}

void Validator::walk_document(const std::string& doc_path) {
  auto* doc = part(doc_path, "Document", "OFD.xml");
  if (!doc) return;
  std::string dir = dir_of(doc_path);
  auto root = doc->document_element();
  auto common = root.child("ofd:CommonData");
  if (!common) return problem(doc_path, "no CommonData");
  auto box = split(common.child("ofd:PageArea").child_value("ofd:PhysicalBox"));
  if (box.size() != 4 || std::atof(box[2].c_str()) <= 0 || std::atof(box[3].c_str()) <= 0)
    problem(doc_path, "PageArea/PhysicalBox is not x y w h in millimetres");
  for (auto res : common.children())
    if (local(res) == "PublicRes" || local(res) == "DocumentRes")
      collect_resources(join(dir, res.child_value()), doc_path);
  if (auto cs = common.child("ofd:DefaultCS"))
    if (!resources_["ColorSpace"].count(std::strtoul(cs.child_value(), nullptr, 10)))
      problem(doc_path, std::string("DefaultCS ") + cs.child_value() + " is not a ColorSpace");
  std::vector<std::string> pages;
  for (auto page : root.child("ofd:Pages").children("ofd:Page")) {
    page_ids_.insert(std::strtoul(page.attribute("ID").value(), nullptr, 10));
    pages.push_back(join(dir, page.attribute("BaseLoc").value()));
  }
  if (pages.empty()) problem(doc_path, "no pages");
  check_references(doc_path, root);
  for (const auto& p : pages)
    if (auto* content = part(p, "Page", doc_path)) check_references(p, content->document_element());
  unsigned long max_id = ids_.empty() ? 0 : ids_.rbegin()->first;
  std::string declared = common.child_value("ofd:MaxUnitID");
  if (declared != std::to_string(max_id))
    problem(doc_path,
            "MaxUnitID is \"" + declared + "\" but the largest ID is " + std::to_string(max_id));
}

std::vector<std::string> Validator::run() {
  check_paths();
  parse_parts();
  auto* entry = part("OFD.xml", "OFD", "the package");
  if (!entry) return problems_;
  auto bodies = entry->document_element().children("ofd:DocBody");
  if (bodies.begin() == bodies.end()) problem("OFD.xml", "no DocBody");
  for (auto body : bodies) {
    auto info = body.child("ofd:DocInfo");
    if (!info) problem("OFD.xml", "DocBody has no DocInfo");
    static const std::regex date(R"(\d{4}-\d{2}-\d{2})");
    if (auto d = info.child("ofd:CreationDate"); d && !std::regex_match(d.child_value(), date))
      problem("OFD.xml", std::string("CreationDate \"") + d.child_value() + "\" is not xs:date");
    std::string root = body.child_value("ofd:DocRoot");
    if (root.empty())
      problem("OFD.xml", "DocBody has no DocRoot");
    else
      walk_document(join("", root));
  }
  for (const auto& f : files_)
    if (!used_.count(f)) problem(f, "is in the package but nothing refers to it");
  return problems_;
}

}  // namespace

std::vector<std::string> validate_package(const std::vector<Entry>& entries) {
  return Validator(entries).run();
}

std::vector<std::string> validate_package_bytes(const std::string& bytes) {
  std::vector<Entry> entries;
  std::string error;
  if (!read_package(bytes, entries, error)) return {"not a readable zip: " + error};
  return validate_package(entries);
}

}  // namespace ofdtest
