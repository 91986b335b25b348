// Control: pdf may include layout's page model, fonts and core.
#include "core/diagnostics.h"
#include "fonts/font_set.h"
#include "layout/page_model.h"
#include "pdf/writer.h"

int include_case_pdf_control() {
  return static_cast<int>(sizeof(docpipe::layout::Page));
}
