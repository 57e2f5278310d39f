# Fuzzing (tests/fuzz). CHAINEX_FUZZ=ON, with clang (CC=clang-14 CXX=clang++-14), instruments every chainex
# target for libFuzzer's coverage plus ASan and UBSan, and builds the harnesses as <name>_fuzz executables.
# Without it, the harnesses are built as replay tests over their seed corpora when the tests are.
option(CHAINEX_FUZZ "Build the libFuzzer harnesses <name>_fuzz (needs clang)" OFF)

if(CHAINEX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHAINEX_FUZZ needs clang: configure with CC=clang-14 CXX=clang++-14")
  endif()
  if(CHAINEX_SANITIZE)
    message(FATAL_ERROR "CHAINEX_FUZZ brings its own sanitizers (address,undefined): leave CHAINEX_SANITIZE empty")
  endif()
  target_compile_options(chainex_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(chainex_options INTERFACE -fsanitize=address,undefined)
  add_subdirectory(tests/fuzz)
elseif(CHAINEX_TESTS)
  add_subdirectory(tests/fuzz)
endif()
