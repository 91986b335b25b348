// The output formats a rendering command writes (`--format pdf|docx|ofd|pdf,ofd`), each
// mapped to its back-end and file extension. One table: adding a format is one entry in
// output_formats.cpp, and every command that takes --format offers it.
#pragma once
#include <string>
#include <vector>

#include "cli/args.h"
#include "core/diagnostics.h"
#include "core/timings.h"
#include "docx/props.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "markup/document.h"

namespace docpipe::cli {

// What a back-end writes from: the document tree (Word lays the pages out itself) and the
// pages docpipe laid out (PDF, OFD), with the fonts.
struct Rendered {
  const markup::Document& tree;
  const layout::Layout& pages;
  fonts::FontSet& fonts;
  const docx::WordFonts& word_fonts;
};

struct OutputFormat {
  const char* name;       // as on the command line: "pdf"
  const char* extension;  // of its files: ".pdf"
  bool (*write)(const Rendered&, std::string& out, Diagnostics&, Timings*);
};

// The formats chosen for a run, in table order (pdf first), each once.
using Formats = std::vector<const OutputFormat*>;

// Every format docpipe writes, in the order their files are written and printed.
const std::vector<OutputFormat>& all_output_formats();
// Just PDF: what every command writes without --format.
Formats default_formats();
// "pdf,docx" → those formats. An unknown, empty or repeated name is an error naming it, with
// the list of formats as the hint.
bool parse_formats(const std::string& list, Formats& out, Diagnostics& diags);
// Takes `--format LIST` out of `args` (default: pdf).
bool take_formats(Args& args, Formats& out, Diagnostics& diags);
// The file of format `f` beside the path a command would write: "out/x.pdf" → "out/x.docx"
// (the path's own .pdf or .docx is replaced; any other gets the extension appended).
std::string output_path(const std::string& pdf_path, const OutputFormat& f);
// Every file of `formats` for `pdf_path`, in order.
std::vector<std::string> output_paths(const std::string& pdf_path, const Formats& formats);
// "pdf|docx" for usage texts.
std::string format_names(const char* separator = "|");

}  // namespace docpipe::cli
