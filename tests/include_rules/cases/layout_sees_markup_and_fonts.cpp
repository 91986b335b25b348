// Control: layout may include markup and fonts (and itself, and core).
#include "fonts/font_set.h"
#include "layout/layout.h"
#include "markup/document.h"

int include_case_layout_control() {
  return static_cast<int>(sizeof(docpipe::markup::Document));
}
