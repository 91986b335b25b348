#include "layout/table_columns.h"

namespace docpipe::layout {

namespace {

double sum(const std::vector<ColumnNeed>& columns, double ColumnNeed::*step) {
  double s = 0;
  for (const auto& c : columns) s += c.*step;
  return s;
}

}  // namespace

std::vector<double> share_width(const std::vector<ColumnNeed>& columns, double total) {
  std::vector<double> w;
  if (columns.empty() || sum(columns, &ColumnNeed::minimum) > total + 1e-6) return w;
  w.reserve(columns.size());
  double preferred = sum(columns, &ColumnNeed::preferred);
  if (preferred <= total) {
    // Everything on one line; what is left widens each column in proportion to its text.
    for (const auto& c : columns)
      w.push_back(c.preferred + (total - preferred) * (preferred > 0 ? c.preferred / preferred
                                                                     : 1.0 / columns.size()));
    return w;
  }
  bool body_fits = sum(columns, &ColumnNeed::body) <= total;
  double ColumnNeed::*from = body_fits ? &ColumnNeed::body : &ColumnNeed::minimum;
  double ColumnNeed::*to = body_fits ? &ColumnNeed::preferred : &ColumnNeed::body;
  double have = sum(columns, from), wanted = sum(columns, to) - have;
  for (const auto& c : columns)
    w.push_back(c.*from +
                (total - have) * (wanted > 0 ? (c.*to - c.*from) / wanted : 1.0 / columns.size()));
  return w;
}

}  // namespace docpipe::layout
