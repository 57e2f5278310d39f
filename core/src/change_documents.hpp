// change_documents.hpp — the JSON of the time model's answers, diff and timeline (private to core/).
//
// diff: {"from","to","id"?,"began":{"nodes":[…],"edges":[…]},"ended":{…}}; a node is its summary with
// "since" and "until", an edge edge_json()'s with "since", "until", "since_basis" and "citation" at the
// top (null where absent). timeline: {"id","node","events":[{"date","change","edge"}],"depth_by_year":
// {market id: {year: depth}}}. docs/api.md describes both.
#pragma once

#include "chainex/core/answers.hpp"
#include "shapes.hpp"

namespace chainex::core {

[[nodiscard]] json diff_document(const query_context& context, const param_reader& params, bool& settled);
[[nodiscard]] json timeline_document(const query_context& context, const param_reader& params, bool& settled);

}  // namespace chainex::core
