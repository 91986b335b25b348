// Violation: the markup stage may not include layout (pipeline/CMakeLists.txt); this must not
// compile.
#include "layout/layout.h"

int include_case_markup_includes_layout() {
  return 0;
}
