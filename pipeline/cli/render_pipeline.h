// The pipeline from Markdown to PDF (and the other output formats), driven here and only
// here: fonts opened once, then for each document markup (parse) → layout → the back-ends
// (pdf from the pages, docx from the tree), with per-stage timings. Used by `docpipe
// render`, `build`, `brief`, `due` and the batch workers.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "cli/output_formats.h"
#include "core/diagnostics.h"
#include "core/timings.h"
#include "docx/props.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"

namespace docpipe::cli {

// Holds the fonts, opened once, for any number of documents (batches render hundreds).
class Renderer {
 public:
  // `fonts_yaml` may name a missing file: then Debian's default fonts are used.
  static std::unique_ptr<Renderer> open(const std::string& fonts_yaml, Diagnostics& diags);

  // Parses, lays out and writes `markdown` to `out_path` (temp file + rename). `source_name`
  // names the text in messages. Nothing is written if any error was reported.
  bool render(const std::string& markdown, const std::string& source_name,
              const std::string& out_path, Diagnostics& diags);
  // Same, returning the bytes; `layout_out` (optional) receives the pages for inspection.
  bool render_bytes(const std::string& markdown, const std::string& source_name, std::string& pdf,
                    Diagnostics& diags, layout::Layout* layout_out = nullptr);
  // Parses and lays out `markdown` once and makes it in every one of `formats`: files[i] is
  // the bytes of formats[i]. A document is laid out even when no format needs the pages,
  // so what is an error for the PDF is an error for every format. Nothing is made if any
  // error was reported.
  bool render_formats(const std::string& markdown, const std::string& source_name,
                      const Formats& formats, std::vector<std::string>& files, Diagnostics& diags,
                      layout::Layout* layout_out = nullptr);
  // render_formats, then the files written beside `pdf_path` (output_paths) all together
  // or not at all (temp files renamed once all are made). Appends the paths to `written`.
  bool render(const std::string& markdown, const std::string& source_name,
              const std::string& pdf_path, const Formats& formats, Diagnostics& diags,
              std::vector<std::string>* written = nullptr);

  // Organisation names every title this renderer sets keeps whole (the data's units: a
  // `DataSet`'s, or `render --units FILE`); see layout::LayoutOptions.
  void set_whole_names(std::vector<std::string> names) { whole_names_ = std::move(names); }

  fonts::FontSet& fonts() { return *fonts_; }
  // Wall time by stage over every document this renderer has made.
  const Timings& timings() const { return timings_; }
  Timings& timings() { return timings_; }

 private:
  std::unique_ptr<fonts::FontSet> fonts_;
  docx::WordFonts word_fonts_;  // the roles' family names, for Word
  Timings timings_;
  std::vector<std::string> whole_names_;
};

}  // namespace docpipe::cli
