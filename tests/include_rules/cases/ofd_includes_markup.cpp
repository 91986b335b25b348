// Violation: the ofd stage may not include markup: it draws a Layout, never parses.
#include "markup/document.h"

int include_case_ofd_includes_markup() {
  return 0;
}
