// The sample's units and figures, and writing the whole sample folder.
#include "source/sample.h"

#include <filesystem>

#include "core/atomic_file.h"
#include "source/sample_processes.h"
#include "source/store.h"
#include "source/tables.h"
#include "source/text_forms.h"

namespace docpipe::source {
namespace {

namespace fs = std::filesystem;

struct ValueRow {
  const char* key;
  const char* y2025;
  const char* y2026;
};

// Whole-region figures (全省) for both years: most rise, some fall, one stays level, two
// in 万元 with decimals, so every 同比 wording has a case.
const ValueRow region_values[] = {
    {"approval_items_cancelled", "86", "112"},
    {"certification_items_cancelled", "214", "351"},
    {"fair_competition_reviews", "1536", "2043"},
    {"info_disclosed", "186420", "203517"},
    {"disclosure_requests", "3125", "3398"},
    {"regulation_drafts", "6", "5"},
    {"rules_enacted", "4", "4"},
    {"rules_revised", "12", "16"},
    {"normative_docs_reviewed", "268", "301"},
    {"normative_docs_filed", "412", "463"},
    {"normative_docs_corrected", "19", "14"},
    {"review_suggestions", "11", "8"},
    {"major_decisions_reviewed", "41", "47"},
    {"legal_affairs_reviewed", "236", "275"},
    {"contracts_reviewed", "58", "73"},
    {"legal_advisers", "1265", "1342"},
    {"enforcement_officers", "48260", "49875"},
    {"enforcement_certificates", "5320", "6187"},
    {"enforcement_bodies", "1875", "1902"},
    {"random_inspections", "8120", "9046"},
    {"case_files_reviewed", "1410", "1688"},
    {"review_applications", "6980", "8124"},
    {"review_accepted", "6712", "7905"},
    {"review_concluded", "6398", "7563"},
    {"review_corrected", "602", "655"},
    {"litigation_cases", "4125", "3870"},
    {"leaders_in_court", "2106", "2588"},
    {"npc_suggestions", "236", "251"},
    {"cppcc_proposals", "402", "388"},
    {"mediation_cases", "153260", "161874"},
    {"mediation_centres", "41", "52"},
    {"mediation_studios", "118", "146"},
    {"arbitration_cases", "3512", "4108"},
    {"arbitration_amount", "386520.5", "412087.36"},
    {"dispute_mediations", "318", "402"},
    {"law_trainees", "126500", "148320"},
    {"leaders_law_study", "24", "26"},
    {"enforcement_exams", "5860", "6512"},
    {"inspection_problems", "36", "24"},
    {"assessment_indicators", "48", "52"},
    {"rule_of_law_funding", "1265.8", "1380.25"},
};

// Indicators also broken down by city and county, as share of the region figure (the
// remainder is the province's own 省本级 work), in per mille.
const char* const per_unit_indicators[] = {"review_applications", "review_accepted",
                                           "normative_docs_reviewed", "mediation_cases",
                                           "enforcement_officers"};
const std::pair<const char*, int> unit_shares[] = {{"JCS", 320}, {"QYS", 240}, {"NPS", 170},
                                                   {"BSZ", 120}, {"LXQ", 95},  {"SMX", 40}};

// The sample's unit kinds: 处室 / 直属单位 / 省直部门 / 市州 / 县区.
namespace K {
const char* const office = "处室";
const char* const affiliate = "直属单位";
const char* const department = "省直部门";
const char* const city = "市州";
const char* const county = "县区";
}  // namespace K

Unit unit(int sort, const char* code, const char* name, const char* kind, const char* parent = "") {
  Unit u;
  u.sort_order = sort;
  u.code = code;
  u.name = name;
  u.kind = kind;
  u.parent = parent;
  return u;
}

bool write_files(const std::string& dir, Diagnostics& diags) {
  for (const auto& [name, text] : sample_files()) {
    fs::path path = fs::path(dir) / name;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      diags.error({path.parent_path().string()}, "cannot create folder: " + ec.message());
      return false;
    }
    if (!write_file_atomic(path.string(), text, diags)) return false;
  }
  return true;
}

bool write_tables(const std::string& dir, Diagnostics& diags) {
  auto db = open_store(dir, OpenMode::create, diags);
  if (!db) return false;
  try {
    SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
    for (const auto& u : sample_units()) store_unit(*db, u);
    for (const auto& v : sample_values()) store_value(*db, v);
    for (const auto& i : sample_register()) store_item(*db, i);
    store_sample_evaluation(*db);
    store_sample_tasks(*db);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    report_sqlite_error(e, database_path(dir), diags);
    return false;
  }
  return true;
}

}  // namespace

std::vector<Unit> sample_units() {
  std::vector<Unit> units = {
      unit(10, "BGS", "办公室", K::office),
      unit(20, "FZDC", "法治调研处", K::office),
      unit(30, "LFC", "立法处", K::office),
      unit(40, "ZFJD", "行政执法协调监督处", K::office),
      unit(50, "FYC", "行政复议与应诉处", K::office),
      unit(60, "YFXZ", "依法行政指导处", K::office),
      unit(70, "DCC", "法治督察处", K::office),
      unit(80, "GGFL", "公共法律服务管理处", K::office),
      unit(90, "FLYZ", "省法律援助中心", K::affiliate),
      unit(100, "JTT", "省交通运输厅", K::department),
      unit(110, "SJJ", "省市场监督管理局", K::department),
      unit(120, "JCS", "江川市司法局", K::city),
      unit(130, "QYS", "青阳市司法局", K::city),
      unit(140, "NPS", "南屏市司法局", K::city),
      unit(150, "BSZ", "白沙州司法局", K::city),
      unit(160, "LXQ", "江川市临溪区司法局", K::county, "JCS"),
      unit(170, "SMX", "青阳市石门县司法局", K::county, "QYS"),
  };
  // History the documents must keep readable: 法治督察处 merged into 行政执法协调监督处 at
  // the end of 2025; 石门县 joined the information network in April 2026.
  units[6].active_until = Date{2025, 12, 31};
  units[6].successor = "ZFJD";
  units[16].active_from = Date{2026, 4, 1};
  return units;
}

std::vector<IndicatorValue> sample_values() {
  std::vector<IndicatorValue> out;
  for (const auto& row : region_values) {
    out.push_back({row.key, 2025, "", *parse_amount(row.y2025)});
    out.push_back({row.key, 2026, "", *parse_amount(row.y2026)});
  }
  for (const char* key : per_unit_indicators) {
    for (const auto& row : region_values) {
      if (std::string(row.key) != key) continue;
      for (const auto& [code, share] : unit_shares) {
        for (int year : {2025, 2026}) {
          if (std::string(code) == "SMX" && year == 2025) continue;  // not yet reporting
          Decimal total = *parse_amount(year == 2025 ? row.y2025 : row.y2026);
          out.push_back({key, year, code, Decimal{total.units * share / 1000, 0}});
        }
      }
    }
  }
  return out;
}

bool prepare_new_folder(const std::string& dir, Diagnostics& diags) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    diags.error({dir}, "folder exists and is not empty; init writes only into a new folder",
                "choose a new folder name, e.g. `docpipe init data-2026`");
    return false;
  }
  fs::create_directories(dir, ec);
  if (ec) {
    diags.error({dir}, "cannot create the data folder: " + ec.message());
    return false;
  }
  return true;
}

bool write_sample(const std::string& dir, Diagnostics& diags) {
  return prepare_new_folder(dir, diags) && write_files(dir, diags) && write_tables(dir, diags);
}

}  // namespace docpipe::source
