#!/usr/bin/env python3
"""No input makes a route answer 5xx (503 aside).

Writes a nasty dataset (negative and zero weights, self-loops, parallel edges, isolated nodes, one node of
degree HUB_DEGREE, ids with '/', '%', '+', spaces and CJK), serves it with the real `chainex serve`, and
calls every GET route of its /api/openapi.json with each parameter at its bounds and one past them, each
allowed value and one that is not, and each nasty id. Prints the count of requests and of 5xx answers.

    no_5xx.py CHAINEX [HUB_DEGREE]      (HUB_DEGREE: 100000 by default)
"""
import csv
import os
import sys
import tempfile

from served import Served, report, target_of

NASTY_IDS = ["a/b", "50%", "c+d", "with space", "中文节点", "loop", "lonely", "hub"]


def write_dataset(folder, hub_degree):
    with open(os.path.join(folder, "nodes.csv"), "w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["id", "kind", "name"])
        for node in NASTY_IDS:
            rows.writerow([node, "enterprise", "Node " + node])
        for i in range(hub_degree):
            rows.writerow([f"leaf{i}", "subsidiary", f"Leaf {i}"])
    with open(os.path.join(folder, "edges.csv"), "w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["source", "target", "type", "weight"])
        rows.writerow(["a/b", "50%", "supplies", "-2"])  # negative
        rows.writerow(["a/b", "50%", "supplies", "1"])  # parallel
        rows.writerow(["50%", "c+d", "owns", "0"])  # zero
        rows.writerow(["c+d", "with space", "partners_with", "1"])
        rows.writerow(["with space", "中文节点", "owns", "1"])
        rows.writerow(["loop", "loop", "owns", "1"])  # self-loop
        rows.writerow(["中文节点", "hub", "supplies", "1"])
        for i in range(hub_degree):
            rows.writerow(["hub", f"leaf{i}", "owns", "1"])


def values_of(param):
    """Each bound and one past it, each allowed value and one that is not, nasty ids for texts."""
    schema = param["schema"]
    if "enum" in schema:
        return list(schema["enum"]) + ["not-a-choice", ""]
    if schema["type"] in ("integer", "number"):
        low, high = schema["minimum"], schema["maximum"]
        step = 1 if schema["type"] == "integer" else high / 10
        return [low, high, low - step, high + step, "x", ""]
    if schema["type"] == "boolean":
        return ["true", "false", "maybe"]
    return NASTY_IDS + ["no such id", "", "enterprise,subsidiary", "pagerank,degree", "owns,,x"]


def targets(route, parameters):
    required = {p["name"]: "a/b" for p in parameters if p.get("required")}
    yield required
    for p in parameters:
        for value in values_of(p):
            yield {**required, p["name"]: value}


def main(chainex, hub_degree="100000"):
    requests = server_errors = 0
    with tempfile.TemporaryDirectory() as folder:
        write_dataset(folder, int(hub_degree))
        with Served(chainex, folder) as server:
            _, document = server.get("/api/openapi.json")
            for route, operations in document["paths"].items():
                if "get" not in operations or "{slug}" in route:
                    continue
                for params in targets(route, operations["get"].get("parameters", [])):
                    status, body = server.get(target_of(route, params))
                    requests += 1
                    if status >= 500 and status != 503:
                        server_errors += 1
                        print(f"FAIL {status} {target_of(route, params)}: {body}")
    return report(requests, server_errors, "requests", "answered 5xx (503 aside)")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
