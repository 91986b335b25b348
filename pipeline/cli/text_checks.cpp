#include "cli/text_checks.h"

#include <functional>
#include <memory>

#include "core/utf8.h"
#include "fonts/font_set.h"
#include "source/csv.h"
#include "source/text_door.h"
#include "source/xlsx.h"

namespace docpipe::cli {
namespace {

std::unique_ptr<fonts::FontSet> open_fonts(const std::string& data_dir, Diagnostics& diags) {
  return fonts::FontSet::open(fonts::load_font_config(data_dir + "/fonts.yaml", diags), diags);
}

// The first character of `text` no configured font draws (the body role, 仿宋, with its
// fallbacks: what a record's text is set in), or 0.
char32_t undrawable(fonts::FontSet& fs, const std::string& text) {
  for (char32_t c : decode_utf8(text)) {
    if (c < 0x20) continue;
    if (fs.face_for(fonts::Role::fangsong, c) < 0) return c;
  }
  return 0;
}

const char* const fix_hint =
    "correct the record in its sheet and import it again, or replace the character; "
    "`docpipe validate` lists every record affected";

}  // namespace

bool check_csv_drawable(const std::string& csv_path, const std::string& sheet,
                        const std::string& data_dir, Diagnostics& diags) {
  Diagnostics scratch;  // decoding and parse errors are the import's to report
  auto table = source::is_xlsx_path(csv_path) ? source::read_xlsx(csv_path, sheet, scratch)
                                              : source::read_csv(csv_path, scratch);
  if (!table) return true;
  const std::string& file = table->source_name.empty() ? csv_path : table->source_name;
  auto fs = open_fonts(data_dir, diags);
  if (!fs) return false;
  size_t errors = diags.error_count();
  for (const auto& row : table->rows)
    for (size_t k = 0; k < row.fields.size(); ++k)
      if (char32_t c = undrawable(*fs, row.fields[k]))
        diags.error({file, row.line, static_cast<int>(k) + 1},
                    "character " + code_point_name(c) +
                        " is in none of the configured fonts; "
                        "no document could print it",
                    "replace it, or add a font that has it to fonts.yaml (fallback:)");
  return diags.error_count() == errors;
}

bool check_edit_text(const std::string& where, const source::FieldChanges& fields,
                     const std::string& data_dir, Diagnostics& diags) {
  size_t errors = diags.error_count();
  for (const auto& [field, text] : fields)
    source::check_text_at_door(text, {where, 0, 0, "--" + field}, diags);
  if (diags.error_count() != errors) return false;
  std::unique_ptr<fonts::FontSet> fs;
  for (const auto& [field, text] : fields) {
    if (text.find_first_not_of("0123456789-.,: ") == std::string::npos) continue;  // dates, figures
    if (!fs && !(fs = open_fonts(data_dir, diags))) return false;
    if (char32_t c = undrawable(*fs, text))
      diags.error({where, 0, 0, "--" + field},
                  "character " + code_point_name(c) +
                      " is in none of the configured fonts; no document could print it",
                  "replace it, or add a font that has it to fonts.yaml (fallback:)");
  }
  return diags.error_count() == errors;
}

void check_stored_text(const source::DataSet& ds, Diagnostics& diags) {
  Diagnostics font_diags;
  auto fs = open_fonts(ds.dir, font_diags);
  if (!fs) {
    diags.append(font_diags);
    return;
  }
  const std::string db = ds.dir + "/docpipe.db";
  auto check = [&](const std::string& record, const std::string& field, const std::string& text) {
    if (char32_t c = source::forbidden_invisible(text))
      diags.error(
          {db, 0, 0, record},
          field + " holds an invisible " + source::describe_invisible(c) + "; it would not print",
          fix_hint);
    else if (char32_t d = undrawable(*fs, text))
      diags.error({db, 0, 0, record},
                  field + " holds " + code_point_name(d) + ", which no configured font draws",
                  fix_hint);
  };
  for (const auto& u : ds.units) check("unit " + u.code, "name", u.name);
  for (const auto& i : ds.items) {
    std::string record =
        "register item " + std::to_string(i.id) + " (" + i.date.iso() + " " + i.unit + ")";
    check(record, "title", i.title);
    check(record, "author", i.author);
  }
}

}  // namespace docpipe::cli
