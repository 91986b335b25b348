// Control: compose may include source and facts.
#include "compose/compose.h"
#include "facts/change.h"
#include "source/model.h"

int include_case_compose_control() {
  return 0;
}
