#include "cli/output_formats.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "docx/docx.h"
#include "layout/geometry.h"
#include "ofd/writer.h"
#include "pdf/writer.h"

namespace docpipe::cli {
namespace {

bool write_pdf(const Rendered& r, std::string& out, Diagnostics& diags, Timings* timings) {
  return pdf::write_pdf(r.pages, r.fonts, out, diags, timings);
}

bool write_ofd(const Rendered& r, std::string& out, Diagnostics& diags, Timings* timings) {
  return ofd::write_ofd(r.pages, r.fonts, out, diags, timings);
}

// The PDF's titles of several lines, for Word to break where layout did (its breaks keep
// words whole and balance the lines): each run of consecutive 2号 lines on a page, its text
// joined → the lines.
docx::TitleLines title_lines(const layout::Layout& pages) {
  const layout::PageGeometry g;
  docx::TitleLines out;
  for (const auto& page : pages.pages) {
    std::map<long, std::string> lines;  // baseline (0.1 pt) → text, left to right
    std::vector<const layout::GlyphRun*> runs;
    for (const auto& r : page.runs)
      if (std::abs(r.size - g.title_size) < 0.01) runs.push_back(&r);
    std::stable_sort(runs.begin(), runs.end(),
                     [](const auto* a, const auto* b) { return a->x < b->x; });
    for (const auto* r : runs) lines[std::lround(r->y * 10)] += r->text;
    std::vector<std::string> block;
    long last = 0;
    auto flush = [&] {
      if (block.size() > 1) {
        std::string joined;
        for (const auto& l : block) joined += l;
        out[joined] = block;
      }
      block.clear();
    };
    for (const auto& [y, text] : lines) {
      if (!block.empty() && y - last > std::lround(g.pitch() * 15)) flush();  // not the next line
      block.push_back(text);
      last = y;
    }
    flush();
  }
  return out;
}

bool write_docx(const Rendered& r, std::string& out, Diagnostics& diags, Timings* timings) {
  StageTimer timer(timings, "docx");
  return docx::docx_bytes(r.tree, r.word_fonts, out, diags, title_lines(r.pages));
}

}  // namespace

const std::vector<OutputFormat>& all_output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"pdf", ".pdf", write_pdf},
      {"docx", ".docx", write_docx},
      {"ofd", ".ofd", write_ofd},  // GB/T 33190-2016, the same pages as the PDF
  };
  return formats;
}

Formats default_formats() {
  return {&all_output_formats()[0]};
}

std::string format_names(const char* separator) {
  std::string s;
  for (const auto& f : all_output_formats())
    s += (s.empty() ? "" : separator) + std::string(f.name);
  return s;
}

bool parse_formats(const std::string& list, Formats& out, Diagnostics& diags) {
  std::vector<std::string> names;
  size_t from = 0;
  while (true) {
    size_t comma = list.find(',', from);
    names.push_back(
        list.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  const std::string hint = "write --format followed by one or more of " + format_names(", ") +
                           ", separated by commas (e.g. --format pdf,docx)";
  std::vector<bool> chosen(all_output_formats().size(), false);
  for (const auto& n : names) {
    auto& all = all_output_formats();
    auto it =
        std::find_if(all.begin(), all.end(), [&](const OutputFormat& f) { return n == f.name; });
    if (it == all.end()) {
      diags.error({},
                  n.empty() ? "--format has an empty name in '" + list + "'"
                            : "unknown output format '" + n + "'",
                  hint);
      return false;
    }
    size_t i = static_cast<size_t>(it - all.begin());
    if (chosen[i]) {
      diags.error({}, "output format '" + n + "' is given twice in '" + list + "'", hint);
      return false;
    }
    chosen[i] = true;
  }
  out.clear();
  for (size_t i = 0; i < chosen.size(); ++i)
    if (chosen[i]) out.push_back(&all_output_formats()[i]);
  return true;
}

bool take_formats(Args& args, Formats& out, Diagnostics& diags) {
  out = default_formats();
  auto list = args.option("--format", diags);
  return !list || parse_formats(*list, out, diags);
}

std::string output_path(const std::string& pdf_path, const OutputFormat& f) {
  // A path ending in any format's extension (-o report.docx) loses it first.
  std::string base = pdf_path;
  for (const auto& g : all_output_formats()) {
    const std::string ext = g.extension;
    if (base.size() > ext.size() && base.compare(base.size() - ext.size(), ext.size(), ext) == 0) {
      base.resize(base.size() - ext.size());
      break;
    }
  }
  return base + f.extension;
}

std::vector<std::string> output_paths(const std::string& pdf_path, const Formats& formats) {
  std::vector<std::string> out;
  for (const auto* f : formats) out.push_back(output_path(pdf_path, *f));
  return out;
}

}  // namespace docpipe::cli
