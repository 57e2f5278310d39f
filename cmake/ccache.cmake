# Use ccache when the machine has it: rebuilds on 2 cores are the common case.
find_program(CHAINEX_CCACHE ccache)
if(CHAINEX_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CHAINEX_CCACHE}")
endif()
