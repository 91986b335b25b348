#include "cli/environment.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "core/limits.h"
#include "source/store.h"

namespace docpipe::cli {
namespace {

// The variable's whole number (>= `least`); nothing when unset or empty, with a warning when
// it is not such a number.
std::optional<unsigned long long> whole_number(const char* name, unsigned long long least,
                                               unsigned long long fallback, Diagnostics& diags) {
  const char* s = std::getenv(name);
  if (!s || !*s) return std::nullopt;
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (*end == '\0' && s[0] != '-' && v >= least) return v;
  diags.warning({"", 0, 0, name},
                std::string(name) + "='" + s + "' is not a " +
                    (least ? "positive whole number" : "whole number") + "; using the default " +
                    std::to_string(fallback),
                "e.g. " + std::string(name) + "=" + std::to_string(fallback * 2));
  return std::nullopt;
}

}  // namespace

void apply_environment(Diagnostics& diags) {
  for (const limits::Limit* l : limits::all)
    if (auto v = whole_number(l->env, 1, l->fallback, diags))
      limits::set(*l, static_cast<size_t>(*v));
  if (auto ms = whole_number("DOCPIPE_BUSY_TIMEOUT_MS", 0, 10000, diags))
    source::set_busy_timeout_ms(static_cast<int>(std::min<unsigned long long>(*ms, 1u << 30)));
}

}  // namespace docpipe::cli
