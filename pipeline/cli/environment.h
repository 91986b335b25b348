// The environment variables docpipe honours are read here and nowhere else; the stages get
// their values from the cli (core/limits.h, source/store.h busy timeout, cli/today.h).
//
//   DOCPIPE_MAX_PAGES, DOCPIPE_MAX_FIELD_BYTES, DOCPIPE_MAX_TEMPLATE_DEPTH  resource limits
//   DOCPIPE_BUSY_TIMEOUT_MS  how long to wait for another process's database lock
//   DOCPIPE_TODAY            stands in for the clock's date (cli/today.cpp)
//
// The DOCPIPE_TEST_* hooks exist only in a test build (cli/test_hooks.h).
#pragma once
#include "core/diagnostics.h"

namespace docpipe::cli {

// Passes the settings above to the stages; a value that is not a number is a warning and the
// default stays.
void apply_environment(Diagnostics& diags);

}  // namespace docpipe::cli
