#include "layout/table_columns.h"

#include <algorithm>

namespace docpipe::layout {

namespace {

double sum(const std::vector<ColumnNeed>& columns, double ColumnNeed::*step) {
  double s = 0;
  for (const auto& c : columns) s += c.*step;
  return s;
}

// Each column at `cap` held between its `from` and `to` widths.
double capped(const ColumnNeed& c, double ColumnNeed::*from, double ColumnNeed::*to, double cap) {
  return std::clamp(cap, c.*from, std::max(c.*from, c.*to));
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
  // The cap at which the columns fill `total`: the sum grows with the cap, so bisect.
  double lo = 0, hi = 0;
  for (const auto& c : columns) hi = std::max(hi, c.*to);
  for (int i = 0; i < 60; ++i) {
    double cap = (lo + hi) / 2, s = 0;
    for (const auto& c : columns) s += capped(c, from, to, cap);
    (s > total ? hi : lo) = cap;
  }
  double s = 0;
  for (const auto& c : columns) s += capped(c, from, to, lo);
  // What rounding leaves goes to the capped columns, the ones still short of their text.
  size_t short_of = 0;
  for (const auto& c : columns) short_of += capped(c, from, to, lo) < c.*to - 1e-9;
  for (const auto& c : columns) {
    double x = capped(c, from, to, lo);
    bool wants = x < c.*to - 1e-9;
    w.push_back(x + (short_of && wants ? (total - s) / short_of : 0));
  }
  return w;
}

}  // namespace docpipe::layout
