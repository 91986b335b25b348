#include "facts/scoring.h"

#include <algorithm>
#include <stdexcept>

namespace docpipe::facts {
namespace {

using i128 = __int128;

// Thrown only when exact arithmetic would overflow; score_units turns it into an error.
struct Overflow : std::runtime_error {
  Overflow() : std::runtime_error("the exact arithmetic of the scores overflows") {}
};

i128 checked_mul(i128 a, i128 b) {
  i128 r;
  if (__builtin_mul_overflow(a, b, &r)) throw Overflow();
  return r;
}
i128 checked_add(i128 a, i128 b) {
  i128 r;
  if (__builtin_add_overflow(a, b, &r)) throw Overflow();
  return r;
}
i128 gcd(i128 a, i128 b) {
  if (a < 0) a = -a;
  while (b) {
    i128 t = a % b;
    a = b;
    b = t < 0 ? -t : t;
  }
  return a ? a : 1;
}
i128 pow10(int n) {
  i128 p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// An exact rational number; den > 0.
struct Fraction {
  i128 num = 0, den = 1;
  static Fraction of(const Decimal& d) { return Fraction{d.units, pow10(d.scale)}.reduced(); }
  Fraction reduced() const {
    i128 g = gcd(num, den);
    return {num / g, den / g};
  }
  Fraction operator+(const Fraction& o) const {
    i128 g = gcd(den, o.den);
    i128 d = checked_mul(den / g, o.den);
    return Fraction{checked_add(checked_mul(num, o.den / g), checked_mul(o.num, den / g)), d}
        .reduced();
  }
  Fraction operator-(const Fraction& o) const { return *this + Fraction{-o.num, o.den}; }
  Fraction operator*(const Fraction& o) const {
    Fraction a{num, o.den}, b{o.num, den};
    a = a.reduced(), b = b.reduced();  // cross-reduce first to keep the numbers small
    return Fraction{checked_mul(a.num, b.num), checked_mul(a.den, b.den)}.reduced();
  }
  Fraction divided_by(const Fraction& o) const { return *this * Fraction{o.den, o.num}.sign(); }
  Fraction sign() const { return den < 0 ? Fraction{-num, -den} : *this; }
  int compare(const Fraction& o) const {
    i128 a = checked_mul(num, o.den), b = checked_mul(o.num, den);
    return a < b ? -1 : (a > b ? 1 : 0);
  }
  Decimal rounded(int decimals) const {
    return {
        static_cast<std::int64_t>(divide_round_half_away(checked_mul(num, pow10(decimals)), den)),
        decimals};
  }
};

Fraction clamp(Fraction f, const Fraction& lo, const Fraction& hi) {
  if (f.compare(lo) < 0) return lo;
  if (f.compare(hi) > 0) return hi;
  return f;
}

Decimal figure_of(const UnitEntries& u, const std::string& key) {
  auto it = u.figures.find(key);
  return it == u.figures.end() ? Decimal{} : it->second;
}

int occurrences_of(const UnitEntries& u, const std::string& code, std::vector<std::string>* why) {
  auto it = u.occurrences.find(code);
  if (it == u.occurrences.end()) return 0;
  int n = 0;
  for (const auto& o : it->second) {
    n += o.count;
    if (why && !o.reason.empty()) why->push_back(o.reason);
  }
  return n;
}

// The exact points of one leaf indicator for one unit.
Fraction leaf_points(const ScoringIndicator& ind, const UnitEntries& u, const Fraction& best,
                     IndicatorScore& out) {
  const Fraction zero{}, full = Fraction::of(ind.full), per = Fraction::of(ind.per);
  switch (ind.rule) {
    case ScoreRule::fixed: {
      auto it = u.scores.find(ind.code);
      return it == u.scores.end() ? zero : clamp(Fraction::of(it->second), zero, full);
    }
    case ScoreRule::proportional: {
      Fraction fig = clamp(Fraction::of(figure_of(u, ind.figure)), zero, Fraction{i128(1) << 100});
      Fraction ref = ind.reference == Reference::best ? best
                     : ind.reference == Reference::target
                         ? Fraction::of(ind.target)
                         : Fraction::of(figure_of(u, ind.reference_figure));
      // Nothing to compare with: against the best unit nobody scored (0 points); against a
      // target or the unit's own quota of 0, nothing was asked (full points).
      if (ref.num <= 0) return ind.reference == Reference::best ? zero : full;
      return full * clamp(fig.divided_by(ref), zero, Fraction{1});
    }
    case ScoreRule::deduct:
      out.occurrences = occurrences_of(u, ind.code, &out.reasons);
      return clamp(full - per * Fraction{out.occurrences}, zero, full);
    case ScoreRule::bonus:
    case ScoreRule::penalty:
      out.occurrences = occurrences_of(u, ind.code, &out.reasons);
      return clamp(per * Fraction{out.occurrences}, zero, full);
  }
  return zero;
}

UnitResult score_one(const ScoringSystem& sys, const UnitEntries& u,
                     const std::map<std::string, Fraction>& best) {
  UnitResult r;
  const bool each = sys.rounding == Rounding::per_indicator;
  std::map<std::string, Fraction> exact;  // code → points (children summed into parents)
  for (const auto& ind : sys.indicators) exact[ind.code] = {};
  std::vector<IndicatorScore> scores(sys.indicators.size());
  // Leaves first; then every subtotal, deepest level first, from its children.
  for (size_t i = 0; i < sys.indicators.size(); ++i) {
    const auto& ind = sys.indicators[i];
    scores[i].code = ind.code;
    if (!ind.leaf) continue;
    auto b = best.find(ind.figure);
    Fraction p = leaf_points(ind, u, b == best.end() ? Fraction{} : b->second, scores[i]);
    exact[ind.code] = each ? Fraction::of(p.rounded(sys.decimals)) : p;
  }
  for (int level = 3; level >= 2; --level)
    for (const auto& ind : sys.indicators)
      if (ind.level == level && !ind.parent.empty())
        exact[ind.parent] = exact[ind.parent] + exact[ind.code];
  Fraction base, bonus, penalty;
  for (const auto& ind : sys.indicators) {
    if (ind.level != 1) continue;
    if (ind.rule == ScoreRule::bonus)
      bonus = bonus + exact[ind.code];
    else if (ind.rule == ScoreRule::penalty)
      penalty = penalty + exact[ind.code];
    else
      base = base + exact[ind.code];
  }
  Fraction total = clamp(base + bonus - penalty, Fraction{}, Fraction{i128(1) << 100});
  if (sys.scale_to && !sys.total.is_zero())
    total = total * Fraction::of(*sys.scale_to).divided_by(Fraction::of(sys.total));
  // 一票否决: the first triggered veto in the system's order decides (zero beats a cap).
  for (const auto& v : sys.vetoes) {
    if (!u.vetoes.count(v.code)) continue;
    Fraction capped = v.cap ? Fraction::of(*v.cap) : Fraction{};
    if (r.veto.empty() || !v.cap) r.veto = v.code;
    if (total.compare(capped) > 0) total = capped;
  }
  for (size_t i = 0; i < sys.indicators.size(); ++i)
    scores[i].score = exact[sys.indicators[i].code].rounded(sys.decimals);
  r.scores = std::move(scores);
  r.base = base.rounded(sys.decimals);
  r.bonus = bonus.rounded(sys.decimals);
  r.penalty = penalty.rounded(sys.decimals);
  r.total = total.rounded(sys.decimals);
  r.grade = grade_of(sys, r.total);
  return r;
}

}  // namespace

const char* score_rule_name(ScoreRule r) {
  switch (r) {
    case ScoreRule::fixed:
      return "fixed";
    case ScoreRule::proportional:
      return "proportional";
    case ScoreRule::deduct:
      return "deduct";
    case ScoreRule::bonus:
      return "bonus";
    case ScoreRule::penalty:
      break;
  }
  return "penalty";
}

const char* grade_name(Grade g) {
  switch (g) {
    case Grade::excellent:
      return "优秀";
    case Grade::good:
      return "良好";
    case Grade::pass:
      return "合格";
    case Grade::fail:
      break;
  }
  return "不合格";
}

const ScoringIndicator* ScoringSystem::find(const std::string& code) const {
  for (const auto& i : indicators)
    if (i.code == code) return &i;
  return nullptr;
}

Grade grade_of(const ScoringSystem& sys, const Decimal& total) {
  if (compare(total, sys.excellent) >= 0) return Grade::excellent;
  if (compare(total, sys.good) >= 0) return Grade::good;
  if (compare(total, sys.pass) >= 0) return Grade::pass;
  return Grade::fail;
}

std::optional<std::vector<UnitResult>> score_units(const ScoringSystem& sys,
                                                   const std::vector<UnitEntries>& units,
                                                   std::string& error) {
  try {
    // The best unit's figure, for every figure scored relative to the best.
    std::map<std::string, Fraction> best;
    for (const auto& ind : sys.indicators) {
      if (ind.rule != ScoreRule::proportional || ind.reference != Reference::best) continue;
      Fraction b;
      for (const auto& u : units) {
        Fraction f = Fraction::of(figure_of(u, ind.figure));
        if (f.compare(b) > 0) b = f;
      }
      best[ind.figure] = b;
    }
    std::vector<UnitResult> out;
    for (const auto& u : units) out.push_back(score_one(sys, u, best));
    return out;
  } catch (const Overflow& e) {
    error = e.what();
    return std::nullopt;
  }
}

}  // namespace docpipe::facts
