// encode.hpp — the JSON of every answer chainex gives, written in one place for both front doors.
//
// answer() runs a registry query (answers.hpp) and encodes its result; `chainex <query> --format json` and
// the API's body are its output for the same parameters, the API adding its envelope (the snapshot's
// "version", and for stats where the data came from). The shapes are described in docs/api.md. The other
// encoders here are for answers that are not registry queries: an import report, a problem body, the
// OpenAPI document.
//
//   std::string body = answer("path", context, params, {.version = 7}).body;
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/core/answers.hpp"
#include "chainex/diagnostic.hpp"
#include "chainex/import.hpp"
#include "chainex/query_error.hpp"
#include "chainex/stats.hpp"

namespace chainex::core {

// The envelope a front door adds to an object answer, as top-level members.
struct encode_options {
  std::optional<std::uint64_t> version;                        // "version": the snapshot's
  std::vector<std::pair<std::string, std::string>> texts;      // string members
  std::vector<std::pair<std::string, std::string>> documents;  // members given as JSON text (invalid: left out)
  int indent = -1;                                             // -1: one line
};

// A query's JSON. Not `settled` when the same question may soon get another answer on the same snapshot: a
// position with a rank still computing as a job, paths cut short by the deadline. Such an answer must not
// be kept in a cache.
struct encoded_answer {
  std::string body;
  bool settled = true;
};

// The JSON of a registry query's answer (every query but export, which is a file).
[[nodiscard]] encoded_answer answer(std::string_view query, const query_context& context, const param_reader& params,
                                    const encode_options& options = {});

// {"ok","convention","nodes","edges","bytes","errors":[{"file","line","column","message"}],"error_count",
//  "warnings","warning_count","skipped"} and, with `rejected`, "rejected":[{…,"text"}].
[[nodiscard]] std::string encode_import_report(const import_report& report, bool with_rejected,
                                               const encode_options& options = {});

// Whether answer() knows the query (the API's jobs, export and import have answers of their own).
[[nodiscard]] bool answers_query(std::string_view query) noexcept;

// A job: {"id","state","progress","eta_s"?,"elapsed_s","metric","direction","approximate","snapshot",
// "error"?}; a list of them: {"jobs":[…]}.
[[nodiscard]] std::string encode_job(const job_status& job, const encode_options& options = {});
[[nodiscard]] std::string encode_jobs(const std::vector<job_status>& jobs, const encode_options& options = {});

// What `chainex export` wrote: {"format","files":[paths],"nodes","edges"}.
[[nodiscard]] std::string encode_export_summary(std::string_view format, const std::vector<std::string>& files,
                                                std::size_t nodes, std::size_t edges);

// An RFC 9457 problem body: {"type","title","status","detail"} with "errors" (CSV diagnostics) and
// "details" (a query error's) when there are any.
struct problem_fields {
  std::string type;
  std::string title;
  unsigned status = 500;
  std::string detail;
  std::vector<diagnostic> errors;
  std::vector<failure_detail> details;
};
[[nodiscard]] std::string encode_problem(const problem_fields& problem);

// The OpenAPI document: `skeleton` (the routes' descriptions and answer schemas) with every registry
// route's parameters written from the registry.
[[nodiscard]] std::string openapi_document(std::string_view skeleton);

}  // namespace chainex::core
