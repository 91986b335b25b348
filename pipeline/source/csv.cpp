#include "source/csv.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "core/atomic_file.h"
#include "core/input_file.h"
#include "core/limits.h"
#include "source/text_door.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

constexpr size_t csv_max_bytes = 64 << 20;

bool looks_binary(const std::string& bytes) {
  for (unsigned char c : bytes)
    if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f')) return true;
  return false;
}

bool blank(const std::vector<std::string>& fields) {
  for (const auto& f : fields)
    if (!f.empty()) return false;
  return true;
}

}  // namespace

// GB18030 is a superset of GBK and GB2312; the stop callback makes any byte sequence that
// is not GB18030 an error instead of a silent U+FFFD.
std::optional<std::string> from_gb18030(const std::string& bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("GB18030", &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(bytes.size() * 2 + 2, u'\0');
  int32_t n = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out(static_cast<size_t>(n) * 3 + 1, '\0');
  int32_t len = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &len, utf16.data(), n, &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(len);
  return out;
}

std::optional<std::string> decode_text(const std::string& bytes, const std::string& path,
                                       std::string& encoding, Diagnostics& diags) {
  const std::string hint = "in Excel use 另存为 → CSV UTF-8 (逗号分隔) or CSV (逗号分隔)";
  if (bytes.size() > csv_max_bytes) {
    diags.error({path}, "file is larger than 64 MiB", "split it into several imports");
    return std::nullopt;
  }
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    diags.error({path}, "file is UTF-16 text (Excel's \"Unicode text\"), not CSV", hint);
    return std::nullopt;
  }
  std::string text = bytes;
  encoding = "UTF-8";
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text.erase(0, 3);
    encoding = "UTF-8 with BOM";
  }
  if (text.find_first_not_of(" \t\r\n,") == std::string::npos) {
    diags.error({path}, "file is empty", "export the sheet with its header row and data");
    return std::nullopt;
  }
  if (std::string u16 = utf16_without_bom(text); !u16.empty()) {
    diags.error({path},
                "file is " + u16 +
                    " text without a byte-order mark (Excel's \"Unicode "
                    "text\"), not CSV",
                hint);
    return std::nullopt;
  }
  if (looks_binary(text)) {
    diags.error({path}, "file is binary, not CSV text (is it an .xlsx workbook?)", hint);
    return std::nullopt;
  }
  // A file whose rows were pasted together from two exports: GB18030 would silently turn
  // the UTF-8 rows into other characters (or the reverse fail), so it is refused by row.
  bool utf8 = true;
  if (int line = first_foreign_line(text, utf8)) {
    diags.error({path, line, 0},
                std::string("this row is not ") + (utf8 ? "UTF-8" : "GB18030/GBK") +
                    " like the rows before it: the file mixes encodings",
                "save the whole sheet again in one encoding (" + hint + ")");
    return std::nullopt;
  }
  if (is_valid_utf8(text)) return text;
  if (auto converted = from_gb18030(text)) {
    encoding = "GB18030";
    return converted;
  }
  diags.error({path}, "file is neither UTF-8 nor GB18030/GBK text", hint);
  return std::nullopt;
}

std::optional<CsvTable> parse_csv(const std::string& text, const std::string& path,
                                  Diagnostics& diags) {
  CsvTable table;
  std::vector<std::string> fields(1);
  int line = 1, record_line = 1, quote_line = 0;
  // refused: a field too long, or holding an invisible control character
  bool quoted = false, any_quote = false, refused = false;
  const size_t max_field = limits::max_field_bytes();
  auto end_record = [&] {
    for (auto& f : fields) f = trim(f);
    for (size_t k = 0; k < fields.size() && !refused; ++k) {
      if (fields[k].size() <= max_field) continue;
      refused = true;  // one message is enough; the file is refused
      diags.error({path, record_line, static_cast<int>(k) + 1},
                  "field has " + limits::describe(limits::field_bytes),
                  "is a whole document pasted into one cell? check this column");
    }
    for (size_t k = 0; k < fields.size(); ++k) {
      char32_t c = forbidden_invisible(fields[k]);  // text_door.h: one list for the store
      if (!c) continue;
      refused = true;  // refused like an over-long field
      diags.error({path, record_line, static_cast<int>(k) + 1},
                  describe_invisible(c) + " in this field; it would not print",
                  "delete it (in Excel: =CLEAN(cell)) and export again");
    }
    if (!blank(fields) || any_quote) {
      if (table.header.empty()) {
        table.header = fields;
        table.header_line = record_line;
      } else {
        table.rows.push_back({record_line, fields});
      }
    }
    fields.assign(1, "");
    any_quote = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        fields.back() += text[++i];
      else if (c == '"')
        quoted = false;
      else {
        if (c == '\n') ++line;
        if (c != '\r') fields.back() += c;
      }
    } else if (c == '"' && trim(fields.back()).empty()) {
      fields.back().clear();
      quoted = any_quote = true;
      quote_line = line;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
      record_line = ++line;
    } else {
      fields.back() += c;
    }
  }
  if (quoted) {
    diags.error({path, quote_line, 0}, "a quoted field opened on this line is never closed",
                "check for a missing \" in this row");
    return std::nullopt;
  }
  end_record();
  if (refused) return std::nullopt;
  return table;
}

std::optional<CsvTable> read_csv(const std::string& path, Diagnostics& diags) {
  std::string bytes, encoding;
  if (!read_input(path, bytes, diags, std::min(csv_max_bytes, limits::max_input_bytes())))
    return std::nullopt;
  auto text = decode_text(bytes, path, encoding, diags);
  if (!text) return std::nullopt;
  auto table = parse_csv(*text, path, diags);
  if (table) table->encoding = encoding;
  return table;
}

}  // namespace docpipe::source
