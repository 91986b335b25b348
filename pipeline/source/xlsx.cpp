// An Excel workbook (.xlsx) as the same table a CSV file gives: the sheet's cells as text,
// shared and inline strings resolved, numbers as Excel shows them, date-formatted serial
// numbers as YYYY-MM-DD. Read with libzip and pugixml; a workbook the import could
// misread (merged cells, a header of several rows, error cells) is refused with the sheet
// and cell.
#include "source/xlsx.h"

#include <zip.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>

#include "core/spelling.h"
#include "source/text_door.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

bool read_entry(zip_t* z, const std::string& name, std::string& out) {
  zip_stat_t st;
  if (zip_stat(z, name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return false;
  if (st.size > (64u << 20)) return false;  // a register sheet is far smaller
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen(z, name.c_str(), 0), zip_fclose);
  if (!f) return false;
  out.resize(st.size);
  return zip_fread(f.get(), out.data(), st.size) == static_cast<zip_int64_t>(st.size);
}

bool load_xml(zip_t* z, const std::string& name, pugi::xml_document& doc) {
  std::string bytes;
  return read_entry(z, name, bytes) && doc.load_buffer(bytes.data(), bytes.size());
}

// All text of a shared or inline string (rich text runs joined; phonetic guides left out).
std::string string_item(const pugi::xml_node& si) {
  std::string out;
  for (pugi::xml_node n : si.children()) {
    const std::string tag = n.name();
    if (tag == "t") out += n.text().get();
    if (tag == "r") out += n.child("t").text().get();
  }
  return out;
}

// Built-in number formats that show a date (ECMA-376 18.8.30, with the CJK ones).
bool builtin_date_format(int id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when it has y or d outside quotes and brackets.
bool custom_date_format(const std::string& code) {
  bool quoted = false, bracket = false;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '[') bracket = true;
    if (!quoted && c == ']') bracket = false;
    if (!quoted && !bracket && (c == 'y' || c == 'Y' || c == 'd' || c == 'D')) return true;
  }
  return false;
}

// Style index → whether cells of that style show a date.
std::vector<bool> date_styles(zip_t* z) {
  std::vector<bool> out;
  pugi::xml_document doc;
  if (!load_xml(z, "xl/styles.xml", doc)) return out;
  pugi::xml_node ss = doc.child("styleSheet");
  std::set<int> custom;
  for (pugi::xml_node f : ss.child("numFmts").children("numFmt"))
    if (custom_date_format(f.attribute("formatCode").value()))
      custom.insert(f.attribute("numFmtId").as_int());
  for (pugi::xml_node xf : ss.child("cellXfs").children("xf")) {
    int id = xf.attribute("numFmtId").as_int();
    out.push_back(builtin_date_format(id) || custom.count(id));
  }
  return out;
}

// Excel's serial day number (1900 system; 60 is the fictitious 1900-02-29) → ISO date.
std::string serial_date(double serial) {
  long days = static_cast<long>(std::floor(serial)) - 25569;  // → days since 1970-01-01
  // Howard Hinnant's civil_from_days.
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)}.iso();
}

// A number as Excel displays it in General format: at most 15 significant digits, so a
// stored 412087.35999999999 is 412087.36 again.
std::string number_text(const std::string& v) {
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end) return v;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  std::string s = buf;
  if (s.find('e') != std::string::npos) return v;
  return s;
}

// "BC12" → column 55 (1-based), row 12.
bool cell_ref(const std::string& ref, int& col, int& row) {
  col = row = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) row = row * 10 + (ref[i] - '0');
  return col > 0 && row > 0 && i == ref.size();
}

std::string column_name(int col) {
  std::string s;
  for (; col > 0; col = (col - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
  return s;
}

struct Sheet {
  std::string name, part;  // 单位, xl/worksheets/sheet1.xml
};

std::vector<Sheet> sheets_of(zip_t* z) {
  std::vector<Sheet> out;
  pugi::xml_document wb, rels;
  if (!load_xml(z, "xl/workbook.xml", wb) || !load_xml(z, "xl/_rels/workbook.xml.rels", rels))
    return out;
  std::map<std::string, std::string> target;
  for (pugi::xml_node r : rels.child("Relationships").children("Relationship")) {
    std::string t = r.attribute("Target").value();
    if (t.rfind("/xl/", 0) == 0)
      t = t.substr(1);
    else if (t.rfind("xl/", 0) != 0)
      t = "xl/" + t;
    target[r.attribute("Id").value()] = t;
  }
  for (pugi::xml_node s : wb.child("workbook").child("sheets").children("sheet"))
    out.push_back({s.attribute("name").value(), target[s.attribute("r:id").value()]});
  return out;
}

class SheetReader {
 public:
  SheetReader(zip_t* z, std::string where, Diagnostics& diags)
      : z_(z), where_(std::move(where)), diags_(diags) {
    pugi::xml_document sst;
    if (load_xml(z, "xl/sharedStrings.xml", sst))
      for (pugi::xml_node si : sst.child("sst").children("si")) shared_.push_back(string_item(si));
    dates_ = date_styles(z);
  }

  std::optional<CsvTable> read(const std::string& part) {
    pugi::xml_document doc;
    if (!load_xml(z_, part, doc)) {
      diags_.error({where_}, "the sheet cannot be read; the workbook may be damaged",
                   "open it in Excel, save it again as .xlsx, and import that file");
      return std::nullopt;
    }
    pugi::xml_node ws = doc.child("worksheet");
    if (!no_merges(ws)) return std::nullopt;
    CsvTable t;
    t.encoding = "xlsx";
    bool ok = true;
    for (pugi::xml_node row : ws.child("sheetData").children("row")) {
      CsvRecord rec;
      rec.line = row.attribute("r").as_int();
      for (pugi::xml_node c : row.children("c")) ok = cell(c, rec) && ok;
      bool blank = true;
      for (const auto& f : rec.fields) blank = blank && f.empty();
      if (blank) continue;
      if (t.header.empty()) {
        t.header = rec.fields;
        t.header_line = rec.line;
      } else {
        t.rows.push_back(std::move(rec));
      }
    }
    if (!ok || !header_sound(t)) return std::nullopt;
    for (auto& r : t.rows)
      if (r.fields.size() < t.header.size()) r.fields.resize(t.header.size());
    return t;
  }

 private:
  // Merged cells hold their value in the first cell only: every other row or column would
  // read as empty, so a sheet with merges is refused where they are.
  bool no_merges(const pugi::xml_node& ws) {
    bool ok = true;
    for (pugi::xml_node m : ws.child("mergeCells").children("mergeCell")) {
      int col = 0, row = 0;
      std::string ref = m.attribute("ref").value();
      cell_ref(ref.substr(0, ref.find(':')), col, row);
      diags_.error({where_, row, col},
                   "merged cells " + ref + "; an import reads one value per cell",
                   "unmerge them and give every row its own values, one header row of column "
                   "names");
      ok = false;
    }
    return ok;
  }

  // One row of column names, no gaps: a gap or a second header row means a layout the
  // import would misread.
  bool header_sound(const CsvTable& t) {
    for (size_t i = 0; i < t.header.size(); ++i) {
      if (!t.header[i].empty()) continue;
      diags_.error({where_, t.header_line, static_cast<int>(i) + 1},
                   "header cell " + column_name(static_cast<int>(i) + 1) +
                       std::to_string(t.header_line) + " is empty (a header of several rows?)",
                   "use one header row with one name per column, e.g. date, unit, title …");
      return false;
    }
    return true;
  }

  bool cell(const pugi::xml_node& c, CsvRecord& rec) {
    int col = 0, row = 0;
    if (!cell_ref(c.attribute("r").value(), col, row))
      col = static_cast<int>(rec.fields.size()) + 1;
    if (static_cast<int>(rec.fields.size()) < col) rec.fields.resize(col);
    const std::string type = c.attribute("t").value();
    const std::string v = c.child("v").text().get();
    std::string& out = rec.fields[col - 1];
    if (type == "s") {
      size_t i = static_cast<size_t>(std::atol(v.c_str()));
      out = i < shared_.size() ? shared_[i] : "";
    } else if (type == "inlineStr") {
      out = string_item(c.child("is"));
    } else if (type == "str" || type == "b") {
      out = v;
    } else if (type == "e") {
      diags_.error({where_, rec.line, col},
                   "cell " + column_name(col) + std::to_string(rec.line) + " holds the error " + v,
                   "correct the formula, or paste the values only");
      return false;
    } else if (!v.empty()) {
      size_t style = c.attribute("s").as_uint();
      out = style < dates_.size() && dates_[style] ? serial_date(std::strtod(v.c_str(), nullptr))
                                                   : number_text(v);
    }
    out = trim(out);
    return true;
  }

  zip_t* z_;
  std::string where_;
  Diagnostics& diags_;
  std::vector<std::string> shared_;
  std::vector<bool> dates_;
};

}  // namespace

bool is_xlsx_path(const std::string& path) {
  return path.size() > 5 && (path.compare(path.size() - 5, 5, ".xlsx") == 0 ||
                             path.compare(path.size() - 5, 5, ".XLSX") == 0);
}

std::optional<CsvTable> read_xlsx(const std::string& path, const std::string& sheet,
                                  Diagnostics& diags) {
  int err = 0;
  Archive z(zip_open(path.c_str(), ZIP_RDONLY, &err), zip_discard);
  if (!z) {
    diags.error({path},
                err == ZIP_ER_NOENT ? "file does not exist" : "not an Excel workbook (.xlsx)",
                err == ZIP_ER_NOENT ? "check the path"
                                    : "save it from Excel as .xlsx (an old .xls: Save As .xlsx)");
    return std::nullopt;
  }
  std::vector<Sheet> sheets = sheets_of(z.get());
  if (sheets.empty()) {
    diags.error({path}, "the workbook lists no sheets", "save it again from Excel as .xlsx");
    return std::nullopt;
  }
  const Sheet* chosen = &sheets.front();
  if (!sheet.empty()) {
    chosen = nullptr;
    std::vector<std::string> names;
    for (const auto& s : sheets) {
      names.push_back(s.name);
      if (s.name == sheet) chosen = &s;
    }
    if (!chosen) {
      std::string list;
      for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
      diags.error({path}, "no sheet '" + sheet + "'" + did_you_mean(sheet, names),
                  "the sheets are: " + list);
      return std::nullopt;
    }
  }
  const std::string where = path + "[" + chosen->name + "]";
  auto table = SheetReader(z.get(), where, diags).read(chosen->part);
  if (!table) return std::nullopt;
  // The door every CSV field passes (text_door.h): a cell may hold what no document prints.
  bool clean = true;
  for (size_t k = 0; k < table->header.size(); ++k)
    clean = check_text_at_door(table->header[k],
                               {where, table->header_line, static_cast<int>(k) + 1}, diags) &&
            clean;
  for (const auto& r : table->rows)
    for (size_t k = 0; k < r.fields.size(); ++k)
      clean =
          check_text_at_door(r.fields[k], {where, r.line, static_cast<int>(k) + 1}, diags) && clean;
  if (!clean) return std::nullopt;
  table->source_name = where;
  table->encoding = "xlsx sheet " + chosen->name;
  return table;
}

}  // namespace docpipe::source
