#!/usr/bin/env python3
"""Same question, same answer: every query both front doors have, asked of the CLI and of the API.

For each query of the registry that has a CLI subcommand and an API route (read from the served
/api/openapi.json, whose parameters the registry writes), the test asks both doors with the same parameters
(the defaults, then each parameter at each bound and each allowed value) and requires the CLI's
`--format json` document to equal the API's body without its envelope ("version"; for stats also
"origin" and "dataset"). Errors must agree too: a 4xx at the API is a non-zero exit at the CLI.

    same_answer.py CHAINEX DATASET
"""
import json
import subprocess
import sys

from served import Served, report, target_of

ENVELOPE = {"version", "origin", "dataset"}
# Ids the bundled dataset has, for parameters that name nodes.
NODE_VALUES = {"id": "ent:byd", "from": "ent:byd", "to": "ent:catl", "q": "byd", "kind": "enterprise"}
# Dates for the date parameters (their schema has a pattern): as_of, and diff's from and to.
DATE_VALUES = {"from": "2016", "to": "2024-06", "as_of": "2020-06-30"}


def value_of(p):
    """The value a parameter is asked with: a date for a date, else a node's id or name, else "x"."""
    return DATE_VALUES[p["name"]] if "pattern" in p["schema"] else NODE_VALUES.get(p["name"], "x")


def variants(parameters):
    """The parameter sets to ask: the required ones alone, then one more parameter at each notable value."""
    base = {p["name"]: value_of(p) for p in parameters if p.get("required")}
    yield dict(base)
    for p in parameters:
        if p.get("required"):
            continue
        schema = p["schema"]
        values = []
        if "enum" in schema:
            values = schema["enum"]
        elif schema["type"] in ("integer", "number"):
            values = [schema["minimum"], schema["maximum"], schema["maximum"] + 1]
        elif schema["type"] == "boolean":
            values = [True, False]
        elif "pattern" in schema or p["name"] in NODE_VALUES:
            values = [value_of(p)]
        elif p["name"] == "metrics":
            values = ["degree,pagerank"]
        elif p["name"] in ("kinds", "types"):
            values = ["enterprise,subsidiary" if p["name"] == "kinds" else "owns,supplies"]
        for value in values:
            text = str(value).lower() if isinstance(value, bool) else str(value)
            yield {**base, p["name"]: text}


def ask_cli(chainex, dataset, name, params):
    args = [chainex, name, dataset, "--format", "json"]
    for key, value in params.items():
        option = "--" + key.replace("_", "-")
        if value == "true":
            args.append(option)
        elif value != "false":
            args += [option, value]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    return done.returncode, (json.loads(done.stdout) if done.returncode == 0 else done.stderr)


def main(chainex, dataset):
    compared = failures = 0
    with Served(chainex, dataset) as server:
        _, document = server.get("/api/openapi.json")
        for route, operations in document["paths"].items():
            operation = operations.get("get")
            name = operation and operation.get("x-chainex-query")
            if not name or not operation.get("x-chainex-cli"):
                continue
            for params in variants(operation.get("parameters", [])):
                status, body = server.get(target_of(route, params))
                code, printed = ask_cli(chainex, dataset, name, params)
                compared += 1
                if status == 200 and code == 0:
                    body = {k: v for k, v in body.items() if k not in ENVELOPE}
                    if body == printed:
                        continue
                    keys = sorted(k for k in set(body) | set(printed) if body.get(k) != printed.get(k))
                    why = f"the documents differ in {keys}: API {json.dumps({k: body.get(k) for k in keys})[:400]}, " \
                          f"CLI {json.dumps({k: printed.get(k) for k in keys})[:400]}"
                elif status != 200 and code != 0:
                    continue
                else:
                    why = f"API {status}, CLI exit {code}: {printed if code else body}"
                failures += 1
                print(f"FAIL {name} {params}: {why}")
    return report(compared, failures, "questions asked of both doors", "answered differently")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
