#include "ofd/page_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/utf8.h"
#include "ofd/numbers.h"
#include "ofd/xml.h"

namespace docpipe::ofd {

namespace {

// Millimetres in integer thousandths, so positions and the deltas between them add up
// exactly (no drift along a 28-character line).
long long thou(double pt) {
  return std::llround(points_to_mm(pt) * 1000);
}
double mm_of(long long t) {
  return t / 1000.0;
}

// Characters a reader may drop as whitespace around a TextCode's text (XML parsers trim,
// JavaScript's trim() also takes U+3000): never written; the next character starts a new
// TextCode at its own X.
bool is_blank(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0xFEFF;
}

// DeltaX (§11.3, ST_Array with the "g count value" repeat form): the advance from each
// character to the next, in millimetres.
std::string delta_text(const std::vector<long long>& deltas) {
  std::string out;
  for (size_t i = 0; i < deltas.size();) {
    size_t j = i;
    while (j < deltas.size() && deltas[j] == deltas[i]) ++j;
    if (!out.empty()) out += ' ';
    if (j - i >= 3) {
      out += "g " + std::to_string(j - i) + ' ';
      append_mm(out, mm_of(deltas[i]));
      i = j;
    } else {
      append_mm(out, mm_of(deltas[i]));
      ++i;
    }
  }
  return out;
}

void add_fill_color(pugi::xml_node node, const layout::Color& c) {
  set_attr(node.append_child("ofd:FillColor"), "Value", rgb_text(c));
}

void add_box(pugi::xml_node layer, const layout::Box& b, IdCounter& ids) {
  auto path = layer.append_child("ofd:PathObject");
  set_attr(path, "ID", ids.take());
  double w = points_to_mm(b.w), h = points_to_mm(b.h);
  set_attr(path, "Boundary", box_text(points_to_mm(b.x), points_to_mm(b.y), w, h));
  set_attr(path, "Stroke", "false");
  set_attr(path, "Fill", "true");
  add_fill_color(path, b.color);
  std::string d = "M 0 0 L " + mm_text(w) + " 0 L " + mm_text(w) + ' ' + mm_text(h) + " L 0 " +
                  mm_text(h) + " C";
  add_text_element(path, "ofd:AbbreviatedData", d);
}

void add_rule(pugi::xml_node layer, const layout::Rule& r, IdCounter& ids) {
  auto path = layer.append_child("ofd:PathObject");
  set_attr(path, "ID", ids.take());
  // The boundary holds the stroke: the segment's box grown by half the line width.
  double half = r.width / 2;
  double x = std::min(r.x0, r.x1) - half, y = std::min(r.y0, r.y1) - half;
  double w = std::fabs(r.x1 - r.x0) + r.width, h = std::fabs(r.y1 - r.y0) + r.width;
  set_attr(path, "Boundary",
           box_text(points_to_mm(x), points_to_mm(y), points_to_mm(w), points_to_mm(h)));
  set_attr(path, "LineWidth", mm_text(points_to_mm(r.width)));
  set_attr(path.append_child("ofd:StrokeColor"), "Value", rgb_text(r.color));
  std::string d = "M " + mm_text(points_to_mm(r.x0 - x)) + ' ' + mm_text(points_to_mm(r.y0 - y)) +
                  " L " + mm_text(points_to_mm(r.x1 - x)) + ' ' + mm_text(points_to_mm(r.y1 - y));
  add_text_element(path, "ofd:AbbreviatedData", d);
}

// Where each cluster of a run starts, and where the run ends, in thousandths of a mm: the
// advance of its character (a selector adds none) plus the run's tracking, as the PDF sets it.
std::vector<long long> pen_positions(const layout::GlyphRun& run,
                                     const std::vector<Cluster>& clusters, fonts::FontSet& fonts) {
  std::vector<long long> pos(clusters.size() + 1);
  double x = run.x;
  for (size_t k = 0; k < clusters.size(); ++k) {
    pos[k] = thou(x);
    x += std::max(0.0, fonts.advance_em(run.face, clusters[k][0])) * run.size + run.char_space;
  }
  pos[clusters.size()] = thou(x);
  return pos;
}

bool blank_cluster(const Cluster& c) {
  return c.size() == 1 && is_blank(c[0]);
}

// One TextCode for clusters [from, to) (no blanks): X, Y on the baseline, DeltaX between
// characters (0 from a character to its selector), preceded by a CGTransform (§11.4) for each
// cluster whose glyph a reader cannot reach through the font's cmap.
void add_text_code(pugi::xml_node obj, const std::vector<Cluster>& clusters, size_t from, size_t to,
                   const std::vector<long long>& pos, long long left, long long size,
                   const EmbeddedFont& font) {
  std::string chars;
  std::vector<long long> deltas;
  size_t code_index = 0;
  for (size_t k = from; k < to; ++k) {
    const Cluster& c = clusters[k];
    if (k > from) deltas.push_back(pos[k] - pos[k - 1]);
    for (size_t m = 1; m < c.size(); ++m) deltas.push_back(0);
    auto cg = font.cg_glyphs.find(c);
    if (cg != font.cg_glyphs.end()) {
      auto t = obj.append_child("ofd:CGTransform");
      set_attr(t, "CodePosition", static_cast<unsigned>(code_index));
      set_attr(t, "CodeCount", static_cast<unsigned>(c.size()));
      set_attr(t, "GlyphCount", 1u);
      add_text_element(t, "ofd:Glyphs", std::to_string(cg->second));
    }
    for (char32_t ch : c) chars += encode_utf8(ch);
    code_index += c.size();
  }
  auto code = obj.append_child("ofd:TextCode");
  set_attr(code, "X", mm_text(mm_of(pos[from] - left)));
  set_attr(code, "Y", mm_text(mm_of(size)));
  if (!deltas.empty()) set_attr(code, "DeltaX", delta_text(deltas));
  code.append_child(pugi::node_pcdata).set_value(chars.c_str());
}

// One glyph run as a TextObject: its boundary is the run's em box from the left edge (one
// em above the baseline to a quarter em below), each TextCode's Y is the baseline in it.
void add_run(pugi::xml_node layer, const layout::GlyphRun& run, const EmbeddedFont& font,
             fonts::FontSet& fonts, IdCounter& ids) {
  std::vector<Cluster> clusters = clusters_of(run.text);
  if (std::all_of(clusters.begin(), clusters.end(), blank_cluster)) return;  // nothing to draw
  std::vector<long long> pos = pen_positions(run, clusters, fonts);
  long long left = thou(run.x), size = thou(run.size);
  auto obj = layer.append_child("ofd:TextObject");
  set_attr(obj, "ID", ids.take());
  set_attr(obj, "Boundary",
           box_text(mm_of(left), mm_of(thou(run.y) - size),
                    mm_of(std::max(pos.back() - left, size)), mm_of(size + size / 4)));
  set_attr(obj, "Font", font.id);
  set_attr(obj, "Size", mm_text(mm_of(size)));
  if (!(run.color == layout::black)) add_fill_color(obj, run.color);
  for (size_t k = 0; k < clusters.size();) {
    if (blank_cluster(clusters[k])) {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < clusters.size() && !blank_cluster(clusters[end])) ++end;
    add_text_code(obj, clusters, k, end, pos, left, size, font);
    k = end;
  }
}

// An image (§10, CT_Image): its Boundary the placed rectangle, the CTM scaling the image's
// unit square to it, the picture the MultiMedia resource `resource`.
void add_image(pugi::xml_node layer, const layout::PlacedImage& i, unsigned resource,
               IdCounter& ids) {
  auto obj = layer.append_child("ofd:ImageObject");
  set_attr(obj, "ID", ids.take());
  double w = points_to_mm(i.w), h = points_to_mm(i.h);
  set_attr(obj, "Boundary", box_text(points_to_mm(i.x), points_to_mm(i.y), w, h));
  set_attr(obj, "CTM", mm_text(w) + " 0 0 " + mm_text(h) + " 0 0");
  set_attr(obj, "ResourceID", resource);
}

// 横排: an object drawn in the turned frame goes onto the upright sheet a quarter turn
// anticlockwise (the frame's top along the sheet's left edge): its Boundary becomes the turned
// box and its CTM turns what it draws inside it (§8.1: CTM acts in the boundary's space).
void turn(pugi::xml_node obj, double sheet_height_mm) {
  double x = 0, y = 0, w = 0, h = 0;
  if (std::sscanf(obj.attribute("Boundary").value(), "%lf %lf %lf %lf", &x, &y, &w, &h) != 4)
    return;
  obj.attribute("Boundary").set_value(box_text(y, sheet_height_mm - x - w, h, w).c_str());
  set_attr(obj, "CTM", "0 -1 1 0 0 " + mm_text(w));
}

}  // namespace

std::string page_content_xml(const layout::Page& page,
                             const std::map<fonts::FaceId, const EmbeddedFont*>& font_of,
                             const layout::Page& paper, fonts::FontSet& fonts, IdCounter& ids,
                             const std::vector<unsigned>& image_ids) {
  pugi::xml_document doc;
  auto root = start_document(doc, "Page");
  if (page.width != paper.width || page.height != paper.height)
    add_text_element(root.append_child("ofd:Area"), "ofd:PhysicalBox",
                     box_text(0, 0, points_to_mm(page.width), points_to_mm(page.height)));
  auto layer = root.append_child("ofd:Content").append_child("ofd:Layer");
  set_attr(layer, "ID", ids.take());
  for (const auto& b : page.boxes) add_box(layer, b, ids);
  for (const auto& r : page.rules) add_rule(layer, r, ids);
  for (const auto& run : page.runs) add_run(layer, run, *font_of.at(run.face), fonts, ids);
  // Turned before the images are added: a seal is never on a 横排 page (it follows the 署名).
  if (page.landscape)
    for (auto obj : layer.children()) turn(obj, points_to_mm(page.height));
  for (const auto& i : page.images)
    add_image(layer, i, image_ids.at(static_cast<size_t>(i.image)), ids);
  for (const auto& run : page.sheet_runs) add_run(layer, run, *font_of.at(run.face), fonts, ids);
  return to_string(doc);
}

}  // namespace docpipe::ofd
