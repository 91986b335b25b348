// Violation: the ofd stage may not include pdf (pipeline/CMakeLists.txt); this must not compile.
#include "pdf/writer.h"

int include_case_ofd_includes_pdf() {
  return 0;
}
