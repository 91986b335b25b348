#include "core/limits.h"

#include <cstdlib>

namespace docpipe::limits {

const Limit pages{"DOCPIPE_MAX_PAGES", 2000, "pages in one document"};
const Limit field_bytes{"DOCPIPE_MAX_FIELD_BYTES", 1 << 20, "bytes in one field"};
const Limit template_depth{"DOCPIPE_MAX_TEMPLATE_DEPTH", 16, "nested template sections"};

namespace {

// The variable's number, or 0 when it is unset or not a positive whole number.
size_t from_env(const Limit& limit, bool& invalid) {
  invalid = false;
  const char* s = std::getenv(limit.env);
  if (!s || !*s) return 0;
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (*end != '\0' || v == 0 || s[0] == '-') {
    invalid = true;
    return 0;
  }
  return static_cast<size_t>(v);
}

}  // namespace

size_t value(const Limit& limit) {
  bool invalid = false;
  size_t v = from_env(limit, invalid);
  return v ? v : limit.fallback;
}

std::string describe(const Limit& limit) {
  return "more than the limit of " + std::to_string(value(limit)) + " " + limit.what + " (" +
         limit.env + ")";
}

void check_limit_settings(Diagnostics& diags) {
  for (const Limit* l : {&pages, &field_bytes, &template_depth}) {
    bool invalid = false;
    from_env(*l, invalid);
    if (invalid)
      diags.warning({"", 0, 0, l->env},
                    std::string(l->env) + "='" + std::getenv(l->env) +
                        "' is not a positive whole number; using the default " +
                        std::to_string(l->fallback),
                    "e.g. " + std::string(l->env) + "=" + std::to_string(l->fallback * 2));
  }
}

}  // namespace docpipe::limits
