// CSV as Excel writes it: UTF-8 with or without BOM, or GB18030/GBK (what Excel on a
// Chinese Windows saves as "CSV"), quoted fields with "" escapes and line breaks, CRLF.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace docpipe::source {

struct CsvRecord {
  int line = 0;                     // line in the file where the record starts
  std::vector<std::string> fields;  // trimmed
};

struct CsvTable {
  std::string encoding;     // "UTF-8", "UTF-8 with BOM", "GB18030", "xlsx sheet 单位"
  std::string source_name;  // for messages when not the path: "FILE.xlsx[单位]"
  int header_line = 0;
  std::vector<std::string> header;
  std::vector<CsvRecord> rows;  // blank rows (",,,") left out
};

// GB18030 (and so GBK, GB2312) bytes as UTF-8; nothing when they are not GB18030.
std::optional<std::string> from_gb18030(const std::string& bytes);

// Decodes bytes to UTF-8: reports empty, binary, UTF-16, or undecodable input.
std::optional<std::string> decode_text(const std::string& bytes, const std::string& path,
                                       std::string& encoding, Diagnostics& diags);
// Splits decoded text into records; reports an unclosed quote.
std::optional<CsvTable> parse_csv(const std::string& text, const std::string& path,
                                  Diagnostics& diags);
// Both, on a file.
std::optional<CsvTable> read_csv(const std::string& path, Diagnostics& diags);

}  // namespace docpipe::source
