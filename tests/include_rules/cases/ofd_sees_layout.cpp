// Control: ofd may include layout's page model, fonts (with their subsets) and core.
#include "core/sha256.h"
#include "fonts/subset.h"
#include "layout/page_model.h"
#include "ofd/writer.h"

int include_case_ofd_control() {
  return static_cast<int>(sizeof(docpipe::layout::Page));
}
