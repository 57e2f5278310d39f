// fuzz_check.hpp — the one assertion the fuzz harnesses use: a broken invariant aborts with a message.
//
// libFuzzer treats an abort as a crash and keeps the input; the replay executables (which run the seed
// corpora under ctest without clang) fail the same way. `assert` is not used because release and
// fuzzing builds may define NDEBUG.
//
//   fuzz_check(record.line >= previous_line, "record lines go backwards");
#pragma once

#include <cstdio>
#include <cstdlib>

#define fuzz_check(condition, message)                                                           \
  do {                                                                                           \
    if (!(condition)) {                                                                          \
      std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, message); \
      std::abort();                                                                              \
    }                                                                                            \
  } while (false)
