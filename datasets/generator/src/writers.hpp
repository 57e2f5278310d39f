// writers.hpp — renders a plan as the two files of chainex's native format.
//
// write_nodes writes `id,kind,name,country,sector` rows (markets, roles, enterprises, subsidiaries,
// persons, in that order), write_edges writes `source,target,type,weight` rows (owns, located_in,
// performs, leads, then trade between enterprises sorted by source). Names, countries, sectors and
// weights are derived from the seed as rows are written, so nothing but the plan is held in memory.
// Both add what they wrote to `counts`.
//
//   csv_sink nodes(file);
//   write_nodes(shape, nodes, counts);
#pragma once

#include "chainex/generator/generator.hpp"
#include "csv_sink.hpp"
#include "plan.hpp"

namespace chainex::generator {

void write_nodes(const plan& shape, csv_sink& out, summary& counts);
void write_edges(const plan& shape, csv_sink& out, summary& counts);

// A node's id, kind-prefixed as datasets/README.md recommends: `mkt:VN`, `role:sales`, `ent:12`, `sub:3`,
// `per:40` (numbers start at 1).
void put_id(csv_sink& out, node_kind kind, std::uint32_t index);

}  // namespace chainex::generator
