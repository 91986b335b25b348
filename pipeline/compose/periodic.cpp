#include "compose/periodic.h"

#include <filesystem>

#include "compose/compose.h"
#include "core/atomic_file.h"

namespace docpipe::compose {

std::string period_label(const Period& p) {
  std::string y = std::to_string(p.year);
  switch (p.kind) {
    case PeriodKind::month:
      return y + (p.index < 10 ? "-0" : "-") + std::to_string(p.index);
    case PeriodKind::quarter:
      return y + "-Q" + std::to_string(p.index);
    case PeriodKind::half:
      return y + "-H" + std::to_string(p.index);
  }
  return y;
}

std::optional<Period> parse_period_label(PeriodKind kind, const std::string& label) {
  if (label.size() < 7 || label[4] != '-') return std::nullopt;
  for (int i = 0; i < 4; ++i)
    if (label[i] < '0' || label[i] > '9') return std::nullopt;
  Period p{kind, std::stoi(label.substr(0, 4)), 0};
  std::string rest = label.substr(5);
  if (kind == PeriodKind::quarter || kind == PeriodKind::half) {
    char tag = kind == PeriodKind::quarter ? 'Q' : 'H';
    if (rest.size() != 2 || rest[0] != tag || rest[1] < '1') return std::nullopt;
    p.index = rest[1] - '0';
    if (p.index > (kind == PeriodKind::quarter ? 4 : 2)) return std::nullopt;
    return p;
  }
  auto ym = parse_year_month(label);
  if (!ym) return std::nullopt;
  p.index = ym->month;
  return p;
}

std::vector<YearMonth> months_of(const Period& p) {
  int first = p.kind == PeriodKind::month     ? p.index
              : p.kind == PeriodKind::quarter ? (p.index - 1) * 3 + 1
                                              : (p.index - 1) * 6 + 1;
  int count = p.kind == PeriodKind::month ? 1 : p.kind == PeriodKind::quarter ? 3 : 6;
  std::vector<YearMonth> out;
  for (int m = first; m < first + count; ++m) out.push_back({p.year, m});
  return out;
}

Period previous_period(const Period& p) {
  int per_year = p.kind == PeriodKind::month ? 12 : p.kind == PeriodKind::quarter ? 4 : 2;
  return p.index == 1 ? Period{p.kind, p.year - 1, per_year} : Period{p.kind, p.year, p.index - 1};
}

Period period_containing(PeriodKind kind, const YearMonth& m) {
  switch (kind) {
    case PeriodKind::month:
      return {kind, m.year, m.month};
    case PeriodKind::quarter:
      return {kind, m.year, (m.month - 1) / 3 + 1};
    case PeriodKind::half:
      break;
  }
  return {kind, m.year, m.month <= 6 ? 1 : 2};
}

Request request_for(const Period& p) {
  PeriodType type = p.kind == PeriodKind::month     ? PeriodType::month
                    : p.kind == PeriodKind::quarter ? PeriodType::quarter
                                                    : PeriodType::half;
  Request r;
  for (const KindInfo& info : kinds())
    if (info.on_schedule && info.period == type) r.kind = info.kind;
  r.year = p.year;
  (type == PeriodType::month ? r.month : r.part) = p.index;
  return r;
}

const char* periodic_kind_name(PeriodKind kind) {
  return kind_name(request_for({kind, 2000, 1}).kind);
}

std::string periodic_stem(const Period& p) {
  return output_stem(request_for(p));
}

std::string periodic_template_name(PeriodKind kind) {
  return template_file_name(request_for({kind, 2000, 1}).kind);
}

std::optional<LoadedTemplate> load_template(const std::string& templates_dir,
                                            const std::string& file_name, const Schema& schema,
                                            Diagnostics& diags) {
  LoadedTemplate t;
  t.path = template_path(templates_dir, file_name);
  if (!std::filesystem::exists(t.path)) {
    diags.error({t.path}, "template missing",
                "`docpipe templates copy` restores the built-in " + file_name);
    return std::nullopt;
  }
  if (!read_file(t.path, t.text, diags)) return std::nullopt;
  if (!check_template_text(t.text, t.path, schema, diags)) return std::nullopt;
  return t;
}

bool compose_periodic(const source::DataSet& ds, const Period& p, const std::string& templates_dir,
                      std::string& markdown, Diagnostics& diags) {
  return compose_document(ds, request_for(p), templates_dir, markdown, diags);
}

}  // namespace docpipe::compose
