// Violation: the compose stage may not include markup (pipeline/CMakeLists.txt); this must not
// compile.
#include "markup/document.h"

int include_case_compose_includes_markup() {
  return 0;
}
