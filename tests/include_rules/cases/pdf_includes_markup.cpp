// Violation: the pdf stage takes pages only, never the document tree (pipeline/CMakeLists.txt);
// this must not compile.
#include "markup/document.h"

int include_case_pdf_includes_markup() {
  return 0;
}
