// Word (.docx) output: the document tree written as an Office Open XML package that Word,
// WPS and LibreOffice lay out themselves, already in the GB/T 9704 format: the page and its
// 22 × 28 grid, the named styles, the heading numbering, odd/even page numbers. The stage's
// front door.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "docx/props.h"
#include "markup/document.h"

namespace docpipe::docx {

// Where the PDF broke each title of several lines (标题, 附件 title, 简报 article title):
// the title's text → its lines. Word is given the same lines (manual line breaks) rather
// than a guess; a title not found here is balanced by counting characters (title_lines.h).
using TitleLines = std::map<std::string, std::vector<std::string>>;

// The package bytes for `doc`, its fonts named per `fonts`. False, with the reasons
// reported, if the text cannot be written (control characters) or packaging failed.
bool docx_bytes(const markup::Document& doc, const WordFonts& fonts, std::string& out,
                Diagnostics& diags, const TitleLines& titles = {});

// docx_bytes, then written to `path` through a temp file and a rename: on failure nothing
// appears and an existing file is left as it was.
bool write_docx(const markup::Document& doc, const WordFonts& fonts, const std::string& path,
                Diagnostics& diags, const TitleLines& titles = {});

}  // namespace docpipe::docx
