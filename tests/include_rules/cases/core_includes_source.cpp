// Violation: the core stage may not include source (pipeline/CMakeLists.txt); this must not
// compile.
#include "source/model.h"

int include_case_core_includes_source() {
  return 0;
}
