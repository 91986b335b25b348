#include <catch2/catch.hpp>

#include "core/diagnostics.h"

using namespace docpipe;

TEST_CASE("a diagnostic prints file:line:col, severity, message and hint") {
  Diagnostic d{Severity::error,
               {"data/quotas.yaml", 3, 1, ""},
               "unknown key 'qouta'",
               "did you mean 'quota'?"};
  CHECK(format_diagnostic(d) ==
        "data/quotas.yaml:3:1: error: unknown key 'qouta'\n  hint: did you mean 'quota'?");
}

TEST_CASE("exit code is 2 with errors, 3 with warnings only, 0 otherwise") {
  Diagnostics none;
  CHECK(none.exit_code() == 0);
  Diagnostics warned;
  warned.warning({"a.md", 2}, "rare character from fallback font");
  CHECK(warned.exit_code() == 3);
  warned.error({"a.md", 4}, "bad");
  CHECK(warned.exit_code() == 2);
  CHECK(warned.error_count() == 1);
}
