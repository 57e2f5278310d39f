// The one translation unit that compiles Asio and Beast (BOOST_*_SEPARATE_COMPILATION on every target).
#include <boost/asio/impl/src.hpp>
#include <boost/beast/src.hpp>
