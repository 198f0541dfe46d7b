# The ASan+UBSan build (docs/sanitizers.md): cmake -DPGCHECK_SANITIZE=ON.
#
# Everything is built with clang-16 so that the clang plugin's ASan runtime
# is the one that gets preloaded into clang-16 (clang-plugin/CMakeLists.txt).
# Defines, for the components:
#   PGCHECK_SPARSE_LIB_DIR   where libsparse.a and sparse.o are (sanitized
#                            copy under .deps/sparse-asan, scripts/setup.sh)
#   PGCHECK_ASAN_RUNTIME     the shared ASan runtime (with UBSan's handlers)
#   PGCHECK_SANITIZER_OPTIONS  the ASAN/UBSAN_OPTIONS every run uses
set(PGCHECK_SPARSE_LIB_DIR "${PGCHECK_DEPS_DIR}/sparse")
if(NOT PGCHECK_SANITIZE)
  return()
endif()

foreach(lang C CXX)
  if(NOT CMAKE_${lang}_COMPILER_ID STREQUAL "Clang" OR
     NOT CMAKE_${lang}_COMPILER_VERSION MATCHES "^16\\.")
    message(FATAL_ERROR "PGCHECK_SANITIZE needs clang-16/clang++-16 (the "
      "plugin's ASan runtime must be clang-16's); ${lang} compiler is "
      "${CMAKE_${lang}_COMPILER_ID} ${CMAKE_${lang}_COMPILER_VERSION}: "
      "configure a new build directory")
  endif()
endforeach()

set(PGCHECK_SPARSE_LIB_DIR "${PGCHECK_DEPS_DIR}/sparse-asan")

file(READ "${CMAKE_CURRENT_LIST_DIR}/sanitize.flags" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
add_compile_options(${flags})
# assert() stays on: a failed assertion is as much a finding as a report.
add_compile_options(-UNDEBUG)
add_link_options(${flags})

execute_process(
  COMMAND ${CMAKE_C_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
  OUTPUT_VARIABLE PGCHECK_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT IS_ABSOLUTE "${PGCHECK_ASAN_RUNTIME}" OR
   NOT EXISTS "${PGCHECK_ASAN_RUNTIME}")
  message(FATAL_ERROR "clang-16's shared ASan runtime not found "
    "(${PGCHECK_ASAN_RUNTIME}): install libclang-rt-16-dev")
endif()

# A report ends the run with status 86: neither 0/1 (no findings/findings)
# nor 2 (tool error) nor 77 (skip), so no test can take it for a result.
# allow_user_segv_handler: pgcheck-sparse turns a fault inside sparse into
# a tool error (exit 2, sparse/main.c catch_faults()); its handler must win.
set(PGCHECK_SANITIZER_OPTIONS
  "exitcode=86:allow_user_segv_handler=1:halt_on_error=1:abort_on_error=0:print_stacktrace=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1")

# Every executable carries these as its defaults (environment still wins):
# whoever runs it, ctest, a Python runner or a developer, gets them.
configure_file("${CMAKE_CURRENT_LIST_DIR}/sanitizer_defaults.c.in"
               "${CMAKE_BINARY_DIR}/sanitizer_defaults.c" @ONLY)
add_library(pgcheck-sanitizer-defaults OBJECT
            "${CMAKE_BINARY_DIR}/sanitizer_defaults.c")
link_libraries(
  "$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:pgcheck-sanitizer-defaults>")
message(STATUS "pgcheck: ASan+UBSan build (${PGCHECK_ASAN_RUNTIME})")
