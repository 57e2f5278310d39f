#include "xml_reader.hpp"

#include <expat.h>

#include <algorithm>
#include <exception>

namespace chainex::xml {
namespace {

constexpr char namespace_separator = '|';
constexpr std::size_t chunk_bytes = 64u << 20;  // expat takes an int length

struct parser_deleter {
  void operator()(XML_ParserStruct* parser) const noexcept { XML_ParserFree(parser); }
};
using parser_ptr = std::unique_ptr<XML_ParserStruct, parser_deleter>;

parser_ptr make_parser() {
  parser_ptr parser(XML_ParserCreateNS(nullptr, namespace_separator));
  if (!parser) throw std::bad_alloc();
  return parser;
}

// "uri|local" or "local" as expat gives names, split.
std::pair<std::string_view, std::string_view> split_name(const char* name) {
  const std::string_view full(name);
  const auto bar = full.rfind(namespace_separator);
  if (bar == std::string_view::npos) return {{}, full};
  return {full.substr(0, bar), full.substr(bar + 1)};
}

}  // namespace

std::optional<std::string_view> attributes::get(std::string_view name) const noexcept {
  for (const char** pair = pairs_; *pair != nullptr; pair += 2) {
    if (name == *pair) return std::string_view(pair[1]);
  }
  return std::nullopt;
}

struct xml_reader::state {
  std::string file;
  std::string_view text;
  parser_ptr parser = make_parser();
  handler* events = nullptr;
  std::string root_namespace;
  bool seen_root = false;
  std::size_t skipping = 0;  // depth inside an element of another namespace
  std::string characters;
  std::exception_ptr failure;

  // Runs a handler call; an exception stops the parser and is rethrown by parse().
  template <typename Call>
  void guarded(Call call) {
    if (failure) return;
    try {
      call();
    } catch (...) {
      failure = std::current_exception();
      XML_StopParser(parser.get(), XML_FALSE);
    }
  }

  static void on_start(void* data, const char* name, const char** pairs) {
    auto& self = *static_cast<state*>(data);
    const auto [space, local] = split_name(name);
    if (!self.seen_root) {
      self.seen_root = true;
      self.root_namespace = space;
    }
    if (self.skipping > 0 || (!space.empty() && space != self.root_namespace)) {
      ++self.skipping;
      return;
    }
    self.characters.clear();
    self.guarded([&, element = local] { self.events->start(element, attributes(pairs)); });
  }

  static void on_end(void* data, const char* name) {
    auto& self = *static_cast<state*>(data);
    if (self.skipping > 0) {
      --self.skipping;
      return;
    }
    self.guarded([&] { self.events->end(split_name(name).second, self.characters); });
    self.characters.clear();
  }

  static void on_characters(void* data, const char* text, int length) {
    auto& self = *static_cast<state*>(data);
    if (self.skipping == 0) self.characters.append(text, static_cast<std::size_t>(length));
  }
};

xml_reader::xml_reader(std::string file, std::string_view text) : state_(std::make_unique<state>()) {
  state_->file = std::move(file);
  state_->text = text;
}

xml_reader::~xml_reader() = default;

void xml_reader::parse(handler& events) {
  XML_ParserStruct* parser = state_->parser.get();
  state_->events = &events;
  XML_SetUserData(parser, state_.get());
  XML_SetElementHandler(parser, &state::on_start, &state::on_end);
  XML_SetCharacterDataHandler(parser, &state::on_characters);
  const std::string_view text = state_->text;
  std::size_t done = 0;
  do {
    const std::size_t size = std::min(chunk_bytes, text.size() - done);
    const bool last = done + size == text.size();
    const auto status = XML_Parse(parser, text.data() + done, static_cast<int>(size), last ? XML_TRUE : XML_FALSE);
    if (state_->failure) std::rethrow_exception(state_->failure);
    if (status != XML_STATUS_OK)
      throw data_error(here(std::string("malformed XML: ") + XML_ErrorString(XML_GetErrorCode(parser))));
    done += size;
  } while (done < text.size());
}

diagnostic xml_reader::here(std::string message) const {
  XML_ParserStruct* parser = state_->parser.get();
  if (XML_GetCurrentByteIndex(parser) < 0) return {state_->file, 1, 1, std::move(message)};
  // expat counts a line's columns in characters (a multi-byte UTF-8 sequence is one), from 0.
  return {state_->file, XML_GetCurrentLineNumber(parser), XML_GetCurrentColumnNumber(parser) + 1, std::move(message)};
}

std::optional<std::string> xml_reader::root_name(std::string_view text) {
  constexpr std::size_t prefix_bytes = 64u << 10;
  parser_ptr parser = make_parser();
  std::optional<std::string> name;
  XML_SetUserData(parser.get(), &name);
  XML_SetStartElementHandler(parser.get(), [](void* data, const char* element, const char**) {
    auto& root = *static_cast<std::optional<std::string>*>(data);
    if (!root) root = std::string(split_name(element).second);
  });
  // Stop at the root element: a handler cannot stop the parser without its pointer, so feed in small steps.
  constexpr std::size_t step = 512;
  const std::string_view prefix = text.substr(0, prefix_bytes);
  for (std::size_t done = 0; done < prefix.size() && !name; done += step) {
    const std::size_t size = std::min(step, prefix.size() - done);
    if (XML_Parse(parser.get(), prefix.data() + done, static_cast<int>(size), XML_FALSE) != XML_STATUS_OK) break;
  }
  return name;
}

}  // namespace chainex::xml
