# Use ccache when the machine has it: rebuilds on 2 cores are the common case. Paths under the source tree
# are hashed relative to it (CCACHE_BASEDIR) and the build folder is not hashed (CCACHE_NOHASHDIR), so a
# fresh clone elsewhere on the same machine (CI's) reuses what a developer's build compiled.
find_program(CHAINEX_CCACHE ccache)
if(CHAINEX_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;CCACHE_BASEDIR=${CMAKE_SOURCE_DIR};CCACHE_NOHASHDIR=1;${CHAINEX_CCACHE}")
endif()
