# Third-party packages, all from Debian. Boost 1.81 is unpacked by scripts/setup into .deps/boost
# (it conflicts with Debian's default Boost 1.74 when installed system-wide).
set(CHAINEX_BOOST_PREFIX "${CMAKE_SOURCE_DIR}/.deps/boost/usr" CACHE PATH "Prefix holding Boost 1.81")
list(PREPEND CMAKE_PREFIX_PATH "${CHAINEX_BOOST_PREFIX}")
set(Boost_USE_STATIC_LIBS ON)
find_package(Boost 1.81.0 EXACT CONFIG REQUIRED COMPONENTS url)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Threads REQUIRED)
find_package(EXPAT REQUIRED)  # GraphML and GEXF import (graph/src/xml)
# GLEIF golden copy read straight from its .zip (graph/src/gleif/zip_entry.cpp). Through pkg-config:
# Debian 12's libzip CMake package names tools (zipcmp) that libzip-dev does not install.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip)
if(NOT LIBZIP_FOUND)
  message(FATAL_ERROR "libzip not found: install Debian's libzip-dev (scripts/setup does)")
endif()
