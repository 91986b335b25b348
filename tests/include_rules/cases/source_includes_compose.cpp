// Violation: the source stage may not include compose (pipeline/CMakeLists.txt); this must not
// compile.
#include "compose/compose.h"

int include_case_source_includes_compose() {
  return 0;
}
