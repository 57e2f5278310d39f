# chainex_options: an INTERFACE target carrying warnings and sanitizer flags. Every chainex target links it;
# nothing is set globally, so third-party code is compiled as its authors intended.
add_library(chainex_options INTERFACE)
target_compile_options(chainex_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  # g++ 12 warns about members left out of a designated initializer even when they have defaults (GCC bug 96868).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-missing-field-initializers>)
if(CHAINEX_WERROR)
  target_compile_options(chainex_options INTERFACE -Werror)
endif()
if(CHAINEX_SANITIZE)
  target_compile_options(chainex_options INTERFACE -fsanitize=${CHAINEX_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(chainex_options INTERFACE -fsanitize=${CHAINEX_SANITIZE})
endif()
