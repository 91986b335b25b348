# Per-stage include views: the compiler enforces which stages a stage may include.
#
# docpipe_stage(NAME SEEN...) declares a stage and the earlier stages it may include. Each
# stage gets build/include_views/NAME/ holding symlinks NAME -> pipeline/NAME and one per
# SEEN stage, and nothing else; docpipe_use_view() gives a target that folder as its only
# docpipe include root, PRIVATE, so it does not leak to the targets that link it. The usual
# spelling `#include "stage/file.h"` is kept; a stage outside the view is simply not there.

set(DOCPIPE_VIEWS_DIR ${CMAKE_BINARY_DIR}/include_views)

macro(docpipe_stage name)
  foreach(seen ${ARGN})
    if(NOT seen IN_LIST DOCPIPE_STAGES)
      message(FATAL_ERROR "stage ${name} may include ${seen}, which is not declared before it: "
                          "stages see only earlier stages (pipeline/CMakeLists.txt)")
    endif()
  endforeach()
  list(APPEND DOCPIPE_STAGES ${name})
  set(DOCPIPE_SEES_${name} ${ARGN})
  docpipe_make_view(${name} ${name} ${ARGN})
endmacro()

# Builds the view folder VIEW holding links to the given stages (the folder is recreated on
# every configure so a stage removed from the table disappears from the view).
function(docpipe_make_view view)
  set(dir ${DOCPIPE_VIEWS_DIR}/${view})
  file(REMOVE_RECURSE ${dir})
  file(MAKE_DIRECTORY ${dir})
  foreach(stage ${ARGN})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/pipeline/${stage} ${dir}/${stage} SYMBOLIC)
  endforeach()
endfunction()

# Gives TARGET the include view of STAGE, and checks that it links no docpipe stage library
# it may not include (a link without the include would be a hidden dependency).
function(docpipe_use_view target stage)
  target_include_directories(${target} PRIVATE ${DOCPIPE_VIEWS_DIR}/${stage})
  get_target_property(links ${target} LINK_LIBRARIES)
  set(allowed ${stage} ${DOCPIPE_SEES_${stage}})
  foreach(lib ${links})
    if(lib MATCHES "^docpipe_(.+)$")
      if(NOT CMAKE_MATCH_1 IN_LIST allowed)
        message(FATAL_ERROR "${target} links ${lib}, but stage ${stage} may include only: "
                            "${DOCPIPE_SEES_${stage}} (pipeline/CMakeLists.txt)")
      endif()
    endif()
  endforeach()
endfunction()
