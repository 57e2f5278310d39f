// relation_classes.hpp — which edge types are business relations between actors and which are structural.
//
// A path that runs through a market ("both are headquartered in China") or a supply-chain role is true but
// says nothing; path searches walk business relations by default and structural ones only when asked.
// What counts as which is data: `builtin_relation_table` is the default for the bundled data model, and a
// dataset overrides it per type (dataset.json's "relation_classes", read by core/). A type neither table
// names counts as business: it is a relation the data declares between its own actors.
//
//   relation_classes classes;  classes.declare("located_in", relation_class::structural);
//   std::vector<bool> types = business_types(snap, classes);  // a traversal's allowed_types
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class relation_class : std::uint8_t { business, structural };
inline constexpr std::array relation_class_names{named{relation_class::business, "business"},
                                                 named{relation_class::structural, "structural"}};
[[nodiscard]] constexpr std::optional<relation_class> parse_relation_class(std::string_view text) noexcept {
  return value_in(relation_class_names, text);
}

// Which relations a path search walks: business ones only, or every type.
enum class relation_mode : std::uint8_t { business, all };
inline constexpr std::array relation_mode_names{named{relation_mode::business, "business"},
                                                named{relation_mode::all, "all"}};

// The built-in default: the edge types of datasets/README.md, each with its class.
inline constexpr std::array builtin_relation_table{named{relation_class::business, "owns"},
                                                   named{relation_class::business, "holds_stake"},
                                                   named{relation_class::business, "supplies"},
                                                   named{relation_class::business, "invests_in"},
                                                   named{relation_class::business, "partners_with"},
                                                   named{relation_class::business, "leads"},
                                                   named{relation_class::business, "founded"},
                                                   named{relation_class::structural, "located_in"},
                                                   named{relation_class::structural, "headquartered_in"},
                                                   named{relation_class::structural, "sells_in"},
                                                   named{relation_class::structural, "performs"}};

class relation_classes {
 public:
  relation_classes();  // the built-in table
  // Sets (or overrides) the class of one edge type.
  void declare(std::string_view type, relation_class c);
  [[nodiscard]] relation_class of(std::string_view type) const noexcept;
  // The types declared structural, in declaration order (for notes and documentation).
  [[nodiscard]] std::vector<std::string> structural() const;

 private:
  std::vector<std::pair<std::string, relation_class>> declared_;
};

// One flag per type code of `snap` (plus a trailing false), true for business types: a traversal's
// allowed_types. Intersected with `allowed` when that is not empty (a user's own type filter).
[[nodiscard]] std::vector<bool> business_types(const snapshot& snap, const relation_classes& classes,
                                               const std::vector<bool>& allowed = {});

// Whether a path's edges are all business relations.
[[nodiscard]] bool all_business(const snapshot& snap, const relation_classes& classes,
                                const std::vector<edge_index>& edges);

}  // namespace chainex
