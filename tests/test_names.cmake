# Run by CTest ("suite: no test name holds ';'"): catch_discover_tests registers each Catch
# TEST_CASE under its name, and CMake splits a name at ';' (its list separator) into
# fragments that match no test and so pass without running anything.
file(GLOB_RECURSE sources ${SOURCE_DIR}/tests/*.cpp)
set(bad "")
foreach(src ${sources})
  file(READ ${src} text)
  # The name: TEST_CASE( then one or more adjacent string literals.
  string(REGEX MATCHALL "TEST_CASE\\([ \t\r\n]*(\"[^\"]*\"[ \t\r\n]*)+" cases "${text}")
  foreach(c IN LISTS cases)
    # CMake has already split a case holding ';' into pieces; a piece without the
    # TEST_CASE( opening is the tail of such a name.
    if(NOT c MATCHES "^TEST_CASE")
      string(APPEND bad "\n  ${src}: ...${c}")
    endif()
  endforeach()
endforeach()
if(bad)
  message(FATAL_ERROR "TEST_CASE names holding ';' (use ',' instead):${bad}")
endif()
